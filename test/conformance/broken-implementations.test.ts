// The kit is itself tested: a correct implementation passes every case,
// conforming variants pass every MUST case, and each deliberate defect is
// caught by a named MUST case.

import { afterEach, describe, expect, it } from "vitest";
import { runConformance, type KitRun } from "../../src/conformance/kit.js";
import { type Defect, type FakeOptions, RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

let fake: FakeImplementation | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function runAgainst(options: FakeOptions): Promise<KitRun> {
  fake = await startFakeImplementation(options);
  return runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID, timeoutMs: 5_000 });
}

function failedMust(run: KitRun): string[] {
  return run.results.filter((r) => r.result === "fail" && r.level === "MUST").map((r) => r.id);
}

describe("a correct implementation", () => {
  it("passes every case, SHOULD ones included, and skips none", async () => {
    const run = await runAgainst({});
    const problems = run.results.filter((r) => r.result !== "pass").map((r) => `${r.id}: ${r.reason}`);
    expect(problems).toEqual([]);
    expect(run.summary.total).toBeGreaterThan(50);
  });

  it("skips only the cases that need a run when WORKFLOW_ARN and RUN_ID are not given", async () => {
    fake = await startFakeImplementation();
    const run = await runConformance({ endpoint: fake.url });
    const skipped = run.results.filter((r) => r.result === "skip");
    expect(skipped.map((r) => r.id).sort()).toEqual(["semantic.run-under-other-workflow", "semantic.stop-run", "semantic.stop-run-again", "semantic.unknown-run"]);
    expect(skipped[0]!.reason).toMatch(/--workflow-arn|--run-id/);
    expect(run.summary.mustFailed).toBe(0);
  });
});

describe("conforming variants", () => {
  it.each([
    ["error type only in the X-Amzn-ErrorType header", ["errorTypeOnlyInHeader"]],
    ["`code` instead of `__type`", ["codeInsteadOfDunderType"]],
    ["`__type` without namespace", ["bareDunderType"]],
    ["404 for an unknown target", ["unknownTarget404"]],
  ] as const)("%s passes every MUST case", async (_name, variants) => {
    const run = await runAgainst({ variants: [...variants] });
    expect(failedMust(run)).toEqual([]);
  });

  it("reports the unmet preference of a header-only error type as a SHOULD failure", async () => {
    const run = await runAgainst({ variants: ["errorTypeOnlyInHeader"] });
    const should = run.results.filter((r) => r.result === "fail").map((r) => r.id);
    expect(should).toEqual(["protocol.error.dunder-type-shape-id"]);
  });
});

describe("the Prism referee (--via-prism)", () => {
  it("adds Prism's response violations to the verdict", async () => {
    fake = await startFakeImplementation({ defects: ["statusOutsideEnum"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID, viaPrism: true, only: ["semantic.*"] });
    const stop = run.results.find((r) => r.id === "semantic.stop-run")!;
    expect(stop.result).toBe("fail");
    expect(stop.reason).toMatch(/Prism: .*Status/);
  });
});

describe("broken implementations are caught by MUST cases", () => {
  const cases: [Defect, string][] = [
    ["acceptsInvalidRunId", "StopWorkflowRun.RunId.pattern.rejected"],
    ["acceptsInvalidArn", "StopWorkflowRun.WorkflowArn.pattern.rejected"],
    ["acceptsMissingMember", "StopWorkflowRun.RunId.required.missing"],
    ["malformedJson500", "protocol.body.malformed-json"],
    ["errorsWithoutType", "StopWorkflowRun.RunId.pattern.rejected"],
    ["wrongContentType", "semantic.stop-run"],
    ["notFoundWithoutResourceId", "semantic.unknown-run"],
    ["runningAfterStop", "semantic.stop-run"],
    ["secondStopFails", "semantic.stop-run-again"],
    ["runFoundUnderAnyWorkflow", "semantic.run-under-other-workflow"],
    ["anyTargetIsStop", "protocol.target.unknown-operation"],
    ["statusOutsideEnum", "semantic.stop-run"],
    ["acceptsAnyContentType", "protocol.content-type.text"],
    ["rejectsUnknownMembers", "StopWorkflowRun.unknown-member"],
    ["ignoresMaxLength", "StopWorkflowRun.RunId.length.above-max"],
    ["validationAsServerError", "StopWorkflowRun.RunId.required.missing"],
  ];

  it.each(cases)("%s is caught by %s", async (defect, caseId) => {
    const run = await runAgainst({ defects: [defect] });
    expect(failedMust(run)).toContain(caseId);
    expect(run.summary.mustFailed).toBeGreaterThan(0);
  });
});
