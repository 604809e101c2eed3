// Generators on worker threads (codegen/src/generators/threads.ts) must change
// the time only: the bundled CLI with its workers forced on writes the same
// files and says the same warnings, in the same order, as with them off.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { hostileModel } from "../aws-models/hostile-model.js";

const { root, cli, scratch } = builtCli("generator-threads");

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  }
  return files;
}

function generate(model: string, out: string, workers: "0" | "1", quiet = true, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, "generate", ...(quiet ? ["--quiet"] : []), "--from-ast", model, "--out", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_WORKERS: workers, CODEGEN_CACHE: "0", ...env },
  });
  expect(result.status, result.stderr).toBe(0);
  return quiet ? result.stderr : result.stdout;
}

/** A generate run with the workers started early that must fail: its stderr, once it ended by itself with status 1. */
function failingRun(model: string): string {
  const result = spawnSync(process.execPath, [cli, "generate", "--quiet", "--from-ast", model, "--out", join(scratch, "failing")], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_WORKERS: "1", CODEGEN_CACHE: "0" },
    timeout: 20_000,
  });
  expect(result.signal, "the run hung and was killed").toBeNull();
  expect(result.status, result.stderr).toBe(1);
  return result.stderr;
}

describe("generators on worker threads", () => {
  it("write the same files and the same warnings as one thread", () => {
    // The hostile model warns (an event-stream operation, unenforced Java-only
    // patterns), so the merged warnings' order is checked too.
    const model = join(scratch, "hostile.json");
    writeFileSync(model, JSON.stringify(hostileModel()));
    const oneThread = generate(model, join(scratch, "one"), "0");
    const threads = generate(model, join(scratch, "threads"), "1");
    expect(oneThread).toMatch(/^warning: /m);
    expect(threads).toBe(oneThread);
    const expected = tree(join(scratch, "one"));
    const actual = tree(join(scratch, "threads"));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, contents] of expected) expect(actual.get(path), `${path} differs`).toBe(contents);
  });

  it("split a generator with parts between the threads (the client: its models here, its package there) with the same result", () => {
    const model = join(scratch, "hostile-split.json");
    writeFileSync(model, JSON.stringify(hostileModel()));
    const oneThread = generate(model, join(scratch, "split-one"), "0");
    // CODEGEN_CLAIMS=alternate: the main thread claims the first part, the worker the second.
    const split = generate(model, join(scratch, "split-threads"), "1", true, { CODEGEN_CLAIMS: "alternate", CODEGEN_TIMINGS: "1" });
    expect(split).toMatch(/^timing: client \(models\) \d+ ms \(main,/m);
    expect(split).toMatch(/^timing: client \(package\) \d+ ms \(worker \d+,/m);
    expect(split.replace(/^timing: .*\n/gm, "")).toBe(oneThread);
    const expected = tree(join(scratch, "split-one"));
    const actual = tree(join(scratch, "split-threads"));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, contents] of expected) expect(actual.get(path), `${path} differs`).toBe(contents);
  });

  it("report what they wrote as one thread does (workers write their own files)", () => {
    const model = join(scratch, "hostile-report.json");
    writeFileSync(model, JSON.stringify(hostileModel()));
    const report = (workers: "0" | "1"): { first: string; again: string; edited: string } => {
      const out = join(scratch, `report-${workers}`);
      const first = generate(model, out, workers, false);
      const again = generate(model, out, workers, false);
      // One file of each thread's share changed by hand: each is put back.
      writeFileSync(join(out, "openapi.json"), "{}");
      writeFileSync(join(out, "model.json"), "{}");
      const edited = generate(model, out, workers, false);
      const relative = (stdout: string): string => stdout.replaceAll(out, "<out>");
      return { first: relative(first), again: relative(again), edited: relative(edited) };
    };
    const oneThread = report("0");
    expect(oneThread.first).toMatch(/^wrote {3}.*openapi\.json$/m);
    expect(oneThread.again).toMatch(/^\d+ files \(0 written, \d+ unchanged\)$/m);
    expect(oneThread.edited).toMatch(/\(2 written, /);
    expect(report("1")).toEqual(oneThread);
  });

  it("stop the workers started early when the model fails to load, so the run ends with its error", () => {
    // CODEGEN_WORKERS=1 starts the workers before the model is read
    // (GeneratorWorkers); idle workers must not keep a failed run alive.
    const broken = join(scratch, "broken.json");
    writeFileSync(broken, JSON.stringify({ smithy: "2.0" }));
    expect(failingRun(broken)).toContain('not a Smithy JSON AST document (no "shapes")');
    // Text that is not JSON at all: the file is named, as for IDL errors.
    const garbage = join(scratch, "garbage.json");
    writeFileSync(garbage, `{"smithy": "2.0", "shapes": {${" ".repeat(1_100_000)}`);
    expect(failingRun(garbage)).toMatch(/garbage\.json: not valid JSON \(.+\)/);
  }, 30_000);

  it("stop the workers started early when the model has several services and none is chosen", () => {
    const model = hostileModel() as { shapes: Record<string, { type: string }> };
    const [id, service] = Object.entries(model.shapes).find(([, s]) => s.type === "service")!;
    const twoServices = join(scratch, "two-services.json");
    writeFileSync(twoServices, JSON.stringify({ ...model, shapes: { ...model.shapes, [`${id}Twin`]: service } }));
    expect(failingRun(twoServices)).toMatch(/choose one with --service/);
  }, 30_000);
});
