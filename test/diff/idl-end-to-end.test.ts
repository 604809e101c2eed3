// The real model through the real pipeline: model/*.smithy committed to a
// temporary git repository, edited in its working tree, read back with git,
// parsed by our IDL front end (loadIdl), compared, and judged against the
// client version — in-process, and once as the command-line program itself.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../codegen/src/diff/command.js";
import type { DiffReport } from "../../codegen/src/diff/report.js";
import { TempRepo } from "./git-repo.js";

const modelFiles = Object.fromEntries(
  readdirSync("model")
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => [`model/${f}`, readFileSync(join("model", f), "utf8")]),
);
const RUNS = "model/workflow-runs.smithy";

function edit(path: string, from: string, to: string): Record<string, string> {
  const text = modelFiles[path]!;
  if (!text.includes(from)) throw new Error(`test edit: '${from}' not in ${path}`);
  return { [path]: text.replace(from, to) };
}

const runIdMax128 = (): Record<string, string> => edit(RUNS, "@length(min: 1, max: 255)", "@length(min: 1, max: 128)");
const stoppedAtOutput = (): Record<string, string> =>
  edit(RUNS, "    output := {\n", "    output := {\n        /// When the run stopped.\n        StoppedAt: Timestamp\n\n");

let repo: TempRepo;
afterEach(() => repo?.remove());

function released(version = "0.1.0"): TempRepo {
  repo = new TempRepo();
  repo.write(modelFiles).clientVersion(version).commit("release", `client-v${version}`);
  return repo;
}

async function diff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { root: repo.root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("diff of the real model through git and the IDL parser", () => {
  it("finds nothing between the model and itself", async () => {
    released();
    const result = await diff("--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as DiffReport).differences).toEqual([]);
  });

  it("reports a new optional output member as a NOTE only", async () => {
    released().write(stoppedAtOutput());
    const result = await diff("--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.differences.map((d) => [d.severity, d.subject])).toEqual([["NOTE", "StopWorkflowRunResponse$StoppedAt"]]);
  });

  it("reports RunId's max length lowered as an ERROR: exit 1 without a version bump, 0 with one", async () => {
    released().write(runIdMax128());
    const unbumped = await diff();
    expect(unbumped.code).toBe(1);
    expect(unbumped.stdout).toContain(
      "ERROR  StopWorkflowRunRequest$RunId: @length max lowered from 255 to 128 (callers sending 129–255 characters now fail)",
    );
    repo.clientVersion("0.2.0");
    expect((await diff()).code).toBe(0);
  });

  it("exits 2 with the parser's file:line:col when the working model does not parse", async () => {
    released().write({ [RUNS]: `${modelFiles[RUNS]}\nstructure Broken {\n    Member: NoSuchShape\n}\n` });
    const result = await diff();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the model at working tree cannot be loaded:\nmodel\/workflow-runs\.smithy:\d+:\d+: /);
  });

  it("works as a program: exit codes 1, 0 and 2", () => {
    released().write(runIdMax128());
    const tsx = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;
    const cli = resolve("codegen/src/diff/cli.ts");
    const run = (...args: string[]) => spawnSync(process.execPath, ["--import", tsx, cli, ...args], { cwd: repo.root, encoding: "utf8" });
    const breaking = run();
    expect(breaking.status).toBe(1);
    expect(breaking.stdout).toContain("StopWorkflowRunRequest$RunId: @length max lowered from 255 to 128");
    repo.clientVersion("0.2.0");
    expect(run().status).toBe(0);
    const unknown = run("--base", "client-v7.0.0");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("diff: unknown git revision 'client-v7.0.0'");
  });
});
