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
// The worker's code is a string evaluated as CommonJS rather than a separate
// file: `make build` bundles the service into one file, and a worker file
// would need its own entry point. It only opens, writes and closes; every
// check of the data happens in sqlite-run-store.ts before the worker starts.

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { StoredRow } from "./stored-run.js";
import { StoreWriteError } from "./store-errors.js";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db;
let write;
function open() {
  db = new Database(workerData.file, { timeout: 1000 });
  db.pragma("locking_mode = EXCLUSIVE");
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  if (mode !== "wal") throw Object.assign(new Error("cannot switch to WAL journal mode (got " + mode + ")"), { code: "SQLITE_WAL" });
  db.pragma("synchronous = FULL");
  const upsert = db.prepare(workerData.upsert);
  write = db.transaction((rows) => { for (const row of rows) upsert.run(row); });
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
}
parentPort.on("message", (message) => {
  try {
    if (message.type === "commit") {
      if (!write) open();
      write(message.rows);
    } else if (message.type === "fault") {
      if (!write) open();
      db.pragma("query_only = ON");
    } else if (message.type === "open") {
      if (!write) open();
    } else if (message.type === "close") {
      const closing = db;
      db = undefined;
      write = undefined;
      if (closing) closing.close();
    }
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    if (message.type === "commit" || message.type === "fault" || message.type === "open") abandon();
    parentPort.postMessage({ id: message.id, message: String(error && error.message), code: String((error && error.code) || "UNKNOWN") });
  }
});
`;

interface Reply {
  id: number;
  message?: string;
  code?: string;
}

export class CommitWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: StoreWriteError) => void }>();
  private nextId = 0;
  private dead: StoreWriteError | undefined;

  constructor(
    private readonly file: string,
    upsert: string,
  ) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, upsert } });
    this.worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (!waiter) return;
      if (reply.code === undefined) waiter.resolve();
      else waiter.reject(new StoreWriteError(`${this.file}: ${reply.message ?? "commit failed"} (${reply.code})`, reply.code));
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the commit thread exited (code ${code})`)));
    // Idle, the thread must not keep the process alive; while a request is
    // waiting it does (ref in `request`).
    this.worker.unref();
  }

  /** Opens the connection and takes the database's write lock. */
  open(): Promise<void> {
    return this.request({ type: "open" });
  }

  /** Writes the rows in one transaction; resolves once COMMIT (with its fsync) returned. */
  commit(rows: StoredRow[]): Promise<void> {
    return this.request({ type: "commit", rows });
  }

  /** Makes the current connection read-only, so the next commit fails (tests of the failure path). */
  injectFault(): Promise<void> {
    return this.request({ type: "fault" });
  }

  async close(): Promise<void> {
    await this.request({ type: "close" }).catch(() => undefined);
    await this.worker.terminate();
  }

  private request(message: Record<string, unknown>): Promise<void> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }

  private fail(error: Error): void {
    this.dead ??= new StoreWriteError(`${this.file}: ${error.message}`, "WORKER");
    for (const waiter of this.waiting.values()) waiter.reject(this.dead);
    this.waiting.clear();
  }
}
