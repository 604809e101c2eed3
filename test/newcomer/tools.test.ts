// The tools as a newcomer meets them: every program answers --help with its
// usage and exit 0 without starting anything; machine-readable output from
// make targets is the program's alone (nothing of make's on stdout), so it can
// be redirected into a file; npm scripts reach the make targets; the client
// package's name and version come from model/codegen.json, checked.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_NODE_ENGINES, clientPackageSettings } from "../../codegen/src/generators/client/package-files.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runProgram } from "./run.js";

const NODE = process.execPath;

const run = (command: string, args: string[], timeoutMs = 120_000) => runProgram(command, args, { timeoutMs });

describe("every program has --help", () => {
  // serve and mock would otherwise listen: a usage text and exit 0 prove they did not.
  it.each([
    ["codegen", /usage: codegen/],
    ["diff", /usage: diff/],
    ["serve", /usage: serve/],
    ["mock", /usage: mock/],
    ["conformance", /Usage: mwaa-conformance/],
  ])("build/%s.mjs --help prints its usage and exits 0", async (name, usage) => {
    const result = await run(NODE, [`build/${name}.mjs`, "--help"], 60_000);
    expect(result.status, `exit status; stderr:\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(usage);
    expect(result.stdout, "a server started").not.toMatch(/listening on/);
  }, 90_000);

  it("serve refuses arguments it does not know, with the usage (exit 2)", async () => {
    const result = await run(NODE, ["build/serve.mjs", "--port", "1"], 60_000);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/unknown argument '--port'/);
    expect(result.stdout).not.toMatch(/listening on/);
  }, 90_000);
});

describe("make targets with machine-readable output print nothing of make's on stdout", () => {
  it("make diff FORMAT=json is one JSON document", async () => {
    const result = await run("make", ["--no-print-directory", "diff", "FORMAT=json"]);
    expect([0, 1], result.stderr).toContain(result.status);
    expect(() => JSON.parse(result.stdout), `stdout was:\n${result.stdout}`).not.toThrow();
  });

  it("make conformance FORMAT=junit against an unreachable endpoint leaves stdout empty and says why on stderr (exit 2)", async () => {
    const result = await run("make", ["--no-print-directory", "conformance", "ENDPOINT=http://127.0.0.1:9", "FORMAT=junit"]);
    expect(result.status, result.stderr).not.toBe(0);
    expect(result.stdout, "make echoed its command (or the kit wrote) to stdout").toBe("");
    expect(result.stderr).toMatch(/mwaa-conformance: /);
  });
});

describe("README's set-up commands are what CI runs", () => {
  it("README's first shell block is make conformance and make test, and .ci/run runs make test", () => {
    const readme = readFileSync("README.md", "utf8");
    const firstShell = /```sh\n([^]*?)```/.exec(readme)?.[1] ?? "";
    const commands = firstShell.split("\n").map((line) => line.replace(/#.*$/, "").trim()).filter(Boolean);
    expect(commands).toEqual(["make conformance", "make test"]);
    const ci = readFileSync(".ci/run", "utf8").split("\n").map((line) => line.trim());
    expect(ci, ".ci/run must run the test command README names").toContain("make test");
  });
});

describe("npm scripts", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const makefile = readFileSync("Makefile", "utf8");

  it.each(["test", "check", "generate", "conformance", "serve", "mock", "bench", "diff", "update-fixtures", "pack"])(
    "npm run %s runs the make target of that name",
    (script) => {
      expect(pkg.scripts[script]).toBe(`make ${script}`);
      expect(makefile, `the Makefile has no target '${script}'`).toMatch(new RegExp(`^${script}:`, "m"));
    },
  );
});

describe("the client package's name and version (model/codegen.json \"client\")", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const model = JSON.parse(readFileSync("generated/model.json", "utf8")) as ConstructorParameters<typeof ModelIndex>[0];

  /** An index whose model files live in a folder with the given codegen.json (or none). */
  function indexWith(config: unknown): ModelIndex {
    const dir = mkdtempSync(join(tmpdir(), "codegen-config-"));
    dirs.push(dir);
    mkdirSync(join(dir, "model"));
    if (config !== undefined) writeFileSync(join(dir, "model/codegen.json"), typeof config === "string" ? config : JSON.stringify(config));
    return new ModelIndex(model, [join(dir, "model/main.smithy")]);
  }

  it("the repository's generated package.json carries the configured name and version, and a Node range undici 7 runs on", () => {
    const config = JSON.parse(readFileSync("model/codegen.json", "utf8")) as { client: { name: string; version: string } };
    const generated = JSON.parse(readFileSync("generated/client/package.json", "utf8")) as { name: string; version: string; engines: { node: string } };
    expect({ name: generated.name, version: generated.version }).toEqual(config.client);
    expect(generated.engines.node).toBe(CLIENT_NODE_ENGINES);
    const undici = JSON.parse(readFileSync("node_modules/undici/package.json", "utf8")) as { engines: { node: string } };
    expect(CLIENT_NODE_ENGINES, `undici needs ${undici.engines.node}`).toBe(undici.engines.node.replace(/\s/g, ""));
  });

  it("reads name and version; defaults from the sdkId without the file or the key", () => {
    expect(clientPackageSettings(indexWith({ client: { name: "@acme/mwaa", version: "2.3.4-rc.1" } }))).toEqual({ name: "@acme/mwaa", version: "2.3.4-rc.1" });
    expect(clientPackageSettings(indexWith(undefined))).toEqual({ name: "@mwaa-serverless/client", version: "0.1.0" });
    expect(clientPackageSettings(indexWith({ service: "x#Y" }))).toEqual({ name: "@mwaa-serverless/client", version: "0.1.0" });
  });

  it("refuses a name npm would refuse, a version that is not semver, and a file that is not JSON, naming the file", () => {
    expect(() => clientPackageSettings(indexWith({ client: { name: "Bad Name" } }))).toThrow(/codegen\.json: "client\.name" "Bad Name" is not a valid npm package name/);
    expect(() => clientPackageSettings(indexWith({ client: { version: "1.0" } }))).toThrow(/codegen\.json: "client\.version" "1\.0" is not a semantic version/);
    expect(() => clientPackageSettings(indexWith({ client: "x" }))).toThrow(/codegen\.json: "client" must be an object/);
    expect(() => clientPackageSettings(indexWith("{ nope"))).toThrow(/codegen\.json: not valid JSON/);
  });
});
