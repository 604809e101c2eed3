// A JSON AST's checks run on the main thread while the generator workers
// already generate from it (runInThreads' `check`, codegen/src/generators/threads.ts).
// The workers write into the output's staging folder as they go
// (OutputWriter), never beside it; when the checks fail the workers are
// stopped before runInThreads rejects, and the caller drops the staging folder
// (the CLI's whole path: test/pipeline/from-ast-model-checks.test.ts and
// output-staging.test.ts). Before the staging folder, a write gate held the
// workers' writes until the checks passed, and a worker whose first
// generator was done waited idle for the main thread's check.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { runInThreads } from "../../codegen/src/generators/threads.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { builtCli } from "../support/built-cli.js";

const { root, scratch } = builtCli("deferred-check");
const workerEntry = pathToFileURL(join(root, "build", "codegen-worker.cjs"));

function index(): ModelIndex {
  const model = JSON.parse(readFileSync(join(root, "test/fixtures/mwaa-serverless.ast.json"), "utf8")) as SmithyModel;
  return new ModelIndex(model, ["model.json"]);
}

function emptyDir(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
}

describe("a check that runs while the workers generate", () => {
  // Workers on for this small model, and every claimable generator theirs,
  // so that what they write does not depend on which thread was free first.
  const settings = { CODEGEN_WORKERS: "1", CODEGEN_CLAIMS: "worker" };
  const saved = new Map<string, string | undefined>();
  beforeEach(() => {
    for (const [name, value] of Object.entries(settings)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
  });
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("lets the workers write into the staging folder only, and stops them when it fails", async () => {
    const out = emptyDir("refused");
    const staging = `.codegen-staging-${process.pid}`;
    const listing = (): string[] => (readdirSync(out, { recursive: true }) as string[]).sort();
    let staged: string[] = [];
    const check = (): void => {
      // Until a worker has written something (it writes while this thread checks), at most 20 s.
      const until = Date.now() + 20_000;
      while (Date.now() < until && !(staged = listing()).some((p) => p.startsWith(`${staging}/`) && /\.\w+$/.test(p)));
      throw new Error("the model failed its checks");
    };
    await expect(runInThreads(index(), generators, workerEntry, undefined, out, undefined, check)).rejects.toThrow("the model failed its checks");
    expect(staged.some((p) => p.startsWith(`${staging}/`))).toBe(true);
    // Nothing outside the staging folder, then or after.
    expect(staged.filter((p) => p !== staging && !p.startsWith(`${staging}/`))).toEqual([]);
    const after = listing();
    expect(after.filter((p) => p !== staging && !p.startsWith(`${staging}/`))).toEqual([]);
    // Stopped: the workers were terminated before the rejection, so nothing more is written.
    await sleep(300);
    expect(listing()).toEqual(after);
  });

  it("writes, when it passes, what the workers write without one", async () => {
    const gated = emptyDir("gated");
    const free = emptyDir("free");
    let checked = false;
    await runInThreads(index(), generators, workerEntry, undefined, gated, undefined, () => {
      checked = true;
    });
    await runInThreads(index(), generators, workerEntry, undefined, free);
    expect(checked).toBe(true);
    const listing = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).sort();
    expect(listing(gated).length).toBeGreaterThan(0);
    expect(listing(gated)).toEqual(listing(free));
    for (const path of listing(free).filter((p) => /\.(json|ts)$/.test(p))) {
      expect(readFileSync(join(gated, path), "utf8"), path).toBe(readFileSync(join(free, path), "utf8"));
    }
  });
});
