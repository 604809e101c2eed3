// The DATA_DIR store: runs in an SQLite database (better-sqlite3), read
// through the in-memory table.
//
// Why SQLite: it is the storage engine whose behaviour under crashes, full
// disks and I/O errors is specified and tested by its authors (an emulator of
// a cloud database — DynamoDB Local — runs on it too), where a hand-written
// log had to get short writes, torn records and recovery right by itself.
//
// Durability: WAL journal mode with synchronous=FULL, so a transaction is on
// disk (the WAL fsynced) when COMMIT returns. Saves made during one turn of
// the event loop are committed together in one transaction, sent at the end
// of the turn (setImmediate) to the commit thread (commit-worker.ts); saves
// made while a commit is in flight form the next one. No answer is sent
// before the commit of its save returned (requests wait on `flushed()`).
//
// Faults: a commit that fails (SQLITE_FULL, SQLITE_IOERR_*, …) undoes the
// batch in memory, so memory never shows what the disk does not hold, and
// rejects `flushed()` for exactly that batch's saves with StoreWriteError
// (the service answers a retryable InternalServerException) — and for the
// saves made on top of them while it was in flight. The commit thread then
// closes its connection and opens a fresh one for the next batch, so the
// service recovers by itself once the disk works again.
//
// A failed commit may still have reached the disk: an fsync that fails after
// SQLite wrote the transaction's WAL frames leaves a transaction the next
// connection (or a restart) finds committed, and a read-back that fails after
// a thread death (below) cannot tell. Its clients were told nothing changed,
// and memory was undone, so the disk may be ahead of memory. Every run of a
// failed batch is therefore "to repair": the next batch to commit rewrites
// those runs as memory holds them (or deletes a run memory does not hold),
// and only that batch's commit clears them. Disk and memory agree again with
// the first successful commit after a failure, without a restart, and the
// 500's "nothing was changed" is true from then on.
//
// If the commit thread itself dies, a new one is started (commit-worker.ts)
// and asked, before anything else, what the database holds for the batch
// that was in flight: its transaction either committed (every row reads back
// as sent: the batch is answered as committed, which it is) or did not (the
// batch fails as above). Nothing is answered before that is known, and the
// saves made meanwhile wait and go out after it, as always.
//
// Damage: opening runs PRAGMA quick_check and checks every row against the
// model's constraints and its checksum (stored-run.ts); any problem refuses
// the start with one line naming the file (StoreOpenError).

import Database from "better-sqlite3";
import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, statSync } from "node:fs";
import { join } from "node:path";
import { CommitWorker, type CrashPoint, WORKER_EXIT } from "./commit-worker.js";
import { importLegacyLog, legacyLogFiles, retireLegacyLog } from "./legacy-log.js";
import { InMemoryRunStore, RunTable } from "./run-store.js";
import { StoreOpenError, StoreWriteError } from "./store-errors.js";
import { readRow, rowOf, type StoredRow } from "./stored-run.js";
import type { WorkflowRun } from "./workflow-run.js";

export const DATABASE_FILE = "runs.sqlite";
const SCHEMA_VERSION = 1;

export interface SqliteStoreOptions {
  /** Called for every failed commit (log it: the requests see 500s). */
  onWriteError?: (error: StoreWriteError) => void;
  /** Called on the first successful commit after failed ones. */
  onRecovered?: () => void;
  /** Called when the commit thread died (a new one is started for the next commit). */
  onWorkerExit?: (error: StoreWriteError) => void;
}

export interface SqliteStoreOpening {
  store: SqliteRunStore;
  /** Runs found in the database (the seed only adds runs not among them). */
  recoveredRuns: number;
  /** Runs imported from an old write-ahead-log DATA_DIR (0 when there was none). */
  importedRuns: number;
}

interface PendingSave {
  /** The run before this batch; restored when the commit fails. */
  before: WorkflowRun | undefined;
  run: WorkflowRun;
}

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  CREATE TABLE runs (
    workflow_arn TEXT NOT NULL,
    run_id TEXT NOT NULL,
    run TEXT NOT NULL,
    checksum TEXT NOT NULL,
    PRIMARY KEY (workflow_arn, run_id)
  ) STRICT, WITHOUT ROWID;
