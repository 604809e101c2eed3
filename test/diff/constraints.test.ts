// Constraint changes in words, bound by bound, for each kind of value.

import { describe, expect, it } from "vitest";
import { compareConstraints } from "../../codegen/src/diff/constraints.js";

const c = (extra: object) => ({ required: false, ...extra });

describe("compareConstraints", () => {
  it("names the values callers lose and readers gain, per bound", () => {
    const changes = compareConstraints(c({ length: { min: 1, max: 10 } }), c({ length: { min: 3, max: 20 } }), "items");
    expect(changes).toEqual([
      {
        rule: "constraint-narrowed",
        trait: "smithy.api#length",
        change: "@length min raised from 1 to 3",
        impact: { input: "callers sending 1–2 items now fail", output: "responses no longer carry 1–2 items" },
      },
      {
        rule: "constraint-widened",
        trait: "smithy.api#length",
        change: "@length max raised from 10 to 20",
        impact: {
          input: "callers may now send 11–20 items",
          output: "responses may now carry 11–20 items; readers that check the old maximum of 10, or store the value in a field sized for it, break",
        },
      },
    ]);
  });

  it("treats a missing @length min as 0 and a missing max as unbounded", () => {
    expect(compareConstraints(c({}), c({ length: { max: 1 } }), "entries").map((x) => [x.change, x.impact.input])).toEqual([
      ["@length max of 1 added", "callers sending more than 1 entry now fail"],
    ]);
    expect(compareConstraints(c({ length: { min: 2 } }), c({}), "bytes").map((x) => [x.rule, x.change, x.impact.input])).toEqual([
      ["constraint-widened", "@length min lowered from 2 to 0", "callers may now send 0–1 bytes"],
    ]);
  });

  it("words @range bounds as values, including unbounded and fractional ones", () => {
    expect(compareConstraints(c({ range: { max: 100 } }), c({ range: { min: 0, max: 99 } }), undefined).map((x) => x.impact.input)).toEqual([
      "callers sending values below 0 now fail",
      "callers sending the value 100 now fail",
    ]);
    expect(compareConstraints(c({ range: { min: 0.5 } }), c({ range: { min: 1.5 } }), undefined)[0]!.impact.input).toBe(
      "callers sending values from 0.5 up to 1.5 now fail",
    );
  });

  it("ignores @length on numbers and compares patterns and uniqueItems", () => {
    expect(compareConstraints(c({ length: { max: 1 } }), c({ length: { max: 2 } }), undefined)).toEqual([]);
    expect(compareConstraints(c({ pattern: "^a$" }), c({}), "characters")[0]!.rule).toBe("constraint-widened");
    expect(compareConstraints(c({}), c({ pattern: "^a$" }), "characters")[0]!.rule).toBe("constraint-narrowed");
    expect(compareConstraints(c({ pattern: "^a$" }), c({ pattern: "^b$" }), "characters")[0]!.rule).toBe("pattern-changed");
    expect(compareConstraints(c({ uniqueItems: true }), c({}), "items")[0]!.rule).toBe("constraint-widened");
  });
});
