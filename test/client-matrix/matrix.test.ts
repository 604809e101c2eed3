// Types that work everywhere the AWS SDK's do (issue 14): the packed client in
// consumer projects for ESM and CommonJS × moduleResolution node10 / node16 /
// nodenext / bundler, with and without skipLibCheck, and plain JS ESM and CJS.
// Each project typechecks (the compiler users have, through its API: see
// typecheck.ts) and runs the README's first call against a local server.
// @aws-sdk/client-sfn goes through the same cells as the reference. One shared
// workspace (the packed tarball beside the installed dependencies); the
// compiled projects run as separate processes, as many at once as cores.

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, sendJson, type TestServer } from "../client/helpers.js";
import { cellsFor, OURS, SDK, type Cell } from "./cells.js";
import { typecheckProject, type TypecheckResult } from "./typecheck.js";
import { createWorkspace, pool, runCommand, type Workspace } from "./workspace.js";

const cells: Cell[] = [...cellsFor(OURS), ...cellsFor(SDK)];

interface Result {
  typecheck?: TypecheckResult;
  run?: { ok: boolean; output: string };
}

let workspace: Workspace | undefined;
let server: TestServer;
const results = new Map<Cell, Result>();

beforeAll(async () => {
  server = await startServer((req, _n, res) => {
    const sfn = String(req.headers["x-amz-target"]).endsWith("StopExecution");
    sendJson(res, 200, sfn ? { stopDate: 1764000000 } : { WorkflowArn: "arn", RunId: "run", WorkflowVersion: "3", Status: "STOPPING" });
  });
  workspace = await createWorkspace();
  const ws = workspace;
  for (const cell of cells) {
    for (const [file, text] of Object.entries(cell.files)) {
      const path = join(ws.dir, cell.dir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  // Compile every project (in this process, sharing parsed declarations), then
  // run what compiled, as many processes at once as there are cores.
  for (const cell of cells) {
    const result: Result = {};
    if (cell.tsc) result.typecheck = typecheckProject(join(ws.dir, cell.dir), join(ws.dir, "node_modules", cell.subject.pkg));
    results.set(cell, result);
  }
  await pool(
    cells
      .filter((cell) => results.get(cell)!.typecheck?.ok !== false)
      .map((cell) => async () => {
        results.get(cell)!.run = await runCommand(process.execPath, [cell.entry], join(ws.dir, cell.dir), { ENDPOINT: server.url });
      }),
  );
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (workspace) rmSync(workspace.dir, { recursive: true, force: true });
});

function check(cell: Cell): void {
  const result = results.get(cell);
  expect(result, `${cell.name}: not built (see beforeAll)`).toBeDefined();
  if (cell.tsc) {
    expect(result!.typecheck!.ok, `${cell.subject.pkg}, ${cell.name}: tsc reported\n${result!.typecheck!.output}`).toBe(true);
    // Without skipLibCheck the package's own declarations were checked, all of them.
    if (cell.name.endsWith("skipLibCheck=false")) expect(result!.typecheck!.packageFilesChecked).toBeGreaterThan(3);
  }
  expect(result!.run?.ok, `${cell.subject.pkg}, ${cell.name}: running ${cell.entry} failed\n${result!.run?.output}`).toBe(true);
  const line = result!.run!.output.split("\n").find((l) => l.startsWith("{"));
  expect(line, `${cell.name}: no result line in\n${result!.run!.output}`).toBeDefined();
  const out = JSON.parse(line!) as { ok: boolean; status: number; requestId: string; used: string };
  expect(out.status).toBe(200);
  expect(out.requestId).toMatch(/^req-/);
  expect(out.used).toBe(cell.subject.id === "ours" ? "STOPPING" : new Date(1764000000 * 1000).toISOString());
  // Nothing on stderr: no warnings at start-up from our client.
  if (cell.subject.id === "ours") expect(result!.run!.output.trim(), `${cell.name}: printed more than its result`).toBe(line);
}

describe("the packed client in every kind of consumer project", () => {
  for (const cell of cells.filter((c) => c.subject === OURS)) it(cell.name, () => check(cell));
});

describe("@aws-sdk/client-sfn, the reference, in the same projects", () => {
  for (const cell of cells.filter((c) => c.subject === SDK)) it(cell.name, () => check(cell));
});

describe("the matrix itself", () => {
  it("fails a project whose code does not typecheck (tsc's verdict is read, not assumed)", async () => {
    const cell = cells.find((c) => c.subject === OURS && c.tsc)!;
    const cwd = join(workspace!.dir, `${cell.dir}-broken`);
    for (const [file, text] of Object.entries(cell.files)) {
      mkdirSync(dirname(join(cwd, file)), { recursive: true });
      writeFileSync(join(cwd, file), file === "src/index.ts" ? text.replace("// @ts-expect-error WorkflowArn/executionArn must be a string\n", "") : text);
    }
    const outcome = typecheckProject(cwd, join(workspace!.dir, "node_modules", cell.subject.pkg));
    expect(outcome.ok).toBe(false);
    expect(outcome.output).toMatch(/error TS\d+: [^]*'number' is not assignable to type 'string'/);
  }, 120_000);

  it("fails a project when the package's declarations name a module its dependency does not export (the old CJS build)", () => {
    // The failure issue 14 reported: dist-cjs declarations importing
    // "@smithy/core/client.js", which @smithy/core's exports map refuses.
    const cell = cells.find((c) => c.subject === OURS && c.name === "ts cjs nodenext skipLibCheck=false")!;
    const pkg = join(workspace!.dir, "node_modules", OURS.pkg);
    const project = join(workspace!.dir, "broken-project");
    for (const [file, text] of Object.entries(cell.files)) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      writeFileSync(join(project, file), text);
    }
    const modules = join(project, "node_modules/@mwaa-serverless/client");
    cpSync(pkg, modules, { recursive: true });
    const command = join(modules, "dist-cjs/commands/StopWorkflowRunCommand.d.ts");
    writeFileSync(command, readFileSync(command, "utf8").replaceAll('import("@smithy/core/client")', 'import("@smithy/core/client.js")'));
    const outcome = typecheckProject(project, modules);
    expect(outcome.ok).toBe(false);
    expect(outcome.output).toContain("TS2307");
  });
});
