// A run changes the output only when it succeeds (output.ts, OutputWriter):
// files are staged in `<out>/.codegen-staging-<pid>` and moved into place by
// finish(); a failed run (a generator that throws, a write that fails, a check
// that refuses the model) removes the staging folder and leaves the output as
// the last good run left it. Before, a generator that threw left the outputs
// of the generators done before it written over the last good ones.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listManaged, OutputWriter, writeOutput } from "../../codegen/src/output.js";
import { builtCli } from "../support/built-cli.js";

const { root, cli, scratch } = builtCli("output-staging");

/** Every file under `dir` with its text, paths relative to it (staging folders included: none may be left). */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

function fresh(name: string): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

function seed(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe("OutputWriter stages a run's files until finish", () => {
  it("writes nothing under the root before finish, everything after, and leaves no staging folder", async () => {
    const out = fresh("staged");
    seed(out, { "a/old.txt": "old", "keep.txt": "same" });
    const writer = new OutputWriter(out);
    writer.add([{ path: "a/new.txt", contents: "new" }, { path: "keep.txt", contents: "same" }, { path: "b/c/d.txt", contents: "deep" }]);
    expect(tree(out)).toEqual({ "a/old.txt": "old", "keep.txt": "same", [`.codegen-staging-${process.pid}/a/new.txt`]: "new", [`.codegen-staging-${process.pid}/b/c/d.txt`]: "deep" });
    const report = await writer.finish([{ path: "a/new.txt", contents: "new" }, { path: "keep.txt", contents: "same" }, { path: "b/c/d.txt", contents: "deep" }]);
    expect(tree(out)).toEqual({ "a/new.txt": "new", "keep.txt": "same", "b/c/d.txt": "deep" });
    expect(report).toEqual({ written: ["a/new.txt", "b/c/d.txt"], removed: ["a/old.txt"], unchanged: 1 });
  });

  it("abort leaves the root as it was, and removes a root it created", () => {
    const out = fresh("aborted");
    seed(out, { "x.txt": "before" });
    const writer = new OutputWriter(out);
    writer.add([{ path: "x.txt", contents: "after" }, { path: "y/z.txt", contents: "new" }]);
    writer.abort();
    expect(tree(out)).toEqual({ "x.txt": "before" });
    const absent = fresh("aborted-absent");
    const first = new OutputWriter(absent);
    first.add([{ path: "f.txt", contents: "f" }]);
    first.abort();
    expect(existsSync(absent)).toBe(false);
  });

  it("a write that fails fails finish, with the root as it was", async () => {
    const out = fresh("failing-write");
    seed(out, { "x.txt": "before" });
    const writer = new OutputWriter(out);
    // `x.txt/inner` cannot be created in the staging folder once `x.txt` is a file there.
    await expect(writer.finish([{ path: "x.txt", contents: "after" }, { path: "x.txt/inner", contents: "no" }])).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(tree(out)).toEqual({ "x.txt": "before" });
  });

  it("replaces a folder by a file of its name, and a file by a folder", async () => {
    const out = fresh("kinds");
    seed(out, { "a/inner.txt": "was a folder", b: "was a file" });
    await writeOutput(out, [{ path: "a", contents: "now a file" }, { path: "b/inner.txt", contents: "now a folder" }]);
    expect(tree(out)).toEqual({ a: "now a file", "b/inner.txt": "now a folder" });
  });

  it("removes the staging folders of runs whose process is gone, never a running one's, and never lists them as output", async () => {
    const out = fresh("stale");
    // pid 2^22 + 1 is above Linux's pid_max: no process has it.
    seed(out, { ".codegen-staging-4194305/left.txt": "from a killed run", [`.codegen-staging-${process.ppid}/busy.txt`]: "a live process's", "f.txt": "f" });
    expect(await listManaged(out)).toEqual(["f.txt"]);
    await writeOutput(out, [{ path: "f.txt", contents: "g" }]);
    expect(tree(out)).toEqual({ [`.codegen-staging-${process.ppid}/busy.txt`]: "a live process's", "f.txt": "g" });
  });

  it("commits exactly the run's files, or aborts to exactly what was there (fast-check)", async () => {
    const path = fc.constantFrom("a.txt", "b.txt", "d/a.txt", "d/b.txt", "d/e/a.txt", "f/g.txt");
    const files = fc.dictionary(path, fc.string({ maxLength: 3 }), { maxKeys: 6 });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(files, files, fc.boolean(), async (before, run, fail) => {
        // A path that is both a file and a folder's prefix cannot exist on disk: keep such sets apart.
        const clash = (set: Record<string, string>): boolean => Object.keys(set).some((p) => Object.keys(set).some((q) => q.startsWith(`${p}/`)));
        fc.pre(!clash(before) && !clash(run));
        const out = fresh(`property-${round++}`);
        seed(out, before);
        const writer = new OutputWriter(out);
        const generated = Object.entries(run).map(([p, contents]) => ({ path: p, contents }));
        writer.add(generated.slice(0, Math.ceil(generated.length / 2)));
        if (fail) {
          writer.abort();
          expect(tree(out)).toEqual(before);
        } else {
          await writer.finish(generated);
          expect(tree(out)).toEqual(run);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("codegen generate leaves the output as it was when a generator fails", () => {
  // The client generator reads the client's package settings from the model's
  // codegen.json and refuses a name npm would not take: it fails after the
  // generators before it (model.json, schemas, OpenAPI …) are done.
  for (const workers of ["0", "1"]) {
    it(`exits 1 naming the problem, with every file as the last good run wrote it (CODEGEN_WORKERS=${workers})`, () => {
      const model = fresh(`model-${workers}`);
      cpSync(join(root, "model"), model, { recursive: true });
      const out = fresh(`out-${workers}`);
      const run = () =>
        spawnSync(process.execPath, [cli, "generate", "--quiet", "--model", model, "--out", out], {
          cwd: root,
          encoding: "utf8",
          env: { ...process.env, CODEGEN_CACHE: "0", CODEGEN_WORKERS: workers },
        });
      expect(run().status).toBe(0);
      const good = tree(out);
      // Every output changes with the service's documentation; then the client's settings break.
      const main = join(model, "main.smithy");
      writeFileSync(main, readFileSync(main, "utf8").replace("/// Amazon Managed Workflows", "/// Changed: Amazon Managed Workflows"));
      const settings = JSON.parse(readFileSync(join(model, "codegen.json"), "utf8")) as { client: { name: string } };
      settings.client.name = "Not A Package Name";
      writeFileSync(join(model, "codegen.json"), JSON.stringify(settings));
      const failed = run();
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('"client.name" "Not A Package Name" is not a valid npm package name');
      expect(tree(out)).toEqual(good);
      // Fixed, the same run writes the change everywhere.
      settings.client.name = "@mwaa-serverless/client";
      writeFileSync(join(model, "codegen.json"), JSON.stringify(settings));
      expect(run().status).toBe(0);
      const now = tree(out);
      const changed = Object.keys(now).filter((p) => now[p] !== good[p]);
      expect(changed).toEqual(expect.arrayContaining(["model.json", "openapi.json", "openapi.yaml", "client/src/index.ts"]));
    }, 120_000);
  }
});
