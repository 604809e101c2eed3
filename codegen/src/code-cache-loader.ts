// build/codegen-main.mjs: loads the full CLI (build/codegen-main.cjs, the
// CommonJS bundle of cli-main.ts) with V8's code cache, and re-exports it.
//
// Every codegen run, and every generator worker of a large model, compiled the
// ~1.3 MB bundle again: its top level (~30 ms) and then each function on its
// first call, which on a large model was a visible share of each thread's
// CPU time. V8 can keep compiled code for a script (cached data), but Node 20
// offers that only for classic scripts (vm.Script), not ES modules, hence a
// CommonJS bundle run through vm.Script here; `module.enableCompileCache()`
// does the same for modules from Node 22 on. The cache is written by
// `make build` (a generate of the project's own model, CODEGEN_WRITE_CODE_CACHE=1),
// so it holds the functions a generate compiles, not just the top level; a
// run never writes it. It is only read when it was made from this very
// bundle (its size and modification time, kept in the cache's first line),
// and V8 itself refuses it when its own version or flags differ: then the
// bundle is compiled as before. The bundle is build output, so the cache is
// too: it lives beside it under build/, never under generated/.

import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { isMainThread } from "node:worker_threads";
import { useBaselineTiersOnly, useDefaultTiers } from "./v8-tiering.js";

const bundle = fileURLToPath(new URL("./codegen-main.cjs", import.meta.url));
const cacheFile = `${bundle}.v8-cache`;

/** What ties a cache to the bundle it was made from. */
function bundleStamp(): string {
  const { size, mtimeMs } = statSync(bundle);
  return `codegen-main.cjs ${size} ${Math.trunc(mtimeMs)}\n`;
}

/** The cached data for this bundle, or undefined (none, unreadable, or made from another bundle). */
function readCache(stamp: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(stamp);
  return file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

const stamp = bundleStamp();
// The CommonJS wrapper, with the URL the bundle knows itself by as one more
// parameter (esbuild defines `import.meta.url` as it): this loader's own URL,
// so that the bundle sees itself as build/codegen-main.mjs, which is also
// what generator workers are started from. The wrapper's text does not
// depend on where the project lies, so neither does the cache.
const source = `(function (exports, require, module, __filename, __dirname, __codegenMainUrl) {${readFileSync(bundle, "utf8")}\n})`;
const cachedData = readCache(stamp);
const script = new vm.Script(source, { filename: bundle, cachedData });
if (process.env.CODEGEN_CODE_CACHE_DEBUG === "1") {
  process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none"}\n`);
}
const cjsModule = { exports: {} as Record<string, unknown> };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  cjsModule.exports,
  cjsModule.exports,
  createRequire(bundle),
  cjsModule,
  bundle,
  dirname(bundle),
  import.meta.url,
);

// Everything this thread needs is loaded: from here on, baseline tiers only
// (v8-tiering.ts says why not before).
useBaselineTiersOnly();

if (process.env.CODEGEN_WRITE_CODE_CACHE === "1" && isMainThread) {
  // At exit, the cache holds every function compiled by then. Written whole
  // under another name, then renamed: a reader sees the old cache or the new.
  // Made under V8's default flags, which are what it is read under.
  process.once("exit", () => {
    useDefaultTiers();
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, Buffer.concat([Buffer.from(stamp), script.createCachedData()]));
    renameSync(partial, cacheFile);
  });
}

export const runCli = cjsModule.exports.runCli as (argv: string[]) => void;
