// The kit is itself tested: a correct implementation passes every case,
// conforming variants pass every MUST case, and each deliberate defect is
// caught by a named MUST case.

import { afterEach, describe, expect, it } from "vitest";
import { runConformance, type KitRun } from "../../src/conformance/kit.js";
import { allCases } from "../../src/conformance/suite.js";
import { DEFECTS, type Defect, type FakeOptions, RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

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
    expect(skipped.map((r) => r.id).every((id) => id.startsWith("semantic."))).toBe(true);
    expect(skipped.map((r) => r.id)).toEqual(expect.arrayContaining(["semantic.run-under-other-workflow", "semantic.stop-run", "semantic.stop-run-again", "semantic.unknown-run", "semantic.wrong-target.missing"]));
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
    ["ValidationException with Reason unknownOperation for an unknown target", ["unknownTargetAsValidationUnknownOperation"]],
    ["duplicate keys rejected with SerializationException", ["duplicateKeysRejected"]],
    ["a leading byte-order mark skipped", ["byteOrderMarkSkipped"]],
    ["bytes that are not UTF-8 rejected with SerializationException", ["nonUtf8Rejected"]],
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

/**
 * Each defect and the MUST cases that name it (the run must fail at least
 * these). Together they cover every MUST case of the kit: a case no defect
 * trips would be a case nobody has seen fail.
 */
export const CAUGHT_BY: Record<Defect, string[]> = {
  acceptsInvalidRunId: ["StopWorkflowRun.RunId.pattern.rejected", "example.StopWorkflowRun.InvalidRunId"],
  acceptsInvalidArn: ["StopWorkflowRun.WorkflowArn.pattern.rejected"],
  acceptsMissingMember: ["StopWorkflowRun.WorkflowArn.required.missing", "StopWorkflowRun.RunId.required.missing", "protocol.body.empty"],
  malformedJson500: ["protocol.body.malformed-json", "hostile.byte-order-mark"],
  errorsWithoutType: ["StopWorkflowRun.RunId.pattern.rejected", "protocol.target.unknown-operation"],
  wrongContentType: ["semantic.stop-run", "example.StopWorkflowRun.StopRunningWorkflowRun"],
  notFoundWithoutResourceId: ["semantic.unknown-run", "example.StopWorkflowRun.RunNotFound"],
  runningAfterStop: ["semantic.stop-run"],
  secondStopFails: ["semantic.stop-run-again"],
  runFoundUnderAnyWorkflow: ["semantic.run-under-other-workflow"],
  anyTargetIsStop: ["protocol.target.unknown-operation", "protocol.target.wrong-service", "semantic.wrong-target.unknown-operation"],
  missingTargetIsStop: ["protocol.target.missing", "protocol.target.empty", "semantic.wrong-target.missing", "semantic.wrong-target.empty"],
  targetByOperationName: ["protocol.target.wrong-service", "protocol.target.operation-only", "semantic.wrong-target.wrong-service", "semantic.wrong-target.operation-only"],
  targetPrefixMatch: ["protocol.target.extended-operation", "semantic.wrong-target.extended-operation"],
  targetCaseInsensitive: ["protocol.target.case-folded", "semantic.wrong-target.case-folded"],
  unknownTargetAsValidation: ["protocol.target.unknown-operation", "protocol.target.missing", "protocol.target.empty"],
  statusOutsideEnum: ["semantic.stop-run", "StopWorkflowRun.unknown-member"],
  acceptsAnyContentType: ["protocol.content-type.json", "protocol.content-type.text", "protocol.content-type.missing"],
  rejectsContentTypeParameters: ["protocol.content-type.parameters", "protocol-test.MWAAServerlessStopWorkflowRunAcceptsContentTypeParameters"],
  rejectsUnknownMembers: ["StopWorkflowRun.unknown-member", "protocol.body.type-field-ignored"],
  rejectsDunderTypeInRequest: ["protocol.body.type-field-ignored"],
  ignoresMaxLength: ["StopWorkflowRun.WorkflowArn.length.above-max", "StopWorkflowRun.RunId.length.above-max"],
  longArn500: ["StopWorkflowRun.WorkflowArn.length.max"],
  runIdMaxLength128: ["StopWorkflowRun.RunId.length.max"],
  runIdMinLength2: ["StopWorkflowRun.RunId.length.min", "StopWorkflowRun.RunId.pattern.accepted"],
  knownRegionsOnly: [1, 2, 3, 4, 5, 6, 7].map((n) => `StopWorkflowRun.WorkflowArn.pattern.alternative-${n}`),
  validRequests500: [
    "example.StopWorkflowRun.StopRunningWorkflowRun", "example.StopWorkflowRun.AccessDenied", "example.StopWorkflowRun.InternalServerError",
    "example.StopWorkflowRun.OperationTimeout", "example.StopWorkflowRun.Throttled", "example.StopWorkflowRun.RunNotFound",
    "protocol-test.MWAAServerlessStopWorkflowRunRequest", "hostile.proto.top-level", "semantic.stop-run",
  ],
  validationAsServerError: ["StopWorkflowRun.RunId.required.missing", "StopWorkflowRun.WorkflowArn.pattern.rejected"],
  nullMember500: ["StopWorkflowRun.WorkflowArn.required.null", "StopWorkflowRun.RunId.required.null"],
  wrongType500: [
    "StopWorkflowRun.WorkflowArn.json-type.number", "StopWorkflowRun.WorkflowArn.json-type.object",
    "StopWorkflowRun.RunId.json-type.number", "StopWorkflowRun.RunId.json-type.object", "hostile.huge-number.member",
  ],
  emptyString500: ["StopWorkflowRun.WorkflowArn.length.below-min", "StopWorkflowRun.RunId.length.below-min"],
  arrayBodyFirstElement: ["protocol.body.array"],
  nonObjectBody500: ["protocol.body.number"],
  emptyBodySerializationError: ["protocol.body.empty"],
  getHealthCheck200: ["protocol.method.get"],
  protoKey500: ["hostile.proto.top-level", "hostile.proto.nested", "hostile.proto.supplies-required"],
  protoMerge: ["hostile.proto.supplies-required"],
  constructorKey500: ["hostile.proto.constructor", "hostile.proto.nested"],
  duplicateKeys500: ["hostile.duplicate-key"],
  nesting500: ["hostile.deep-nesting.member", "hostile.deep-nesting.arrays", "hostile.deep-nesting.objects"],
  hugeNumber500: ["hostile.huge-number.integer", "hostile.huge-number.exponent", "hostile.huge-number.member"],
  loneSurrogate500: ["hostile.lone-surrogate.member", "hostile.lone-surrogate.unknown-member"],
  nul500: ["hostile.nul.member"],
  nonUtf8Closes: ["hostile.non-utf8.member", "hostile.non-utf8.unknown-member"],
};

describe("broken implementations are caught by MUST cases", () => {
  it.each(Object.entries(CAUGHT_BY) as [Defect, string[]][])("%s is caught by %j", async (defect, caseIds) => {
    const run = await runAgainst({ defects: [defect] });
    const failed = failedMust(run);
    expect(caseIds.filter((id) => !failed.includes(id)), `${defect} (${DEFECTS[defect]}) was not caught by these cases; MUST failures were: ${failed.join(", ")}`).toEqual([]);
  });

  it("every MUST case of the kit names at least one defect", () => {
    const named = new Set(Object.values(CAUGHT_BY).flat());
    const must = allCases().filter((c) => c.level === "MUST").map((c) => c.id);
    expect(must.filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((id) => !must.includes(id))).toEqual([]);
  });
});
