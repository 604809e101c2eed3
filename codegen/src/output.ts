// Writing generated files under the output root, and listing what is there.
// Writing is idempotent: unchanged files are not touched, and (with prune)
// files no generator produced any more are removed, so generated/ always
// equals the model. No generator is imported here: the CLI's light entry
// (cli.ts) replays a cached run with this module alone.

import { closeSync, type Dirent, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { GeneratedFile } from "./generators/generator.js";
import { timing } from "./timing.js";

/**
 * Where a run writes under the output root until it commits: `.codegen-staging-<pid>`
 * (OutputWriter). In the root, so that committing is a rename on one file system.
 */
const STAGING_PREFIX = ".codegen-staging-";

/** Paths under the output root that generators never own (build output, installs, a run's staging). */
const UNMANAGED = [/(^|\/)node_modules(\/|$)/, /(^|\/)dist(-[a-z]+)?(\/|$)/, /(^|\/)\.tsbuildinfo$/, /^\.codegen-staging-\d+(\/|$)/];

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
 * when it differs from what is on disk. Nothing under `outDir` changes until
 * `finish`: files go to a staging folder in the root (`stagingDir`, where a
 * worker writes its own too), and `finish` moves them into place, then, with
 * `prune` (a run of every generator), removes managed files that were not
 * produced; a run of a subset of generators cannot know which files are
 * stale, so it removes nothing. A run that fails (a generator that throws, a
 * write that fails, a check that refuses the model) calls `abort`, which
 * removes the staging folder: the output is as the last good run left it.
 * Before, a generator that threw left the outputs of the generators done
 * before it written over the last good ones.
 *
 * Committing moves whole folders where the root has none of that name (a
 * first generation: a few renames), and files one by one into folders that
 * exist; a regeneration that changes few files moves few.
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

  /** This run's staging folder (see the class): a worker given it writes there too. */
  readonly stagingDir: string;
  /** Whether the root was there before this run (abort removes a root it made, when empty). */
  private readonly rootExisted: boolean;

  constructor(readonly outDir: string) {
    // By process: a worker thread's writer of the same root stages into the same folder.
    this.stagingDir = join(outDir, `${STAGING_PREFIX}${process.pid}`);
    this.rootExisted = existsSync(outDir);
  }

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
    let current: string | undefined;
    try {
      current = this.existingFiles().has(file.path) ? readFileSync(join(this.outDir, file.path), "utf8") : undefined;
    } catch {
      current = undefined; // absent (or unreadable: writing says why)
    }
    if (current === file.contents) {
      this.report.unchanged++;
      return;
    }
    const target = join(this.stagingDir, file.path);
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

  /** Leaves the output as it was: removes what this run staged (a failed run; safe to call more than once). */
  abort(): void {
    rmSync(this.stagingDir, { recursive: true, force: true });
    if (!this.rootExisted) {
      try {
        rmdirSync(this.outDir); // only when empty: nothing of anyone else's is removed
      } catch {
        // not empty, or already gone
      }
    }
  }

  /** Counts `files` as written by another writer of the same root (a worker), with its report. */
  adopt(files: readonly GeneratedFile[], report: WriteReport): void {
    for (const file of files) this.seen.add(file.path);
    this.report.written.push(...report.written);
    this.report.unchanged += report.unchanged;
  }

  /**
   * Writes what was not added yet of `files` (all that was generated), moves
   * the staged files into place, then prunes. Throws the first failure, with
   * the staging folder removed and the output as it was.
   */
  async finish(files: readonly GeneratedFile[], { prune = true }: { prune?: boolean } = {}): Promise<WriteReport> {
    const before = this.existingFiles(); // listed before this call's writes, if nothing was added yet
    this.add(files);
    if (this.failure !== undefined) {
      this.abort();
      throw this.failure;
    }
    commitStaged(this.stagingDir, this.outDir);
    removeStaleStaging(this.outDir);
    if (prune) {
      // Everything written in this run is wanted, so only files that were
      // there before can be stale: no second walk of the root.
      const wanted = new Set(files.map((f) => f.path));
      for (const existing of managed([...before])) {
        if (!wanted.has(existing)) {
          try {
            await rm(join(this.outDir, existing));
          } catch (error) {
            // Replaced by what commitStaged moved in: gone with its folder, which a
            // generated file of that name took, or itself a generated folder now.
            const code = (error as NodeJS.ErrnoException).code;
            if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "ERR_FS_EISDIR" && code !== "EISDIR") throw error;
          }
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
 * Moves everything under `staging` to the same place under `root`: a folder
 * the root lacks moves whole, one it has is merged entry by entry, a file
 * replaces the file of its name. `staging` is gone afterwards.
 */
function commitStaged(staging: string, root: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(staging, { withFileTypes: true });
  } catch {
    return; // nothing was staged (every file unchanged)
  }
  mkdirSync(root, { recursive: true });
  const move = (from: string, to: string, entries: Dirent[]): void => {
    for (const entry of entries) {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      let existing: "dir" | "other" | undefined;
      try {
        existing = lstatSync(target).isDirectory() ? "dir" : "other";
      } catch {
        existing = undefined;
      }
      if (entry.isDirectory() && existing === "dir") move(source, target, readdirSync(source, { withFileTypes: true }));
      else {
        // A folder where a file now goes, or the reverse: what was there is no longer generated.
        if (existing !== undefined && (existing === "dir") !== entry.isDirectory()) rmSync(target, { recursive: true, force: true });
        renameSync(source, target);
      }
    }
  };
  move(staging, root, entries);
  rmSync(staging, { recursive: true, force: true });
}

/** Staging folders in `root` of runs that ended without finishing (killed): their processes are gone. */
function removeStaleStaging(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return; // no root: nothing was ever written
  }
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(name.slice(STAGING_PREFIX.length));
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's
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
