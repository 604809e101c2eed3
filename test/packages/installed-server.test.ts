// The server runtime packages as a user outside this repository gets them:
// each packed by `npm pack` (its `files` list, its built dist/) and unpacked
// into the node_modules of a project in a temporary folder outside the work
// tree, next to a copy of generated/server. There, with no export condition
// and no TypeScript loader, the generated server must typecheck against the
// packages' published declarations, compile, and answer a real request under
// plain `node` — the proof that generated code depends on the packages and
// carries no runtime of its own.

import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARN, RUN_ID, TARGET } from "../server/helpers.js";

const root = resolve(import.meta.dirname, "..", "..");
const PACKAGES = ["sha256", "sigv4-verify", "server-runtime", "server-node"];
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

let work: string;
let app: string;

/** A child process's output, or a failure naming the command and showing what it printed. Asynchronous: a worker blocked on a long tsc misses vitest's RPC deadlines. */
async function run(command: string, args: string[], cwd: string, timeout = 240_000): Promise<string> {
  try {
    return (await promisify(execFile)(command, args, { cwd, encoding: "utf8", maxBuffer: 32 * 2 ** 20, timeout })).stdout;
  } catch (error) {
    const { stdout, stderr, code } = error as { stdout?: string; stderr?: string; code?: unknown };
    throw new Error(`${command} ${args.join(" ")} (in ${cwd}) failed (${String(code)}):\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "installed-server-"));
  // dist/ as `make build` and `npm pack` (prepack) build it.
  await run(process.execPath, [tsc, "-b", ...PACKAGES.map((p) => join(root, "packages", p, "tsconfig.build.json"))], root);
  const modules = join(work, "node_modules");
  mkdirSync(join(modules, "@mwaa-serverless"), { recursive: true });
  for (const name of PACKAGES) {
    const [packed] = JSON.parse(
      await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work, "--loglevel=error"], join(root, "packages", name)),
    ) as { filename: string }[];
    const target = join(modules, "@mwaa-serverless", name);
    mkdirSync(target);
    await run("tar", ["xzf", join(work, packed!.filename), "-C", target, "--strip-components=1"], work);
  }
  // Third-party dependencies (@smithy/signature-v4 and its closure, @types/node)
  // come from the repository's install, as a registry install would give them.
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry === "@mwaa-serverless" || entry.startsWith(".")) continue;
    symlinkSync(join(root, "node_modules", entry), join(modules, entry));
  }
  app = join(work, "server");
  mkdirSync(app);
  for (const entry of ["src", "package.json", "tsconfig.json"]) cpSync(join(root, "generated", "server", entry), join(app, entry), { recursive: true });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the generated server with the runtime packages installed from their tarballs", () => {
  it("the tarballs hold dist/ (JavaScript and declarations) and no tests", () => {
    for (const name of PACKAGES) {
      const dir = join(work, "node_modules", "@mwaa-serverless", name);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: Record<string, Record<string, string>> };
      const entry = pkg.exports["."]!;
      expect(existsSync(join(dir, entry.default!)), `${name}: ${entry.default}`).toBe(true);
      expect(existsSync(join(dir, entry.types!)), `${name}: ${entry.types}`).toBe(true);
      expect(existsSync(join(dir, "test")), `${name} ships its tests`).toBe(false);
    }
  });

  it("generated/server carries no runtime of its own and depends on the packages at their versions", () => {
    const sources = readdirSync(join(app, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).sort();
    expect(sources, "generated/server/src").toEqual(["codec.ts", "index.ts", "models.ts", "service.ts"]);
    const pkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(pkg.dependencies)) {
      const installed = JSON.parse(readFileSync(join(work, "node_modules", name, "package.json"), "utf8")) as { version: string };
      expect(`${name}@${installed.version}`).toBe(`${name}@${version}`);
    }
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@mwaa-serverless/server-node", "@mwaa-serverless/server-runtime"]);
  });

  it("typechecks against the published declarations and answers a request under plain node", async () => {
    // The generated tsconfig, without the workspace's source condition: dist/*.d.ts is what resolves.
    writeFileSync(
      join(app, "tsconfig.emit.json"),
      JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { noEmit: false, outDir: "out", rootDir: "src", customConditions: [] } }),
    );
    expect(await run(process.execPath, [tsc, "-p", "tsconfig.emit.json"], app).catch((error: Error) => error.message), "tsc in the installed project").toBe("");
    const resolved = (await run(process.execPath, ["-p", 'require.resolve("@mwaa-serverless/server-runtime")'], app)).trim();
    expect(resolved).toBe(join(work, "node_modules", "@mwaa-serverless", "server-runtime", "dist", "index.js"));

    writeFileSync(
      join(app, "main.mjs"),
      `import * as stub from "./out/index.js";
const create = Object.entries(stub).find(([name]) => /^create\\w+Service$/.test(name) && name !== "createServiceCore")[1];
const operation = ${JSON.stringify(TARGET)}.split(".")[1];
const handlers = { [operation]: (input) => ({ WorkflowArn: input.WorkflowArn, RunId: input.RunId, WorkflowVersion: "v".repeat(32), Status: "STOPPING" }) };
const server = stub.createNodeHttpServer(create(handlers)).listen(0, "127.0.0.1", async () => {
  const url = "http://127.0.0.1:" + server.address().port + "/";
  const call = (body, target) => fetch(url, { method: "POST", headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": target }, body })
    .then(async (r) => ({ status: r.status, type: r.headers.get("x-amzn-errortype"), body: await r.json() }));
  const ok = await call(JSON.stringify({ WorkflowArn: ${JSON.stringify(ARN)}, RunId: ${JSON.stringify(RUN_ID)} }), ${JSON.stringify(TARGET)});
  const invalid = await call(JSON.stringify({ WorkflowArn: "not an arn", RunId: ${JSON.stringify(RUN_ID)} }), ${JSON.stringify(TARGET)});
  console.log(JSON.stringify({ ok, invalid }));
  server.close();
});
`,
    );
    const served = await run(process.execPath, ["main.mjs"], app, 60_000);
    const { ok, invalid } = JSON.parse(served) as Record<string, { status: number; type: string | null; body: Record<string, unknown> }>;
    expect(ok!.status, JSON.stringify(ok)).toBe(200);
    expect(ok!.body).toMatchObject({ WorkflowArn: ARN, RunId: RUN_ID, Status: "STOPPING" });
    expect([invalid!.status, invalid!.type], JSON.stringify(invalid)).toEqual([400, "ValidationException"]);
  }, 180_000);
});
