import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codePointCount } from "../../codegen/src/generators/conformance/sample-values.js";
import {
  UnsupportedPatternError,
  alternativeExamples,
  exampleOfLength,
  hasLookaround,
  maxLength,
  minLength,
  parsePattern,
  substituteForLookarounds,
} from "../../codegen/src/generators/conformance/regex-examples.js";

describe("regex example builder", () => {
  it("builds a value of any reachable length that matches", () => {
    const pattern = "^[a-z][a-z0-9-]*-[0-9]{2}$";
    const tree = parsePattern(pattern);
    expect([minLength(tree), maxLength(tree)]).toEqual([4, Infinity]);
    for (const length of [4, 5, 17, 300]) {
      const value = exampleOfLength(tree, length)!;
      expect(value).toHaveLength(length);
      expect(new RegExp(pattern).test(value)).toBe(true);
    }
    expect(exampleOfLength(tree, 3)).toBeUndefined();
  });

  it("respects bounded quantifiers", () => {
    const tree = parsePattern("^x{2,3}(ab){1,2}$");
    expect([minLength(tree), maxLength(tree)]).toEqual([4, 7]);
    expect(exampleOfLength(tree, 7)).toBe("xxxabab");
    expect(exampleOfLength(tree, 8)).toBeUndefined();
  });

  it("enumerates alternatives and optional groups", () => {
    expect(alternativeExamples(parsePattern("^p(?:-(?:a|bb))?:(x|y)$"))).toEqual(["p:x", "p:y", "p-a:x", "p-a:y", "p-bb:x", "p-bb:y"]);
  });

  it("reads escapes and classes", () => {
    const tree = parsePattern("^\\d\\w[^a-z][\\.\\-_]\\u0041$");
    const value = exampleOfLength(tree, 5)!;
    expect(/^\d\w[^a-z][.\-_]A$/.test(value)).toBe(true);
  });

  it("refuses back-references and unknown groups with a typed error", () => {
    expect(() => parsePattern("^(a)\\1$")).toThrow(UnsupportedPatternError);
    expect(() => parsePattern("^(a)\\1$")).toThrow(/back-reference/);
    expect(() => parsePattern("^(?#comment)a$")).toThrow(/unsupported group/);
    expect(() => parsePattern("^(a$")).toThrow(/unclosed group/);
  });

  it("reads word boundaries as lookarounds and inline flags as absent: values are checked against the pattern", () => {
    const boundaries = parsePattern("\\b[0-9a-f]{8}\\b-[0-9a-f]{4}\\B");
    expect(hasLookaround(boundaries)).toBe(true);
    expect([minLength(boundaries), maxLength(boundaries)]).toEqual([13, 13]);
    const flagged = parsePattern("(?i)^ab(?s-m:.c)(?-i)$");
    expect(hasLookaround(flagged)).toBe(false);
    expect(exampleOfLength(flagged, 4)).toMatch(/^ab.c$/);
  });

  it("reads lookarounds as matching nothing, and says the tree has them", () => {
    const tree = parsePattern("^(?!\\s*$)(?<!-)(?=.*[0-9])(?<=a)[a-z0-9]{2,3}$");
    expect([minLength(tree), maxLength(tree)]).toEqual([2, 3]);
    expect(hasLookaround(tree)).toBe(true);
    expect(hasLookaround(parsePattern("^(?:ab)+$"))).toBe(false);
    // A named group is a group.
    expect(exampleOfLength(parsePattern("^(?<name>ab)+$"), 4)).toBe("abab");
  });

  it("a negated class escape inside a class adds its complement ([\\S], [\\s\\S], [^\\D])", () => {
    expect(exampleOfLength(parsePattern("^[\\S]{3}$"), 3)).toBe("aaa");
    expect(exampleOfLength(parsePattern("^[\\s\\S]+$"), 2)).toBe("aa");
    expect(exampleOfLength(parsePattern("^[^\\D]$"), 1)).toBe("0");
    expect(exampleOfLength(parsePattern("^[\\W]$"), 1)).toBe("-");
  });

  it("finds a value one or two characters away from a built one that a lookaround refused", () => {
    const accepts = (v: string): boolean => /^(?=.*[0-9])(?=.*[A-Z])[a-zA-Z0-9]{8}$/.test(v);
    const found = substituteForLookarounds("aaaaaaaa", accepts)!;
    expect(found).toHaveLength(8);
    expect(accepts(found)).toBe(true);
    expect(substituteForLookarounds("aaaaaaaa", () => false)).toBeUndefined();
  });

  it("does not search long values (a lookaround refusing them is a length limit: (?=.{1,1024}$) took 21 s on SageMaker)", () => {
    let asked = 0;
    const accepts = (): boolean => (asked++, false);
    expect(substituteForLookarounds("a".repeat(129), accepts)).toBeUndefined();
    expect(asked).toBe(0);
    expect(substituteForLookarounds("a".repeat(128), accepts)).toBeUndefined();
    expect(asked).toBe(128 * 9 + 28 * 100);
  });
});

describe("length counting of sample values", () => {
  it("codePointCount counts as the string iterator does (surrogate pairs once, lone surrogates once)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) })), (value) => {
        expect(codePointCount(value), JSON.stringify(value)).toBe([...value].length);
      }),
      { numRuns: 200 },
    );
  });
});
