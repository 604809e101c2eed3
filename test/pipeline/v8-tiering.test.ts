// The codegen CLI turns V8's optimizing compiler off for its own process
// (codegen/src/v8-tiering.ts), unless the user chose a tiering flag. Proven on
// V8 itself: a function V8 is told to optimize stays interpreted after
// useBaselineTiersOnly(), and is optimized without it or under the user's --opt.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tieringFlag } from "../../codegen/src/v8-tiering.js";

// V8's OptimizationStatus bits (src/runtime/runtime.h).
const TURBOFANNED = 1 << 6;
const INTERPRETED = 1 << 7;

const dir = mkdtempSync(join(tmpdir(), "v8-tiering-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * V8's optimization status of a hot function V8 was told to optimize, in a
 * child Node with `nodeArgs`; `apply`: the CLI's flag set first, "toggled":
 * set, then V8's defaults back (as while a worker starts).
 */
function statusAfterForcedOptimization(apply: boolean | "toggled", nodeArgs: string[] = []): number {
  const script = join(dir, "probe.mts");
  writeFileSync(
    script,
    [
      `import { useBaselineTiersOnly, useDefaultTiers } from ${JSON.stringify(resolve("codegen/src/v8-tiering.ts"))};`,
      apply ? "useBaselineTiersOnly();" : "",
      apply === "toggled" ? "useDefaultTiers();" : "",
      "function hot(n: number): number { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }",
      // Natives syntax inside eval: TypeScript would not parse it.
      'eval("%PrepareFunctionForOptimization(hot)");',
      "hot(10); hot(10);",
      'eval("%OptimizeFunctionOnNextCall(hot)");',
      "hot(10);",
      'console.log(eval("%GetOptimizationStatus(hot)"));',
    ].join("\n"),
  );
  const run = spawnSync(process.execPath, [...nodeArgs, "--allow-natives-syntax", "--import", "tsx", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

describe("V8 tiering in the codegen CLI", () => {
  it("keeps a hot function interpreted once the CLI's flag is set; V8 optimizes it otherwise", () => {
    expect(statusAfterForcedOptimization(false) & TURBOFANNED).toBe(TURBOFANNED);
    const status = statusAfterForcedOptimization(true);
    expect(status & TURBOFANNED).toBe(0);
    expect(status & INTERPRETED).toBe(INTERPRETED);
  });

  it("gives V8 its defaults back while a worker starts, as the code caches need", () => {
    expect(statusAfterForcedOptimization("toggled") & TURBOFANNED).toBe(TURBOFANNED);
  });

  it("leaves V8 alone when the user gave a tiering flag", () => {
    expect(statusAfterForcedOptimization(true, ["--opt"]) & TURBOFANNED).toBe(TURBOFANNED);
    // Nor does it turn the optimizer on against the user's --no-opt.
    expect(statusAfterForcedOptimization("toggled", ["--no-opt"]) & TURBOFANNED).toBe(0);
    expect(tieringFlag(["--turbofan"])).toBeUndefined();
    expect(tieringFlag([], "--max-old-space-size=4096 --maglev")).toBeUndefined();
    expect(tieringFlag(["--no-opt"])).toBeUndefined();
  });

  it("turns the optimizing compiler off when Node's options say nothing of tiering", () => {
    expect(tieringFlag([])).toBe("--no-opt");
    expect(tieringFlag(["--enable-source-maps"], "--max-old-space-size=4096")).toBe("--no-opt");
    // A flag whose name only contains the word is not a tiering flag.
    expect(tieringFlag(["--optimize-for-size"])).toBe("--no-opt");
  });
});
