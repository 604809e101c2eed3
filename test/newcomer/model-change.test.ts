// A model change is a normal day. On a copy of the repository's model (in a
// temporary git repository, so the real tree is never touched) an author adds
// an operation AWS's own model also has, DeleteWorkflow, and this proves the
// path README documents: `generate` writes it, `check` finds generated/ fresh,
// `diff` classifies it as a compatible addition (exit 0), the generated
// protocol tests still pass, the model still agrees with AWS's; the reference
// service refuses to start with one line naming the operation it does not
// implement, and the conformance demo says so in one line instead of a stack
// trace.

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelDir } from "../../codegen/src/pipeline.js";
import { compareModelWithBotocore, loadBotocoreModel } from "../model/botocore-comparison.js";
import { runProgram, shown } from "./run.js";

const REPO = resolve(".");
const NODE = process.execPath;

/** DeleteWorkflow as AWS models it (botocore's mwaa-serverless 2024-07-26). */
const DELETE_WORKFLOW = `$version: "2"
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"

namespace com.amazonaws.mwaaserverless

/// Deletes a workflow and all its versions.
@idempotent
operation DeleteWorkflow {
    input := {
        @required
        WorkflowArn: WorkflowArn
        WorkflowVersion: WorkflowVersion
    }
    output := {
        @required
        WorkflowArn: WorkflowArn
        WorkflowVersion: WorkflowVersion
    }
    errors: [
        ThrottlingException
        ValidationException
        ResourceNotFoundException
        AccessDeniedException
        InternalServerException
        OperationTimeoutException
    ]
}

/// A version of a workflow.
@length(min: 32, max: 32)
@pattern("^[a-z0-9]{32}$")
string WorkflowVersion
`;

