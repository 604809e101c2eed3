// The whole-run cache of `codegen generate` (codegen/src/run-cache.ts): a run
// whose inputs are unchanged replays the previous files and warnings; any
// change of the model, its settings or a copied template regenerates; the
// disk is still compared, so a hand-edited generated file is restored.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCacheSlot } from "../../codegen/src/cli-options.js";
import { listManaged } from "../../codegen/src/pipeline.js";
import { MAX_CACHED_RUN_CHARS, MAX_KEYED_MODEL_BYTES, readCachedRun, runKey, storeCachedRun, type RunInputs } from "../../codegen/src/run-cache.js";

const root = process.cwd();
const cli = join(root, "build", "codegen.mjs");
const scratch = mkdtempSync(join(tmpdir(), "run-cache-test-"));
const cacheDir = join(scratch, "cache");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(model: string, out: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, "generate", "--quiet", "--model", model, "--out", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE_DIR: cacheDir, ...env },
  });
  if (result.status !== 0) throw new Error(`generate failed (${result.status}): ${result.stderr}`);
  return result;
}

const runEntries = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.startsWith("run-")) : []);

describe("codegen generate's whole-run cache", () => {
  beforeAll(() => {
    if (!existsSync(cli)) execFileSync("make", ["-s", "build"], { cwd: root, stdio: "inherit" });
  });

  it("replays an unchanged run, warnings included, and regenerates after a model change", async () => {
    const model = join(scratch, "model");
    cpSync(join(root, "model"), model, { recursive: true });
    const out = join(scratch, "out");
    const first = generate(model, out);
    expect(runEntries()).toHaveLength(1);
    const modelJson = readFileSync(join(out, "model.json"), "utf8");

    // A hit: same files, same stderr (the model's warnings are said again).
    writeFileSync(join(out, "model.json"), "edited by hand");
    const second = generate(model, out);
    expect(second.stderr).toBe(first.stderr);
    expect(readFileSync(join(out, "model.json"), "utf8")).toBe(modelJson);

    // A changed documentation comment must reach the output.
    const errors = join(model, "errors.smithy");
    const text = readFileSync(errors, "utf8");
    expect(text).toContain("/// You do not have sufficient permission");
    writeFileSync(errors, text.replace("/// You do not have sufficient permission", "/// Cache probe: you do not have sufficient permission"));
    generate(model, out);
    expect(readFileSync(join(out, "model.json"), "utf8")).toContain("Cache probe: you do not have sufficient permission");
    expect(runEntries()).toHaveLength(1); // one entry per output directory, replaced

    // The same run with the cache off writes the same files.
    const uncached = join(scratch, "out-uncached");
    generate(model, uncached, { CODEGEN_CACHE: "0" });
    const names = await listManaged(out);
    expect(await listManaged(uncached)).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(uncached, name), "utf8"), name).toBe(readFileSync(join(out, name), "utf8"));
    }
  });

  it("keeps the texts a worker thread wrote, so a replay restores them", () => {
    // CODEGEN_WORKERS=1 runs the conformance cases and model.json on a worker,
    // which writes them itself and sends their texts back only for the cache.
    const model = join(scratch, "threaded-model");
    cpSync(join(root, "model"), model, { recursive: true });
    const out = join(scratch, "threaded-out");
    const entries = runEntries().length;
    generate(model, out, { CODEGEN_WORKERS: "1" });
    expect(runEntries()).toHaveLength(entries + 1); // stored: no text was withheld
    const texts = ["model.json", "conformance/cases.json"].map((path) => readFileSync(join(out, path), "utf8"));
    for (const path of ["model.json", "conformance/cases.json"]) writeFileSync(join(out, path), "edited by hand");
    generate(model, out, { CODEGEN_WORKERS: "1" });
    expect(["model.json", "conformance/cases.json"].map((path) => readFileSync(join(out, path), "utf8"))).toEqual(texts);
    expect(texts[0]).toContain('"smithy": "2.0"');
  });

  it("keys on the model's files, codegen.json and the copied templates", () => {
    const model = join(scratch, "keyed");
    cpSync(join(root, "model"), model, { recursive: true });
    const files = readdirSync(model).filter((name) => name.endsWith(".smithy")).sort().map((name) => relative(root, join(model, name)));
    const inputs: RunInputs = { program: [cli], root, modelFiles: files, options: { out: "x" } };
    const base = runKey(inputs);
    expect(runKey(inputs)).toBe(base);
    expect(runKey({ ...inputs, options: { out: "x", only: "model" } })).not.toBe(base);
    writeFileSync(join(model, "codegen.json"), JSON.stringify({ service: "x#Y", client: { name: "@a/b", version: "9.9.9" } }));
    const withSettings = runKey(inputs);
    expect(withSettings).not.toBe(base);
    writeFileSync(join(model, "main.smithy"), `${readFileSync(join(model, "main.smithy"), "utf8")}\n`);
    expect(runKey(inputs)).not.toBe(withSettings);
  });

  it("treats a damaged or foreign entry as a miss", () => {
    process.env.CODEGEN_CACHE_DIR = join(scratch, "entries");
    try {
      storeCachedRun("slot", "k1", { files: [{ path: "a", contents: "A" }], stderr: "w\n" });
      expect(readCachedRun("slot", "k1")).toEqual({ files: [{ path: "a", contents: "A" }], stderr: "w\n" });
      expect(readCachedRun("slot", "k2")).toBeUndefined();
      expect(readCachedRun("other", "k1")).toBeUndefined();
      // A run too large to be worth storing is not stored.
      storeCachedRun("large", "k1", { files: [{ path: "big", contents: "x".repeat(MAX_CACHED_RUN_CHARS + 1) }], stderr: "" });
      expect(readCachedRun("large", "k1")).toBeUndefined();
      // Nor one whose texts a worker kept to itself (only beyond that size).
      storeCachedRun("withheld", "k1", { files: [{ path: "a", contents: "A" }, { path: "b", contents: "", withheld: true }], stderr: "" });
      expect(readCachedRun("withheld", "k1")).toBeUndefined();
      const [entry] = readdirSync(join(scratch, "entries"));
      writeFileSync(join(scratch, "entries", entry!), "{ not json");
      expect(readCachedRun("slot", "k1")).toBeUndefined();
    } finally {
      delete process.env.CODEGEN_CACHE_DIR;
    }
  });

  it("does not key a model too large for its run to be kept (no model read or hashed twice for nothing)", async () => {
    const model = join(scratch, "large-model");
    cpSync(join(root, "model"), model, { recursive: true });
    const values = { model, out: join(scratch, "large-out"), quiet: true };
    expect(await runCacheSlot(values, root)).toBeDefined();
    // A documentation comment long enough to pass MAX_KEYED_MODEL_BYTES.
    const errors = join(model, "errors.smithy");
    writeFileSync(errors, readFileSync(errors, "utf8").replace("/// You do not have sufficient permission", `/// ${"x".repeat(MAX_KEYED_MODEL_BYTES)}\n/// You do not have sufficient permission`));
    expect(await runCacheSlot(values, root)).toBeUndefined();
    // Generation itself is unaffected: no entry, the same files as with the cache off.
    const before = runEntries();
    generate(model, values.out);
    expect(runEntries()).toEqual(before);
    const cold = join(scratch, "large-out-cold");
    generate(model, cold, { CODEGEN_CACHE: "0" });
    for (const file of ["model.json", "openapi.yaml", "client/src/models/errors.ts"]) {
      expect(readFileSync(join(values.out, file), "utf8")).toBe(readFileSync(join(cold, file), "utf8"));
    }
  });
});
