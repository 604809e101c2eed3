// The client consumed as a published package, and the documentation's
// examples run as written. The packed client is published to a real npm
// registry started here (verdaccio, on 127.0.0.1, a free port, its own storage
// and config), installed by name into an empty `npm init -y` project (a
// CommonJS one, as npm makes it), and every code block of README.md and of the
// client's own README is run in that project against a Prism mock and a
// reference service started here: TypeScript with tsx, JavaScript with node,
// Python with the pinned venv's boto3. The only edit to a block is the
// address: 127.0.0.1:4010 becomes the mock's, 127.0.0.1:8080 the service's.
// Shell blocks are checked rather than run: every make target and variable
// they name exists, and the install line names the package just installed.
// When packages/conformance exists (the conformance kit as a package), it is
// published and installed the same way.

import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrismFront, type PrismFront } from "../../src/mock/index.js";
import { startReferenceService, type RunningService } from "../../src/service/reference-service.js";
import { readSettings } from "../../src/service/settings.js";
import { python } from "../support/toolchain.js";
import { type Finished, runProgram, shown } from "./run.js";

const REPO = resolve(".");
const NODE = process.execPath;
const NPM_FLAGS = ["--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"];
const KIT_DIR = join(REPO, "packages/conformance");

interface CodeBlock {
  file: string;
  line: number;
  lang: string;
  code: string;
}

/** Fenced code blocks of a markdown file, with the line each starts on. */
export function codeBlocks(file: string): CodeBlock[] {
  const lines = readFileSync(join(REPO, file), "utf8").split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    blocks.push({ file, line: start + 1, lang: open[1] || "text", code: `${body.join("\n")}\n` });
  }
  return blocks;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** Waits for a condition with a generous bound; the message says what never happened. */
