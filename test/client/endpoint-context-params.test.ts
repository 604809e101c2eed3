// Endpoint context parameters: what a command adds to the client's
// commonParams for each kind of smithy.rules trait (staticContextParams,
// contextParam, operationContextParams, clientContextParams), as
// smithy-typescript emits them, and the endpoint a real call then resolves
// through @smithy/core's endpoint middleware — on a small model written for it.

import { describe, expect, it } from "vitest";
import { generateClient } from "../../codegen/src/generators/client/index.js";
import { compilePath } from "../../codegen/src/generators/client/endpoint-context-params.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { credentials, useGeneratedClient } from "./helpers.js";

const NS = "example.ctx";
const ruleSet = {
  version: "1.0",
  parameters: {
    Region: { builtIn: "AWS::Region", required: false, type: "string", documentation: "Region." },
    UseFIPS: { builtIn: "AWS::UseFIPS", required: true, default: false, type: "boolean", documentation: "FIPS." },
    Endpoint: { builtIn: "SDK::Endpoint", required: false, type: "string", documentation: "Endpoint." },
    Stage: { required: false, type: "string", documentation: "A client context param." },
    Legacy: { required: true, default: false, type: "boolean", documentation: "A client context param with a default." },
    Kind: { required: false, type: "string", documentation: "A static context param." },
    Bucket: { required: false, type: "string", documentation: "A context param." },
    Names: { required: false, type: "stringArray", documentation: "An operation context param." },
  },
  rules: [
    {
      type: "endpoint",
      conditions: [{ fn: "isSet", argv: [{ ref: "Names" }] }, { fn: "getAttr", argv: [{ ref: "Names" }, "[0]"], assign: "First" }],
      endpoint: { url: "https://{First}.names.example.com", properties: {}, headers: {} },
    },
    {
      type: "endpoint",
      conditions: [{ fn: "isSet", argv: [{ ref: "Bucket" }] }],
      endpoint: { url: "https://{Bucket}.bucket.example.com", properties: {}, headers: {} },
    },
    {
      type: "endpoint",
      conditions: [{ fn: "isSet", argv: [{ ref: "Kind" }] }],
      endpoint: { url: "https://{Kind}.static.example.com", properties: {}, headers: {} },
    },
    {
      type: "endpoint",
      conditions: [{ fn: "booleanEquals", argv: [{ ref: "Legacy" }, true] }],
      endpoint: { url: "https://legacy.example.com", properties: {}, headers: {} },
    },
    {
      type: "endpoint",
      conditions: [{ fn: "isSet", argv: [{ ref: "Stage" }] }],
      endpoint: { url: "https://{Stage}.stage.example.com", properties: {}, headers: {} },
    },
    { type: "endpoint", conditions: [], endpoint: { url: "https://default.{Region}.example.com", properties: {}, headers: {} } },
  ],
};

const model = {
  smithy: "2.0",
  shapes: {
    [`${NS}#Ctx`]: {
      type: "service",
      version: "2026-01-01",
      operations: ["PutThing", "ListThings", "AdminThing", "Plain"].map((name) => ({ target: `${NS}#${name}` })),
      traits: {
        "aws.api#service": { sdkId: "Ctx Test", endpointPrefix: "ctx" },
        "aws.auth#sigv4": { name: "ctx" },
        "aws.protocols#awsJson1_0": {},
        "smithy.rules#clientContextParams": {
          Stage: { type: "string", documentation: "Stage." },
          Legacy: { type: "boolean", documentation: "Legacy." },
        },
        "smithy.rules#endpointRuleSet": ruleSet,
      },
    },
    [`${NS}#PutThing`]: { type: "operation", input: { target: `${NS}#PutThingInput` }, output: { target: "smithy.api#Unit" } },
    [`${NS}#PutThingInput`]: {
      type: "structure",
      members: {
        BucketName: { target: "smithy.api#String", traits: { "smithy.rules#contextParam": { name: "Bucket" }, "smithy.api#required": {} } },
      },
    },
    [`${NS}#ListThings`]: {
      type: "operation",
      input: { target: `${NS}#ListThingsInput` },
      output: { target: "smithy.api#Unit" },
      traits: { "smithy.rules#operationContextParams": { Names: { path: "Items[*].Name" } } },
    },
    [`${NS}#ListThingsInput`]: { type: "structure", members: { Items: { target: `${NS}#ItemList` } } },
    [`${NS}#ItemList`]: { type: "list", member: { target: `${NS}#Item` } },
    [`${NS}#Item`]: { type: "structure", members: { Name: { target: "smithy.api#String" } } },
    [`${NS}#AdminThing`]: {
      type: "operation",
      input: { target: "smithy.api#Unit" },
      output: { target: "smithy.api#Unit" },
      traits: { "smithy.rules#staticContextParams": { Kind: { value: "admin" } } },
    },
    [`${NS}#Plain`]: { type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } },
  },
} as unknown as SmithyModel;