const run = (command: string, args: string[], cwd: string, timeoutMs = 120_000) => runProgram(command, args, { cwd, timeoutMs });

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "model-change-"));
  cpSync(join(REPO, "model"), join(dir, "model"), { recursive: true });
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir");
  // The base: the model as it is, with generated/ from it, committed.
  const codegen = await run(NODE, [join(REPO, "build/codegen.mjs"), "generate", "--quiet", "--model", join(dir, "model"), "--out", join(dir, "generated")], REPO);
  if (codegen.status !== 0) throw new Error(shown("codegen generate (base)", codegen));
  for (const args of [["init", "-q", "-b", "main"], ["add", "model", "generated"], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base"]]) {
    const git = await run("git", args, dir);
    if (git.status !== 0) throw new Error(shown(`git ${args.join(" ")}`, git));
  }
  // The author's change: a new operation, listed in the service.
  writeFileSync(join(dir, "model/delete-workflow.smithy"), DELETE_WORKFLOW);
  const main = readFileSync(join(dir, "model/main.smithy"), "utf8");
  const edited = main.replace(/operations: \[\s*StopWorkflowRun\s*\]/, "operations: [\n        StopWorkflowRun\n        DeleteWorkflow\n    ]");
  if (edited === main) throw new Error("model/main.smithy no longer lists `operations: [ StopWorkflowRun ]`; update this test's edit");
  writeFileSync(join(dir, "model/main.smithy"), edited);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("adding an operation to a copy of the model", () => {
  it("generate writes the new command, handler type and OpenAPI path; check then finds generated/ fresh", async () => {
    const args = ["--model", join(dir, "model"), "--out", join(dir, "generated")];
    const generate = await run(NODE, [join(REPO, "build/codegen.mjs"), "generate", ...args], REPO);
    expect(generate.status, shown("codegen generate", generate)).toBe(0);
    expect(generate.stdout).toContain("client/src/commands/DeleteWorkflowCommand.ts");
    expect(readFileSync(join(dir, "generated/server/src/service.ts"), "utf8")).toContain("DeleteWorkflowHandler");
    const openapi = JSON.parse(readFileSync(join(dir, "generated/openapi.json"), "utf8")) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths).sort()).toEqual(["/#AmazonMWAAServerless.DeleteWorkflow", "/#AmazonMWAAServerless.StopWorkflowRun"]);

    const check = await run(NODE, [join(REPO, "build/codegen.mjs"), "check", ...args], REPO);
    expect(check.status, shown("codegen check", check)).toBe(0);
  });

  it("diff reports a compatible addition (NOTE operation-added) and exits 0", async () => {
    const diff = await run(NODE, [join(REPO, "build/diff.mjs"), "--base", "HEAD", "--format", "json"], dir);
    expect(diff.status, shown("diff", diff)).toBe(0);
    const report = JSON.parse(diff.stdout) as { changes?: { rule: string; severity: string }[] } & Record<string, unknown>;
    const text = JSON.stringify(report);
    expect(text).toContain("operation-added");
    expect(text).not.toMatch(/"severity":\s*"ERROR"/);
  });

  it("the generated protocol tests of client and server pass on the new model", async () => {
    const vitest = await run(
      NODE,
      [join(REPO, "node_modules/vitest/vitest.mjs"), "run", "--root", dir, "--config", join(REPO, "vitest.config.ts")],
      dir,
      240_000,
    );
    expect(vitest.status, shown("vitest (generated protocol tests)", vitest)).toBe(0);
    expect(vitest.stdout).toMatch(/Test Files\s+\d+ passed/);
  }, 300_000);

  it("the model with the new operation still agrees with AWS's, operation by operation", async () => {
    const index = await loadModelDir(join(dir, "model"), REPO);
    const byOperation = compareModelWithBotocore(index, loadBotocoreModel("mwaa-serverless"));
    expect([...byOperation.keys()].sort()).toEqual(["DeleteWorkflow", "StopWorkflowRun"]);
    expect(Object.fromEntries(byOperation)).toEqual({ DeleteWorkflow: [], StopWorkflowRun: [] });
  });

  describe("hand-written code built on the new generated/", () => {
    beforeAll(async () => {
      // src/ as it is, bundled against the copy's generated/ (relative imports
      // resolve there), as `make build` bundles it against the real one.
      cpSync(join(REPO, "src"), join(dir, "src"), { recursive: true });
      symlinkSync(join(REPO, "codegen"), join(dir, "codegen"), "dir"); // src/ may import codegen helpers
      const esbuild = await run(
        join(REPO, "node_modules/.bin/esbuild"),
        ["serve=src/service/main.ts", "conformance=src/conformance/cli.ts", "--bundle", "--platform=node", "--format=esm", "--target=node20",
          "--packages=external", "--outdir=build", "--out-extension:.js=.mjs", "--log-level=error"],
        dir,
      );
      if (esbuild.status !== 0) throw new Error(shown("esbuild", esbuild));
    }, 120_000);

    it("the reference service refuses to start, in one line naming the unimplemented operation", async () => {
      const serve = await run(NODE, ["build/serve.mjs"], dir, 60_000);
      expect(serve.status, shown("serve", serve)).toBe(2);
      const lines = serve.stderr.trim().split("\n");
      expect(lines, shown("serve", serve)).toHaveLength(1);
      expect(lines[0]).toContain("DeleteWorkflow");
      expect(serve.stdout, "nothing may be listening").not.toContain("listening on");
    });

    it("the conformance demo stops with one line instead of a stack trace", async () => {
      const demo = await run(NODE, ["build/conformance.mjs", "--demo"], dir, 120_000);
      expect(demo.status, shown("conformance --demo", demo)).toBe(2);
      expect(demo.stderr, shown("conformance --demo", demo)).not.toMatch(/^\s+at /m);
      expect(demo.stderr.trim().split("\n"), shown("conformance --demo", demo)).toHaveLength(1);
      expect(demo.stderr).toContain("DeleteWorkflow");
    }, 150_000);
  });
});
