// The schemas, validators and OpenAPI generators are driven by the model, not
// by StopWorkflowRun: a second, larger model (several operations, resources,
// nested structures, lists, maps, timestamps, blobs, doubles, intEnum, a
// union, mixins, defaults) flows through every output, and every output is
// byte-identical from one run to the next.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../codegen/src/generators/generator.js";
import { schemaDocuments } from "../../codegen/src/generators/json-schema/documents.js";
import { jsonSchemaGenerator } from "../../codegen/src/generators/json-schema/generator.js";
import { SchemaBuilder } from "../../codegen/src/generators/json-schema/schema-builder.js";
import { openApiGenerator } from "../../codegen/src/generators/openapi/generator.js";
import { openApiDocument } from "../../codegen/src/generators/openapi/document.js";
import { validatorsGenerator } from "../../codegen/src/generators/validators/generator.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { loadModelDir } from "../../codegen/src/pipeline.js";

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

const readModel = (path: string) => JSON.parse(readFileSync(path, "utf8")) as SmithyModel;
const larger = new ModelIndex(readModel("test/fixtures/larger-model.ast.json"), ["test/fixtures/larger-model/"]);
const mwaa = new ModelIndex(readModel("test/fixtures/mwaa-serverless.ast.json"), ["model/"]);
const mine = [jsonSchemaGenerator, openApiGenerator, validatorsGenerator];

async function generateAll(index: ModelIndex): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const generator of mine) files.push(...(await generator.generate(index)));
  return files;
}

// The generated validators import `ajv/dist/runtime/*`, so they must live
// where Node resolves the project's node_modules.
const scratch = resolve("node_modules/.cache", `codegen-test-${process.pid}`);
let files: GeneratedFile[] = [];
let v: Record<string, Validator> = {};