`;
/**
 * Room for growth, kept in each row as trailing spaces after the run's JSON
 * (which JSON.parse ignores, and the checksum leaves out: stored-run.ts).
 *
 * Why: a stop makes a run's JSON longer (StopRequestedAt, CleanupDeadline,
 * later StoppedAt: ~65-95 bytes). The seed is written in one go, which packs
 * the B-tree's pages full, so without room every stop of a seeded run
 * overflows its page: SQLite then rebalances it with its neighbours and the
 * commit writes and fsyncs three to five pages instead of one. SQLite has no
 * fill factor (PostgreSQL's fillfactor, Oracle's PCTFREE), so the room is in
 * the row: a new row gets RESERVE_BYTES of spaces, and an update pads the new
 * JSON to the row's old length whenever it fits, so the row keeps its exact
 * size and SQLite overwrites the cell in place. Only when a run outgrows its
 * room does its row grow (as every row did before, and rows of databases
 * written before this change still do).
 */
export const RESERVE_BYTES = 128;
const UPSERT =
  `INSERT INTO runs (workflow_arn, run_id, run, checksum) VALUES (@workflow_arn, @run_id, @run || printf('%${RESERVE_BYTES}s', ''), @checksum) ` +
  "ON CONFLICT (workflow_arn, run_id) DO UPDATE SET run = @run || printf('%*s', max(0, octet_length(run) - octet_length(@run)), ''), checksum = excluded.checksum";
/**
 * The same upsert with anonymous parameters, as the commit thread binds a flat
 * row array (better-sqlite3 takes no ?NNN): workflowArn, runId, runJson,
 * checksum, then runJson twice more for the update.
 */
const UPSERT_POSITIONAL =
  `INSERT INTO runs (workflow_arn, run_id, run, checksum) VALUES (?, ?, ? || printf('%${RESERVE_BYTES}s', ''), ?) ` +
  "ON CONFLICT (workflow_arn, run_id) DO UPDATE SET run = ? || printf('%*s', max(0, octet_length(run) - octet_length(?)), ''), checksum = excluded.checksum";

interface Batch {
  saves: Map<string, PendingSave>;
  /** What was sent to the commit thread: [workflowArn, runId, runJson or null (delete), …]. */
  rows?: (string | null)[];
  /** Created when someone waits: a batch nobody waits for must not reject unobserved. */
  waiter?: { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };
}

export class SqliteRunStore extends InMemoryRunStore {
  /** Saves not yet sent to the commit thread. */
  private batch: Batch | undefined;
  /** The batch being committed. */
  private inFlight: Batch | undefined;
  private failing = false;
  private closed = false;
  /** Runs whose stored row may differ from memory after a failed commit (see the top of the file), by key. */
  private readonly repairs = new Map<string, { workflowArn: string; runId: string }>();

  private constructor(
    readonly file: string,
    private readonly writer: CommitWorker,
    private readonly options: SqliteStoreOptions,
  ) {
    super();
  }

  /**
   * Opens (or creates) `dir`/runs.sqlite, checks it, imports an old
   * write-ahead-log directory once, then adds the `seed` runs the database
   * does not know yet: stops already recorded win over the seed file.
   * Throws StoreOpenError with one line for every problem.
   */
  static async open(dir: string, seed: Iterable<WorkflowRun>, options: SqliteStoreOptions = {}): Promise<SqliteStoreOpening> {
    prepareDirectory(dir);
    const file = join(dir, DATABASE_FILE);
    const legacy = legacyLogFiles(dir);
    if (!existsSync(file) && (existsSync(`${file}-wal`) || existsSync(`${file}-journal`))) {
      throw new StoreOpenError(`${file} is missing but its journal (${file}-wal) is there: the database was deleted or moved; restore it, or remove the journal to start empty`);
    }
    if (existsSync(file) && !statSync(file).isFile()) throw new StoreOpenError(`${file}: not a regular file`);
    const db = openDatabase(file);
    const table = new RunTable();
    let recoveredRuns: number;
    let importedRuns = 0;
    try {
      recoveredRuns = checkAndLoad(db, file, table);
      if (legacy.length > 0) importedRuns = importOnce(db, dir, file, legacy, table);
      const missing = [...seed].filter((run) => !table.get(run.WorkflowArn, run.RunId));
      guard(file, "cannot record the seed runs", () => {
        const upsert = db.prepare(UPSERT);
        db.transaction(() => {
          for (const run of missing) upsert.run(rowOf(run));
        })();
      });
      for (const run of missing) table.put(run);
    } finally {
      closeQuietly(db);
    }
    // Checked and seeded: from here on the commit thread owns the database.
    const writer = new CommitWorker(file, UPSERT_POSITIONAL, options.onWorkerExit);
    try {
      await writer.open();
    } catch (error) {
      await writer.close();
      throw new StoreOpenError(`${file}: cannot open the database for writing: ${(error as Error).message}`);
    }
    const store = new SqliteRunStore(file, writer, options);
    for (const run of table.runs()) store.table.put(run);
    return { store, recoveredRuns, importedRuns };
  }

  override save(run: WorkflowRun): void {
    const key = keyOf(run);
    if (this.batch === undefined) {
      this.batch = { saves: new Map() };
      // End of this turn: every save of the turn goes into one transaction.
      // While a commit is in flight the batch waits for it instead (send).
      if (!this.inFlight) setImmediate(() => this.send());
    }
    const pending = this.batch.saves.get(key);
    if (pending) pending.run = run;
    else this.batch.saves.set(key, { before: this.table.get(run.WorkflowArn, run.RunId), run });
    this.table.put(run);
  }

  override settled(): boolean {
    return this.batch === undefined && this.inFlight === undefined;
  }

  override flushed(): Promise<void> {
    // The pending batch is sent after the one in flight, and fails with it.
    const target = this.batch ?? this.inFlight;
    if (target === undefined) return Promise.resolve();
    if (!target.waiter) {
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      target.waiter = { promise, resolve, reject };
    }
    return target.waiter.promise;
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    while (!this.settled()) await this.flushed().catch(() => undefined);
    if (this.repairs.size > 0) {
      // A failure left runs to repair and no later stop carried them: one more try.
      this.batch = { saves: new Map() };
      this.send();
      await this.flushed().catch(() => undefined);
    }
    this.closed = true;
    await this.writer.close();
  }

  /** Tests of the failure path: the next commit fails as a write to a read-only database would. */
  injectWriteFault(): Promise<void> {
    return this.writer.injectFault();
  }

  /** Tests of the repair path: the next commit writes its transaction, then fails as a failed fsync does. */
  injectFsyncFault(): Promise<void> {
    return this.writer.injectFsyncFault();
  }

  /** Tests of the restart path: the next read-back of an interrupted batch fails. */
  injectReadFault(): void {
    this.writer.injectReadFault();
  }

  /** Runs waiting to be rewritten after a failed commit (tests). */
  get pendingRepairs(): number {
    return this.repairs.size;
  }

  /** Tests of the restart path: the commit thread exits now, or inside the next commit before or after its COMMIT. */
  injectWorkerCrash(at: CrashPoint): Promise<void> {
    return this.writer.injectCrash(at);
  }

  /** How many times the commit thread died and was replaced. */
  get workerRestarts(): number {
    return this.writer.restarts;
  }

  /** Sends the pending batch to the commit thread (one at a time). */
  private send(): void {
    if (this.inFlight || !this.batch) return;
    const batch = this.batch;
    this.batch = undefined;
    this.inFlight = batch;
    const rows: (string | null)[] = [];
    for (const { run } of batch.saves.values()) rows.push(run.WorkflowArn, run.RunId, JSON.stringify(run));
    // Runs a failed commit may have left ahead of memory go along, as memory holds them.
    for (const [key, { workflowArn, runId }] of this.repairs) {
      if (batch.saves.has(key)) continue;
      const current = this.table.get(workflowArn, runId);
      rows.push(workflowArn, runId, current ? JSON.stringify(current) : null);
    }
    batch.rows = rows;
    const committed = this.closed ? Promise.reject(new StoreWriteError(`${this.file}: the store is closed`, "CLOSED")) : this.writer.commit(rows);
    committed.then(
      () => this.committed(batch),
      (error: unknown) => {
        if (error instanceof StoreWriteError && error.code === WORKER_EXIT && !this.closed) this.verify(batch, rows, error);
        else this.failed(batch, error);
      },
    );
  }

  /**
   * The commit thread died with `batch` in flight: whether its transaction
   * committed is read back through the new thread (which opens the database
   * and replays its WAL first). A transaction is all or nothing, so either
   * every row reads back as sent or the batch did not commit. If even that
   * read fails, the batch counts as failed: a client then sees a retryable
   * 500 for a stop that may be on disk, never a 200 for one that is not.
   */
  private verify(batch: Batch, rows: (string | null)[], error: StoreWriteError): void {
    const keys: string[] = [];
    for (let i = 0; i < rows.length; i += 3) keys.push(rows[i]!, rows[i + 1]!);
    this.writer.read(keys).then(
      (texts) => {
        if (texts.length === keys.length / 2 && texts.every((text, i) => text === rows[i * 3 + 2])) this.committed(batch);
        else this.failed(batch, error);
      },
      () => this.failed(batch, error),
    );
  }

  private committed(batch: Batch): void {
    this.inFlight = undefined;
    // Every run the batch wrote now holds on disk what memory holds.
    if (this.repairs.size > 0) for (let i = 0; i < batch.rows!.length; i += 3) this.repairs.delete(`${batch.rows![i]}\n${batch.rows![i + 1]}`);
    if (this.failing) {
      this.failing = false;
      this.options.onRecovered?.();
    }
    batch.waiter?.resolve();
    // Saves made during the commit go out at once: they have waited one already.
    this.send();
  }

  /**
   * A failed commit: its saves are undone in memory, and so are the pending
   * batch's, which were made on top of them; both batches' waiters fail.
   * Memory then holds exactly what the disk holds.
   */
  private failed(batch: Batch, error: unknown): void {
    this.inFlight = undefined;
    const pending = this.batch;
    this.batch = undefined;
    // What was sent may be on disk after all: rewrite it with the next batch.
    const rows = batch.rows ?? [];
    for (let i = 0; i < rows.length; i += 3) this.repairs.set(`${rows[i]}\n${rows[i + 1]}`, { workflowArn: rows[i]!, runId: rows[i + 1]! });
    for (const undone of [pending, batch]) {
      if (!undone) continue;
      for (const { before, run } of undone.saves.values()) {
        if (before) this.table.put(before);
        else this.table.delete(run.WorkflowArn, run.RunId);
      }
    }
    const failure = error instanceof StoreWriteError ? error : new StoreWriteError(`${this.file}: ${sqliteProblem(error)}`, codeOf(error));
    this.failing = true;
    this.options.onWriteError?.(failure);
    batch.waiter?.reject(failure);
    pending?.waiter?.reject(failure);
  }
}

function keyOf(run: WorkflowRun): string {
  return `${run.WorkflowArn}\n${run.RunId}`;
}

/** DATA_DIR exists (created if needed), is a directory, and this process may write in it. */
function prepareDirectory(dir: string): void {
  const where = `DATA_DIR=${dir}`;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = codeOf(error);
    if (code === "EEXIST" || code === "ENOTDIR") throw new StoreOpenError(`${where}: not a directory (it or a parent is a file)`);
    throw new StoreOpenError(`${where}: cannot create the directory (${errnoText(error)})`);
  }
  if (!statSync(dir).isDirectory()) throw new StoreOpenError(`${where}: not a directory`);
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StoreOpenError(`${where}: this process cannot read and write the directory (${errnoText(error)})`);
  }
}

function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  return guard(file, "cannot open the database", () => {
    // A short busy wait: a service still shutting down on the same DATA_DIR gets a moment to let go.
    db = new Database(file, { timeout: 1_000 });
    try {
      // Exclusive: a second service on the same DATA_DIR is refused (SQLITE_BUSY)
      // instead of both writing; also keeps the WAL index in memory, no -shm file.
      db.pragma("locking_mode = EXCLUSIVE");
      const mode = db.pragma("journal_mode = WAL", { simple: true });
      if (mode !== "wal") throw new StoreOpenError(`${file}: cannot switch to WAL journal mode (got ${String(mode)})`);
      db.pragma("synchronous = FULL");
      return db;
    } catch (error) {
      closeQuietly(db);
      throw error;
    }
  });
}

/** Integrity check, schema check, and every row checked; fills `table`, returns the number of rows. */
function checkAndLoad(db: Database.Database, file: string, table: RunTable): number {
  const check = guard(file, "cannot read the database", () => db.pragma("quick_check(20)") as { quick_check: string }[]);
  const problems = check.map((row) => row.quick_check).filter((text) => text !== "ok");
  if (problems.length > 0) throw new StoreOpenError(`${file}: damaged database (quick_check: ${oneLine(problems.join("; "))})`);

  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const version = db.pragma("user_version", { simple: true }) as number;
  if (tables.length === 0 && version === 0) {
    guard(file, "cannot create the database", () => {
      db.transaction(() => {
        db.exec(SCHEMA);
        db.prepare("INSERT INTO meta (key, value) VALUES ('created', ?)").run(new Date().toISOString());
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })();
    });
    return 0;
  }
  if (version !== SCHEMA_VERSION || tables.join(",") !== "meta,runs") {
    throw new StoreOpenError(`${file}: not a database of this service (schema version ${version}, tables ${tables.join(", ") || "none"}; expected version ${SCHEMA_VERSION} with meta and runs)`);
  }
  const rows = guard(file, "cannot read the runs", () => db.prepare("SELECT workflow_arn, run_id, run, checksum FROM runs").all() as StoredRow[]);
  let damaged = 0;
  let first = "";
  for (const row of rows) {
    const read = readRow(row);
    if ("run" in read) table.put(read.run);
    else if (damaged++ === 0) first = `run ${JSON.stringify(String(row.run_id).slice(0, 80))} of ${JSON.stringify(String(row.workflow_arn).slice(0, 120))}: ${read.problem}`;
  }
  if (damaged > 0) throw new StoreOpenError(`${file}: damaged database (${damaged} of ${rows.length} stored runs fail their checks; first: ${oneLine(first)})`);
  return rows.length;
}

/**
 * Imports an old write-ahead-log DATA_DIR once: its runs and a marker commit
 * in one transaction, then the old files are renamed (*.imported). A crash
 * between the two leaves the marker, so the next start only renames.
 */
function importOnce(db: Database.Database, dir: string, file: string, legacy: string[], table: RunTable): number {
  const marker = db.prepare("SELECT value FROM meta WHERE key = 'imported-log'").pluck().get() as string | undefined;
  if (marker === undefined && [...table.runs()].length > 0) {
    throw new StoreOpenError(
      `DATA_DIR=${dir} holds both ${DATABASE_FILE} and an old write-ahead log (${legacy.join(", ")}) that was never imported; move the old files away (or the database, to import them)`,
    );
  }
  let imported = 0;
  if (marker === undefined) {
    const runs = importLegacyLog(dir); // throws StoreOpenError naming the file and line
    guard(file, "cannot import the old write-ahead log", () => {
      const upsert = db.prepare(UPSERT);
      db.transaction(() => {
        for (const run of runs) upsert.run(rowOf(run));
        db.prepare("INSERT INTO meta (key, value) VALUES ('imported-log', ?)").run(new Date().toISOString());
      })();
    });
    for (const run of runs) table.put(run);
    imported = runs.length;
  }
  try {
    retireLegacyLog(dir, legacy);
    syncDirectory(dir);
  } catch (error) {
    throw new StoreOpenError(`DATA_DIR=${dir}: imported the old write-ahead log but cannot rename it (${errnoText(error)})`);
  }
  return imported;
}

/** Runs `action`, turning SQLite and file-system errors into one-line StoreOpenErrors. */
function guard<T>(file: string, what: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`${file}: ${what}: ${sqliteProblem(error)}`);
  }
}

/** SQLite's message with its code, and a hint for the codes an operator can act on. */
function sqliteProblem(error: unknown): string {
  const code = codeOf(error);
  const message = oneLine((error as Error).message ?? String(error));
  const hints: Record<string, string> = {
    SQLITE_BUSY: "another process holds the database (is a second service using this DATA_DIR?)",
    SQLITE_NOTADB: "the file is not an SQLite database or its header is damaged",
    SQLITE_CORRUPT: "the database is damaged",
    SQLITE_FULL: "the disk is full",
    // EFBIG (a file-size limit) and EIO come back as write errors.
    SQLITE_IOERR_WRITE: "a write failed: the disk is full, a file-size limit was reached, or the device failed",
    SQLITE_IOERR_FSYNC: "the disk could not flush (fsync failed)",
    SQLITE_IOERR: "the disk reported an I/O error",
    SQLITE_READONLY: "the file or the directory is read-only for this process",
    SQLITE_CANTOPEN: "the file cannot be opened (permissions, or a directory in its place)",
  };
  const hint = Object.entries(hints).find(([prefix]) => code.startsWith(prefix))?.[1];
  return `${message} (${code}${hint ? `: ${hint}` : ""})`;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "UNKNOWN";
}

function errnoText(error: unknown): string {
  return `${codeOf(error)}: ${oneLine((error as Error).message ?? String(error))}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

function closeQuietly(db: Database.Database | undefined): void {
  try {
    db?.close();
  } catch {
    // closing is best effort; the next open replays whatever the WAL holds
  }
}

/** Makes renames in `dir` durable (POSIX needs the directory fsynced). */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
