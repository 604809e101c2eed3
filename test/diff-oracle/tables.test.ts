// The documentation is the classifier: docs/model-changes.md carries the
// rules table and the smithy-diff agreement tables exactly as the code prints
// them (`diff --rules`, `diff --smithy-agreement`), so a rule or a deliberate
// difference cannot change without its documentation.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES, type RuleId } from "../../codegen/src/diff/rules.js";
import { rulesTable } from "../../codegen/src/diff/rules-table.js";
import { DELIBERATE_DIFFERENCES, SMITHY_EVENTS, smithyAgreementTables, smithyEventPatterns } from "../../codegen/src/diff/smithy-agreement.js";

const doc = readFileSync("docs/model-changes.md", "utf8");

describe("docs/model-changes.md", () => {
  it("prints the rules table as the classifier has it", () => {
    expect(doc.includes(rulesTable()), "regenerate with `node build/diff.mjs --rules`").toBe(true);
  });

  it("prints the smithy-diff event map and the deliberate differences as the differential test uses them", () => {
    expect(doc.includes(smithyAgreementTables(Object.keys(RULES) as RuleId[])), "regenerate with `node build/diff.mjs --smithy-agreement`").toBe(true);
  });
});

describe("the smithy-diff agreement tables", () => {
  it("map a trait rule to the events smithy-diff names after the trait", () => {
    const patterns = smithyEventPatterns("trait-declared-breaking", "smithy.api#jsonName");
    expect(patterns.some((p) => p.test("TraitBreakingChange.Add.smithy.api#jsonName"))).toBe(true);
    expect(patterns.some((p) => p.test("TraitBreakingChange.Add.smithy.api#xmlName"))).toBe(false);
    expect(smithyEventPatterns("operation-removed").some((p) => p.test("RemovedOperationBinding.FromService.GetOrder"))).toBe(true);
  });

  it("list each deliberate difference once, each with a reason, none agreeing with smithy-diff", () => {
    const keys = DELIBERATE_DIFFERENCES.map((d) => `${d.rule} ${d.event ?? ""} ${d.direction ?? ""} ${d.ours} ${d.smithy}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const d of DELIBERATE_DIFFERENCES) {
      expect(d.ours, `${d.rule}: a "difference" with the same severity on both sides`).not.toBe(d.smithy);
      expect(d.why.length, `${d.rule}: no reason`).toBeGreaterThan(40);
      if (d.rule !== "none") expect(SMITHY_EVENTS[d.rule], d.rule).toBeDefined();
    }
  });
});
