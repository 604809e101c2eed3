// Number texts compared and keyed as Smithy's BigDecimal-backed NumberNode
// does (codegen/src/idl/number-text.ts). compareNumberTexts is checked
// against a plainer reading of the same texts (both scaled to one large
// common scale, no magnitude shortcut); the Smithy verdicts these feed
// (@range, @uniqueItems) are oracle cases in validators/event-cases-values.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNumberTexts, javaNumberKey, numberTextOf } from "../../codegen/src/idl/number-text.js";

/** A decimal literal as IDL or JSON writes one: sign, digits, fraction, exponent. */
const literal = fc
  .record({
    negative: fc.boolean(),
    whole: fc.stringMatching(/^(0|[1-9][0-9]{0,25})$/),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,25}$/), { nil: undefined }),
    exponent: fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }),
  })
  .map(({ negative, whole, fraction, exponent }) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}${exponent === undefined ? "" : `e${exponent}`}`);

/** The literal times 10^100, as a BigInt: exact for every literal above (at most 25 fraction digits, exponent ≥ -40). */
function scaled(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e(-?\d+))?$/.exec(text)!;
  const fraction = m[3] ?? "";
  const shift = 100 + Number(m[4] ?? 0) - fraction.length;
  const digits = BigInt(`${m[2]}${fraction}`) * 10n ** BigInt(shift);
  return m[1] === "-" ? -digits : digits;
}

describe("number texts as Smithy compares them", () => {
  it("compareNumberTexts orders any two literals as their exact values do", () => {
    fc.assert(
      fc.property(literal, literal, (a, b) => {
        const [x, y] = [scaled(a), scaled(b)];
        expect(compareNumberTexts(a, b)).toBe(x === y ? 0 : x > y ? 1 : -1);
      }),
      { numRuns: 2000 },
    );
  });

  it("tells apart what doubles cannot", () => {
    expect(compareNumberTexts("1.50000000000000000001", "1.5")).toBe(1);
    expect(compareNumberTexts("9007199254740993", numberTextOf(9007199254740992))).toBe(1);
    expect(compareNumberTexts("-0.0", "0")).toBe(0);
    expect(compareNumberTexts("1e309", numberTextOf(1e308))).toBe(1);
  });

  it("keys numbers by value and scale, as NumberNode.equals (1 and 1.0 differ; the double 1.0 however written is one)", () => {
    expect(javaNumberKey("1")).not.toBe(javaNumberKey("1.0"));
    expect(new Set(["1.0", "1.00", "1e0", "10e-1"].map(javaNumberKey)).size).toBe(1);
    expect(javaNumberKey("100")).not.toBe(javaNumberKey("1e2"));
    expect(javaNumberKey("-0.0")).toBe(javaNumberKey("0.0"));
    expect(javaNumberKey("-0")).toBe(javaNumberKey("0"));
    expect(javaNumberKey("1.50000000000000000001")).not.toBe(javaNumberKey("1.500000000000000000010"));
    expect(javaNumberKey("9007199254740993")).not.toBe(javaNumberKey("9007199254740992"));
  });
});