async function until(what: string, check: () => Promise<boolean>, boundMs = 90_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`gave up after ${boundMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function ok(what: string, r: Finished): Finished {
  if (r.status !== 0) throw new Error(shown(what, r));
  return r;
}

let work: string;
let registry: string;
let registryProcess: ChildProcess | undefined;
let registryLog = "";
let project: string;
let mock: PrismFront;
let service: RunningService;
let clientTarball: string;
let clientName: string;
let kitName: string | undefined;
/** File names of the tarballs packed here (what `make pack` writes to dist/). */
const packed: string[] = [];

/**
 * Packs a package from a copy, so that its build (prepack) never races a
 * concurrent build in the work tree. The copy sits at the same depth as in the
 * repository, beside links to what builds read by relative path (src/,
 * generated/, codegen/, node_modules/).
 */
async function pack(source: string, into: string): Promise<string> {
  const shadow = join(work, `repo-${readdirSync(work).length}`);
  const cwd = join(shadow, source.slice(REPO.length + 1));
  cpSync(source, cwd, { recursive: true, filter: (path) => !/\/(node_modules|dist[^/]*)$/.test(path) });
  const inside = source.slice(REPO.length + 1);
  for (const shared of ["node_modules", "src", "generated", "codegen"]) {
    if (!inside.startsWith(`${shared}/`)) symlinkSync(join(REPO, shared), join(shadow, shared), "dir");
  }
  const before = new Set(readdirSync(into));
  ok(`npm pack ${source}`, await runProgram("npm", ["pack", "--pack-destination", into, "--loglevel=error"], { cwd, timeoutMs: 300_000 }));
  const made = readdirSync(into).filter((f) => f.endsWith(".tgz") && !before.has(f));
  if (made.length !== 1) throw new Error(`npm pack in ${source} made ${made.length} tarballs: ${made.join(", ")}`);
  return join(into, made[0]!);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "published-client-"));
  // --- the registry: verdaccio with its own storage, users file and config; no uplinks,
  // so only what is published here is served from it (other packages come from npm's
  // usual registry through the project's scoped .npmrc, as with a company registry).
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  const config = join(work, "verdaccio.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(work, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(work, "htpasswd")}`,
      "    max_users: 10",
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  registryProcess = spawn(NODE, [join(REPO, "node_modules/verdaccio/bin/verdaccio"), "--config", config, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  registryProcess.stdout?.on("data", (c: Buffer) => (registryLog += c.toString()));
  registryProcess.stderr?.on("data", (c: Buffer) => (registryLog += c.toString()));

  // --- the package(s), packed while the registry starts
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  clientTarball = await pack(join(REPO, "generated/client"), tarballs);
  clientName = (JSON.parse(readFileSync(join(REPO, "generated/client/package.json"), "utf8")) as { name: string }).name;
  const kitTarball = existsSync(join(KIT_DIR, "package.json")) ? await pack(KIT_DIR, tarballs) : undefined;
  if (kitTarball) kitName = (JSON.parse(readFileSync(join(KIT_DIR, "package.json"), "utf8")) as { name: string }).name;
  for (const tgz of [clientTarball, kitTarball]) if (tgz) packed.push(`dist/${tgz.split("/").pop()}`);

  await until(`verdaccio to answer at ${registry} (its log:\n${registryLog})`, async () => (await fetch(`${registry}-/ping`)).ok);

  // --- a publisher: a user registered the way `npm adduser` does, its token in a userconfig
  const signup = await fetch(`${registry}-/user/org.couchdb.user:publisher`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "publisher", password: "publisher-password", email: "p@example.com", type: "user", roles: [], date: new Date().toISOString() }),
  });
  const { token } = (await signup.json()) as { token?: string };
  if (!signup.ok || !token) throw new Error(`verdaccio refused the publisher: ${signup.status}`);
  const npmrc = join(work, "publisher.npmrc");
  writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
  for (const tgz of [clientTarball, kitTarball].filter((t): t is string => t !== undefined)) {
    ok(`npm publish ${tgz}`, await runProgram("npm", ["publish", tgz, "--registry", registry, "--access", "public", "--userconfig", npmrc, "--loglevel=error"], { cwd: work }));
  }

  // --- the newcomer's project: empty, `npm init -y`, the package installed by name
  project = join(work, "my-app");
  mkdirSync(project);
  ok("npm init -y", await runProgram("npm", ["init", "-y"], { cwd: project }));
  const scopes = [clientName, kitName].filter((n): n is string => n?.startsWith("@") === true).map((n) => n.split("/")[0]!);
  writeFileSync(join(project, ".npmrc"), [...new Set(scopes)].map((scope) => `${scope}:registry=${registry}\n`).join(""));
  ok(`npm install ${clientName}`, await runProgram("npm", ["install", clientName, ...NPM_FLAGS], { cwd: project, timeoutMs: 300_000 }));
  // The kit is unscoped and bundled (no dependencies): its install names the registry.
  if (kitName) {
    const scoped = kitName.startsWith("@");
    ok(`npm install ${kitName}`, await runProgram("npm", ["install", kitName, ...NPM_FLAGS, ...(scoped ? [] : ["--registry", registry])], { cwd: project, timeoutMs: 300_000 }));
  }

  // --- the servers the examples talk to
  mock = await startPrismFront({ spec: JSON.parse(readFileSync(join(REPO, "generated/openapi.json"), "utf8")) as object, mode: "mock", port: 0 });
  service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
}, 600_000);

