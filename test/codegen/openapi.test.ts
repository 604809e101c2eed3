// The OpenAPI 3.1 document: a real validator accepts it, Prism's own loader
// finds the operations where the mapping puts them, and its examples are valid
// against its own schemas (so the Prism mock serves contract-valid bodies).

import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { openApiDocument, operationPath } from "../../codegen/src/generators/openapi/document.js";
import { openApiGenerator } from "../../codegen/src/generators/openapi/generator.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const load = (path: string) =>
  new ModelIndex(JSON.parse(readFileSync(path, "utf8")) as SmithyModel, [path]);
const mwaa = load("test/fixtures/mwaa-serverless.ast.json");
const larger = load("test/fixtures/larger-model.ast.json");
const shipped = JSON.parse(readFileSync("generated/openapi.json", "utf8")) as Json;
const MEDIA = "application/x-amz-json-1.0";

/** Every media type key in the document. */
function mediaTypes(node: unknown, found = new Set<string>()): Set<string> {
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "content" && value && typeof value === "object") for (const media of Object.keys(value)) found.add(media);
      mediaTypes(value, found);
    }
  }
  return found;
}

/** An ajv that knows the document's component schemas, to check examples against them. */
function componentValidator(document: Json): (ref: unknown, value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema({ $id: "urn:test:openapi", components: document.components });
  return (schema, value) => {
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"urn:test:openapi#/components/'));
    const validate = ajv.compile(rewritten);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe("generated/openapi.json", () => {
  it("is what the generator produces from the model", async () => {
    const files = await openApiGenerator.generate(mwaa);
    const json = files.find((f) => f.path === "openapi.json")!;
    expect(JSON.parse(json.contents)).toEqual({ ...shipped, "x-generated": expect.any(String) });
  });

  it("passes @apidevtools/swagger-parser validation (OpenAPI 3.1 schema and $refs)", async () => {
    const api = (await SwaggerParser.validate(structuredClone(shipped) as never)) as Json;
    expect(api.openapi).toBe("3.1.0");
  });

  it("loads with Prism's getHttpOperationsFromSpec: one POST / operation", async () => {
    const operations = await getHttpOperationsFromSpec(structuredClone(shipped));
    expect(operations.map((o) => [o.method, o.path, o.iid])).toEqual([["post", "/", "StopWorkflowRun"]]);
    const [operation] = operations;
    expect(operation!.responses.map((r) => r.code).sort()).toEqual(["200", "400", "403", "404", "405", "408", "413", "415", "417", "431", "500"]);
    const target = operation!.request?.headers?.find((h) => h.name === "X-Amz-Target");
    expect(target).toMatchObject({ required: true, schema: { enum: ["AmazonMWAAServerless.StopWorkflowRun"] } });
    expect(operation!.security?.[0]?.[0]).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
  });

  it("uses application/x-amz-json-1.0 for every body, never application/json", () => {
    expect([...mediaTypes(shipped)]).toEqual([MEDIA]);
  });

  it("describes the operation as awsJson1_0 sends it", () => {
    const operation = shipped.paths["/"].post as Json;
    expect(operation.operationId).toBe("StopWorkflowRun");
    expect(operation["x-amz-target"]).toBe("AmazonMWAAServerless.StopWorkflowRun");
    expect(operation.summary).toBe("Stops a running workflow execution.");
    expect(operation.requestBody).toMatchObject({
      required: true,
      content: { [MEDIA]: { schema: { $ref: "#/components/schemas/StopWorkflowRunRequest" } } },
    });
    expect(operation.responses["200"].content[MEDIA].schema).toEqual({
      $ref: "#/components/schemas/StopWorkflowRunResponse",
    });
    expect(Object.keys(operation.responses["200"].headers)).toEqual(["X-Amzn-RequestId"]);
    expect(Object.keys(operation.responses["400"].headers)).toEqual(["X-Amzn-RequestId", "X-Amzn-ErrorType"]);
  });

  it("groups errors by the status awsJson gives them: client 400, server 500, each with the framework errors", () => {
    const responses = shipped.paths["/"].post.responses as Json;
    const refs = (status: string) =>
      (responses[status].content[MEDIA].schema.anyOf as Json[]).map((s) => String(s.$ref).split("/").pop()).sort();
    expect(refs("400")).toEqual([
      "AccessDeniedException",
      "AwsJsonFrameworkError",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
    ]);
    expect(refs("500")).toEqual(["AwsJsonFrameworkError", "InternalServerException", "OperationTimeoutException"]);
    expect(responses["400"].description).toMatch(/Or a protocol error, not in the model: SerializationException, UnknownOperationException, /);
    expect(responses["500"].description).toMatch(/not in the model: InternalFailure, InternalFailureException\./);
  });

  it("documents the statuses only framework errors use (403 with SigV4, 404, 405, 413, 415)", () => {
    const responses = shipped.paths["/"].post.responses as Json;
    const named = {
      "403": "IncompleteSignatureException, InvalidSignatureException, MissingAuthenticationTokenException, UnrecognizedClientException",
      "404": "UnknownOperationException",
      "405": "MethodNotAllowedException",
      "413": "RequestEntityTooLargeException",
      "415": "UnsupportedMediaTypeException",
    };
    for (const [status, names] of Object.entries(named)) {
      const response = responses[status] as Json;
      expect(response.description).toContain(`A protocol error, not in the model: ${names}.`);
      const schema = response.content[MEDIA].schema as Json;
      expect(Object.keys(response.content)).toEqual([MEDIA]);
      expect(schema.allOf).toEqual([{ $ref: "#/components/schemas/AwsJsonFrameworkError" }]);
      // Prism's static mock serves the first schema example for `Prefer: code=…`.
      expect((schema.examples as Json[]).map((e) => e.__type).join(", ")).toBe(names);
      const check = componentValidator(shipped);
      for (const example of schema.examples as Json[]) expect(check(schema, example)).toEqual([]);
      expect(response.headers).toMatchObject({
        "X-Amzn-RequestId": { $ref: "#/components/headers/X-Amzn-RequestId" },
        "X-Amzn-ErrorType": { $ref: "#/components/headers/X-Amzn-ErrorType" },
      });
    }
    expect(Object.keys(responses["405"].headers)).toContain("Allow");
    expect(responses["405"].headers.Allow.required).toBeUndefined();
  });

  it("has one framework error schema whose type fields admit only the framework errors", () => {
    const schema = shipped.components.schemas.AwsJsonFrameworkError as Json;
    expect(schema).toMatchObject({ type: "object", properties: { message: { type: "string" }, Message: { type: "string" } } });
    // Optional, as on the modelled errors: the header alone names the type conformingly.
    expect(schema.required).toBeUndefined();
    const check = componentValidator(shipped);
    const ref = { $ref: "#/components/schemas/AwsJsonFrameworkError" };
    for (const type of ["SerializationException", "ns#UnknownOperationException", "InternalFailure:extra", "UnrecognizedClientException"]) {
      expect({ type, problems: check(ref, { __type: type, message: "m" }) }).toEqual({ type, problems: [] });
      expect({ type, problems: check(ref, { code: type }) }).toEqual({ type, problems: [] });
    }
    for (const type of ["ResourceNotFoundException", "ValidationException", "Serialization", "SerializationExceptionX", "x#InternalFailureY"]) {
      expect({ type, problems: check(ref, { __type: type }) }).toEqual({ type, problems: ["/__type must match pattern " + JSON.stringify(schema.properties.__type.pattern)] });
    }
  });

  it("lets the 400 anyOf accept framework errors and still reject a broken modelled error", () => {
    const check = componentValidator(shipped);
    const schema = shipped.paths["/"].post.responses["400"].content[MEDIA].schema;
    expect(check(schema, { __type: "SerializationException", message: "Unexpected end of JSON input" })).toEqual([]);
    expect(check(schema, { __type: "UnknownOperationException", message: "Missing X-Amz-Target header" })).toEqual([]);
    // The modelled error keeps its required members: the framework branch does not admit it.
    expect(check(schema, { __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", Message: "gone" })).not.toEqual([]);
    expect(check(schema, { __type: "NoSuchThingException", message: "m" })).not.toEqual([]);
  });

  it("names one example per @examples entry, by its title, with __type on errors", () => {
    const responses = shipped.paths["/"].post.responses as Json;
    expect(Object.keys(responses["200"].content[MEDIA].examples)).toEqual(["StopRunningWorkflowRun"]);
    // The example of rejecting an invalid request first (Prism's mock answers
    // invalid requests with the first 400 example), then model order.
    expect(Object.keys(responses["400"].content[MEDIA].examples)).toEqual([
      "InvalidRunId",
      "AccessDenied",
      "RunNotFound",
      "Throttled",
    ]);
    expect(Object.keys(responses["500"].content[MEDIA].examples).sort()).toEqual([
      "InternalServerError",
      "OperationTimeout",
    ]);
    expect(responses["400"].content[MEDIA].examples.RunNotFound.value).toEqual({
      __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException",
      Message: "Workflow run run-does-not-exist was not found.",
      ResourceId: "run-does-not-exist",
      ResourceType: "WorkflowRun",
    });
    // The deliberately invalid request of InvalidRunId is not offered as a request example.
    const requestExamples = Object.keys(shipped.paths["/"].post.requestBody.content[MEDIA].examples);
    expect(requestExamples).toContain("StopRunningWorkflowRun");
    expect(requestExamples).not.toContain("InvalidRunId");
  });

  it("has examples that are valid against their own schemas", () => {
    const check = componentValidator(shipped);
    let checked = 0;
    for (const pathItem of Object.values(shipped.paths as Json)) {
      const operation = pathItem.post as Json;
      const bodies = [operation.requestBody, ...Object.values(operation.responses as Json)];
      for (const body of bodies) {
        const media = body.content[MEDIA] as Json;
        for (const [title, example] of Object.entries((media.examples ?? {}) as Json)) {
          expect({ title, problems: check(media.schema, example.value) }).toEqual({ title, problems: [] });
          checked++;
        }
      }
    }
    expect(checked).toBe(13);
  });

  it("declares SigV4 the way smithy-openapi does", () => {
    expect(shipped.components.securitySchemes["aws.auth.sigv4"]).toMatchObject({
      type: "apiKey",
      name: "Authorization",
      in: "header",
      "x-amazon-apigateway-authtype": "awsSigv4",
    });
    expect(shipped.security).toEqual([{ "aws.auth.sigv4": [] }]);
  });

  it("carries the banner and the service's title, version and documentation", () => {
    expect(shipped["x-generated"]).toMatch(/DO NOT EDIT/);
    expect(shipped.info).toMatchObject({
      title: "Amazon Managed Workflows for Apache Airflow Serverless",
      version: "2024-07-26",
    });
    expect(shipped.info.description).toMatch(/^Amazon Managed Workflows for Apache Airflow Serverless runs/);
  });

  it("has a YAML twin with the same content and a banner comment", () => {
    const yaml = readFileSync("generated/openapi.yaml", "utf8");
    expect(yaml.startsWith("# Code generated from")).toBe(true);
    expect(parseYaml(yaml)).toEqual(shipped);
    // YAML 1.1 readers must not turn the version into a date.
    expect(yaml).toMatch(/version: "2024-07-26"/);
  });
});

describe("framework errors follow the service, not StopWorkflowRun", () => {
  /** The larger fixture without @sigv4 and without its own ValidationException. */
  function withoutSigv4AndValidation(): ModelIndex {
    const ast = JSON.parse(readFileSync("test/fixtures/larger-model.ast.json", "utf8")) as Json;
    const service = ast.shapes["example.pipelines#PipelineService"];
    delete service.traits["aws.auth#sigv4"];
    for (const shape of Object.values(ast.shapes as Json)) {
      if (Array.isArray(shape.errors)) shape.errors = shape.errors.filter((e: Json) => e.target !== "example.pipelines#ValidationException");
    }
    delete ast.shapes["example.pipelines#ValidationException"];
    return new ModelIndex(ast as SmithyModel, ["test/fixtures/larger-model.ast.json"]);
  }

  it("documents 403 and the SigV4 errors only when the service has @sigv4", async () => {
    const document = openApiDocument(withoutSigv4AndValidation()) as Json;
    await SwaggerParser.validate(structuredClone(document) as never);
    for (const item of Object.values(document.paths as Json)) {
      expect(Object.keys(item.post.responses)).toEqual(["200", "400", "404", "405", "408", "413", "415", "417", "431", "500"]);
    }
    const pattern = String(document.components.schemas.AwsJsonFrameworkError.properties.__type.pattern);
    expect(pattern).not.toMatch(/Signature|MissingAuthenticationToken|UnrecognizedClient/);
    const withSigv4 = openApiDocument(larger) as Json;
    expect(Object.keys((Object.values(withSigv4.paths as Json)[0] as Json).post.responses)).toContain("403");
  });

  it("admits ValidationException as a framework error only when the model declares none", () => {
    const check = (document: Json, type: string) =>
      componentValidator(document)({ $ref: "#/components/schemas/AwsJsonFrameworkError" }, { __type: type, message: "m" });
    expect(check(openApiDocument(withoutSigv4AndValidation()) as Json, "ValidationException")).toEqual([]);
    expect(check(openApiDocument(larger) as Json, "ValidationException")).not.toEqual([]);
    expect(check(shipped, "ThrottlingException")).not.toEqual([]);
  });
});

describe("OpenAPI for a model with several operations (larger fixture)", () => {
  const document = openApiDocument(larger) as Json;

  it("keys each operation /#{Service}.{Operation}, all POST", () => {
    expect(Object.keys(document.paths)).toEqual([
      "/#PipelineService.CreatePipeline",
      "/#PipelineService.DeletePipeline",
      "/#PipelineService.GetPipeline",
      "/#PipelineService.ListPipelines",
      "/#PipelineService.StartPipelineRun",
      "/#PipelineService.ValidatePipelineDefinition",
    ]);
    for (const [path, item] of Object.entries(document.paths as Json)) {
      expect(Object.keys(item)).toEqual(["post"]);
      expect(`/#${item.post["x-amz-target"]}`).toBe(path);
      expect(item.post.parameters[0].schema.enum).toEqual([path.slice(2)]);
    }
    expect(operationPath(mwaa, "com.amazonaws.mwaaserverless#StopWorkflowRun")).toBe("/");
  });

  it("passes swagger-parser and loads in Prism with every operation", async () => {
    await SwaggerParser.validate(structuredClone(document) as never);
    const operations = await getHttpOperationsFromSpec(structuredClone(document));
    expect(operations.map((o) => o.iid).sort()).toEqual([
      "CreatePipeline",
      "DeletePipeline",
      "GetPipeline",
      "ListPipelines",
      "StartPipelineRun",
      "ValidatePipelineDefinition",
    ]);
    expect(new Set(operations.map((o) => o.method))).toEqual(new Set(["post"]));
  });

  it("puts every structure the operations reach in components/schemas and resolves every $ref", () => {
    const names = Object.keys(document.components.schemas);
    for (const expected of ["StageAction", "TagMap", "Priority", "PipelineDetail", "ConflictException"]) {
      expect(names).toContain(expected);
    }
    const refs = JSON.stringify(document).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(names).toContain(JSON.parse(ref).split("/").pop());
  });

  it("has valid examples", () => {
    const check = componentValidator(document);
    for (const item of Object.values(document.paths as Json)) {
      const operation = item.post as Json;
      for (const body of [operation.requestBody, ...Object.values(operation.responses as Json)]) {
        const media = body.content[MEDIA] as Json;
        for (const [title, example] of Object.entries((media.examples ?? {}) as Json)) {
          expect({ title, problems: check(media.schema, example.value) }).toEqual({ title, problems: [] });
        }
      }
    }
  });
});

describe("OpenAPI for shapes named like Object.prototype's members", () => {
  it("keeps a structure named `__proto__` as an own component that its $refs resolve to", () => {
    const document = openApiDocument(load("test/fixtures/prototype-names/model.ast.json")) as Json;
    const schemas = document.components.schemas as Json;
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
    const names = Object.keys(schemas);
    expect(names).toContain("__proto__");
    expect(names).toContain("constructor");
    const text = JSON.stringify(document);
    expect(text).toContain('"#/components/schemas/__proto__"');
    for (const ref of text.match(/"#\/components\/schemas\/[^"]+"/g) ?? []) {
      const name = (JSON.parse(ref) as string).split("/").pop()!;
      expect({ ref, own: Object.prototype.hasOwnProperty.call(schemas, name) }).toEqual({ ref, own: true });
    }
  });
});
