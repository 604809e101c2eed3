// The packed client: `npm pack` of generated/client installed into a fresh
// project from the tarball, then imported from ESM and from CommonJS and used
// against a local server; publint and @arethetypeswrong/cli find nothing.

import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { okOutput, sendJson, startServer, type TestServer } from "./helpers.js";

const root = process.cwd();
const packageDir = join(root, "generated/client");
let work: string;
let tarball: string;
let server: TestServer;

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], timeout: 150_000 });
}

/** Async, so the test's own server (same process) can answer while the child runs. */
async function runNode(file: string, cwd: string, endpoint: string): Promise<string> {
  const { stdout } = await promisify(execFile)("node", [file], { cwd, encoding: "utf8", env: { ...process.env, ENDPOINT: endpoint }, timeout: 60_000 });
  return stdout;
}

// Three calls: the first goes through node:http, the later ones through the
// undici Agent the build bundled into the dist (the project cannot resolve the
// undici package itself: it is not a dependency). \`undici\` says whether it could.
const script = (importLine: string) => `${importLine}
const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: { accessKeyId: "a", secretAccessKey: "b" } });
const call = () => client.send(new StopWorkflowRunCommand({ WorkflowArn: "arn", RunId: "r" }));
(async () => {
  const outs = [await call(), ...(await Promise.all([call(), call()]))];
  let undici = "resolvable";
  try { require.resolve("undici"); } catch { undici = "not resolvable"; }
  console.log(JSON.stringify({ status: outs.map((out) => out.Status), attempts: outs.map((out) => out.$metadata.attempts), isError: typeof ResourceNotFoundException, undici }));
  client.destroy();
})();
`;
const expected = { status: ["STOPPING", "STOPPING", "STOPPING"], attempts: [1, 1, 1], isError: "function", undici: "not resolvable" };

/** Async, so the worker keeps answering vitest while npm builds and installs (minutes on a loaded machine). */
async function runAsync(cmd: string, args: string[], cwd: string): Promise<void> {
  await promisify(execFile)(cmd, args, { cwd, encoding: "utf8", timeout: 250_000 });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "client-pack-"));
  await runAsync("npm", ["pack", "--pack-destination", work, "--loglevel=error"], packageDir);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz"))!);
  const project = join(work, "project");
  run("mkdir", ["-p", project], work);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "fresh", version: "1.0.0", private: true }));
  await runAsync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], project);
  server = await startServer((_req, _n, res) => sendJson(res, 200, okOutput));
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed client", () => {
  it("works from ESM", async () => {
    const project = join(work, "project");
    writeFileSync(
      join(project, "esm.mjs"),
      script('import { createRequire } from "node:module";\nimport { MWAAServerlessClient, StopWorkflowRunCommand, ResourceNotFoundException } from "@mwaa-serverless/client";\nconst require = createRequire(import.meta.url);'),
    );
    const out = JSON.parse(await runNode("esm.mjs", project, server.url));
    expect(out).toEqual(expected);
  });

  it("works from CommonJS", async () => {
    const project = join(work, "project");
    writeFileSync(join(project, "cjs.cjs"), script('const { MWAAServerlessClient, StopWorkflowRunCommand, ResourceNotFoundException } = require("@mwaa-serverless/client");'));
    const out = JSON.parse(await runNode("cjs.cjs", project, server.url));
    expect(out).toEqual(expected);
  });

  it("the ESM bundle (what bundlers take) loads the same bundled undici", async () => {
    const project = join(work, "project");
    // dist-es/index.js directly, as a bundler resolves the "import" condition's default.
    writeFileSync(
      join(project, "bundler.mjs"),
      script('import { createRequire } from "node:module";\nimport { MWAAServerlessClient, StopWorkflowRunCommand, ResourceNotFoundException } from "./node_modules/@mwaa-serverless/client/dist-es/index.js";\nconst require = createRequire(import.meta.url);'),
    );
    const out = JSON.parse(await runNode("bundler.mjs", project, server.url));
    expect(out).toEqual(expected);
  });

  it("ships undici's Agent as one file with undici's license, not the undici package", () => {
    const files = run("tar", ["-tzf", tarball], work).split("\n");
    expect(files).toContain("package/dist-cjs/undici.js");
    const chunk = run("tar", ["-xOzf", tarball, "package/dist-cjs/undici.js"], work);
    expect(chunk.slice(0, 2000)).toMatch(/undici 7\.\d+\.\d+[\s\S]*MIT License[\s\S]*Matteo Collina and Undici contributors/);
    expect(chunk).toContain("undici/lib/dispatcher/agent.js");
    // Only the dispatcher: none of undici's fetch, WebSocket, cache or mock modules.
    for (const left of ["lib/web/websocket", "lib/mock/", "lib/cache/", "lib/web/fetch/index.js"]) expect(chunk, left).not.toContain(left);
    const pkg = JSON.parse(run("tar", ["-xOzf", tarball, "package/package.json"], work)) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).not.toHaveProperty("undici");
  });

  it("has only runtime dependencies", () => {
    const pkg = JSON.parse(run("tar", ["-xOzf", tarball, "package/package.json"], work)) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      expect(name).toMatch(/^(@smithy\/|@aws-sdk\/)/);
    }
  });

  it("carries the client runtime it was built with, code and declarations, instead of depending on it", () => {
    const pkg = JSON.parse(run("tar", ["-xOzf", tarball, "package/package.json"], work)) as { devDependencies: Record<string, string> };
    const runtime = JSON.parse(readFileSync(join(root, "packages/client-runtime/package.json"), "utf8")) as { name: string; version: string };
    expect(pkg.devDependencies[runtime.name]).toBe(runtime.version);
    const files = run("tar", ["-tzf", tarball], work).split("\n");
    for (const file of ["package/dist-types/runtime/index.d.ts", "package/dist-cjs/runtime/index.d.ts", "package/dist-types/runtime/UndiciHttpHandler.d.ts"]) {
      expect(files).toContain(file);
    }
    // No file of the package imports the runtime package, or another of its scope (its SHA-256): the bundles hold
    // their code, dist-types/runtime/ the runtime's declarations. (The client's own name shares the scope.)
    const scope = runtime.name.split("/")[0]!;
    const imported = new RegExp(`["']${scope}/(?!client["'])[^"']*["']`);
    const packed = files.filter((f) => /\.(js|d\.ts)$/.test(f)).map((f) => [f, run("tar", ["-xOzf", tarball, f], work)] as const);
    expect(packed.map(([f]) => f)).toContain("package/dist-cjs/index.js");
    expect(packed.filter(([, text]) => imported.test(text)).map(([f, text]) => `${f}: ${imported.exec(text)![0]}`)).toEqual([]);
    // The client's declarations import the runtime's from dist-types/runtime/.
    expect(run("tar", ["-xOzf", tarball, "package/dist-types/index.d.ts"], work)).toContain('from "./runtime/index.js"');
  });

  it("publint reports nothing", () => {
    const out = run(join(root, "node_modules/.bin/publint"), ["run", "--strict", packageDir], root);
    expect(out).toContain("All good!");
  });

  it("@arethetypeswrong/cli reports nothing", () => {
    // Exits non-zero on any problem; prints one line per resolution mode otherwise.
    const out = run(join(root, "node_modules/.bin/attw"), [tarball, "--format", "json"], root);
    const report = JSON.parse(out) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });
});
