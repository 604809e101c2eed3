// The generation pipeline: model files → JSON AST (parsed once) → knowledge
// index → every generator → files under the output root. Writing is
// idempotent: unchanged files are not touched, and files no generator
// produced any more are removed, so generated/ always equals the model.

import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { SmithyModel } from "./model/ast.js";
import { ModelIndex } from "./model/knowledge.js";
import { byCodeUnits } from "./model/order.js";
import { failsBuild, formatDiagnostic, loadIdl, type Diagnostic } from "./idl/index.js";
import type { GeneratedFile, Generator } from "./generators/generator.js";
import { runInThreads, timing } from "./generators/threads.js";

/** Paths under the output root that generators never own (build output, installs). */
const UNMANAGED = [/(^|\/)node_modules(\/|$)/, /(^|\/)dist(-[a-z]+)?(\/|$)/, /(^|\/)\.tsbuildinfo$/];

export class ModelError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity !== "suppressed").map(formatDiagnostic).join("\n"));
    this.name = "ModelError";
  }
}

/** Model files of a directory: every `*.smithy` below it, sorted, paths relative to `root`. */
export async function modelFiles(modelDir: string, root: string): Promise<string[]> {
  const entries = await readdir(modelDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".smithy"))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** Parses the model directory; throws ModelError listing every problem. */
export async function loadModelDir(modelDir: string, root: string, onEvents?: (events: Diagnostic[]) => void): Promise<ModelIndex> {
  const paths = await modelFiles(modelDir, root);
  if (paths.length === 0) throw new Error(`no .smithy files under ${relative(root, modelDir) || "."}`);
  const files = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") })),
  );
  return indexFromIdl(files, onEvents);
}

/**
 * Loads IDL files; throws ModelError (every event in its message) when an
 * ERROR or an unsuppressed DANGER fails the model, as `smithy build` fails.
 * `onEvents` receives the events of a model that loaded (warnings, notes ...).
 */
export function indexFromIdl(files: { path: string; text: string }[], onEvents?: (events: Diagnostic[]) => void): ModelIndex {
  const { model, diagnostics } = loadIdl(files);
  if (diagnostics.some(failsBuild)) throw new ModelError(diagnostics);
  onEvents?.(diagnostics);
  return new ModelIndex(model, files.map((f) => f.path));
}

/** Loads a JSON AST document (e.g. from `smithy ast`) instead of IDL. */
export async function loadAstFile(path: string, root: string): Promise<ModelIndex> {
  const model = JSON.parse(await readFile(path, "utf8")) as SmithyModel;
  if (typeof model !== "object" || model === null || typeof model.shapes !== "object") {
    throw new Error(`${path}: not a Smithy JSON AST document (no "shapes")`);
  }
  return new ModelIndex(model, [relative(root, path).split(sep).join("/")]);
}

/**
 * Settings kept beside the model (model/codegen.json): an object so that more
 * keys (the client package's name and version, ...) can join `service`.
 */
export interface CodegenConfig {
  /** Absolute shape ID of the service every generator works from. */
  service?: string;
  [key: string]: unknown;
}

/** Reads a codegen config file; undefined when `required` is false and it is absent. */
export async function loadConfig(path: string, { required = true } = {}): Promise<CodegenConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${path}: cannot read the codegen config (${(error as Error).message})`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new Error(`${path}: the codegen config must be a JSON object`);
  }
  const service = (config as CodegenConfig).service;
  if (service !== undefined && (typeof service !== "string" || !service.includes("#"))) {
    throw new Error(`${path}: "service" must be an absolute shape ID such as "example.weather#Weather"`);
  }
  return config as CodegenConfig;
}

/**
 * Runs generators; fails if two of them claim the same path. `workerEntry`
 * (the bundled CLI) lets a large model's generators run on worker threads
 * (generators/threads.ts); the files are the same either way.
 */
export async function runGenerators(
  index: ModelIndex,
  selected: readonly Generator[],
  workerEntry?: URL,
  onFiles?: (files: readonly GeneratedFile[]) => void,
): Promise<GeneratedFile[]> {
  const byPath = new Map<string, string>();
  const files: GeneratedFile[] = [];
  const runs = await runInThreads(index, selected, workerEntry, onFiles && ((run) => onFiles(run.files)));
  for (const run of runs) {
    for (const file of run.files) {
      const owner = byPath.get(file.path);
      if (owner) throw new Error(`generators '${owner}' and '${run.name}' both write ${file.path}`);
      byPath.set(file.path, run.name);
      files.push(file);
    }
  }
  return files.sort((a, b) => byCodeUnits(a.path, b.path));
}

export interface WriteReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Writes files under `outDir` as they are handed over (`add`, e.g. each
 * generator's files as soon as it is done, while others still run), each only
 * when it differs from what is on disk. `finish` waits for the writes and, with
 * `prune` (a run of every generator), removes managed files that were not
 * produced; a run of a subset of generators cannot know which files are
 * stale, so it removes nothing.
 */
export class OutputWriter {
  private readonly report: WriteReport = { written: [], removed: [], unchanged: 0 };
  private readonly pending: Promise<void>[] = [];
  private readonly seen = new Set<string>();
  // One mkdir per directory, shared: files of the same directory are written
  // concurrently, and each must wait until its directory exists.
  private readonly createdDirs = new Map<string, Promise<unknown>>();
  private readonly started = performance.now();

  constructor(private readonly outDir: string) {}

  add(files: readonly GeneratedFile[]): void {
    for (const file of files) {
      // A path claimed twice is refused by runGenerators; write it once.
      if (this.seen.has(file.path)) continue;
      this.seen.add(file.path);
      const written = this.write(file);
      written.catch(() => undefined); // reported by finish()
      this.pending.push(written);
    }
  }

  private async write(file: GeneratedFile): Promise<void> {
    const target = join(this.outDir, file.path);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === file.contents) {
      this.report.unchanged++;
      return;
    }
    const dir = dirname(target);
    let created = this.createdDirs.get(dir);
    if (!created) {
      created = mkdir(dir, { recursive: true });
      this.createdDirs.set(dir, created);
    }
    await created;
    await writeFile(target, file.contents);
    this.report.written.push(file.path);
  }

  /** Writes what was not added yet of `files` (all that was generated), then prunes. */
  async finish(files: readonly GeneratedFile[], { prune = true }: { prune?: boolean } = {}): Promise<WriteReport> {
    this.add(files);
    await Promise.all(this.pending);
    if (prune) {
      const wanted = new Set(files.map((f) => f.path));
      for (const existing of await listManaged(this.outDir)) {
        if (!wanted.has(existing)) {
          await rm(join(this.outDir, existing));
          this.report.removed.push(existing);
        }
      }
    }
    this.report.written.sort();
    timing("write", this.started);
    return this.report;
  }
}

/** Writes files under `outDir` (see OutputWriter): with `prune`, managed files not produced are removed. */
export async function writeOutput(
  outDir: string,
  files: readonly GeneratedFile[],
  { prune = true }: { prune?: boolean } = {},
): Promise<WriteReport> {
  return new OutputWriter(outDir).finish(files, { prune });
}

/** Files under `dir` that generators own (relative paths), [] when absent. */
export async function listManaged(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((path) => !UNMANAGED.some((pattern) => pattern.test(path)))
    .sort();
}
