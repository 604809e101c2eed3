// The write gate of runInThreads (codegen/src/generators/threads.ts): a
// JSON AST's checks run on the main thread while the generator workers
// already generate from it; a worker writes nothing until the checks have
// passed, and nothing at all when they fail. The failing check below waits
// (1.5 s, far longer than the workers need for this model) watching the
// output directory, so a worker that wrote early would be seen.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { runInThreads } from "../../codegen/src/generators/threads.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { builtCli } from "../support/built-cli.js";

const { root, scratch } = builtCli("write-gate");
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

describe("the workers' write gate", () => {
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

  it("holds every write while the check runs, and writes nothing when it fails", async () => {
    const out = emptyDir("refused");
    let looks = 0;
    let writtenEarly: string[] = [];
    const check = (): void => {
      const until = Date.now() + 1500;
      while (Date.now() < until && writtenEarly.length === 0) {
        looks++;
        writtenEarly = readdirSync(out);
      }
      throw new Error("the model failed its checks");
    };
    await expect(runInThreads(index(), generators, workerEntry, undefined, out, undefined, check)).rejects.toThrow("the model failed its checks");
    expect(looks).toBeGreaterThan(0);
    expect(writtenEarly).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it("writes, once the check passes, what the workers write without one", async () => {
    const gated = emptyDir("gated");
    const free = emptyDir("free");
    let checked = false;
    await runInThreads(index(), generators, workerEntry, undefined, gated, undefined, () => {
      expect(readdirSync(gated)).toEqual([]);
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