beforeAll(async () => {
  files = await generateAll(larger);
  for (const file of files) {
    mkdirSync(join(scratch, file.path, ".."), { recursive: true });
    writeFileSync(join(scratch, file.path), file.contents);
  }
  const module = (await import(pathToFileURL(join(scratch, "validators/index.js")).href)) as {
    validators: Record<string, Validator>;
  };
  v = module.validators;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const problems = (name: string, data: unknown): string[] => {
  const validate = v[name]!;
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
};

describe("the larger model through every output", () => {
  it("writes a schema and a validator for every input, output and error structure, and the framework errors", () => {
    const expected = [
      "AccessDeniedException",
      "AwsJsonFrameworkError",
      "ConflictException",
      "CreatePipelineInput",
      "CreatePipelineOutput",
      "DeletePipelineInput",
      "DeletePipelineOutput",
      "GetPipelineInput",
      "GetPipelineOutput",
      "InternalServerException",
      "ListPipelinesInput",
      "ListPipelinesOutput",
      "ResourceNotFoundException",
      "ServiceQuotaExceededException",
      "StartPipelineRunInput",
      "StartPipelineRunOutput",
      "ThrottlingException",
      "ValidatePipelineDefinitionInput",
      "ValidatePipelineDefinitionOutput",
      "ValidationException",
    ];
    expect(files.filter((f) => f.path.startsWith("schemas/")).map((f) => f.path)).toEqual(
      expected.map((name) => `schemas/${name}.json`),
    );
    expect(Object.keys(v).sort()).toEqual(expected);
    const dts = files.find((f) => f.path === "validators/index.d.ts")!.contents;
    for (const name of expected) expect(dts).toContain(`export declare const validate${name}: Validator;`);
    expect(files.map((f) => f.path)).toContain("openapi.yaml");
  });

  it("starts every file with the banner naming the model", () => {
    for (const file of files) expect(file.contents).toMatch(/test\/fixtures\/larger-model\/.*DO NOT EDIT/s);
  });

  it("makes every schema self-contained: each $ref resolves inside its own document", () => {
    for (const doc of schemaDocuments(larger)) {
      const defs = Object.keys((doc.schema.$defs ?? {}) as object);
      const refs = JSON.stringify(doc.schema).match(/"\$ref":"[^"]+"/g) ?? [];
      for (const ref of refs) expect(defs).toContain(ref.split("/").pop()!.replace(/"$/, ""));
    }
  });

  const stage = { name: "load", kind: "load", action: { waitSeconds: 10 } };
  const create = { name: "nightly", stages: [stage] };

  it("nested lists: StageList length 1–20 and each Stage's members", () => {
    expect(problems("CreatePipelineInput", create)).toEqual([]);
    expect(problems("CreatePipelineInput", { ...create, stages: [] })).toEqual(["/stages minItems"]);
    expect(problems("CreatePipelineInput", { ...create, stages: Array(21).fill(stage) })).toEqual(["/stages maxItems"]);
    expect(problems("CreatePipelineInput", { ...create, stages: [{ ...stage, kind: "LOAD" }] })).toEqual([
      "/stages/0/kind enum",
    ]);
    // A member-level @length on a String member.
    expect(problems("CreatePipelineInput", { ...create, stages: [{ ...stage, name: "n".repeat(65) }] })).toEqual([
      "/stages/0/name maxLength",
    ]);
    expect(problems("CreatePipelineInput", { ...create, stages: [{ ...stage, timeoutSeconds: 0 }] })).toEqual([
      "/stages/0/timeoutSeconds minimum",
    ]);
  });

  it("unions: exactly one member set; an unknown __type beside it is ignored", () => {
    const withAction = (action: unknown) => ({ ...create, stages: [{ ...stage, action }] });
    expect(problems("CreatePipelineInput", withAction({ script: { source: "print(1)" } }))).toEqual([]);
    expect(problems("CreatePipelineInput", withAction({ waitSeconds: 1, __type: "x" }))).toEqual([]);
    expect(problems("CreatePipelineInput", withAction({}))).toContain("/stages/0/action oneOf");
    expect(problems("CreatePipelineInput", withAction({ waitSeconds: 1, script: { source: "x" } }))).toContain(
      "/stages/0/action oneOf",
    );
    expect(problems("CreatePipelineInput", withAction({ waitSeconds: 3601 }))).toEqual([
      "/stages/0/action/waitSeconds maximum",
    ]);
  });

  it("maps: key constraints via propertyNames, value constraints, @length as maxProperties", () => {
    expect(problems("CreatePipelineInput", { ...create, tags: { team: "data" } })).toEqual([]);
    expect(problems("CreatePipelineInput", { ...create, tags: { "bad key!": "x" } })).toEqual([
      "/tags pattern",
      "/tags propertyNames",
    ]);
    expect(problems("CreatePipelineInput", { ...create, tags: { team: "v".repeat(257) } })).toEqual([
      "/tags/team maxLength",
    ]);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    expect(problems("CreatePipelineInput", { ...create, tags: many })).toEqual(["/tags maxProperties"]);
  });

  it("intEnum: integer values only", () => {
    expect(problems("CreatePipelineInput", { ...create, priority: 10 })).toEqual([]);
    expect(problems("CreatePipelineInput", { ...create, priority: 2 })).toEqual(["/priority enum"]);
    expect(problems("CreatePipelineInput", { ...create, priority: "HIGH" })).toContain("/priority type");
  });

  it("timestamps are epoch-second numbers; mixin members are inherited", () => {
    const detail = {
      pipelineId: "p-1x",
      name: "nightly",
      status: "ACTIVE",
      stages: [stage],
      enabled: true,
      createdAt: 1764000000.5,
    };
    expect(problems("GetPipelineOutput", { pipeline: detail })).toEqual([]);
    expect(problems("GetPipelineOutput", { pipeline: { ...detail, createdAt: "2025-11-24T00:00:00Z" } })).toEqual([
      "/pipeline/createdAt type",
    ]);
    const { createdAt: _omitted, ...withoutCreatedAt } = detail;
    expect(problems("GetPipelineOutput", { pipeline: withoutCreatedAt })).toEqual(["/pipeline required"]);
  });

  it("mixin members of an inline input (PageRequest) carry their range and default", () => {
    expect(problems("ListPipelinesInput", { maxResults: 100, nextToken: "t" })).toEqual([]);
    expect(problems("ListPipelinesInput", { maxResults: 101 })).toEqual(["/maxResults maximum"]);
    const schema = JSON.parse(files.find((f) => f.path === "schemas/ListPipelinesInput.json")!.contents);
    expect(schema.properties.maxResults).toMatchObject({ type: "integer", default: 25, minimum: 1, maximum: 100 });
  });

  it("doubles: a range, and NaN/Infinity as the strings awsJson sends, where @range lets them", () => {
    expect(problems("StartPipelineRunInput", { pipelineId: "p-1x", sampleRatio: 0.5 })).toEqual([]);
    expect(problems("StartPipelineRunInput", { pipelineId: "p-1x", sampleRatio: 1.5 })).toContain(
      "/sampleRatio maximum",
    );
    // Under @range(min: 0, max: 1), as Smithy reads its own values and the server's codec reads the wire: NaN is
    // no number, and each infinity is beyond a bound.
    for (const text of ["NaN", "Infinity", "-Infinity"]) {
      expect(problems("StartPipelineRunInput", { pipelineId: "p-1x", sampleRatio: text })).toEqual(["/sampleRatio type"]);
    }
    // Under @range(min: 0) only "Infinity" is within it.
    const output = JSON.parse(files.find((f) => f.path === "schemas/StartPipelineRunOutput.json")!.contents) as { $defs: { PipelineRun: { properties: Record<string, unknown> } } };
    expect(output.$defs.PipelineRun.properties.estimatedCost).toEqual({ description: "Estimated cost in US dollars.", anyOf: [{ type: "number", minimum: 0 }, { type: "string", enum: ["Infinity"] }] });
  });

  it("blobs are base64 strings", () => {
    const schema = JSON.parse(files.find((f) => f.path === "schemas/ValidatePipelineDefinitionInput.json")!.contents);
    expect(schema.properties.archive).toMatchObject({ type: "string", contentEncoding: "base64" });
    expect(problems("ValidatePipelineDefinitionInput", { stages: [stage], archive: 12 })).toEqual(["/archive type"]);
  });

  it("structures stay open to unknown members; error schemas describe __type", () => {
    expect(problems("DeletePipelineOutput", { anything: 1 })).toEqual([]);
    const conflict = { message: "busy", pipelineId: "p-1x" };
    expect(problems("ConflictException", { ...conflict, __type: "example.pipelines#ConflictException" })).toEqual([]);
    expect(problems("ConflictException", { ...conflict, __type: "ThrottlingException" })).toEqual(["/__type pattern"]);
    expect(problems("ConflictException", { message: "busy" })).toEqual([" required"]);
  });

  it("OpenAPI components and JSON Schemas come from one builder (same definitions)", () => {
    const openapi = openApiDocument(larger) as { components: { schemas: Record<string, unknown> } };
    for (const doc of schemaDocuments(larger)) {
      const { $schema: _s, $id: _i, $comment: _c, $defs: _d, ...definition } = doc.schema;
      const component = JSON.stringify(openapi.components.schemas[doc.name]);
      expect(component).toBe(JSON.stringify(definition).replaceAll("#/$defs/", "#/components/schemas/"));
    }
  });
});

describe("determinism", () => {
  it.each([
    ["the MWAA model", mwaa],
    ["the larger model", larger],
  ])("generates byte-identical files on every run for %s, cached or not", async (_label, index) => {
    const first = await generateAll(index);
    const second = await generateAll(index);
    const previous = process.env.CODEGEN_CACHE;
    process.env.CODEGEN_CACHE = "0";
    try {
      const uncached = await generateAll(index);
      expect(second).toEqual(first);
      expect(uncached).toEqual(first);
    } finally {
      if (previous === undefined) delete process.env.CODEGEN_CACHE;
      else process.env.CODEGEN_CACHE = previous;
    }
  });

  it("the committed generated/ outputs are what the generators produce from model/", async () => {
    const index = await loadModelDir("model", process.cwd());
    for (const file of await generateAll(index)) {
      expect({ path: file.path, same: readFileSync(join("generated", file.path), "utf8") === file.contents }).toEqual({
        path: file.path,
        same: true,
      });
    }
  });
});

describe("errors for people", () => {
  it("refuses to build a definition for a simple shape, naming it", () => {
    const builder = new SchemaBuilder(mwaa, { refPrefix: "#/$defs/" });
    expect(() => builder.definition("com.amazonaws.mwaaserverless#IdString")).toThrow(
      "'com.amazonaws.mwaaserverless#IdString' (string) is not a named JSON Schema definition",
    );
  });

  it("keeps two @examples with the same title apart (Smithy allows it; AWS models do it), the second keyed with (2)", () => {
    const model = readModel("test/fixtures/mwaa-serverless.ast.json");
    const op = model.shapes["com.amazonaws.mwaaserverless#StopWorkflowRun"]!;
    const examples = op.traits!["smithy.api#examples"] as { title: string; input?: unknown }[];
    const withInput = examples.filter((e) => e.input !== undefined);
    withInput[1]!.title = withInput[0]!.title;
    const document = openApiDocument(new ModelIndex(model)) as unknown as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { examples: Record<string, { summary: string }> }> } }>>;
    };
    const media = Object.values(Object.values(document.paths)[0]!)[0]!.requestBody.content;
    const keys = Object.keys(Object.values(media)[0]!.examples);
    expect(keys).toContain(withInput[0]!.title);
    expect(keys).toContain(`${withInput[0]!.title} (2)`);
  });
});

describe("shapes neither fixture uses", () => {
  // A minimal awsJson1_0 service whose one input has the remaining kinds of
  // values, compiled by ajv in strict mode like every generated validator.
  const ns = "example.edge";
  const model: SmithyModel = {
    smithy: "2.0",
    shapes: {
      [`${ns}#Edge`]: {
        type: "service",
        version: "1",
        operations: [{ target: `${ns}#Put` }],
        traits: { "aws.protocols#awsJson1_0": {} },
      },
      [`${ns}#Put`]: { type: "operation", input: { target: `${ns}#PutInput` } },
      [`${ns}#PutInput`]: {
        type: "structure",
        members: {
          at: { target: "smithy.api#Timestamp", traits: { "smithy.api#timestampFormat": "date-time" } },
          httpAt: { target: "smithy.api#Timestamp", traits: { "smithy.api#timestampFormat": "http-date" } },
          anything: { target: "smithy.api#Document" },
          names: { target: `${ns}#NameSet` },
          sparse: { target: `${ns}#SparseList`, traits: { "smithy.api#length": { max: 2 } } },
          amount: { target: "smithy.api#BigDecimal" },
          small: { target: "smithy.api#Byte" },
        },
      },
      [`${ns}#NameSet`]: { type: "set", member: { target: "smithy.api#String" } },
      [`${ns}#SparseList`]: { type: "list", member: { target: "smithy.api#String" }, traits: { "smithy.api#sparse": {} } },
    },
  };
  const index = new ModelIndex(model, ["edge.smithy"]);

  it("compile and validate as awsJson sends them", async () => {
    const [js] = await validatorsGenerator.generate(index);
    const path = join(scratch, "edge", "index.js");
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, js!.contents);
    const { validatePutInput } = (await import(pathToFileURL(path).href)) as { validatePutInput: Validator };
    const check = (data: unknown) =>
      validatePutInput(data) ? [] : (validatePutInput.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(
      check({
        at: "2025-11-24T10:00:00.5Z",
        httpAt: "Mon, 24 Nov 2025 10:00:00 GMT",
        anything: [1, { a: null }],
        names: ["a", "b"],
        sparse: ["a", null],
        amount: 1.25,
        small: -128,
      }),
    ).toEqual([]);
    expect(check({ at: 1764000000 })).toEqual(["/at type"]);
    expect(check({ at: "24/11/2025" })).toEqual(["/at pattern"]);
    expect(check({ httpAt: "2025-11-24" })).toEqual(["/httpAt pattern"]);
    expect(check({ names: ["a", "a"] })).toEqual(["/names uniqueItems"]);
    expect(check({ sparse: [null, null, null] })).toEqual(["/sparse maxItems"]);
    expect(check({ small: 128 })).toEqual(["/small maximum"]);
  });

  it("OpenAPI for an operation without output still answers 200 with a JSON object", () => {
    const document = openApiDocument(index) as { paths: Record<string, { post: { responses: Record<string, unknown> } }> };
    expect(Object.keys(document.paths)).toEqual(["/"]);
    expect(document.paths["/"]!.post.responses["200"]).toMatchObject({
      content: { "application/x-amz-json-1.0": { schema: { type: "object" } } },
    });
  });
});
