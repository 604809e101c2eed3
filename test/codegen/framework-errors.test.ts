// The framework errors the contract documents (codegen/src/model/framework-errors.ts)
// agree with the ones the servers actually send: the server runtime packages
// and the generated stub carry their own copies of the names, and the mock front
// has its own; a name or status added there without the contract would be a
// contract violation behind Prism's validating proxy.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { AWS_JSON_FRAMEWORK_ERRORS, frameworkErrorsByStatus, frameworkErrorsOf } from "../../codegen/src/model/framework-errors.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { frameworkErrors } from "../../src/mock/aws-json-errors.js";
import { runConformance } from "../../src/conformance/kit.js";
import { startPrismFront } from "../../src/mock/index.js";
import { RUN_ID, WORKFLOW_ARN, startFakeImplementation } from "../conformance/fake-implementation.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const contract = JSON.parse(readFileSync("generated/openapi.json", "utf8")) as Json;
const mwaa = new ModelIndex(
  JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")) as SmithyModel,
  ["test/fixtures/mwaa-serverless.ast.json"],
);

function sourcesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
}

/**
 * Every `new FrameworkError("Name", status` and `super("Name", status` in the
 * sources (templates and the generator's emitted lines alike), with where it is.
 */
function emittedFrameworkErrors(dir: string): { name: string; status: number; at: string }[] {
  const found: { name: string; status: number; at: string }[] = [];
  for (const { file, text } of sourcesUnder(dir)) {
    for (const match of text.matchAll(/(?:new (?:FrameworkError|SigV4Error)|super)\(\s*"(\w+)",\s*(\d{3})\b/g)) {
      found.push({ name: match[1]!, status: Number(match[2]), at: file });
    }
    // The node:http adapter answers the HTTP parser's refusals itself:
    // `sendFrameworkError(res, type, 417, "Name", …)` and `[431, "Reason", "Name", …]`.
    for (const match of text.matchAll(/\b(\d{3}),\s*(?:"[^"]*",\s*)?"(\w+Exception)"/g)) {
      found.push({ name: match[2]!, status: Number(match[1]), at: file });
    }
  }
  return found;
}

/** Problems of `body` against the contract's response at `status` (undefined: status not documented). */
function contractProblems(status: number, body: unknown): string[] | undefined {
  const response = contract.paths["/"].post.responses[String(status)] as Json | undefined;
  if (!response) return undefined;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema({ $id: "urn:test:openapi", components: contract.components });
  const schema = JSON.parse(
    JSON.stringify(response.content["application/x-amz-json-1.0"].schema).replaceAll('"#/components/', '"urn:test:openapi#/components/'),
  );
  const validate = ajv.compile(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("framework errors: one list, agreed on by the contract and the servers", () => {
  // What a generated server can send: its generator's emitted lines and the
  // runtime packages it depends on (docs/runtime-packages.md).
  const templates = [
    "codegen/src/generators/server",
    "packages/server-runtime/src",
    "packages/server-node/src",
    "packages/sigv4-verify/src",
  ].flatMap(emittedFrameworkErrors);

  it("finds the server stub's framework errors in its templates", () => {
    // A guard for the scan itself: these are certainly emitted.
    const names = new Set(templates.map((e) => e.name));
    for (const name of ["SerializationException", "UnknownOperationException", "UnsupportedMediaTypeException", "InvalidSignatureException"]) {
      expect(names).toContain(name);
    }
  });

  it("lists every name and status the server stub's runtime can emit", () => {
    const listed = new Map(AWS_JSON_FRAMEWORK_ERRORS.map((e) => [e.name, e.statuses]));
    const unlisted = templates.filter((e) => !listed.get(e.name)?.includes(e.status)).map((e) => `${e.at}: ${e.name} ${e.status}`);
    expect(unlisted).toEqual([]);
  });

  it("documents every framework error this model's server can send, at its status, in generated/openapi.json", () => {
    // ValidationException and ThrottlingException are framework stand-ins only
    // for models without their own; this model has both, so the stub sends
    // the modelled ones (checked by test/service/contract.test.ts).
    const modelled = new Set(mwaa.errorsOfService().map((id) => mwaa.nameOf(id)));
    const problems = templates
      .filter((e) => !modelled.has(e.name))
      .map((e) => ({ error: `${e.name} ${e.status}`, problems: contractProblems(e.status, { __type: e.name, message: "m" }) }))
      .filter((p) => p.problems?.length !== 0);
    expect(problems).toEqual([]);
  });

  it("documents the framework errors of the Prism mock front (src/mock), which writes `Message`", () => {
    const responses = [
      frameworkErrors.unknownOperation("m"),
      frameworkErrors.serialization("m"),
      frameworkErrors.unsupportedMediaType("m"),
      frameworkErrors.requestEntityTooLarge(1024),
      frameworkErrors.methodNotAllowed("GET"),
      frameworkErrors.missingAuthenticationToken(),
    ];
    for (const response of responses) {
      const error = `${String((response.body as Json).__type)} ${response.statusCode}`;
      expect({ error, problems: contractProblems(response.statusCode, response.body) }).toEqual({ error, problems: [] });
    }
  });

  it("documents each status of the list as a response (403 because this service signs with SigV4)", () => {
    const statuses = [...frameworkErrorsByStatus(frameworkErrorsOf(mwaa)).keys()].map(String);
    expect(statuses).toEqual(["400", "403", "404", "405", "408", "413", "415", "417", "431", "500"]);
    for (const status of statuses) expect(Object.keys(contract.paths["/"].post.responses)).toContain(status);
  });

  it("refuses a response labelled as a framework error at a status the contract gives only to others", () => {
    // The list is one schema for all statuses; what keeps a 415 honest is that
    // its schema admits no modelled error.
    expect(contractProblems(415, { __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", Message: "m" })).not.toEqual([]);
    expect(contractProblems(404, { __type: "NoSuchOperation", message: "m" })).not.toEqual([]);
    expect(contractProblems(418, { __type: "SerializationException" })).toBeUndefined();
  });
});

describe("the Prism mock answers `Prefer: code=` for a framework-only status with a contract-valid body", () => {
  it.each([
    [403, "IncompleteSignatureException"],
    [404, "UnknownOperationException"],
    [405, "MethodNotAllowedException"],
    [413, "RequestEntityTooLargeException"],
    [415, "UnsupportedMediaTypeException"],
  ])("%i → %s", async (status, errorType) => {
    const front = await startPrismFront({ spec: "generated/openapi.json", mode: "mock" });
    try {
      const response = await fetch(front.url, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun",
          prefer: `code=${status}`,
        },
        body: JSON.stringify({ WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", RunId: "run-1" }),
      });
      const body = (await response.json()) as Json;
      expect({ status: response.status, type: response.headers.get("x-amzn-errortype"), __type: body.__type }).toEqual({
        status,
        type: errorType,
        __type: errorType,
      });
      expect(front.violations.errors()).toEqual([]);
    } finally {
      await front.close();
    }
  });
});

describe("the framework error schema leaves every conforming label choice open (issue 5)", () => {
  // Why `__type` is optional in AwsJsonFrameworkError: the error type may come
  // only in X-Amzn-ErrorType, or in `code`; with Prism's verdict counted for
  // framework errors, a required `__type` would fail these implementations.
  it.each([["errorTypeOnlyInHeader"], ["codeInsteadOfDunderType"], ["bareDunderType"], ["unknownTarget404"]] as const)(
    "%s passes every MUST case through the Prism referee",
    async (variant) => {
      const fake = await startFakeImplementation({ variants: [variant] });
      try {
        const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID, viaPrism: true, only: ["protocol.*"] });
        expect(run.results.length).toBeGreaterThan(0);
        expect(run.results.filter((r) => r.result === "fail" && r.level === "MUST").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
      } finally {
        await fake.close();
      }
    },
  );
});
