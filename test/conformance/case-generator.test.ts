// The case generator is driven by the model: the MWAA model's constraints,
// examples and protocol tests become cases, and so does a larger, unrelated
// model with nested structures, lists, maps, unions, enums and ranges.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { casesJson, conformanceGenerator, conformanceSuite, suiteText } from "../../codegen/src/generators/conformance/index.js";
import type { ConformanceCase } from "../../codegen/src/generators/conformance/case-format.js";

const load = (file: string): ModelIndex => new ModelIndex(JSON.parse(readFileSync(file, "utf8")), ["model/main.smithy"]);
const mwaa = conformanceSuite(load("test/fixtures/mwaa-serverless.ast.json"));
const byId = new Map(mwaa.cases.map((c) => [c.id, c]));
const bodyOf = (c: ConformanceCase | undefined): Record<string, unknown> => JSON.parse(c!.request.body) as Record<string, unknown>;

const ARN = /^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow\/([a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}-[a-zA-Z0-9]{10})$/;
const RUN_ID = /^[a-zA-Z0-9]+[a-zA-Z0-9.\-_]*$/;

describe("cases for the MWAA model", () => {
  it("gives every case a unique id, a description, a level and an awsJson request", () => {
    expect(new Set(mwaa.cases.map((c) => c.id)).size).toBe(mwaa.cases.length);
    for (const c of mwaa.cases) {
      expect(c.description.length).toBeGreaterThan(10);
      expect(["MUST", "SHOULD"]).toContain(c.level);
    }
    expect(byId.get("StopWorkflowRun.RunId.length.min")!.request.headers).toEqual({
      "Content-Type": "application/x-amz-json-1.0",
      "X-Amz-Target": "AmazonMWAAServerless.StopWorkflowRun",
    });
  });

  it("tests length bounds with values that satisfy the pattern", () => {
    const max = bodyOf(byId.get("StopWorkflowRun.RunId.length.max")).RunId as string;
    const aboveMax = bodyOf(byId.get("StopWorkflowRun.RunId.length.above-max")).RunId as string;
    expect([max.length, aboveMax.length]).toEqual([255, 256]);
    expect(max).toMatch(RUN_ID);
    expect(aboveMax).toMatch(RUN_ID);
    expect(bodyOf(byId.get("StopWorkflowRun.RunId.length.min")).RunId).toHaveLength(1);
    const arnMax = bodyOf(byId.get("StopWorkflowRun.WorkflowArn.length.max")).WorkflowArn as string;
    expect(arnMax).toHaveLength(2048);
    expect(arnMax).toMatch(ARN);
    expect(byId.get("StopWorkflowRun.RunId.length.above-max")!.expect).toMatchObject({ outcome: "error", status: [400], errorTypes: ["ValidationException"] });
  });

  it("records a bound the pattern cannot reach instead of emitting a wrong case", () => {
    expect([...byId.keys()]).not.toContain("StopWorkflowRun.WorkflowArn.length.min");
    expect(mwaa.omitted.map((o) => o.id)).toContain("StopWorkflowRun.WorkflowArn.length.min");
  });

  it("accepts an ARN of every partition of the pattern, and each one matches it", () => {
    const partitions = mwaa.cases
      .filter((c) => c.id.startsWith("StopWorkflowRun.WorkflowArn.pattern.alternative-"))
      .map((c) => bodyOf(c).WorkflowArn as string);
    expect(partitions.map((arn) => arn.split(":")[1])).toEqual(["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f"]);
    for (const arn of partitions) expect(arn).toMatch(ARN);
  });

  it("rejects a value of valid length that breaks the pattern", () => {
    const value = bodyOf(byId.get("StopWorkflowRun.RunId.pattern.rejected")).RunId as string;
    expect(value).not.toMatch(RUN_ID);
    expect(value.length).toBeGreaterThanOrEqual(1);
  });

  it("covers required members, JSON types, unknown members, examples and protocol tests", () => {
    for (const id of [
      "StopWorkflowRun.WorkflowArn.required.missing",
      "StopWorkflowRun.RunId.required.null",
      "StopWorkflowRun.RunId.json-type.number",
      "StopWorkflowRun.unknown-member",
      "example.StopWorkflowRun.InvalidRunId",
      "protocol-test.MWAAServerlessStopWorkflowRunAcceptsContentTypeParameters",
      "protocol.target.missing",
      "protocol.body.malformed-json",
      "protocol.content-type.text",
      "protocol.method.get",
    ]) expect(byId.has(id), id).toBe(true);
    expect(bodyOf(byId.get("StopWorkflowRun.WorkflowArn.required.missing"))).not.toHaveProperty("WorkflowArn");
    expect(byId.get("example.StopWorkflowRun.InvalidRunId")!.expect.errorTypes).toEqual(["ValidationException"]);
    expect(byId.get("example.StopWorkflowRun.RunNotFound")!.expect.outcome).toBe("accepted");
    expect(byId.get("protocol.target.unknown-operation")).toMatchObject({ level: "MUST", expect: { status: "4xx" } });
    expect(byId.get("protocol.error.dunder-type-shape-id")).toMatchObject({ level: "SHOULD", expect: { preferences: ["dunderTypeWithShapeId"] } });
  });

  it("accepts as answers to a valid request the operation's client errors except ValidationException (never a server error)", () => {
    expect([...byId.get("StopWorkflowRun.RunId.length.max")!.expect.errorTypes!].sort()).toEqual([
      "AccessDeniedException", "ResourceNotFoundException", "ThrottlingException",
    ]);
  });

  it("forbids an unroutable request every error of the operation, ValidationException only without Reason unknownOperation", () => {
    const targets = [...byId.values()].filter((c) => c.id.startsWith("protocol.target.") && c.level === "MUST");
    expect(targets.map((c) => c.id).sort()).toEqual([
      "protocol.target.case-folded", "protocol.target.empty", "protocol.target.extended-operation", "protocol.target.missing",
      "protocol.target.operation-only", "protocol.target.unknown-operation", "protocol.target.wrong-service",
    ]);
    for (const c of targets) {
      expect(c.expect.notDispatched!.operationErrors.sort()).toEqual([
        "AccessDeniedException", "InternalServerException", "OperationTimeoutException", "ResourceNotFoundException", "ThrottlingException", "ValidationException",
      ]);
      expect(c.expect.notDispatched!.allowed).toEqual([{ errorType: "ValidationException", member: "Reason", value: "unknownOperation" }]);
    }
  });

  it("sends hostile JSON built from the model's required string member", () => {
    const supplies = byId.get("hostile.proto.supplies-required")!;
    expect(supplies.request.body).toMatch(/"__proto__":\{"(WorkflowArn|RunId)":/);
    expect(JSON.parse(supplies.request.body)).not.toHaveProperty("WorkflowArn", expect.anything());
    const nonUtf8 = byId.get("hostile.non-utf8.member")!;
    expect(nonUtf8.request.bodyEncoding).toBe("base64");
    expect(Buffer.from(nonUtf8.request.body, "base64").includes(Buffer.from([0xff, 0xfe])), `body ${nonUtf8.request.body} lacks the bytes ff fe`).toBe(true);
    expect(byId.get("hostile.deep-nesting.arrays")!.request.body).toContain("[".repeat(5000));
    const bom = byId.get("hostile.byte-order-mark")!;
    expect(bom.request.bodyEncoding).toBe("base64");
    const bytes = Buffer.from(bom.request.body, "base64");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(JSON.parse(bytes.subarray(3).toString("utf8"))).toHaveProperty("WorkflowArn");
  });

  it("writes cases.json in Latin-1 characters only when the model's own values are (V8 then keeps the text one byte a character)", async () => {
    // One character above U+00FF anywhere (an arrow in a description, a
    // byte-order mark in a body) made V8 hold the whole text as two-byte
    // characters: twice the memory and copying on large models.
    const [file] = await conformanceGenerator.generate(load("test/fixtures/mwaa-serverless.ast.json"));
    const wide = [...file!.contents].filter((c) => c.codePointAt(0)! > 0xff);
    expect(wide).toEqual([]);
  });

  it("writes a deterministic cases.json with a $comment banner", async () => {
    const index = load("test/fixtures/mwaa-serverless.ast.json");
    const [first] = await conformanceGenerator.generate(index);
    const [second] = await conformanceGenerator.generate(index);
    expect(first!.path).toBe("conformance/cases.json");
    expect(first!.contents).toBe(second!.contents);
    expect(JSON.parse(first!.contents).$comment).toMatch(/DO NOT EDIT/);
  });
});

describe("cases for a larger, unrelated model", () => {
  const larger = conformanceSuite(load("test/fixtures/larger-model.ast.json"));
  const ids = new Set(larger.cases.map((c) => c.id));

  it("covers every operation with input, through the same rules", () => {
    const operations = new Set(larger.cases.map((c) => c.operation));
    for (const op of larger.operations.filter((o) => o.input)) expect(operations.has(op.name), op.name).toBe(true);
    expect(larger.cases.length).toBeGreaterThan(150);
    expect(larger.cases.filter((c) => /StopWorkflowRun|WorkflowArn/.test(c.id + c.request.body)).map((c) => c.id), "cases of the larger model naming this model").toEqual([]);
  });

  it("writes the same cases.json text however many case lines are joined at a time", () => {
    const index = load("test/fixtures/larger-model.ast.json");
    const whole = suiteText(conformanceSuite(index));
    // 7 does not divide the case count: the last run of lines is shorter.
    expect(larger.cases.length % 7).not.toBe(0);
    for (const linesPerChunk of [1, 7, larger.cases.length, larger.cases.length + 1]) expect(casesJson(index, linesPerChunk)).toBe(whole);
    expect(casesJson(index)).toBe(whole);
    expect(JSON.parse(whole).cases).toEqual(JSON.parse(JSON.stringify(larger.cases)));
  });

  it("walks nested structures, list items, unions, enums, intEnums and ranges", () => {
    for (const id of [
      "CreatePipeline.stages.length.above-max",
      "CreatePipeline.stages.0.kind.enum.transform",
      "CreatePipeline.stages.0.action.union.two-members",
      "CreatePipeline.stages.0.action.copy.from.uri.pattern.rejected",
      "CreatePipeline.stages.0.timeoutSeconds.range.above-max",
      "CreatePipeline.priority.enum.10",
      "CreatePipeline.priority.enum.rejected",
      "CreatePipeline.tags.key.pattern.rejected",
      "CreatePipeline.tags.key.length.above-max",
    ]) expect(ids.has(id), id).toBe(true);
    const badKey = larger.cases.find((c) => c.id === "CreatePipeline.tags.key.pattern.rejected")!;
    const key = Object.keys((JSON.parse(badKey.request.body) as { tags: object }).tags)[0]!;
    expect(key).not.toMatch(/^[A-Za-z0-9+=._:/@-]+$/);
    const aboveMax = larger.cases.find((c) => c.id === "CreatePipeline.stages.0.timeoutSeconds.range.above-max")!;
    expect((JSON.parse(aboveMax.request.body) as { stages: { timeoutSeconds: number }[] }).stages[0]!.timeoutSeconds).toBe(86401);
  });
});
