import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Generator } from "../../codegen/src/generators/generator.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { listManaged, runGenerators, writeOutput } from "../../codegen/src/pipeline.js";

const scratch = mkdtempSync(join(tmpdir(), "pipeline-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const index = new ModelIndex({ smithy: "2.0", shapes: {} });
const fixed = (name: string, files: Record<string, string>): Generator => ({
  name,
  generate: () => Object.entries(files).map(([path, contents]) => ({ path, contents })),
});

describe("writeOutput", () => {
  it("writes new files, leaves identical ones alone and removes files no generator produces", async () => {
    const out = join(scratch, "out");
    const first = await writeOutput(out, [
      { path: "a.txt", contents: "A" },
      { path: "dir/b.txt", contents: "B" },
    ]);
    expect(first.written).toEqual(["a.txt", "dir/b.txt"]);

    // Build output and installs under the root are not the generators' to remove.
    mkdirSync(join(out, "pkg", "dist-es"), { recursive: true });
    writeFileSync(join(out, "pkg", "dist-es", "index.js"), "built");
    mkdirSync(join(out, "pkg", "node_modules"), { recursive: true });
    writeFileSync(join(out, "pkg", "node_modules", "x.js"), "installed");

    const second = await writeOutput(out, [{ path: "a.txt", contents: "A" }]);
    expect(second).toEqual({ written: [], removed: ["dir/b.txt"], unchanged: 1 });
    expect(existsSync(join(out, "pkg", "dist-es", "index.js"))).toBe(true);
    expect(await listManaged(out)).toEqual(["a.txt"]);
  });

  it("writes each text's UTF-8 bytes exactly, across the megabyte chunks it encodes at a time", async () => {
    const out = join(scratch, "utf8");
    const chunk = 1 << 20;
    // Characters of 1 to 4 UTF-8 bytes straddling the chunk boundaries, lone
    // surrogates (written as U+FFFD, as writeSync and Buffer.from write them),
    // an empty file, and a text of exactly one chunk.
    const texts: Record<string, string> = {
      "empty.txt": "",
      "exact.txt": "a".repeat(chunk),
      "pair-at-edge.txt": `${"a".repeat(chunk - 2)}\u{1F600}\u{1F600}tail`,
      "three-at-edge.txt": `${"a".repeat(chunk - 1)}\u20AC${"é".repeat(chunk)}`,
      "lone.txt": `${"b".repeat(chunk - 1)}\ud800x\udc00${"\u{10FFFF}".repeat(3)}`,
    };
    await writeOutput(out, Object.entries(texts).map(([path, contents]) => ({ path, contents })));
    for (const [path, text] of Object.entries(texts)) {
      expect(readFileSync(join(out, path)).equals(Buffer.from(text, "utf8")), path).toBe(true);
    }
  });

  it("removes nothing when only some generators ran", async () => {
    const out = join(scratch, "subset");
    await writeOutput(out, [{ path: "mine.txt", contents: "1" }, { path: "theirs.txt", contents: "2" }]);
    const report = await writeOutput(out, [{ path: "mine.txt", contents: "3" }], { prune: false });
    expect(report).toEqual({ written: ["mine.txt"], removed: [], unchanged: 0 });
    expect(await listManaged(out)).toEqual(["mine.txt", "theirs.txt"]);
  });

  it("reports a file it cannot write, and leaves the output as it was (nothing written, nothing pruned)", async () => {
    const out = join(scratch, "blocked");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "old.txt"), "stale");
    const writing = writeOutput(out, [
      { path: "ok.txt", contents: "OK" },
      // A name longer than any file system takes (255 bytes).
      { path: `${"n".repeat(300)}.txt`, contents: "X" },
    ]);
    await expect(writing).rejects.toMatchObject({ code: "ENAMETOOLONG" });
    expect(existsSync(join(out, "ok.txt"))).toBe(false);
    expect(readFileSync(join(out, "old.txt"), "utf8")).toBe("stale");
    expect(readdirSync(out)).toEqual(["old.txt"]);
  });

  it("replaces a file where a generated folder now goes (a file no generator writes any more)", async () => {
    const out = join(scratch, "file-to-folder");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "dir"), "a file where a directory must go");
    const report = await writeOutput(out, [{ path: "dir/x.txt", contents: "X" }]);
    expect(readFileSync(join(out, "dir", "x.txt"), "utf8")).toBe("X");
    expect(report.written).toEqual(["dir/x.txt"]);
  });
});

