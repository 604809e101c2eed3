import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";

const NS = "com.amazonaws.mwaaserverless";
const model = JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")) as SmithyModel;
const index = new ModelIndex(model, ["model/main.smithy"]);

describe("ModelIndex over the MWAA Serverless model", () => {
  it("finds the one service and its awsJson1_0 / SigV4 settings", () => {
    expect(index.service()).toBe(`${NS}#AmazonMWAAServerless`);
    expect(index.serviceInfo()).toMatchObject({
      name: "AmazonMWAAServerless",
      version: "2024-07-26",
      sdkId: "MWAA Serverless",
      signingName: "airflow-serverless",
      endpointPrefix: "airflow-serverless",
      arnNamespace: "airflow-serverless",
      protocol: "aws.protocols#awsJson1_0",
      namespace: NS,
    });
  });

  it("answers input, output and errors of StopWorkflowRun, errors sorted by shape ID", () => {
    const op = `${NS}#StopWorkflowRun`;
    expect(index.operationsOf()).toEqual([op]);
    expect(index.inputOf(op)).toBe(`${NS}#StopWorkflowRunRequest`);
    expect(index.outputOf(op)).toBe(`${NS}#StopWorkflowRunResponse`);
    expect(index.errorsOf(op).map((id) => index.nameOf(id))).toEqual([
      "AccessDeniedException",
      "InternalServerException",
      "OperationTimeoutException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
    ]);
  });

  it("derives fault, status and retryability of errors from @error and @retryable", () => {
    expect(index.errorInfo(`${NS}#ThrottlingException`)).toEqual({
      id: `${NS}#ThrottlingException`,
      name: "ThrottlingException",
      fault: "client",
      status: 400,
      retryable: { throttling: true },
    });
    expect(index.errorInfo(`${NS}#InternalServerException`)).toMatchObject({
      fault: "server",
      status: 500,
      retryable: { throttling: false },
    });
    expect(index.errorInfo(`${NS}#OperationTimeoutException`).retryable).toBeUndefined();
    expect(() => index.errorInfo(`${NS}#StopWorkflowRunRequest`)).toThrow(/not an @error structure/);
  });

  it("merges member and target constraints", () => {
    const [arn, runId] = index.membersOf(`${NS}#StopWorkflowRunRequest`);
    expect(arn?.name).toBe("WorkflowArn");
    expect(index.constraintsOf(runId!)).toEqual({
      required: true,
      length: { min: 1, max: 255 },
      pattern: "^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$",
      // The same pattern in ECMAScript (codegen/src/regex): Java's `$` also matches before a final line break.
      patternRegex: "^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))",
    });
    const status = index.membersOf(`${NS}#StopWorkflowRunResponse`).find((m) => m.name === "Status")!;
    expect(index.constraintsOf(status).enumValues).toEqual([
      "STARTING", "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "STOPPING", "STOPPED",
    ]);
    expect(index.enumValuesOf(`${NS}#ValidationExceptionReason`).map((e) => e.value)).toEqual([
      "unknownOperation", "cannotParse", "fieldValidationFailed", "other",
    ]);
  });

  it("computes the service closure without prelude shapes", () => {
    const names = index.closureOf().map((id) => index.nameOf(id));
    expect(names).toContain("ValidationExceptionField");
    expect(names).toContain("WorkflowRunStatus");
    expect(names.some((n) => n === "String" || n === "Integer")).toBe(false);
    expect(index.structuresOf().length).toBe(9);
  });

  it("exposes examples and protocol tests", () => {
    const op = `${NS}#StopWorkflowRun`;
    expect(index.examplesOf(op).map((e) => e.title)).toContain("RunNotFound");
    expect(index.requestTestsOf(op, "aws.protocols#awsJson1_0").length).toBeGreaterThan(0);
    expect(index.responseTestsOf(`${NS}#ValidationException`)[0]?.code).toBe(400);
  });
});

