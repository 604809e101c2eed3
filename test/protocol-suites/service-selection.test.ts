// `--service` and model/codegen.json: a model with several services (as
// Smithy's protocol suites have) generates for the chosen one, and refuses,
// listing the services, when none is chosen.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexFromIdl, loadConfig } from "../../codegen/src/pipeline.js";

const TWO_SERVICES = `$version: "2"
namespace example.two

use aws.protocols#awsJson1_0

@awsJson1_0
service Alpha { version: "2020-01-01", operations: [Ping] }

@awsJson1_0
service Beta { version: "2021-01-01", operations: [Ping, Pong] }

operation Ping { input := { name: String } output := { echoed: String } }
operation Pong {}
`;

describe("service selection", () => {
  const root = process.cwd();
  const cli = join(root, "build", "codegen.mjs");
  let scratch: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });

  beforeAll(() => {
    // `make test` builds first; only a missing bundle is built here (as the pipeline tests do), so
    // parallel test files never run esbuild over the same outputs at once.
    if (!existsSync(cli)) execFileSync("make", ["-s", "build"], { cwd: root, stdio: "inherit" });
    scratch = mkdtempSync(join(tmpdir(), "service-selection-"));
    mkdirSync(join(scratch, "model"));
    writeFileSync(join(scratch, "model", "two.smithy"), TWO_SERVICES);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("the index refuses to guess among several services and lists them", () => {
    const index = indexFromIdl([{ path: "two.smithy", text: TWO_SERVICES }]);
    expect(() => index.service()).toThrow(/found 2; choose one with --service: example\.two#Alpha, example\.two#Beta/);
    expect(() => index.selectService("example.two#Gamma")).toThrow(/'example\.two#Gamma' is not a service.*example\.two#Alpha, example\.two#Beta/);
    expect(index.selectService("example.two#Beta").operationsOf()).toEqual(["example.two#Ping", "example.two#Pong"]);
  });

  it("the CLI fails without --service, and generates the chosen service's outputs with it", () => {
    const model = join(scratch, "model");
    const bare = run("generate", "--model", model, "--out", join(scratch, "none"), "--only", "openapi");
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/choose one with --service: example\.two#Alpha, example\.two#Beta/);

    const out = join(scratch, "alpha");
    const alpha = run("generate", "--model", model, "--service", "example.two#Alpha", "--out", out, "--only", "openapi", "--quiet");
    expect(alpha.stderr).toBe("");
    expect(alpha.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, "openapi.json"), "utf8")) as { info: { version: string }; paths: Record<string, unknown> };
    expect(doc.info.version).toBe("2020-01-01");
    expect(JSON.stringify(doc.paths)).toContain("Alpha.Ping");
    expect(JSON.stringify(doc.paths)).not.toContain("Pong");
  });

  it("reads the service from codegen.json beside the model; --service overrides it", () => {
    const model = join(scratch, "model");
    writeFileSync(join(model, "codegen.json"), JSON.stringify({ service: "example.two#Beta", packageName: "ignored-here" }));
    try {
      const out = join(scratch, "beta");
      expect(run("generate", "--model", model, "--out", out, "--only", "openapi", "--quiet").status).toBe(0);
      expect(readFileSync(join(out, "openapi.json"), "utf8")).toContain("Beta.Pong");
      const over = join(scratch, "over");
      expect(run("generate", "--model", model, "--service", "example.two#Alpha", "--out", over, "--only", "openapi", "--quiet").status).toBe(0);
      expect(readFileSync(join(over, "openapi.json"), "utf8")).not.toContain("Pong");
    } finally {
      rmSync(join(model, "codegen.json"));
    }
  });

  it("a bad config file is a clear error naming the file", async () => {
    const file = join(scratch, "bad.json");
    writeFileSync(file, "[1]");
    await expect(loadConfig(file)).rejects.toThrow(/bad\.json: the codegen config must be a JSON object/);
    writeFileSync(file, '{"service": "NoNamespace"}');
    await expect(loadConfig(file)).rejects.toThrow(/"service" must be an absolute shape ID/);
    writeFileSync(file, "{");
    await expect(loadConfig(file)).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(loadConfig(join(scratch, "absent.json"), { required: false })).resolves.toBeUndefined();
    const result = run("generate", "--model", join(scratch, "model"), "--config", join(scratch, "absent.json"), "--out", join(scratch, "x"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/absent\.json: cannot read the codegen config/);
  });
});