describe("runGenerators", () => {
  it("sorts the files and refuses two generators writing one path", async () => {
    const files = await runGenerators(index, [fixed("one", { "b.txt": "1" }), fixed("two", { "a.txt": "2" })]);
    expect(files.map((f) => f.path)).toEqual(["a.txt", "b.txt"]);
    await expect(runGenerators(index, [fixed("one", { "x": "1" }), fixed("two", { "x": "2" })])).rejects.toThrow(
      /'one' and 'two' both write x/,
    );
  });
});

describe("codegen CLI", () => {
  const root = process.cwd();
  const cli = join(root, "build", "codegen.mjs");
  beforeAll(() => {
    if (!existsSync(cli)) execFileSync("make", ["-s", "build"], { cwd: root, stdio: "inherit" });
  });

  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });

  it("check passes on a fresh generation and fails, naming the file, when it is edited", () => {
    const out = join(scratch, "generated");
    const ast = "test/fixtures/mwaa-serverless.ast.json";
    expect(run("generate", "--from-ast", ast, "--out", out, "--only", "model").status).toBe(0);
    expect(run("check", "--from-ast", ast, "--out", out, "--only", "model").status).toBe(0);
    writeFileSync(join(out, "model.json"), readFileSync(join(out, "model.json"), "utf8").replace("2024-07-26", "2099-01-01"));
    const stale = run("check", "--from-ast", ast, "--out", out, "--only", "model");
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/differs: model\.json/);
    expect(stale.stderr).toMatch(/2099-01-01/);
  });

  it("answers a bad flag with usage and exit 2, not a stack trace", () => {
    const result = run("generate", "--no-such-flag");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^codegen: .*\n\nusage: codegen/);
    expect(run("frobnicate").status).toBe(2);
    expect(run("generate", "--only", "nope").stderr).toMatch(/unknown generator 'nope'/);
  });

  it("refuses a stray argument instead of generating the default model in its place", () => {
    const out = join(scratch, "stray");
    const result = run("generate", "model/main.smithy", "--out", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^codegen: unexpected argument 'model\/main\.smithy': give the model with --model PATH/);
    expect(existsSync(out)).toBe(false);
  });

  it("takes --model as one file, as Smithy takes a model file, and generates what its directory gives", () => {
    // A directory holding one model file, and that file by itself.
    const dir = join(scratch, "one-file-model");
    mkdirSync(dir);
    const smithy = [
      '$version: "2"',
      "namespace example.clock",
      "use aws.protocols#awsJson1_0",
      '@awsJson1_0 service Clock { version: "2026-12-07", operations: [GetTime] }',
      "operation GetTime { input := { zone: String }, output := { @required time: Timestamp } }",
      "",
    ].join("\n");
    writeFileSync(join(dir, "main.smithy"), smithy);
    const fromDir = join(scratch, "from-dir");
    const fromFile = join(scratch, "from-file");
    const env = { ...process.env, CODEGEN_CACHE: "0" };
    const generate = (model: string, out: string) =>
      spawnSync(process.execPath, [cli, "generate", "--quiet", "--model", model, "--out", out, "--only", "model,openapi"], { cwd: root, encoding: "utf8", env });
    expect(generate(dir, fromDir).status).toBe(0);
    expect(generate(join(dir, "main.smithy"), fromFile).status).toBe(0);
    for (const file of ["model.json", "openapi.yaml"]) {
      expect(readFileSync(join(fromFile, file), "utf8")).toBe(readFileSync(join(fromDir, file), "utf8"));
    }
    // Smithy ignores a file that is not a model (.smithy, .json); given only that, there is no model.
    writeFileSync(join(dir, "notes.txt"), smithy);
    const notModel = generate(join(dir, "notes.txt"), join(scratch, "from-txt"));
    expect(notModel.status).toBe(1);
    expect(notModel.stderr).toMatch(/notes\.txt: no Smithy model files \(\.smithy, \.json\)/);
    expect(existsSync(join(scratch, "from-txt"))).toBe(false);
  });

  it("reports a missing AST file clearly", () => {
    const result = run("generate", "--from-ast", join(scratch, "missing.json"), "--out", join(scratch, "x"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^codegen: .*missing\.json/);
  });
});
