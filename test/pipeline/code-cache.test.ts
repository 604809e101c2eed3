// The bundled codegen CLI loads its full bundle with V8's code cache
// (codegen/src/code-cache.ts), and its generator workers their own bundle
// the same way; `make build` writes both caches. A cache is used only for the
// bundle it was made from, V8 refuses a damaged one, and the CLI generates
// the same files either way: `check` against generated/ passes.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const build = resolve("build");
// Inside the project, so that the bundle's packages resolve from its node_modules.
const dir = mkdtempSync(join(build, "code-cache-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ["codegen.mjs", "codegen-main.mjs", "codegen-main.cjs", "codegen-worker.cjs", "codegen-worker-main.cjs"]) {
  copyFileSync(join(build, file), join(dir, file));
}
const cacheFile = join(dir, "codegen-main.cjs.v8-cache");

/** `codegen check` of the project's model against generated/, through the copied CLI: what the loader said, and the exit status. */
function check(env: Record<string, string> = {}): { cache: string; status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [join(dir, "codegen.mjs"), "check", "--quiet"], {
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE: "0", CODEGEN_CODE_CACHE_DEBUG: "1", ...env },
  });
  return { cache: /code cache: (\w+) \(codegen-main\.cjs\)/.exec(run.stderr)?.[1] ?? "(not loaded)", status: run.status, stderr: run.stderr };
}

/** What each loaded bundle's loader said of its cache, in order: `used (codegen-main.cjs)` … */
function cacheLines(stderr: string): string[] {
  return [...stderr.matchAll(/code cache: (\w+ \([\w.-]+\))/g)].map((m) => m[1]!);
}

describe("the codegen CLI's code cache", () => {
  it("is written by the build for each bundle beside it", () => {
    for (const bundle of ["codegen-main.cjs", "codegen-worker-main.cjs"]) {
      const { size, mtimeMs } = statSync(join(build, bundle));
      const stamp = `${bundle} ${size} ${Math.trunc(mtimeMs)}\n`;
      expect(readFileSync(join(build, `${bundle}.v8-cache`)).subarray(0, stamp.length).toString()).toBe(stamp);
    }
  });

  it("is written by a run asked to, and used by the next", () => {
    expect(existsSync(cacheFile)).toBe(false);
    let run = check({ CODEGEN_WRITE_CODE_CACHE: "1" });
    expect(run.cache, run.stderr).toBe("none");
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
    run = check();
    expect(run.cache, run.stderr).toBe("used");
    expect(run.status, run.stderr).toBe(0);
  });

  it("is used by generator workers too, for their own bundle: each thread reads its cache under the flags it was made under", () => {
    // Made under V8's defaults, read before the CLI sets its own flag
    // (v8-tiering.ts): a cache read after that is refused by V8 ("rejected").
    let run = check({ CODEGEN_WORKERS: "1", CODEGEN_WRITE_CODE_CACHE: "1" });
    expect(run.status, run.stderr).toBe(0);
    expect(cacheLines(run.stderr)).toEqual(["used (codegen-main.cjs)", "none (codegen-worker-main.cjs)"]);
    expect(existsSync(join(dir, "codegen-worker-main.cjs.v8-cache"))).toBe(true);
    run = check({ CODEGEN_WORKERS: "1" });
    expect(run.status, run.stderr).toBe(0);
    expect(cacheLines(run.stderr)).toEqual(["used (codegen-main.cjs)", "used (codegen-worker-main.cjs)"]);
  });

  it("is ignored once the bundle is not the one it was made from, and V8 refuses a damaged one", () => {
    const cache = readFileSync(cacheFile);
    const stampLength = cache.indexOf(0x0a) + 1;
    // Damaged data under the right stamp: V8's own checks refuse it.
    writeFileSync(cacheFile, Buffer.concat([cache.subarray(0, stampLength), Buffer.alloc(cache.length - stampLength, 0x5a)]));
    let run = check();
    expect(run.cache, run.stderr).toBe("rejected");
    expect(run.status, run.stderr).toBe(0);

    // The intact cache, but the bundle rebuilt since (a newer modification time): not read at all.
    writeFileSync(cacheFile, cache);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, "codegen-main.cjs"), later, later);
    run = check();
    expect(run.cache, run.stderr).toBe("none");
    expect(run.status, run.stderr).toBe(0);

    rmSync(cacheFile);
    run = check();
    expect(run.cache, run.stderr).toBe("none");
    expect(run.status, run.stderr).toBe(0);
  });
});

describe("the generator workers' own program (build/codegen-worker.cjs)", () => {
  it("leaves out the IDL front end, which a worker never runs (it is sent the model as JSON AST)", () => {
    const worker = readFileSync(join(build, "codegen-worker-main.cjs"), "utf8");
    const full = readFileSync(join(build, "codegen-main.cjs"), "utf8");
    // esbuild heads each bundled module with its path.
    for (const module of ["codegen/src/idl/parser.ts", "codegen/src/idl/assembler.ts", "codegen/src/idl/validate/"]) {
      expect(full).toContain(`// ${module}`);
      expect(worker).not.toContain(`// ${module}`);
    }
    expect(worker).toContain("// codegen/src/generators/conformance/index.ts");
    expect(worker.length).toBeLessThan(full.length / 2);
  });

  it("refuses to run outside a generator worker thread, saying so", () => {
    const run = spawnSync(process.execPath, [join(build, "codegen-worker.cjs")], { encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("codegen-worker: started outside a generator worker thread");
  });
});