afterAll(async () => {
  await mock?.close();
  await service?.close();
  registryProcess?.kill("SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The block's code with the documented local addresses replaced by the test's servers. */
function localised(code: string): string {
  return code.replaceAll("http://127.0.0.1:4010", mock.url.replace(/\/$/, "")).replaceAll("http://127.0.0.1:8080", service.url.replace(/\/$/, ""));
}

async function runBlock(block: CodeBlock, index: number, env: Record<string, string> = {}): Promise<Finished> {
  const base = `example-${block.file.replace(/\W+/g, "-")}-${index}`;
  const code = localised(block.code);
  // Examples never read the developer's real AWS set-up.
  const isolated = { AWS_CONFIG_FILE: join(work, "no-aws-config"), AWS_SHARED_CREDENTIALS_FILE: join(work, "no-aws-credentials"), AWS_MAX_ATTEMPTS: "1", ...env };
  if (block.lang === "ts") {
    writeFileSync(join(project, `${base}.ts`), code);
    return runProgram(NODE, [join(REPO, "node_modules/tsx/dist/cli.mjs"), `${base}.ts`], { cwd: project, env: isolated, timeoutMs: 90_000 });
  }
  if (block.lang === "js") {
    writeFileSync(join(project, `${base}.js`), code);
    return runProgram(NODE, [`${base}.js`], { cwd: project, env: isolated, timeoutMs: 90_000 });
  }
  if (block.lang === "python") {
    writeFileSync(join(project, `${base}.py`), code);
    return runProgram(python(), [`${base}.py`], { cwd: project, env: isolated, timeoutMs: 90_000 });
  }
  throw new Error(`${block.file}:${block.line}: no runner for \`\`\`${block.lang} blocks`);
}

/** Checks a shell block's lines: make targets and variables exist; installs name the package. */
function checkShell(block: CodeBlock): string[] {
  const makefile = readFileSync(join(REPO, "Makefile"), "utf8");
  const problems: string[] = [];
  for (const raw of block.code.split("\n")) {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    if (words[0] === "make") {
      for (const word of words.slice(1)) {
        if (word === ">" || word.startsWith(">")) break;
        const variable = /^([A-Z_]+)=/.exec(word)?.[1];
        if (variable) {
          if (!makefile.includes(`$(${variable})`)) problems.push(`${block.file}:${block.line}: make variable ${variable} is not used by the Makefile`);
        } else if (!new RegExp(`^${word}:`, "m").test(makefile)) {
          problems.push(`${block.file}:${block.line}: the Makefile has no target '${word}'`);
        }
      }
    } else if (words[0] === "npm" && words[1] === "install") {
      if (words[2] !== clientName) problems.push(`${block.file}:${block.line}: installs '${words[2]}', the package is '${clientName}'`);
    } else {
      problems.push(`${block.file}:${block.line}: no check for shell line '${line}'`);
    }
  }
  return problems;
}

describe("the client published to a local npm registry", () => {
  it("is installed by name into an empty npm init project, at the version the model's codegen.json gives", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", clientName, "package.json"), "utf8")) as { name: string; version: string };
    const config = JSON.parse(readFileSync(join(REPO, "model/codegen.json"), "utf8")) as { client: { name: string; version: string } };
    expect(installed).toMatchObject(config.client);
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { dependencies: Record<string, string>; type?: string };
    expect(Object.keys(manifest.dependencies)).toContain(clientName);
    // The registry really served it: its metadata lists the version.
    return fetch(`${registry}${clientName.replace("/", "%2f")}`)
      .then((r) => r.json() as Promise<{ versions: Record<string, unknown> }>)
      .then((meta) => expect(Object.keys(meta.versions)).toContain(config.client.version));
  });

  it("calls the Prism mock from the installed package (CommonJS and ESM)", async () => {
    const call = (load: string) => `${load}
const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: process.env.MOCK, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
client.send(new StopWorkflowRunCommand({ WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", RunId: "run-20261124-0001" }))
  .then((out) => console.log(JSON.stringify({ status: out.$metadata.httpStatusCode, run: out.RunId })));
`;
    writeFileSync(join(project, "call.cjs"), call(`const { MWAAServerlessClient, StopWorkflowRunCommand } = require(${JSON.stringify(clientName)});`));
    writeFileSync(join(project, "call.mjs"), call(`import { MWAAServerlessClient, StopWorkflowRunCommand } from ${JSON.stringify(clientName)};`));
    for (const file of ["call.cjs", "call.mjs"]) {
      const r = await runProgram(NODE, [file], { cwd: project, env: { MOCK: mock.url } });
      expect(r.status, shown(file, r)).toBe(0);
      expect(JSON.parse(r.stdout), shown(file, r)).toEqual({ status: 200, run: "run-20261124-0001" });
    }
    expect(mock.violations.errors().filter((v) => v.phase === "request"), "Prism found the requests invalid").toEqual([]);
  });

  it.skipIf(!existsSync(join(KIT_DIR, "package.json")))("the conformance kit package, installed by name, answers --help and passes the reference service", async () => {
    const bin = join(project, "node_modules/.bin");
    const kit = readdirSync(bin).find((p) => /conformance/.test(p));
    expect(kit, `the kit package installed no conformance program (bin: ${readdirSync(bin).join(", ")})`).toBeDefined();
    const help = await runProgram(join(bin, kit!), ["--help"], { cwd: project });
    expect(help.status, shown(`${kit} --help`, help)).toBe(0);
    const verdict = await runProgram(join(bin, kit!), ["--endpoint", service.url, "--format", "json"], { cwd: project, timeoutMs: 180_000 });
    expect(verdict.status, shown(`${kit} --endpoint <reference service>`, verdict)).toBe(0);
  }, 200_000);
});

describe("README.md's examples run as written", () => {
  const blocks = codeBlocks("README.md");
  // What each runnable block prints, in order; a new block needs its line here.
  const expected: Record<string, RegExp[]> = {
    ts: [/^STOPPING \S+/],
    js: [/^no such run: WorkflowRun run-00000000-0000$/m],
    python: [/^STOPPED$/m],
  };
  const seen: Record<string, number> = {};

  it("has the blocks this test knows", () => {
    const langs = blocks.map((b) => b.lang).filter((l) => l !== "sh");
    expect(langs, "README's runnable blocks changed: update `expected` in this test").toEqual(["ts", "js", "python"]);
  });

  it.each(blocks.map((b, i) => [`${b.lang} block at README.md:${b.line}`, b, i] as const))("%s", async (_name, block, index) => {
    if (block.lang === "sh") {
      expect(checkShell(block)).toEqual([]);
      // The tarball the README tells people to install is the one `make pack` writes.
      for (const name of block.code.match(/dist\/\S+\.tgz/g) ?? []) expect(packed).toContain(name);
      return;
    }
    const r = await runBlock(block, index);
    expect(r.status, shown(`README.md:${block.line}`, r)).toBe(0);
    const n = (seen[block.lang] = (seen[block.lang] ?? -1) + 1);
    expect(r.stdout, shown(`README.md:${block.line}`, r)).toMatch(expected[block.lang]![n]!);
  }, 120_000);

  it("its TypeScript example compiles with tsc in an npm init + tsc --init project, set up as README says", async () => {
    const block = blocks.find((b) => b.lang === "ts")!;
    const dir = join(project, "compiled");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "app.ts"), block.code);
    ok("npm init -y", await runProgram("npm", ["init", "-y"], { cwd: dir }));
    // README's three steps: type module, @types/node, "types": ["node"].
    ok("npm pkg set type=module", await runProgram("npm", ["pkg", "set", "type=module"], { cwd: dir }));
    ok("npm install -D @types/node@20", await runProgram("npm", ["install", "-D", "@types/node@20", ...NPM_FLAGS], { cwd: dir, timeoutMs: 300_000 }));
    const tsc = join(REPO, "node_modules/typescript/bin/tsc");
    ok("tsc --init", await runProgram(NODE, [tsc, "--init"], { cwd: dir }));
    const config = readFileSync(join(dir, "tsconfig.json"), "utf8");
    expect(config, "tsc --init no longer writes \"types\": []; update README's advice").toContain('"types": []');
    writeFileSync(join(dir, "tsconfig.json"), config.replace('"types": []', '"types": ["node"]'));
    const compiled = await runProgram(NODE, [tsc, "--noEmit", "-p", "."], { cwd: dir, timeoutMs: 180_000 });
    expect(compiled.status, shown("tsc --noEmit (README's example)", compiled)).toBe(0);
  }, 400_000);

  it("names only tarballs make pack writes, in its prose too", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    for (const name of readme.match(/dist\/[\w.-]+\.tgz/g) ?? []) expect(packed).toContain(name);
  });
});

describe("the client's README (generated/client/README.md) runs as written", () => {
  const blocks = codeBlocks("generated/client/README.md");

  it.each(blocks.map((b, i) => [`${b.lang} block at generated/client/README.md:${b.line}`, b, i] as const))("%s", async (_name, block, index) => {
    if (block.lang === "sh") {
      expect(checkShell(block)).toEqual([]);
      return;
    }
    // A block without an endpoint is aimed at AWS: run it unchanged, pointed at
    // the mock the way its README says, with the SDK's environment variables.
    const env: Record<string, string> = block.code.includes("endpoint:")
      ? {}
      : { AWS_ENDPOINT_URL: mock.url, AWS_ACCESS_KEY_ID: "local", AWS_SECRET_ACCESS_KEY: "local", AWS_REGION: "us-east-1" };
    const r = await runBlock(block, index, env);
    expect(r.status, shown(`generated/client/README.md:${block.line}`, r)).toBe(0);
    expect(r.stdout, shown(`generated/client/README.md:${block.line}`, r)).toMatch(/STOPPING|200/);
  }, 120_000);
});
