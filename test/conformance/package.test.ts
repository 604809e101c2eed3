// The kit as users get it: `npm pack` of packages/conformance, installed from
// the tarball into an empty project (offline: the package has no
// dependencies), then run with `npx mwaa-conformance` against endpoints that
// have nothing to do with this repository.

import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..", "..");
let project: string;
let packed: { files: { path: string }[] };
let good: FakeImplementation;
let broken: FakeImplementation;

function npx(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn("npx", ["mwaa-conformance", ...args], { cwd: project, env: { ...process.env, ENDPOINT: "", WORKFLOW_ARN: "", RUN_ID: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "kit-package-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], { cwd: join(root, "packages", "conformance") });
  // npm prints the prepack script's output before the JSON.
  const [info] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  packed = info!;
  project = join(work, "empty-project");
  await run("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "someone-elses-server-tests", version: "1.0.0", private: true }));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(work, info!.filename)], { cwd: project });
  good = await startFakeImplementation();
  broken = await startFakeImplementation({ defects: ["anyTargetIsStop"] });
}, 180_000);

afterAll(async () => {
  await good?.close();
  await broken?.close();
  if (project) rmSync(resolve(project, ".."), { recursive: true, force: true });
});

describe("the mwaa-conformance package", () => {
  it("ships one bundled file, its README and package.json, and declares no dependencies", () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(["README.md", "dist/cli.mjs", "dist/cli.mjs.LEGAL.txt", "package.json"]);
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "mwaa-conformance", "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: "mwaa-conformance", bin: { "mwaa-conformance": "dist/cli.mjs" }, engines: { node: ">=20.19.0" } });
    expect(manifest.dependencies).toBeUndefined();
  });

  it("runs with npx in an empty project: a conforming server exits 0", async () => {
    const result = await npx(["--endpoint", good.url, "--workflow-arn", WORKFLOW_ARN, "--run-id", RUN_ID, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { verdict: string }).verdict).toMatch(/^CONFORMS/);
  }, 60_000);

  it("a server that runs StopWorkflowRun for any X-Amz-Target exits 1, named by the target cases", async () => {
    const result = await npx(["--endpoint", broken.url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}MUST {3}protocol\.target\.unknown-operation/);
    expect(result.stdout).toMatch(/Result: DOES NOT CONFORM/);
  }, 60_000);

  it("says what needs the repository instead of failing obscurely", async () => {
    const result = await npx(["--endpoint", good.url, "--via-prism", "--only", "protocol.body.*"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--via-prism needs the repository/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
