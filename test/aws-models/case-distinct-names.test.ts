// Shape names from botocore that Smithy would refuse as differing only in
// case (ShapeIdConflict) are renamed when the AST is built (botocore-models.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseDistinctNames } from "./botocore-models.js";

describe("caseDistinctNames", () => {
  it("keeps the first of a case-insensitive group and renames the later ones past every taken name", () => {
    const renamed = caseDistinctNames(["Double", "double", "DOUBLE", "double_2", "Other"]);
    expect(renamed).toEqual(
      new Map([
        ["double", "double_3"],
        ["DOUBLE", "DOUBLE_4"],
      ]),
    );
  });

  it("leaves names that already differ alone, and always ends with names distinct ignoring case", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), (names) => {
        const renamed = caseDistinctNames(names);
        const final = names.map((n) => renamed.get(n) ?? n);
        expect(new Set(final.map((n) => n.toLowerCase())).size).toBe(names.length);
        const firsts = new Set<string>();
        for (const n of names) {
          const first = !firsts.has(n.toLowerCase());
          firsts.add(n.toLowerCase());
          expect(renamed.has(n)).toBe(!first);
        }
      }),
    );
  });
});
