// An append-only JSON-lines write-ahead log with a snapshot, used when
// DATA_DIR is set.
//
// Why a hand-written log rather than an embedded database from npm: the
// service keeps a few thousand small records that are only ever replaced
// whole, so "last record for a key wins" is the entire query language. The
// embedded stores that fsync on commit need native builds (better-sqlite3,
// lmdb, classic-level) and node:sqlite needs Node 22 — we run Node 20 with no
// toolchain guarantees — while the pure-JS ones batch writes and do not
// fsync before resolving. Durability here is one rule: a record is on disk
// (fdatasync returned) before the request that wrote it is answered.
//
// Writes are group-committed: records appended while an fdatasync is in
// progress go out together in the next one, so concurrent requests share a
// disk flush instead of queueing one flush each.
//
// Recovery: the snapshot is replaced atomically (write to a temporary file,
// fsync, rename, fsync the directory), so it is either the old or the new one.
// A crash mid-append can only tear the LAST line of the log (nothing after it
// was acknowledged); it is dropped. A bad line anywhere else is corruption and
// stops the start with the line number. On start the log is folded into a new
// snapshot and emptied, so it never grows across restarts.

import { closeSync, fsyncSync, openSync } from "node:fs";
import { type FileHandle, open, readFile, rename, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export class WriteAheadLogError extends Error {
  override name = "WriteAheadLogError";
}

export interface RecoveredLog<T> {
  /** The snapshot's records followed by the log's, in write order. */
  records: T[];
  /** Whether a torn last line was dropped. */
  droppedTornTail: boolean;
}

const SNAPSHOT = "snapshot.json";
const LOG = "wal.jsonl";

export class WriteAheadLog<T> {
  private pending: string[] = [];
  private waiters: (() => void)[] = [];
  private failed: Error | undefined;
  private flushing: Promise<void> | undefined;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
  ) {}

  /**
   * Reads what the directory holds, writes it back as one snapshot via
   * `compact(records)`, and opens an empty log for appends.
   */
  static async open<T>(dir: string, compact: (records: T[]) => T[]): Promise<{ log: WriteAheadLog<T>; recovered: RecoveredLog<T> }> {
    await mkdir(dir, { recursive: true });
    const recovered = await recover<T>(dir);
    await writeSnapshot(dir, compact(recovered.records));
    // The snapshot now holds everything; truncating the log loses nothing.
    const handle = await open(join(dir, LOG), "w");
    await handle.sync();
    syncDirectory(dir);
    return { log: new WriteAheadLog<T>(dir, handle), recovered };
  }

  /** Queues a record; it is durable once `flushed()` resolves. */
  append(record: T): void {
    this.pending.push(`${JSON.stringify(record)}\n`);
  }

  /** True when every record appended so far is on disk (and no write failed): `flushed()` would resolve at once. */
  settled(): boolean {
    return this.failed === undefined && this.pending.length === 0 && this.flushing === undefined;
  }

  /** Resolves once every record appended so far is on disk. */
  flushed(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.settled()) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => {
      this.waiters.push(() => (this.failed ? reject(this.failed) : resolve()));
    });
    this.flushing ??= this.drain();
    return done;
  }

  async close(): Promise<void> {
    await this.flushed().catch(() => undefined);
    await this.handle.close();
  }

  get directory(): string {
    return this.dir;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.failed) {
        const batch = this.pending.join("");
        const waiters = this.waiters;
        this.pending = [];
        this.waiters = [];
        try {
          await this.handle.write(batch);
          await this.handle.datasync();
        } catch (error) {
          // After a failed write the file's tail is unknown: refuse further
          // acknowledgements rather than answer 200 for data not on disk.
          this.failed = new WriteAheadLogError(`cannot write ${join(this.dir, LOG)}: ${(error as Error).message}`);
        }
        for (const wake of waiters) wake();
      }
      for (const wake of this.waiters.splice(0)) wake();
    } finally {
      this.flushing = undefined;
    }
  }
}

async function recover<T>(dir: string): Promise<RecoveredLog<T>> {
  const records: T[] = [];
  const snapshotText = await readOptional(join(dir, SNAPSHOT));
  if (snapshotText !== undefined) {
    try {
      const snapshot = JSON.parse(snapshotText) as { records?: unknown };
      if (!Array.isArray(snapshot.records)) throw new Error("no records array");
      records.push(...(snapshot.records as T[]));
    } catch (error) {
      throw new WriteAheadLogError(`${join(dir, SNAPSHOT)} is not a valid snapshot (${(error as Error).message}); it is written atomically, so this is outside damage`);
    }
  }
  const logText = await readOptional(join(dir, LOG));
  let droppedTornTail = false;
  if (logText) {
    const lines = logText.split("\n");
    // A complete log ends with "\n", leaving one empty string at the end.
    if (lines.at(-1) === "") lines.pop();
    lines.forEach((line, index) => {
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        if (index === lines.length - 1) droppedTornTail = true;
        else throw new WriteAheadLogError(`${join(dir, LOG)}:${index + 1}: unreadable record in the middle of the log (only the last line may be torn by a crash)`);
      }
    });
  }
  return { records, droppedTornTail };
}

async function writeSnapshot<T>(dir: string, records: T[]): Promise<void> {
  const target = join(dir, SNAPSHOT);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, records })}\n`);
  const handle = await open(temporary, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
  syncDirectory(dir);
}

/** Makes a rename or file creation in `dir` itself durable (POSIX needs the directory fsynced). */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
