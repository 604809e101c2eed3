// generated/openapi.json serves the tool users know: OpenAPI Generator (the
// npm wrapper @openapitools/openapi-generator-cli, pinned in package.json)
// writes a typescript-fetch client from it, which compiles under strict
// TypeScript and gets typed answers, and typed errors, from the Prism mock and
// from the reference service (auth off). The generator's jar is the one Maven
// resolved from Maven Central (jvm/openapi-generator/pom.xml, `make jvm`): the
// wrapper is pointed at it through openapitools.json (storageDir + version),
// so it downloads nothing itself.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrismFront, type PrismFront } from "../../src/mock/index.js";
import { startReferenceService, type RunningService } from "../../src/service/reference-service.js";
import { readSettings } from "../../src/service/settings.js";
import { jvmClasspath } from "../support/toolchain.js";
import { runProgram, shown } from "./run.js";

const REPO = resolve(".");
const NODE = process.execPath;
const WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";

// What a user writes on top of the generated client. typescript-fetch encodes
// a body as JSON only for media types it recognises as JSON (application/json,
// */*+json); awsJson's application/x-amz-json-1.0 is not one of them, so the
// documented fix is a `pre` middleware that serialises the body (the contract's
// media type stays what AWS sends).
const APP = `import {
  Configuration,
  DefaultApi,
  type Middleware,
  ResourceNotFoundExceptionFromJSON,
  type ResourceNotFoundException,
  ResponseError,
  StopWorkflowRunOperationXAmzTargetEnum,
  type StopWorkflowRunResponse,
  WorkflowRunStatus,
} from "./client";

const awsJsonBody: Middleware = {
  pre: async ({ url, init }) => ({
    url,
    init: { ...init, body: typeof init.body === "object" && init.body !== null ? JSON.stringify(init.body) : init.body },
  }),
};

async function main(): Promise<void> {
  const [basePath, runId] = process.argv.slice(2) as [string, string];
  const api = new DefaultApi(new Configuration({ basePath, middleware: [awsJsonBody] }));
  const target = StopWorkflowRunOperationXAmzTargetEnum.AmazonMwaaServerlessStopWorkflowRun;
  const stopped: StopWorkflowRunResponse = await api.stopWorkflowRun({
    xAmzTarget: target,
    stopWorkflowRunRequest: { WorkflowArn: ${JSON.stringify(WORKFLOW_ARN)}, RunId: runId },
  });
  const known: WorkflowRunStatus[] = Object.values(WorkflowRunStatus);
  let notFound: { status: number; error: ResourceNotFoundException } | undefined;
  try {
    // Prism answers with the named example; the reference service looks the run up.
    await api.stopWorkflowRun(
      { xAmzTarget: target, stopWorkflowRunRequest: { WorkflowArn: ${JSON.stringify(WORKFLOW_ARN)}, RunId: "run-00000000-0000" } },
      async ({ init }) => ({ headers: { ...init.headers, Prefer: "code=400, example=RunNotFound" } }),
    );
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    notFound = { status: error.response.status, error: ResourceNotFoundExceptionFromJSON(await error.response.json()) };
  }
  console.log(JSON.stringify({
    stopped: { workflowArn: stopped.WorkflowArn, runId: stopped.RunId, status: stopped.Status, known: known.includes(stopped.Status!) },
    notFound: notFound && { status: notFound.status, resourceType: notFound.error.ResourceType, hasMessage: typeof notFound.error.Message === "string" },
  }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

let dir: string;
let mock: PrismFront;
let service: RunningService;
let generatorOutput: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "openapi-generator-"));
  const jar = jvmClasspath("openapi-generator").split(":").find((p) => /openapi-generator-cli-[\d.]+\.jar$/.test(p));
  if (!jar) throw new Error("no openapi-generator-cli jar in .cache/jvm/openapi-generator/lib: run `make jvm`");
  const version = /openapi-generator-cli-([\d.]+)\.jar$/.exec(jar)![1]!;
  mkdirSync(join(dir, "jars"));
  symlinkSync(jar, join(dir, "jars", `${version}.jar`));
  writeFileSync(join(dir, "openapitools.json"), JSON.stringify({ spaces: 2, "generator-cli": { version, storageDir: "./jars" } }, null, 2));

  const generate = await runProgram(
    NODE,
    [join(REPO, "node_modules/@openapitools/openapi-generator-cli/main.js"), "generate", "-i", join(REPO, "generated/openapi.json"), "-g", "typescript-fetch", "-o", "client",
      // Member names as on the wire (WorkflowArn, as in the AWS SDK). The default
      // camelCase renaming makes 7.23.0 emit instanceOf checks that fail
      // noImplicitAny (TS7053: both spellings indexed on `object`).
      "--additional-properties=modelPropertyNaming=original"],
    // The wrapper finds openapitools.json in $PWD.
    { cwd: dir, env: { PWD: dir }, timeoutMs: 240_000 },
  );
  generatorOutput = shown("openapi-generator-cli generate", generate);
  if (generate.status !== 0) throw new Error(generatorOutput);

  writeFileSync(join(dir, "app.ts"), APP);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "openapi-user", private: true, type: "commonjs" }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "commonjs", moduleResolution: "node", lib: ["ES2022", "DOM"], strict: true, outDir: "dist",
        // The generated client is .ts source, checked in full; only .d.ts of @types/node is skipped (time).
        skipLibCheck: true,
        typeRoots: [join(REPO, "node_modules/@types")], types: ["node"] },
      include: ["app.ts", "client/**/*.ts"],
    }),
  );

  mock = await startPrismFront({ spec: JSON.parse(readFileSync(join(REPO, "generated/openapi.json"), "utf8")) as object, mode: "mock", port: 0 });
  service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent", AUTH: "none" }), pino({ level: "silent" }));
}, 300_000);

afterAll(async () => {
  await mock?.close();
  await service?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a typescript-fetch client from generated/openapi.json (OpenAPI Generator, jar from Maven Central)", () => {
  it("is generated with the Maven-resolved jar, nothing downloaded", () => {
    expect(readdirSync(join(dir, "jars")), generatorOutput).toEqual([readdirSync(join(dir, "jars"))[0]]);
    expect(generatorOutput).not.toMatch(/Download/);
    expect(readdirSync(join(dir, "client/apis"))).toContain("DefaultApi.ts");
    expect(basename(readdirSync(join(dir, "jars"))[0]!)).toMatch(/^\d+\.\d+\.\d+\.jar$/);
  });

  it("compiles with the user's code under strict TypeScript", async () => {
    const tsc = await runProgram(NODE, [join(REPO, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: dir, timeoutMs: 180_000 });
    expect(tsc.status, shown("tsc", tsc)).toBe(0);
  }, 200_000);

  it("gets typed answers and a typed ResourceNotFoundException from the Prism mock", async () => {
    const run = await runProgram(NODE, ["dist/app.js", mock.url.replace(/\/$/, ""), "run-20261124-0001"], { cwd: dir });
    expect(run.status, shown("app against the mock", run)).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      stopped: { workflowArn: WORKFLOW_ARN, runId: "run-20261124-0001", status: "STOPPING", known: true },
      notFound: { status: 400, resourceType: "WorkflowRun", hasMessage: true },
    });
    expect(mock.violations.errors().filter((v) => v.phase === "request"), "Prism found the generated client's requests invalid").toEqual([]);
  });

  it("gets typed answers and a typed ResourceNotFoundException from the reference service (auth off)", async () => {
    const run = await runProgram(NODE, ["dist/app.js", service.url.replace(/\/$/, ""), "run-20261124-0002"], { cwd: dir });
    expect(run.status, shown("app against the reference service", run)).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      stopped: { workflowArn: WORKFLOW_ARN, runId: "run-20261124-0002", status: "STOPPED", known: true },
      notFound: { status: 400, resourceType: "WorkflowRun", hasMessage: true },
    });
  });
});
