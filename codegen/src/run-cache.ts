// The whole-run cache of `codegen generate`: when nothing generation reads has
// changed since the last run, the files (and the warnings printed with them)
// are replayed instead of parsing the model and running every generator.
// Those two are ~210 ms of a ~400 ms `make generate` on our model, whose goal
// is ≤ 3× a bare `node -e 0` (BENCHMARKS.md); without this the goal held with
// no margin. Writing still compares every file with what is on disk, so a
// hand-edited or deleted generated file is restored as on a full run.
//
// The key is every input of generation, kept whole in the entry and compared
// as text (no hashing: node:crypto alone costs ~10 ms to load): the codegen
// program itself (the bundles' size and modification time: every build
// rewrites them), the model's files, the codegen settings beside it, the
// hand-written files generators copy, the installed packages (npm's lockfile
// stamp), the options and the settings in the environment. `check` never
// uses it: it always regenerates, so CI proves generated/ from scratch. This
// module is loaded by the CLI's light entry (cli.ts): it imports no generator.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheDir } from "./cache-dir.js";
import { CLIENT_TEST_RUNTIME_DIR } from "./generators/static-files.js";
import type { GeneratedFile } from "./generators/generator.js";

/** What a replayed run gives back: its files and what it printed on stderr. */
export interface CachedRun {
  files: GeneratedFile[];
  stderr: string;
}

export interface RunInputs {
  /** The codegen program's files (the bundles); their size and time are part of the key. */
  program: readonly string[];
  /** The project root (where codegen/src and node_modules are). */
  root: string;
  /** Model files, relative to `root`, sorted (IDL files or the one JSON AST). */
  modelFiles: readonly string[];
  /** An explicit --config file, when given. */
  configFile?: string;
  /** The command line options that shape the output (service, only, ...). */
  options: Record<string, string | boolean | undefined>;
}

function readOrMissing(path: string): string {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return "\u0000missing";
  }
}

/** The key of a run: every input generation reads (see the top of this file), as one string. */
export function runKey(inputs: RunInputs): string {
  const parts: string[] = [];
  const add = (label: string, text: string): void => {
    parts.push(`${label}\u0000${text.length}\u0000${text}`);
  };
  for (const file of inputs.program) {
    const stat = statSync(file);
    add(`program ${file}`, `${stat.size}:${stat.mtimeMs}`);
  }
  add("node", process.version);
  add("options", JSON.stringify(inputs.options));
  // Settings read from the environment by generators (validators' mode).
  add("env", JSON.stringify([process.env.CODEGEN_VALIDATORS ?? null]));
  for (const file of inputs.modelFiles) add(`model ${file}`, readFileSync(join(inputs.root, file), "utf8"));
  if (inputs.configFile !== undefined) add("config", readOrMissing(inputs.configFile));
  // The client generator reads codegen.json beside the first .smithy file.
  const firstIdl = inputs.modelFiles.find((file) => file.endsWith(".smithy"));
  if (firstIdl !== undefined) add("client settings", readOrMissing(join(inputs.root, dirname(firstIdl), "codegen.json")));
  const templates = join(inputs.root, CLIENT_TEST_RUNTIME_DIR);
  let names: string[] = [];
  try {
    names = readdirSync(templates).sort();
  } catch {
    // no templates: the client generator fails the same way on a miss
  }
  for (const name of names) add(`template ${name}`, readOrMissing(join(templates, name)));
  // Any install or upgrade of a package (ajv ...) rewrites npm's lockfile stamp.
  try {
    const stamp = statSync(join(inputs.root, "node_modules", ".package-lock.json"));
    add("packages", `${stamp.size}:${stamp.mtimeMs}`);
  } catch {
    add("packages", "none");
  }
  return parts.join("\u0000");
}

/** FNV-1a, 32 bits, twice (two offsets): a file name per slot, not a security boundary. */
function slotName(slot: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < slot.length; i++) {
    const c = slot.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

/** One cache file per output directory and options, so entries do not pile up. */
function entryFile(slot: string): string {
  return join(cacheDir(), `run-${slotName(slot)}.json`);
}

/** The cached run for `key` in `slot` (e.g. the output directory), or undefined. */
export function readCachedRun(slot: string, key: string): CachedRun | undefined {
  let text: string;
  try {
    text = readFileSync(entryFile(slot), "utf8");
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as { slot?: unknown; key?: unknown; files?: unknown; stderr?: unknown };
    if (entry.slot !== slot || entry.key !== key || !Array.isArray(entry.files) || typeof entry.stderr !== "string") return undefined;
    return { files: entry.files as GeneratedFile[], stderr: entry.stderr };
  } catch {
    return undefined; // a damaged entry is a miss
  }
}

/**
 * Runs larger than this are not stored: serialising and writing SageMaker's
 * 56 MB again on every cold run would cost more than most users get back.
 */
export const MAX_CACHED_RUN_CHARS = 8_000_000;

/**
 * Models this large are not keyed at all. Their runs are far over
 * MAX_CACHED_RUN_CHARS (Glue's 1.3 MB JSON AST: 34 MB of output), so never
 * stored, yet keying them read and hashed the model twice (in the light
 * entry and in the full CLI) before the run began: Glue with the cache on
 * took ~30 ms more wall time than with it off (10 pairs).
 */
export const MAX_KEYED_MODEL_BYTES = 1_000_000;

/** Stores a run; an unwritable cache directory only makes the next run slower. */
export function storeCachedRun(slot: string, key: string, run: CachedRun): void {
  let size = 0;
  for (const file of run.files) {
    // A worker withholds texts only beyond this limit (threads.ts).
    if (file.withheld) return;
    size += file.contents.length;
  }
  if (size > MAX_CACHED_RUN_CHARS) return;
  const file = entryFile(slot);
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename, so a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify({ slot, key, files: run.files, stderr: run.stderr }));
    renameSync(partial, file);
  } catch {
    // read-only checkout
  }
}
