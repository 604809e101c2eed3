// Writing generated files under the output root, and listing what is there.
// Writing is idempotent: unchanged files are not touched, and (with prune)
// files no generator produced any more are removed, so generated/ always
// equals the model. No generator is imported here: the CLI's light entry
// (cli.ts) replays a cached run with this module alone.

import { closeSync, type Dirent, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { GeneratedFile } from "./generators/generator.js";
import { timing } from "./timing.js";

/** Paths under the output root that generators never own (build output, installs). */
const UNMANAGED = [/(^|\/)node_modules(\/|$)/, /(^|\/)dist(-[a-z]+)?(\/|$)/, /(^|\/)\.tsbuildinfo$/];

/**
 * Model files of a directory: every `*.smithy` (IDL) and `*.json` (JSON AST)
 * below it, as Smithy's ModelAssembler imports a directory, except our own
 * settings file `codegen.json` at its top; sorted, paths relative to `root`.
 * A path to one file is that file, as `smithy build model.smithy` takes it;
 * a file of another kind is not a model (Smithy ignores it, with a warning).
 */
export async function modelFiles(modelDir: string, root: string): Promise<string[]> {
  if ((await stat(modelDir)).isFile()) return isModelFileName(modelDir) ? [relative(root, modelDir).split(sep).join("/")] : [];
  const entries = await readdir(modelDir, { recursive: true, withFileTypes: true });
  const settings = join(modelDir, "codegen.json");
  return entries
    .filter((e) => e.isFile() && isModelFileName(e.name) && join(e.parentPath, e.name) !== settings)
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** A file Smithy reads as a model: IDL or JSON AST. */
export function isModelFileName(name: string): boolean {
  return name.endsWith(".smithy") || name.endsWith(".json");
}

export interface WriteReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Writes files under `outDir` as they are handed over (`add`, e.g. each
 * generator's files as soon as it is done, while others still run), each only
 * when it differs from what is on disk. `finish` reports the first failure
 * and, with `prune` (a run of every generator), removes managed files that
 * were not produced; a run of a subset of generators cannot know which files
 * are stale, so it removes nothing.
 *
 * The writes are synchronous: on SageMaker's 1,168 files (57 MB) fs.promises
 * or fs's callbacks cost twice the CPU of the same writes done in line (~320
 * against ~160 ms: a thread-pool hop, callbacks or a FileHandle and promises
 * per operation), and on a 2-core machine that CPU is taken from the
 * generators still running. A/B on the idle machine, SageMaker cold: 3.2 s
 * wall / 5.6 s CPU in line against 3.5 s / 6.2 s on the pool. (On a machine
 * loaded by other work, a thread that sleeps in open(2) can wait a scheduler
 * slice each time, and the pool would do better.) A generator's files are
 * written between generators, never in the middle of one; a worker writes
 * its own (generators/threads.ts).
 */
export class OutputWriter {
  private readonly report: WriteReport = { written: [], removed: [], unchanged: 0 };
  private readonly seen = new Set<string>();
  private readonly createdDirs = new Set<string>();
  private failure: unknown;
  private readonly started = performance.now();

  constructor(readonly outDir: string) {}

  add(files: readonly GeneratedFile[]): void {
    for (const file of files) {
      // A path claimed twice is refused by runGenerators; write it once.
      if (this.seen.has(file.path)) continue;
      this.seen.add(file.path);
      try {
        this.write(file);
      } catch (error) {
        this.failure ??= error; // reported by finish()
      }
    }
  }

  /**
   * Files under the root when writing began, listed once: only those can be
   * unchanged (a first generation, SageMaker's 1,168 files, tries no read of
   * a file that is not there), and only those can be stale (prune).
   */
  private existing: Set<string> | undefined;

  private existingFiles(): Set<string> {
    this.existing ??= new Set(filesUnder(this.outDir));
    return this.existing;
  }

  private write(file: GeneratedFile): void {
    const target = join(this.outDir, file.path);
    let current: string | undefined;
    try {
      current = this.existingFiles().has(file.path) ? readFileSync(target, "utf8") : undefined;
    } catch {
      current = undefined; // absent (or unreadable: writing says why)
    }
    if (current === file.contents) {
      this.report.unchanged++;
      return;
    }
    const dir = dirname(target);
    if (!this.createdDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.createdDirs.add(dir);
    }
    writeText(target, file.contents);
    this.report.written.push(file.path);
  }

  /**
   * add(), then what this call wrote and left unchanged; throws the first
   * failure (a worker writing its own files reports it at once).
   */
  addAndReport(files: readonly GeneratedFile[]): WriteReport {
    const written = this.report.written.length;
    const unchanged = this.report.unchanged;
    this.add(files);
    if (this.failure !== undefined) throw this.failure;
    return { written: this.report.written.slice(written), removed: [], unchanged: this.report.unchanged - unchanged };
  }

  /** Counts `files` as written by another writer of the same root (a worker), with its report. */
  adopt(files: readonly GeneratedFile[], report: WriteReport): void {
    for (const file of files) this.seen.add(file.path);
    this.report.written.push(...report.written);
    this.report.unchanged += report.unchanged;
  }

  /** Writes what was not added yet of `files` (all that was generated), then prunes. */
  async finish(files: readonly GeneratedFile[], { prune = true }: { prune?: boolean } = {}): Promise<WriteReport> {
    const before = this.existingFiles(); // listed before this call's writes, if nothing was added yet
    this.add(files);
    if (this.failure !== undefined) throw this.failure;
    if (prune) {
      // Everything written in this run is wanted, so only files that were
      // there before can be stale: no second walk of the root.
      const wanted = new Set(files.map((f) => f.path));
      for (const existing of managed([...before])) {
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

/**
 * One buffer per thread that every file's text is encoded into, a megabyte at
 * a time. writeSync(fd, string) encodes into a buffer of its own per call,
 * sized for the worst case (3 bytes a character: 30 MB for Glue's 10 MB of
 * conformance cases), which the allocator maps fresh and unmaps again: every
 * page of it was a page fault, and on these machines page faults were a
 * quarter of generate's CPU time (`perf stat`: ~100,000 on Glue, ~0.35 s of
 * system time). fs.writeFileSync would copy the text into a Buffer first.
 */
const encoder = new TextEncoder();
let encoded: Uint8Array | undefined;
const ENCODE_CHUNK = 1 << 20;

/** Writes `text` as UTF-8 to `path` (created or truncated). */
function writeText(path: string, text: string): void {
  encoded ??= new Uint8Array(ENCODE_CHUNK);
  const fd = openSync(path, "w");
  try {
    let rest = text;
    while (rest.length > 0) {
      // Whole characters only: a surrogate pair is never split between chunks.
      const { read, written } = encoder.encodeInto(rest, encoded);
      for (let offset = 0; offset < written; ) offset += writeSync(fd, encoded, offset, written - offset);
      rest = read === rest.length ? "" : rest.slice(read);
    }
  } finally {
    closeSync(fd);
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
  return managed(filesUnder(dir));
}

/** Every file below `dir` as a relative `/`-separated path; [] when `dir` is absent. */
function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** The paths generators own among `paths`, sorted. */
function managed(paths: string[]): string[] {
  return paths.filter((path) => !UNMANAGED.some((pattern) => pattern.test(path))).sort();
}
