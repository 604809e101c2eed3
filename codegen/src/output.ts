// Writing generated files under the output root, and listing what is there.
// Writing is idempotent: unchanged files are not touched, and (with prune)
// files no generator produced any more are removed, so generated/ always
// equals the model. No generator is imported here: the CLI's light entry
// (cli.ts) replays a cached run with this module alone.

import { close, type Dirent, mkdir, open, readdirSync, readFile, write } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { GeneratedFile } from "./generators/generator.js";
import { timing } from "./timing.js";

/** Paths under the output root that generators never own (build output, installs). */
const UNMANAGED = [/(^|\/)node_modules(\/|$)/, /(^|\/)dist(-[a-z]+)?(\/|$)/, /(^|\/)\.tsbuildinfo$/];

/** Model files of a directory: every `*.smithy` below it, sorted, paths relative to `root`. */
export async function modelFiles(modelDir: string, root: string): Promise<string[]> {
  const entries = await readdir(modelDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".smithy"))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

export interface WriteReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Writes files under `outDir` as they are handed over (`add`, e.g. each
 * generator's files as soon as it is done, while others still run), each only
 * when it differs from what is on disk. `finish` waits for the writes and,
 * with `prune` (a run of every generator), removes managed files that were
 * not produced; a run of a subset of generators cannot know which files are
 * stale, so it removes nothing.
 *
 * The file operations run on libuv's thread pool, through fs's callback API.
 * Done in line (sync) they cost the least CPU, but creating a file can sleep
 * in the kernel, and a thread that sleeps while the other threads of a large
 * model's generation keep both cores busy waits a scheduler slice to run
 * again: SageMaker's 735 schema files took 1-2 s of a worker's time in
 * openSync alone (0.14 s of open(2) in all, by strace), against 0.1 s on an
 * idle machine. On the pool, only a pool thread waits. The callback API
 * (not fs.promises: a FileHandle and several promises per file) and string
 * writes (no Buffer copy on this thread) keep the overhead small.
 */
export class OutputWriter {
  private readonly report: WriteReport = { written: [], removed: [], unchanged: 0 };
  private readonly pending: Promise<void>[] = [];
  private readonly seen = new Set<string>();
  // One mkdir per directory, shared: files of the same directory are written
  // concurrently, and each must wait until its directory exists.
  private readonly createdDirs = new Map<string, Promise<void>>();
  private readonly started = performance.now();

  constructor(readonly outDir: string) {}

  /** Starts writing `files`; what each did (written or unchanged) lands in the report, failures in finish/settle. */
  add(files: readonly GeneratedFile[]): Promise<WriteReport> {
    const report: WriteReport = { written: [], removed: [], unchanged: 0 };
    const writes: Promise<void>[] = [];
    for (const file of files) {
      // A path claimed twice is refused by runGenerators; write it once.
      if (this.seen.has(file.path)) continue;
      this.seen.add(file.path);
      const written = this.write(file).then((changed) => {
        if (changed) {
          report.written.push(file.path);
          this.report.written.push(file.path);
        } else {
          report.unchanged++;
          this.report.unchanged++;
        }
      });
      written.catch(() => undefined); // reported where awaited
      writes.push(written);
      this.pending.push(written);
    }
    return settled(writes).then(() => report);
  }

  /**
   * Files under the root when writing began: only those can be unchanged, so
   * a first generation (SageMaker: 1,168 files) tries no read of a file that
   * is not there.
   */
  private existing: Set<string> | undefined;

  private existed(path: string): boolean {
    if (!this.existing) {
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(this.outDir, { recursive: true, withFileTypes: true });
      } catch {
        // no root yet: nothing exists
      }
      this.existing = new Set(entries.filter((e) => !e.isDirectory()).map((e) => relative(this.outDir, join(e.parentPath, e.name)).split(sep).join("/")));
    }
    return this.existing.has(path);
  }

  /** Writes one file unless the disk holds it already; true when written. */
  private async write(file: GeneratedFile): Promise<boolean> {
    const target = join(this.outDir, file.path);
    const current = this.existed(file.path) ? await readText(target) : undefined;
    if (current === file.contents) return false;
    const dir = dirname(target);
    let created = this.createdDirs.get(dir);
    if (!created) {
      created = new Promise<void>((resolve, reject) => mkdir(dir, { recursive: true }, (error) => (error ? reject(error) : resolve())));
      this.createdDirs.set(dir, created);
    }
    await created;
    await writeText(target, file.contents);
    return true;
  }

  /** Counts `files` as written by another writer of the same root (a worker), with its report. */
  adopt(files: readonly GeneratedFile[], report: WriteReport): void {
    for (const file of files) this.seen.add(file.path);
    this.report.written.push(...report.written);
    this.report.unchanged += report.unchanged;
  }

  /** Writes what was not added yet of `files` (all that was generated), then prunes. */
  async finish(files: readonly GeneratedFile[], { prune = true }: { prune?: boolean } = {}): Promise<WriteReport> {
    void this.add(files);
    await settled(this.pending);
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

/** Waits for every write, then throws the first failure: no write is still running when a failure is reported. */
async function settled(writes: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(writes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

/** A file's text, or undefined when it cannot be read (absent; writing it says what is wrong otherwise). */
function readText(path: string): Promise<string | undefined> {
  return new Promise((resolve) => readFile(path, "utf8", (error, text) => resolve(error ? undefined : text)));
}

/** Writes `text` as UTF-8 to `path` (created or truncated), the string encoded by fs itself. */
function writeText(path: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    open(path, "w", (error, fd) => {
      if (error) return reject(error);
      write(fd, text, null, "utf8", (writeError, bytes) => {
        // One write(2) of a regular file writes all or fails (ENOSPC …); a
        // short count is reported rather than leaving a truncated file unsaid.
        const expected = Buffer.byteLength(text);
        const failure = writeError ?? (bytes === expected ? undefined : new Error(`${path}: wrote ${bytes} of ${expected} bytes`));
        close(fd, (closeError) => {
          const first = failure ?? closeError;
          if (first) reject(first);
          else resolve();
        });
      });
    });
  });
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
