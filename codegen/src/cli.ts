// The codegen CLI's entry (build/codegen.mjs). A `generate` whose inputs are
// all unchanged since the last run replays that run's files and warnings
// (run-cache.ts) with this module's few imports; anything else loads the full
// CLI (cli-main.ts, bundled separately as build/codegen-main.mjs) and runs
// it. Loading and compiling the full bundle (~1 MB: the IDL front end and
// every generator) was a third of an up-to-date `make generate`.

import { parseArgs } from "node:util";
import { CLI_OPTIONS, finishGenerate, programFiles, runCacheSlot } from "./cli-options.js";
import { OutputWriter } from "./output.js";
import { readCachedRun, runKey } from "./run-cache.js";
import { useBaselineTiersOnly } from "./v8-tiering.js";
import type { runCli } from "./cli-main.js";

type FullCli = { runCli: typeof runCli };

const bundled = import.meta.url.endsWith(".mjs");

/** Replays an unchanged `generate`; false when the full CLI must run (any doubt included). */
async function replayed(argv: string[]): Promise<boolean> {
  if (!bundled || process.env.CODEGEN_CACHE === "0") return false;
  let values;
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
    if (parsed.positionals.length !== 1 || parsed.positionals[0] !== "generate" || parsed.values.help) return false;
    values = parsed.values;
  } catch {
    return false; // the full CLI explains the usage error
  }
  const root = process.cwd();
  const slot = await runCacheSlot(values, root);
  if (!slot) return false;
  let key: string;
  try {
    key = runKey({ ...slot.inputs, program: programFiles(import.meta.url) });
  } catch {
    return false;
  }
  const hit = readCachedRun(slot.slot, key);
  if (!hit) return false;
  process.stderr.write(hit.stderr);
  process.exitCode = await finishGenerate(new OutputWriter(slot.outDir), hit.files, values);
  return true;
}

// The bundled CLI sets V8's flag once its bundle is loaded (code-cache-loader.ts);
// run from source (tsx), this is the place.
if (!bundled) useBaselineTiersOnly();
const argv = process.argv.slice(2);
replayed(argv).then(
  async (done) => {
    if (done) return;
    // A computed specifier, so that esbuild leaves the full CLI in its own bundle.
    const full = bundled ? "./codegen-main.mjs" : "./cli-main.ts";
    const { runCli } = (await import(new URL(full, import.meta.url).href)) as FullCli;
    runCli(argv);
  },
  (error: unknown) => {
    process.stderr.write(`codegen: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
