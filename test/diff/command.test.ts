// The diff command end to end through git: a base revision read with git,
// the working tree as head, formats, exit codes, the changelog. The IDL
// parser is swapped for a JSON AST reader here (the model "files" hold JSON
// AST text), so these run whatever state the parser is in; the same paths
// with the real parser and the real .smithy files are in idl-end-to-end.test.ts.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SmithyModel, StructureShape } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runCli } from "../../codegen/src/diff/command.js";
import type { DiffReport, ParseModel } from "../../codegen/src/diff/report.js";
import { defaultBase, readRevision, RevisionError } from "../../codegen/src/diff/revision.js";
import { TempRepo } from "./git-repo.js";

const ast = readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8");
const ns = "com.amazonaws.mwaaserverless#";
const MODEL = "model/main.smithy";

/** Stand-in for the IDL parser: each model file holds a JSON AST. */
const parseJsonAst: ParseModel = (files) => new ModelIndex(JSON.parse(files[0]!.text) as SmithyModel, files.map((f) => f.path));

function withRunIdMax(max: number): string {
  const model = JSON.parse(ast) as SmithyModel;
  model.shapes[`${ns}IdString`]!.traits!["smithy.api#length"] = { min: 1, max };
  return JSON.stringify(model, null, 4);
}

function withOutputMember(): string {
  const model = JSON.parse(ast) as SmithyModel;
  (model.shapes[`${ns}StopWorkflowRunResponse`] as StructureShape).members.StoppedAt = { target: "smithy.api#Timestamp" };
  return JSON.stringify(model, null, 4);
}

let repo: TempRepo;
afterEach(() => repo?.remove());

async function diff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    root: repo.root,
    parse: parseJsonAst,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** A repository whose HEAD released client 0.1.0 with the real model. */
function released(): TempRepo {
  repo = new TempRepo();
  repo.write({ [MODEL]: ast, "README.md": "x\n" }).clientVersion("0.1.0").commit("first release", "client-v0.1.0");
  return repo;
}

