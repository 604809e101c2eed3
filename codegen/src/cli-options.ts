// What the CLI's light entry (cli.ts) and the full CLI (cli-main.ts) share:
// the options, the whole-run cache's slot and inputs (run-cache.ts), and the
// writing of a generate run. Nothing here imports a generator or the IDL
// front end, so replaying an unchanged run loads only this much.

import { statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "./generators/generator.js";
import { modelFiles, type OutputWriter } from "./output.js";
import { MAX_KEYED_MODEL_BYTES, type RunInputs } from "./run-cache.js";

export const CLI_OPTIONS = {
  model: { type: "string", default: "model" },
  "from-ast": { type: "string" },
  service: { type: "string" },
  config: { type: "string" },
  out: { type: "string", default: "generated" },
  only: { type: "string" },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export interface CliValues {
  model: string;
  "from-ast"?: string;
  service?: string;
  config?: string;
  out: string;
  only?: string;
  quiet: boolean;
}

/** The files that make up the CLI (the light entry, the full CLI, the generator worker's program and their loaders), from any one's URL. */
export function programFiles(moduleUrl: string): string[] {
  const dir = dirname(fileURLToPath(moduleUrl));
  return ["codegen.mjs", "codegen-main.mjs", "codegen-main.cjs", "codegen-worker.cjs", "codegen-worker-main.cjs"].map((file) => join(dir, file));
}

/**
 * The whole-run cache's slot of a generate run (its output directory and
 * options) and the inputs of its key; undefined when there is no model file
 * to key on (the full run then says what is wrong), or when the model is too
 * large for its run to be kept (MAX_KEYED_MODEL_BYTES).
 */
export async function runCacheSlot(
  values: CliValues,
  root: string,
): Promise<{ slot: string; outDir: string; inputs: Omit<RunInputs, "program"> } | undefined> {
  const fromAst = values["from-ast"];
  const sources = fromAst
    ? [relative(root, resolve(fromAst)).split(sep).join("/")]
    : await modelFiles(resolve(values.model), root).catch(() => []);
  if (sources.length === 0) return undefined;
  let bytes = 0;
  for (const source of sources) bytes += statSync(join(root, source), { throwIfNoEntry: false })?.size ?? 0;
  if (bytes >= MAX_KEYED_MODEL_BYTES) return undefined;
  const options = { model: values.model, fromAst, service: values.service, config: values.config, only: values.only, cwd: root };
  const outDir = resolve(values.out);
  return {
    slot: JSON.stringify({ outDir, options }),
    outDir,
    inputs: { root, modelFiles: sources, configFile: values.config ? resolve(values.config) : undefined, options },
  };
}

/** Writes a generate run's files (only those that differ from the disk) and says what changed. */
export async function finishGenerate(
  writer: OutputWriter,
  files: readonly GeneratedFile[],
  values: { out: string; only?: string; quiet: boolean },
): Promise<number> {
  const report = await writer.finish(files, { prune: values.only === undefined });
  if (!values.quiet) {
    for (const path of report.written) process.stdout.write(`wrote   ${join(values.out, path)}\n`);
    for (const path of report.removed) process.stdout.write(`removed ${join(values.out, path)}\n`);
    process.stdout.write(`${files.length} files (${report.written.length} written, ${report.unchanged} unchanged)\n`);
  }
  return 0;
}