describe("ModelIndex over hand-made models", () => {
  const base = (shapes: SmithyModel["shapes"]): ModelIndex => new ModelIndex({ smithy: "2.0", shapes });

  it("flattens mixins: mixin members first, local traits win, @mixin not inherited", () => {
    const index = base({
      "ex#Base": {
        type: "structure",
        members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
        traits: { "smithy.api#mixin": {}, "smithy.api#documentation": "base" },
      },
      "ex#Thing": {
        type: "structure",
        mixins: [{ target: "ex#Base" }],
        members: { name: { target: "smithy.api#String" } },
        traits: { "smithy.api#documentation": "thing" },
      },
    });
    expect(index.membersOf("ex#Thing").map((m) => [m.name, m.required])).toEqual([
      ["id", true],
      ["name", false],
    ]);
    expect(index.traitsOf("ex#Thing")).toEqual({ "smithy.api#documentation": "thing" });
    expect(index.isMixin("ex#Base")).toBe(true);
  });

  it("sees a model with mixins and apply entries as its flattened twin (what `smithy ast` prints for mixins)", () => {
    // `smithy ast` prints no member for a list or map that inherits it, and a
    // redeclared or applied-to inherited member as an `apply` entry.
    const S = "smithy.api#String";
    // Our AST types require a list's member: Smithy's output does not, hence the cast.
    const mixed = base(<SmithyModel["shapes"]>(<unknown>{
      "ex#ML": { type: "list", member: { target: S, traits: { "smithy.api#length": { max: 9 } } }, traits: { "smithy.api#mixin": {} } },
      "ex#L": { type: "list", mixins: [{ target: "ex#ML" }] },
      "ex#L$member": { type: "apply", traits: { "smithy.api#length": { min: 1 } } },
      "ex#MM": { type: "map", key: { target: S }, value: { target: S }, traits: { "smithy.api#mixin": {} } },
      "ex#M": { type: "map", mixins: [{ target: "ex#MM" }], value: { target: S, traits: { "smithy.api#pattern": "^a$" } } },
      "ex#Base": { type: "structure", members: { a: { target: S } }, traits: { "smithy.api#mixin": {} } },
      "ex#S": { type: "structure", mixins: [{ target: "ex#Base" }], members: { b: { target: "ex#L", traits: { "smithy.api#default": null } } } },
      "ex#S$a": { type: "apply", traits: { "smithy.api#required": {}, "smithy.api#documentation": "applied" } },
    }));
    const flat = base({
      "ex#L": { type: "list", member: { target: S, traits: { "smithy.api#length": { min: 1 } } } },
      "ex#M": { type: "map", key: { target: S }, value: { target: S, traits: { "smithy.api#pattern": "^a$" } } },
      "ex#S": {
        type: "structure",
        members: { a: { target: S, traits: { "smithy.api#required": {}, "smithy.api#documentation": "applied" } }, b: { target: "ex#L" } },
      },
    });
    const view = (index: ModelIndex): unknown => ({
      list: index.constraintsOf(index.listMemberOf("ex#L")),
      key: index.mapMembersOf("ex#M").key.target,
      value: index.constraintsOf(index.mapMembersOf("ex#M").value),
      members: index.membersOf("ex#S").map((m) => ({ ...index.constraintsOf(m), name: m.name, doc: m.documentation })),
    });
    expect(view(mixed)).toEqual(view(flat));
    // The list member inherits @length(max) and the applied @length(min) replaces it, as Smithy's flattening does.
    expect(mixed.constraintsOf(mixed.listMemberOf("ex#L")).length).toEqual({ min: 1 });
    // `@default(null)` is no default.
    expect(mixed.constraintsOf(mixed.membersOf("ex#S")[1]!).default).toBeUndefined();
  });

  it("flattens operation and service mixins: their errors, operations and renames join the shape's own", () => {
    const index = base({
      "ex#Common": { type: "operation", errors: [{ target: "ex#E1" }], traits: { "smithy.api#mixin": {} } },
      "ex#Op": { type: "operation", mixins: [{ target: "ex#Common" }], errors: [{ target: "ex#E2" }] },
      "ex#Other": { type: "operation" },
      "ex#BaseService": {
        type: "service",
        version: "1",
        operations: [{ target: "ex#Other" }],
        errors: [{ target: "ex#E3" }],
        rename: { "ex#E3": "Renamed" },
        traits: { "smithy.api#mixin": {} },
      },
      "ex#Svc": { type: "service", mixins: [{ target: "ex#BaseService" }], operations: [{ target: "ex#Op" }] },
      "ex#E1": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      "ex#E2": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      "ex#E3": { type: "structure", members: {}, traits: { "smithy.api#error": "server" } },
    });
    index.selectService("ex#Svc");
    expect(index.operationsOf("ex#Svc")).toEqual(["ex#Op", "ex#Other"]);
    expect(index.errorsOf("ex#Op")).toEqual(["ex#E1", "ex#E2", "ex#E3"]);
    expect(index.nameOf("ex#E3")).toBe("Renamed");
    expect((index.shape("ex#Svc") as { version?: string }).version).toBe("1");
  });

  it("finds operations bound through resources, sorted by name, and honours rename", () => {
    const index = base({
      "ex#Svc": {
        type: "service",
        version: "1",
        operations: [{ target: "ex#Zeta" }],
        resources: [{ target: "ex#Thing" }],
        rename: { "other#Zeta": "OtherZeta" },
        traits: { "aws.protocols#awsJson1_0": {} },
      },
      "ex#Thing": { type: "resource", read: { target: "ex#GetThing" }, resources: [{ target: "ex#Child" }] },
      "ex#Child": { type: "resource", operations: [{ target: "ex#Alpha" }] },
      "ex#Zeta": { type: "operation" },
      "ex#GetThing": { type: "operation" },
      "ex#Alpha": { type: "operation" },
    });
    expect(index.operationsOf("ex#Svc")).toEqual(["ex#Alpha", "ex#GetThing", "ex#Zeta"]);
    expect(index.inputOf("ex#Alpha")).toBeUndefined();
    expect(index.nameOf("other#Zeta")).toBe("OtherZeta");
  });

  it("ignores @httpError under awsJson but would use it for other protocols", () => {
    const shapes = (protocol: string): SmithyModel["shapes"] => ({
      "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits: { [protocol]: {} } },
      "ex#Op": { type: "operation", errors: [{ target: "ex#Gone" }] },
      "ex#Gone": {
        type: "structure",
        members: {},
        traits: { "smithy.api#error": "client", "smithy.api#httpError": 404 },
      },
    });
    expect(base(shapes("aws.protocols#awsJson1_0")).errorStatus("ex#Gone")).toBe(400);
    expect(() => base(shapes("aws.protocols#restXml")).serviceInfo()).toThrow(/no supported protocol/);
  });

  it("refuses a model without exactly one service", () => {
    expect(() => base({}).service()).toThrow(/exactly one service/);
  });
});
