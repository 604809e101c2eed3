// Runs a CommonJS bundle of the codegen CLI with V8's code cache. Two bundles
// load this way: the full CLI (build/codegen-main.cjs, by
// code-cache-loader.ts on the main thread) and the generator worker's program
// (build/codegen-worker-main.cjs, by worker-loader.ts in each worker).
//
// Every codegen run, and every generator worker of a large model, compiled its
// bundle again: its top level and then each function on its first call,
// which on a large model was a visible share of each thread's CPU time. V8 can
// keep compiled code for a script (cached data), but Node 20 offers that only
// for classic scripts (vm.Script), not ES modules, hence CommonJS bundles run
// through vm.Script here; `module.enableCompileCache()` does the same for
// modules from Node 22 on. The caches are written by `make build` (generates
// of the project's own model, CODEGEN_WRITE_CODE_CACHE=1), so they hold the
// functions a generate compiles, not just the top level; a normal run never
// writes them. A cache is only read when it was made from this very bundle
// (its size and modification time, kept in the cache's first line), and V8
// itself refuses it when its own version or flags differ: then the bundle is
// compiled as before. Bundles are build output, so their caches are too: they
// live beside them under build/, never under generated/.

import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import vm from "node:vm";
import { useBaselineTiersOnly, useDefaultTiers } from "./v8-tiering.js";

/** What ties a cache to the bundle it was made from. */
function bundleStamp(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `${basename(bundle)} ${size} ${Math.trunc(mtimeMs)}\n`;
}

/** The cached data for this bundle, or undefined (none, unreadable, or made from another bundle). */
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(stamp);
  return file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

/**
 * Runs `bundle` (a CommonJS file) and returns its exports. `selfUrl` is the
 * URL the bundle knows itself by: esbuild defines `import.meta.url` as the
 * wrapper's extra parameter, and the bundle resolves packages and its own
 * siblings from it. The wrapper's text does not depend on where the project
 * lies, so neither does the cache. With `writeCache`, the cache is written at
 * the process's exit, holding every function compiled by then.
 */
export function runWithCodeCache(bundle: string, selfUrl: string, writeCache: boolean): Record<string, unknown> {
  const cacheFile = `${bundle}.v8-cache`;
  const stamp = bundleStamp(bundle);
  const source = `(function (exports, require, module, __filename, __dirname, __codegenMainUrl) {${readFileSync(bundle, "utf8")}\n})`;
  const cachedData = readCache(cacheFile, stamp);
  const script = new vm.Script(source, { filename: bundle, cachedData });
  if (process.env.CODEGEN_CODE_CACHE_DEBUG === "1") {
    const state = cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none";
    process.stderr.write(`code cache: ${state} (${basename(bundle)})\n`);
  }
  const cjsModule = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    cjsModule.exports,
    cjsModule.exports,
    createRequire(bundle),
    cjsModule,
    bundle,
    dirname(bundle),
    selfUrl,
  );

  // Everything this thread needs is loaded: from here on, baseline tiers only
  // (v8-tiering.ts says why not before).
  useBaselineTiersOnly();

  if (writeCache) {
    // Written whole under another name, then renamed: a reader sees the old
    // cache or the new. Made under V8's default flags, which are what it is
    // read under.
    process.once("exit", () => {
      useDefaultTiers();
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, Buffer.concat([Buffer.from(stamp), script.createCachedData()]));
      renameSync(partial, cacheFile);
    });
  }
  return cjsModule.exports;
}
