// The SQLite connection that commits the store's batches, on a worker thread.
//
// Why a thread: better-sqlite3 is synchronous, so a commit with
// synchronous=FULL blocks for its fsync; on the main thread the service then
// reads no request while the disk flushes. On a worker the event loop keeps
// reading and answering (reads come from memory), and the stops that arrive
// during one commit form the next: group commit with the disk flush
// overlapped, as the former hand-written log had through libuv's thread pool
// (bench/durable-store.bench.ts measured it). The answer to a stop still waits
// for the reply to its commit, which comes after COMMIT (and its fsync)
// returned.
//
// A batch crosses to the thread as one flat array of strings
// [workflowArn, runId, runJson, …] (runJson null: delete the row, which only
// a repair of a run that did not exist before needs): copying strings is the cheapest thing
// postMessage does (no object graph to walk), and the row checksum
// (SHA-256, stored-run.ts) is computed on the thread, off the event loop
// that parses and answers requests.
//
// If the thread itself dies (a crash in the driver, an out-of-memory abort,
// process.exit in its code), the requests waiting on it are rejected with a
// StoreWriteError coded WORKER_EXIT and the next request starts a fresh
// thread, which opens the database anew (replaying its WAL as a restart
// would). The store then asks the new thread whether the interrupted batch
// reached the disk (sqlite-run-store.ts): nothing waits for a process restart.
//
// The worker's code is a string evaluated as CommonJS rather than a separate
// file: `make build` bundles the service into one file, and a worker file
// would need its own entry point. It only opens, writes, reads back and
// closes; every check of the data happens in sqlite-run-store.ts before the
// first worker starts.

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { StoreWriteError } from "./store-errors.js";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const crypto = require("node:crypto");
const Database = require(workerData.driver);
let db;
let write;
let select;
// Test hook (crashAt): the thread exits in the middle of the next commit.
let crashAt;
// Test hook (fsyncFault): the next commit writes its transaction, then reports
// the failure an fsync of the WAL reports (SQLITE_IOERR_FSYNC): the frames are
// in the WAL, so a fresh connection may find the transaction committed.
let fsyncFault = false;
// Must equal runChecksum in stored-run.ts (the open-time check recomputes it;
// the text here is the JSON alone, without the row's trailing room).
// crypto.hash: the one-shot form, no Hash object per row (Node >= 20.12).
const sha256 = typeof crypto.hash === "function"
  ? (data) => crypto.hash("sha256", data)
  : (data) => crypto.createHash("sha256").update(data).digest("hex");
