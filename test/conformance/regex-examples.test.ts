import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codePointCount } from "../../codegen/src/generators/conformance/sample-values.js";
import {
  UnsupportedPatternError,
  alternativeExamples,
  exampleOfLength,
  maxLength,
  minLength,
  parsePattern,
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

  it("refuses lookarounds and back-references with a typed error", () => {
    expect(() => parsePattern("^(?=a)b$")).toThrow(UnsupportedPatternError);
    expect(() => parsePattern("^(a)\\1$")).toThrow(/back-reference/);
    expect(() => parsePattern("^(a$")).toThrow(/unclosed group/);
  });
});

describe("length counting of sample values", () => {
  it("codePointCount counts as the string iterator does (surrogate pairs once, lone surrogates once)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) })), (value) => {
        expect(codePointCount(value), JSON.stringify(value)).toBe([...value].length);
      }),
      { numRuns: 500 },
    );
  });
});