const index = new ModelIndex(structuredClone(model), ["test/client/endpoint-context-params.test.ts"]);
const files = new Map(generateClient(index).map((f) => [f.path, f.contents]));
const src = (path: string): string => files.get(`client/src/${path}`) ?? "";

describe("generated endpoint parameter instructions", () => {
  it("a contextParam member: the member's value", () => {
    expect(src("commandBuilder.ts")).toContain('Bucket: { type: "contextParams", name: "BucketName" },');
    expect(src("commands/PutThingCommand.ts")).toMatch(/extends command<PutThingCommandInput, PutThingCommandOutput>\(_ep[1-9]/);
  });

  it("staticContextParams: the value from the model", () => {
    expect(src("commandBuilder.ts")).toContain('Kind: { type: "staticContextParams", value: "admin" },');
  });

  it("operationContextParams: the path compiled to a getter over the input", () => {
    expect(src("commandBuilder.ts")).toContain(
      'Names: { type: "operationContextParams", get: (input?: any) => input?.Items?.map((obj: any) => obj?.Name).filter((obj: any) => obj != null) },',
    );
  });

  it("an operation without context params shares the empty set, _ep0", () => {
    expect(src("commandBuilder.ts")).toContain("export const _ep0: EndpointParameterInstructions = {};");
    expect(src("commands/PlainCommand.ts")).toContain("extends command<PlainCommandInput, PlainCommandOutput>(_ep0, _mw0,");
  });

  it("clientContextParams: bound in commonParams, settable on the client (with the rule set's default)", () => {
    const params = src("endpoint/EndpointParameters.ts");
    expect(params).toContain('Stage: { type: "clientContextParams", name: "stage" },');
    expect(params).toContain('Legacy: { type: "clientContextParams", name: "legacy" },');
    expect(params).toContain("legacy: options.legacy ?? false,");
    expect(params).toContain("clientContextParams: options.clientContextParams ?? {},");
    expect(params).toMatch(/clientContextParams\?: \{\n {4}stage\?: string \| undefined \| Provider<string \| undefined>;/);
    expect(params).toContain("Names?: string[] | undefined;");
  });

  it("the endpoint cache keys on every rule-set parameter, context params included", () => {
    expect(src("endpoint/endpointResolver.ts")).toContain('params: ["Region","UseFIPS","Endpoint","Stage","Legacy","Kind","Bucket","Names"]');
  });

  it("a client whose endpoint reads client context params does not memoise its endpoint", () => {
    expect(src("CtxTestClient.ts")).not.toContain("markFixedEndpoint(");
  });
});

describe("compiled operationContextParams paths", () => {
  // The compiled expression is TypeScript (`(obj: any) => …`): strip the annotations to evaluate it.
  const evaluate = (path: string, input: unknown): unknown =>
    new Function("input", `return ${compilePath(path, "input").replace(/: any/g, "")};`)(input);

  it("follows sub-expressions and tolerates missing members", () => {
    expect(evaluate("TableCreationParameters.TableName", { TableCreationParameters: { TableName: "t" } })).toBe("t");
    expect(evaluate("TableCreationParameters.TableName", {})).toBeUndefined();
  });

  it("keys(…) lists a map's keys, [] for a missing map", () => {
    expect(evaluate("keys(RequestItems)", { RequestItems: { a: {}, b: {} } })).toEqual(["a", "b"]);
    expect(evaluate("keys(RequestItems)", {})).toEqual([]);
  });

  it("[*] projects and drops missing results, as JMESPath does", () => {
    expect(evaluate("TransactItems[*].Get.TableName", { TransactItems: [{ Get: { TableName: "a" } }, { Other: {} }, { Get: { TableName: "b" } }] })).toEqual([
      "a",
      "b",
    ]);
    expect(evaluate("TransactItems[*].Get.TableName", {})).toBeUndefined();
  });

  it("multi-select lists with flatten (DynamoDB's TransactWriteItems)", () => {
    const path = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]";
    const input = { TransactItems: [{ Put: { TableName: "p" } }, { Delete: { TableName: "d" } }, { Update: { TableName: "u" } }] };
    expect(evaluate(path, input)).toEqual(["p", "d", "u"]);
  });

  it("object wildcard and nested projections", () => {
    expect(evaluate("Things.*.Name", { Things: { x: { Name: "1" }, y: { Name: "2" } } })).toEqual(["1", "2"]);
    expect(evaluate("A[*].B[*].C", { A: [{ B: [{ C: "1" }, { C: "2" }] }, { B: [{ C: "3" }] }] })).toEqual([["1", "2"], ["3"]]);
    expect(evaluate("A[*].B[*].C[]", { A: [{ B: [{ C: "1" }, { C: "2" }] }, { B: [{ C: "3" }] }] })).toEqual(["1", "2", "3"]);
  });

  it("refuses what the Smithy subset does not allow, naming the path", () => {
    expect(() => compilePath("Items[0].Name", "input", "ListThings: operationContextParams Names")).toThrow(/ListThings: operationContextParams Names: path "Items\[0\]\.Name"/);
    expect(() => compilePath("length(Items)", "input")).toThrow(/unexpected|unsupported/);
  });
});

describe("the endpoint a call resolves", () => {
  const generated = useGeneratedClient(files, "client-endpoint-context-params");

  async function hostOf(config: Record<string, unknown>, command: string, input: object): Promise<string> {
    let host: string | undefined;
    const requestHandler = {
      handle: async (request: { hostname: string }) => {
        host = request.hostname;
        throw new Error("captured");
      },
    };
    const c = new generated.client.CtxTestClient!({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1, ...config });
    await c.send(new generated.client[`${command}Command`]!(input)).catch((error: Error) => {
      if (error.message !== "captured") throw error;
    });
    return host!;
  }

  it("reads a contextParam member from the input", async () => {
    expect(await hostOf({}, "PutThing", { BucketName: "my-bucket" })).toBe("my-bucket.bucket.example.com");
    expect(await hostOf({}, "PutThing", { BucketName: "other" })).toBe("other.bucket.example.com");
  });

  it("evaluates an operationContextParams path over the input", async () => {
    expect(await hostOf({}, "ListThings", { Items: [{ Name: "first" }, { Name: "second" }] })).toBe("first.names.example.com");
  });

  it("passes staticContextParams", async () => {
    expect(await hostOf({}, "AdminThing", {})).toBe("admin.static.example.com");
  });

  it("passes client context params, top-level or nested in clientContextParams, and their defaults", async () => {
    expect(await hostOf({}, "Plain", {})).toBe("default.us-east-1.example.com");
    expect(await hostOf({ stage: "beta" }, "Plain", {})).toBe("beta.stage.example.com");
    expect(await hostOf({ clientContextParams: { stage: "gamma" } }, "Plain", {})).toBe("gamma.stage.example.com");
    expect(await hostOf({ legacy: true, stage: "beta" }, "Plain", {})).toBe("legacy.example.com");
  });
});