function checksum(workflowArn, runId, text) {
  return sha256(workflowArn + "\\n" + runId + "\\n" + text).slice(0, 32);
}
function open() {
  db = new Database(workerData.file, { timeout: 1000 });
  db.pragma("locking_mode = EXCLUSIVE");
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  if (mode !== "wal") throw Object.assign(new Error("cannot switch to WAL journal mode (got " + mode + ")"), { code: "SQLITE_WAL" });
  db.pragma("synchronous = FULL");
  const upsert = db.prepare(workerData.upsert);
  const remove = db.prepare("DELETE FROM runs WHERE workflow_arn = ? AND run_id = ?");
  // Without the row's trailing room (sqlite-run-store.ts): the text as it was sent.
  select = db.prepare("SELECT rtrim(run, ' ') FROM runs WHERE workflow_arn = ? AND run_id = ?").pluck();
  write = db.transaction((rows) => {
    for (let i = 0; i < rows.length; i += 3) {
      if (rows[i + 2] === null) remove.run(rows[i], rows[i + 1]);
      else upsert.run(rows[i], rows[i + 1], rows[i + 2], checksum(rows[i], rows[i + 1], rows[i + 2]), rows[i + 2], rows[i + 2]);
    }
    if (crashAt === "before-commit") process.exit(70);
  });
  // Take the write lock now and keep it (exclusive locking mode): a second
  // service on the same directory is refused rather than interleaved.
  db.exec("BEGIN IMMEDIATE; COMMIT");
}
// After a failed commit the connection is not trusted (an I/O error may leave
// its cache or WAL position wrong): close it; the next commit opens a fresh
// one, which replays the WAL as a restart would.
function abandon() {
  try { if (db && db.inTransaction) db.exec("ROLLBACK"); } catch {}
  try { if (db) db.close(); } catch {}
  db = undefined;
  write = undefined;
  select = undefined;
}
parentPort.on("message", (message) => {
  try {
    let texts;
    if (message.type === "commit") {
      if (!write) open();
      write(message.rows);
      if (crashAt === "after-commit") process.exit(70);
      if (fsyncFault) {
        fsyncFault = false;
        throw Object.assign(new Error("disk I/O error (injected: the transaction's WAL frames were written, its fsync failed)"), { code: "SQLITE_IOERR_FSYNC" });
      }
    } else if (message.type === "read") {
      if (!write) open();
      if (message.fault) throw Object.assign(new Error("disk I/O error (injected: the read-back failed)"), { code: "SQLITE_IOERR_READ" });
      texts = [];
      for (let i = 0; i < message.keys.length; i += 2) texts.push(select.get(message.keys[i], message.keys[i + 1]) ?? null);
    } else if (message.type === "fault") {
      if (!write) open();
      db.pragma("query_only = ON");
    } else if (message.type === "fsync-fault") {
      fsyncFault = true;
    } else if (message.type === "crash") {
      if (message.at === "now") process.exit(70);
      crashAt = message.at;
    } else if (message.type === "open") {
      if (!write) open();
    } else if (message.type === "close") {
      const closing = db;
      db = undefined;
      write = undefined;
      select = undefined;
      if (closing) closing.close();
    }
    parentPort.postMessage({ id: message.id, texts });
  } catch (error) {
    if (message.type !== "close") abandon();
    parentPort.postMessage({ id: message.id, message: String(error && error.message), code: String((error && error.code) || "UNKNOWN") });
  }
});
`;

/** The code of the StoreWriteError that rejects requests a dead commit thread never answered. */
export const WORKER_EXIT = "WORKER_EXIT";

/** Where a test makes the commit thread exit: at once, or inside the next commit before or after its COMMIT. */
export type CrashPoint = "now" | "before-commit" | "after-commit";

interface Reply {
  id: number;
  texts?: (string | null)[];
  message?: string;
  code?: string;
}

interface Waiter {
  resolve: (reply: Reply) => void;
  reject: (error: StoreWriteError) => void;
}

export class CommitWorker {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiter>();
  private readonly driver = createRequire(import.meta.url).resolve("better-sqlite3");
  private nextId = 0;
  private closing = false;
  /** Test hook: the next read-back fails (kept here, as the thread that would read may not exist yet). */
  private readFault = false;
  /** How many times a thread died and a new one was started (for logs and tests). */
  restarts = 0;

  constructor(
    private readonly file: string,
    private readonly upsert: string,
    /** Called when the thread died; the next request starts a new one. */
    private readonly onExit?: (error: StoreWriteError) => void,
  ) {
    this.worker = this.spawn();
  }

  /** Opens the connection and takes the database's write lock. */
  async open(): Promise<void> {
    await this.request({ type: "open" });
  }

  /**
   * Writes the rows ([workflowArn, runId, runJson, …]; runJson null deletes
   * the row) in one transaction; resolves once COMMIT (with its fsync) returned.
   */
  async commit(rows: (string | null)[]): Promise<void> {
    await this.request({ type: "commit", rows });
  }

  /** The stored run text of each key ([workflowArn, runId, …]), null where there is no row. */
  async read(keys: string[]): Promise<(string | null)[]> {
    const fault = this.readFault;
    this.readFault = false;
    return (await this.request({ type: "read", keys, fault })).texts ?? [];
  }

  /** Makes the current connection read-only, so the next commit fails (tests of the failure path). */
  async injectFault(): Promise<void> {
    await this.request({ type: "fault" });
  }

  /** Makes the next commit write its transaction and then fail as a failed fsync does (tests of the repair path). */
  async injectFsyncFault(): Promise<void> {
    await this.request({ type: "fsync-fault" });
  }

  /** Makes the next read-back fail, also in a thread started after this call (tests of the restart path). */
  injectReadFault(): void {
    this.readFault = true;
  }

  /** Makes the thread exit now or inside the next commit (tests of the restart path). */
  injectCrash(at: CrashPoint): Promise<void> {
    const crash = this.request({ type: "crash", at });
    // "now" never answers: the exit rejects it, and that is the point.
    return at === "now" ? crash.then(undefined, () => undefined) : crash.then(() => undefined);
  }

  async close(): Promise<void> {
    if (this.closing) return;
    await this.request({ type: "close" }).catch(() => undefined);
    this.closing = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, driver: this.driver, upsert: this.upsert } });
    let crash: Error | undefined;
    worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.code === undefined) waiter.resolve(reply);
      else waiter.reject(new StoreWriteError(`${this.file}: ${reply.message ?? "commit failed"} (${reply.code})`, reply.code));
    });
    worker.on("error", (error) => {
      crash = error;
    });
    worker.on("exit", (code) => {
      if (this.worker !== worker) return; // closed, or already replaced
      this.worker = undefined;
      if (this.closing) return;
      this.restarts++;
      const why = crash ? `${crash.name}: ${crash.message}` : `exit code ${code}`;
      const error = new StoreWriteError(`${this.file}: the commit thread stopped (${why}); the next commit starts a new one`, WORKER_EXIT);
      // Every request the dead thread held gets the same answer: not known to be committed.
      const waiters = [...this.waiting.values()];
      this.waiting.clear();
      this.onExit?.(error);
      for (const waiter of waiters) waiter.reject(error);
    });
    // Idle, the thread must not keep the process alive; while a request is
    // waiting it does (ref in `request`).
    worker.unref();
    return worker;
  }

  private request(message: Record<string, unknown>): Promise<Reply> {
    if (this.closing) return Promise.reject(new StoreWriteError(`${this.file}: the store is closed`, "CLOSED"));
    this.worker ??= this.spawn();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...message, id });
    });
  }
}
