// Writing generated files under the output root, and listing what is there.
// Writing is idempotent: unchanged files are not touched, and (with prune)
// files no generator produced any more are removed, so generated/ always
// equals the model. No generator is imported here: the CLI's light entry
// (cli.ts) replays a cached run with this module alone.

import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
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
