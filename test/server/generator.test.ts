// The generator is model-driven, not StopWorkflowRun-shaped: the larger
// fixture (several operations, nested structures, lists, maps, timestamps,
// intEnum, union, mixins, smithy-style ValidationException) is generated
// into a scratch folder, typechecked, its generated protocol tests run, and
// requests sent through its service core.

import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { serverGenerator } from "../../codegen/src/generators/server/index.js";
import { expectSerializersMatchWriters } from "./serializer-equivalence.js";

const root = process.cwd();
const fixture = "test/fixtures/larger-model.ast.json";

function indexOf(path: string): ModelIndex {
  return new ModelIndex(JSON.parse(readFileSync(path, "utf8")) as SmithyModel, [path]);
}

describe("server generator", () => {
  it("is deterministic", async () => {
    const index = indexOf("test/fixtures/mwaa-serverless.ast.json");
    const first = await serverGenerator.generate(index);
    const second = await serverGenerator.generate(indexOf("test/fixtures/mwaa-serverless.ast.json"));
    expect(second).toEqual(first);
    // Sources carry the banner as a comment; JSON files (package.json,
    // tsconfig.json) carry it as their "$comment" member.
    const unmarked = first
      .filter((file) => !(file.path.endsWith(".json") ? /"\$comment": "Code generated from/.test(file.contents) : file.contents.startsWith("// Code generated from")))
      .map((file) => file.path);
    expect(unmarked).toEqual([]);
  });

  it("marks the operations that waive SigV4 (@auth([]), @optionalAuth, a service's @auth([])), and only those", async () => {
    const model = JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")) as SmithyModel;
    const serviceId = Object.keys(model.shapes).find((id) => model.shapes[id]!.type === "service")!;
    const operationId = Object.keys(model.shapes).find((id) => model.shapes[id]!.type === "operation")!;
    const serviceOf = async (traits: Record<string, unknown>): Promise<string> => {
      const changed = structuredClone(model);
      const operation = changed.shapes[operationId] as { traits?: Record<string, unknown> };
      operation.traits = { ...operation.traits, ...traits };
      const files = await serverGenerator.generate(new ModelIndex(changed, ["x"]));
      return files.find((f) => f.path === "server/src/service.ts")!.contents;
    };
    expect(await serviceOf({})).not.toContain("auth:");
    expect(await serviceOf({ "smithy.api#auth": [] })).toContain('auth: "none",');
    expect(await serviceOf({ "smithy.api#optionalAuth": {} })).toContain('auth: "optional",');
    expect(await serviceOf({ "smithy.api#auth": ["aws.auth#sigv4"] })).not.toContain("auth:");
    const serviceLevel = structuredClone(model);
    (serviceLevel.shapes[serviceId] as { traits: Record<string, unknown> }).traits["smithy.api#auth"] = [];
    const files = await serverGenerator.generate(new ModelIndex(serviceLevel, ["x"]));
    expect(files.find((f) => f.path === "server/src/service.ts")!.contents).toContain('auth: "none",');
  });

  it("contains nothing specific to StopWorkflowRun or MWAA", () => {
    const dir = join(root, "codegen/src/generators/server");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text, file).not.toMatch(/StopWorkflowRun|MWAA|mwaaserverless|airflow/i);
    }
  });

  it("refuses a pattern that is not an ECMAScript regular expression, naming it", async () => {
    const model = JSON.parse(readFileSync(fixture, "utf8")) as SmithyModel;
    (model.shapes["example.pipelines#RunId"]!.traits as Record<string, unknown>)["smithy.api#pattern"] = "^(unclosed$";
    await expect(async () => serverGenerator.generate(new ModelIndex(model, [fixture]))).rejects.toThrow(/\^\(unclosed\$/);
  });
});

describe("server stub generated from the larger fixture", () => {
  let dir: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the scratch module has no static types here
  let stub: any;

  beforeAll(async () => {
    // Inside node_modules/.cache so the scratch files resolve the project's packages.
    mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
    dir = mkdtempSync(join(root, "node_modules/.cache/server-stub-"));
    for (const file of await serverGenerator.generate(indexOf(fixture))) {
      mkdirSync(join(dir, file.path, ".."), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    stub = await import(join(dir, "server/src/index.ts"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("typechecks under the project's strict settings", () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.json"),
        compilerOptions: { noEmit: true, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
        include: ["server/**/*.ts"],
        exclude: [],
      }),
    );
    const run = (): string => {
      try {
        return execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], {
          encoding: "utf8",
        });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    expect(run()).toBe("");
  });

  it("serializes every structure exactly as JSON.stringify of its writer (lists, maps, unions, timestamps, blobs)", async () => {
    const codec = (await import(join(dir, "server/src/codec.ts"))) as Record<string, unknown>;
    expect(expectSerializersMatchWriters(codec, indexOf(fixture), 100)).toBeGreaterThanOrEqual(10);
  });

  it("passes its own generated protocol tests", () => {
    // The runtime packages resolve to their sources (their export condition), as in the repository's own vitest config.
    const conditions = JSON.stringify(["@mwaa-serverless/source"]);
    writeFileSync(
      join(dir, "vitest.config.mjs"),
      `const conditions = ${conditions};\nexport default { resolve: { conditions }, ssr: { resolve: { conditions } }, test: { include: ["server/test/**/*.test.ts"] } };\n`,
    );
    const output = execFileSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "--root", dir], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
  });

  const target = (op: string): Record<string, string> => ({
    "content-type": "application/x-amz-json-1.0",
    "x-amz-target": `PipelineService.${op}`,
  });
  const send = (core: { handle: (r: unknown) => Promise<{ status: number; headers: Record<string, string>; body: string }> }, op: string, body: unknown) =>
    core.handle({ method: "POST", path: "/", headers: target(op), body: new TextEncoder().encode(JSON.stringify(body)) });

  const stage = { name: "extract", kind: "extract", action: { copy: { from: { uri: "s3://in/a" }, to: { uri: "s3://out/b", format: "csv" } } } };
  const handlers = (overrides: Record<string, unknown> = {}) => ({
    CreatePipeline: async () => ({ pipeline: detail }),
    DeletePipeline: async () => undefined,
    GetPipeline: async () => ({ pipeline: detail }),
    ListPipelines: async () => ({ pipelines: [] }),
    StartPipelineRun: async () => ({ run: { runId: "run-0000abcd", pipelineId: "etl", startedAt: new Date(1_700_000_000_500) } }),
    ValidatePipelineDefinition: async () => ({ problems: [] }),
    ...overrides,
  });
  const detail = {
    pipelineId: "etl",
    name: "ETL",
    status: "ACTIVE",
    stages: [{ ...stage, timeoutSeconds: 3600 }],
    enabled: true,
    createdAt: new Date(1_700_000_000_000),
  };
  const quiet = { logger: { info() {}, warn() {}, error() {} } };

  it("reads nested structures, unions, maps and defaults into typed input", async () => {
    let seen: Record<string, unknown> | undefined;
    const core = stub.createPipelineServiceService(
      handlers({
        CreatePipeline: async (input: Record<string, unknown>) => {
          seen = input;
          return { pipeline: detail };
        },
      }),
      quiet,
    );
    const response = await send(core, "CreatePipeline", { name: "ETL", stages: [stage], tags: { team: "data", __proto__: "x" }, priority: 10 });
    expect(response.status, response.body).toBe(200);
    expect(seen).toMatchObject({ name: "ETL", enabled: true, priority: 10, stages: [{ ...stage, timeoutSeconds: 3600 }] });
    expect(Object.getPrototypeOf(seen!.tags)).toBe(null);
    expect(JSON.parse(response.body).pipeline.createdAt).toBe(1_700_000_000);
  });

  it("reports nested violations with JSON Pointer paths in the model's fieldList shape", async () => {
    const core = stub.createPipelineServiceService(handlers(), quiet);
    const response = await send(core, "CreatePipeline", {
      name: "ETL",
      stages: [{ ...stage, name: "", action: { copy: { from: { uri: "http://x" }, to: { uri: "s3://o" } } } }],
      tags: { "bad key!": "v" },
      priority: 7,
    });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.__type).toBe("example.pipelines#ValidationException");
    expect(body.fieldList.map((f: { path: string }) => f.path)).toEqual([
      "/stages/0/name",
      "/stages/0/action/copy/from/uri",
      "/priority",
      "/tags",
    ]);
    expect(body.message).toMatch(/^4 validation errors detected\. /);
    expect(body.fieldList[2].message).toBe("Value at '/priority' failed to satisfy constraint: Member must satisfy enum value set: [1, 5, 10]");
  });

  it("rejects a union with two members or an unknown member as SerializationException", async () => {
    const core = stub.createPipelineServiceService(handlers(), quiet);
    for (const action of [{ waitSeconds: 1, script: { source: "x" } }, { teleport: {} }, {}]) {
      const response = await send(core, "CreatePipeline", { name: "ETL", stages: [{ ...stage, action }] });
      expect(response.status, JSON.stringify(action)).toBe(400);
      expect(JSON.parse(response.body).__type).toBe("SerializationException");
    }
  });

  it("checks ranges on doubles and rejects non-integers for integers", async () => {
    const core = stub.createPipelineServiceService(handlers(), quiet);
    const ratio = await send(core, "StartPipelineRun", { pipelineId: "etl", sampleRatio: 1.5 });
    expect(JSON.parse(ratio.body).fieldList[0].message).toBe("Value at '/sampleRatio' failed to satisfy constraint: Member must be between 0 and 1, inclusive");
    const wait = await send(core, "CreatePipeline", { name: "ETL", stages: [{ ...stage, action: { waitSeconds: 1.5 } }] });
    expect(JSON.parse(wait.body).__type).toBe("SerializationException");
  });

  it("writes timestamps as epoch seconds and Unit output as {}", async () => {
    const core = stub.createPipelineServiceService(handlers(), quiet);
    const run = await send(core, "StartPipelineRun", { pipelineId: "etl" });
    expect(JSON.parse(run.body)).toEqual({ run: { runId: "run-0000abcd", pipelineId: "etl", startedAt: 1_700_000_000.5 } });
    const deleted = await send(core, "DeletePipeline", { pipelineId: "etl" });
    expect(deleted.status).toBe(200);
    expect(JSON.parse(deleted.body)).toEqual({});
  });

  it("uses the model's errors for throttling and internal failures, with Retry-After", async () => {
    const core = stub.createPipelineServiceService(
      handlers({
        GetPipeline: async () => {
          throw new Error("boom");
        },
      }),
      { ...quiet, throttle: { ratePerSecond: 0.001, burst: 1 } },
    );
    const failed = await send(core, "GetPipeline", { pipelineId: "etl" });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({ __type: "example.pipelines#InternalServerException", message: "An internal error occurred. Try again later." });
    const throttled = await send(core, "GetPipeline", { pipelineId: "etl" });
    expect(throttled.status).toBe(400);
    expect(JSON.parse(throttled.body)).toMatchObject({ __type: "example.pipelines#ThrottlingException", message: "Rate exceeded" });
    expect(throttled.headers["Retry-After"]).toMatch(/^\d+$/);
  });

  it("catches an output that breaks a nested constraint", async () => {
    const core = stub.createPipelineServiceService(
      handlers({ GetPipeline: async () => ({ pipeline: { ...detail, stages: [] } }) }),
      { ...quiet, validateOutput: true },
    );
    expect((await send(core, "GetPipeline", { pipelineId: "etl" })).status).toBe(500);
  });
});