describe("reading a revision", () => {
  it("reads every .smithy file under model/ (sorted, nested) and the client version", () => {
    repo = new TempRepo();
    repo.write({ "model/b.smithy": "B", "model/sub/a.smithy": "A", "model/notes.md": "no", "other/c.smithy": "no" });
    repo.clientVersion("1.2.3").commit("one");
    const snapshot = readRevision(repo.root, "HEAD");
    expect(snapshot.files).toEqual([
      { path: "model/b.smithy", text: "B" },
      { path: "model/sub/a.smithy", text: "A" },
    ]);
    expect(snapshot.client).toEqual({ version: "1.2.3", name: "@example/client", present: true });
    expect(snapshot.label).toMatch(/^HEAD \([0-9a-f]{7}\)$/);
  });

  it("takes an absent client package as 0.0.0 and says so", () => {
    repo = new TempRepo();
    repo.write({ [MODEL]: "x" }).commit("no client yet");
    expect(readRevision(repo.root, "HEAD").client).toEqual({ version: "0.0.0", present: false });
  });

  it("fails clearly on an unknown revision, a revision without model files and a bad version", () => {
    repo = new TempRepo();
    repo.write({ "README.md": "x" }).commit("no model");
    expect(() => readRevision(repo.root, "no-such-ref")).toThrow(RevisionError);
    expect(() => readRevision(repo.root, "no-such-ref")).toThrow("unknown git revision 'no-such-ref'");
    expect(() => readRevision(repo.root, "--all")).toThrow("not a git revision");
    expect(() => readRevision(repo.root, "HEAD")).toThrow("no model files (.smithy, .json) under model/ at HEAD");
    repo.write({ [MODEL]: "x" }).clientVersion("one").commit("bad version");
    expect(() => readRevision(repo.root, "HEAD")).toThrow("'one' is not a semantic version");
  });

  it("says so when the root is not a git repository", () => {
    const plain = mkdtempSync(join(tmpdir(), "not-a-repo-"));
    try {
      expect(() => readRevision(plain, "HEAD")).toThrow(`${plain} is not inside a git repository`);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it("defaults to the last client-v* tag, else HEAD~1", () => {
    repo = new TempRepo();
    repo.write({ [MODEL]: "1" }).commit("one", "v9.9.9");
    repo.write({ [MODEL]: "2" }).commit("two");
    expect(defaultBase(repo.root).ref).toBe("HEAD~1");
    repo.git("tag", "client-v0.1.0", "HEAD~1");
    repo.write({ [MODEL]: "3" }).commit("three", "client-v0.2.0");
    repo.write({ [MODEL]: "4" }).commit("four");
    expect(defaultBase(repo.root).ref).toBe("client-v0.2.0");
  });
});

describe("diff command", () => {
  it("reports nothing for an unchanged model and exits 0", async () => {
    released();
    const result = await diff();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Model changes from client-v0.1.0");
    expect(result.stdout).toContain("No differences.");
    expect(result.stdout).toContain("0 ERROR, 0 DANGER, 0 NOTE.");
  });

  it("reports a new optional output member as a NOTE only and exits 0", async () => {
    released().write({ [MODEL]: withOutputMember() });
    const result = await diff("--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.counts).toEqual({ ERROR: 0, DANGER: 0, NOTE: 1 });
    expect(report.differences[0]).toMatchObject({ rule: "member-added-optional", subject: "StopWorkflowRunResponse$StoppedAt" });
  });

  it("exits 1 for RunId's max length lowered without a version bump, naming the version needed", async () => {
    released().write({ [MODEL]: withRunIdMax(128) });
    const result = await diff();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "ERROR  StopWorkflowRunRequest$RunId: @length max lowered from 255 to 128 (callers sending 129–255 characters now fail)",
    );
    expect(result.stdout).toContain("Breaking changes need client version 0.2.0 or later");
  });

  it("still exits 1 after a patch bump, and 0 after a minor bump (before 1.0)", async () => {
    released().write({ [MODEL]: withRunIdMax(128) }).clientVersion("0.1.1");
    expect((await diff()).code).toBe(1);
    repo.clientVersion("0.2.0");
    const result = await diff();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Breaking changes, released as a new minor (before 1.0) version: client 0.1.0 → 0.2.0.");
  });

  it("needs a major bump after 1.0", async () => {
    repo = new TempRepo();
    repo.write({ [MODEL]: ast }).clientVersion("1.3.0").commit("release", "client-v1.3.0");
    repo.write({ [MODEL]: withRunIdMax(128) }).clientVersion("1.4.0");
    expect((await diff()).code).toBe(1);
    repo.clientVersion("2.0.0");
    expect((await diff()).code).toBe(0);
  });

  it("compares with an explicit --base", async () => {
    released().write({ [MODEL]: withRunIdMax(200) }).commit("tighten");
    repo.write({ [MODEL]: withRunIdMax(100) });
    const result = await diff("--base", "HEAD", "--format", "json");
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.base.ref).toBe("HEAD");
    expect(report.differences[0]!.change).toBe("@length max lowered from 200 to 100");
  });

  it("prints markdown for a pull request, with model text escaped", async () => {
    released().write({ [MODEL]: withRunIdMax(128) });
    const result = await diff("--format", "markdown");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("### Model changes: `client-v0.1.0 (");
    expect(result.stdout).toContain("**1 ERROR** · 0 DANGER · 1 NOTE");
    expect(result.stdout).toContain("#### StopWorkflowRunRequest");
    expect(result.stdout).toContain(
      "- **ERROR** `StopWorkflowRunRequest$RunId`: @length max lowered from 255 to 128 — callers sending 129–255 characters now fail",
    );
  });

  it("--since-release exits 0 with a message when there is no release tag", async () => {
    repo = new TempRepo();
    repo.write({ [MODEL]: ast }).commit("one");
    repo.write({ [MODEL]: withRunIdMax(128) });
    const result = await diff("--since-release");
    expect(result).toMatchObject({ code: 0, stdout: "diff: no release tag (client-v*) yet: nothing to compare with\n" });
    repo.git("tag", "client-v0.0.1");
    expect((await diff("--since-release")).code).toBe(1);
  });

  it("exits 2 with a clear message for usage errors and unknown revisions", async () => {
    released();
    const badFormat = await diff("--format", "xml");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("diff: unknown format 'xml'");
    expect(badFormat.stderr).toContain("usage: diff");
    expect((await diff("--bogus")).code).toBe(2);
    expect((await diff("--base", "HEAD", "--since-release")).code).toBe(2);
    const unknown = await diff("--base", "client-v9");
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown git revision 'client-v9'") });
  });

  it("exits 2 when the model at a side does not load", async () => {
    released().write({ [MODEL]: "{ not json" });
    const result = await diff();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("diff: the model at working tree cannot be loaded");
  });

  it("prints the rules table", async () => {
    released();
    const result = await diff("--rules");
    expect(result.stdout).toContain("| `constraint-narrowed` |");
  });
});

describe("changelog", () => {
  const changelog = (): string => readFileSync(join(repo.root, "CHANGELOG.md"), "utf8");

  it("calls the first version of the client a first release, without a list of model edits", async () => {
    repo = new TempRepo();
    repo.write({ [MODEL]: withRunIdMax(200) }).commit("before the client existed");
    repo.write({ [MODEL]: ast }).clientVersion("0.1.0");
    expect((await diff("--base", "HEAD", "--changelog", "CHANGELOG.md")).code).toBe(0);
    expect(changelog()).toMatch(/## 0\.1\.0\n\nFirst release of the client package: there was no generated\/client\/package\.json at HEAD /);
    expect(changelog()).not.toContain("@length");
  });

  it("writes an Unreleased section, regenerates it in place, and turns it into the version's section", async () => {
    released().write({ [MODEL]: withRunIdMax(128) });
    expect((await diff("--changelog", "CHANGELOG.md")).code).toBe(0);
    const first = changelog();
    expect(first).toContain("## Unreleased");
    expect(first).toContain("### Breaking changes");
    expect((await diff("--changelog", "CHANGELOG.md")).code).toBe(0);
    expect(changelog()).toBe(first);

    repo.clientVersion("0.2.0");
    await diff("--changelog", "CHANGELOG.md");
    await diff("--changelog", "CHANGELOG.md");
    const released020 = changelog();
    expect(released020.match(/^## /gm)).toHaveLength(1);
    expect(released020).toContain("## 0.2.0");
    expect(released020).not.toContain("Unreleased");
    expect(released020).toContain("`@example/client`");
  });
});
