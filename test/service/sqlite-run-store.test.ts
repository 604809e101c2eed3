// The SQLite store in process: durability across reopen, batching, the undo
// of a failed commit and recovery after it, damage detection at open, and the
// one-time import of an old write-ahead-log DATA_DIR.

import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DATABASE_FILE, RESERVE_BYTES, SqliteRunStore } from "../../src/service/sqlite-run-store.js";
import { StoreOpenError, StoreWriteError } from "../../src/service/store-errors.js";
import { rowOf, runChecksum } from "../../src/service/stored-run.js";
import type { WorkflowRun } from "../../src/service/workflow-run.js";
import { WorkflowRuns } from "../../src/service/workflow-runs.js";

const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const seed = (RunId: string, Status: WorkflowRun["Status"] = "RUNNING"): WorkflowRun => ({ WorkflowArn: ARN, RunId, WorkflowVersion: "1", Status, Tasks: [] });

let dir: string;
const open: SqliteRunStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mwaa-sqlite-"));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

async function openStore(runs: WorkflowRun[] = [], options = {}): ReturnType<typeof SqliteRunStore.open> {
  const opened = await SqliteRunStore.open(dir, runs, options);
  open.push(opened.store);
  return opened;
}

/** Writes a row straight into the database, as damage from outside would. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(join(dir, DATABASE_FILE));
  db.prepare(sql).run(...params);
  db.close();
}

describe("SqliteRunStore", () => {
  it("keeps a committed save across a reopen; the recorded state wins over the seed", async () => {
    const first = await openStore([seed("a"), seed("b")]);
    first.store.save({ ...seed("a"), Status: "STOPPING" });
    await first.store.flushed();
    await first.store.close();
    const second = await openStore([seed("a"), seed("b"), seed("c")]);
    expect(second.recoveredRuns).toBe(2);
    expect(second.store.get(ARN, "a")?.Status).toBe("STOPPING");
    expect(second.store.get(ARN, "b")?.Status).toBe("RUNNING");
    expect(second.store.get(ARN, "c")?.Status).toBe("RUNNING");
  });

  describe("room for growth in each row", () => {
    /** The stored text and its size in bytes, read straight from the file. */
    function stored(runId: string): { text: string; bytes: number } {
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      try {
        return db.prepare("SELECT run AS text, octet_length(run) AS bytes FROM runs WHERE run_id = ?").get(runId) as { text: string; bytes: number };
      } finally {
        db.close();
      }
    }

    it("a seeded row gets the room; a stop fills it, keeping the row's size (SQLite rewrites the cell in place); a run that outgrows it grows the row", async () => {
      const a: WorkflowRun = { ...seed("a"), Tasks: [{ TaskId: "t1", State: "RUNNING", RemainingMs: 500 }, { TaskId: "t2", State: "QUEUED", RemainingMs: 9 }] };
      const first = await openStore([a, seed("b")]);
      await first.store.close();
      const seeded = stored("a");
      expect(seeded.text).toBe(JSON.stringify(a) + " ".repeat(RESERVE_BYTES));

      const second = await openStore([]);
      const stopped: WorkflowRun = { ...a, Status: "STOPPING", StopRequestedAt: 1_764_970_000_000, CleanupDeadline: 1_764_970_600_000, Tasks: [{ ...a.Tasks[0]!, State: "RUNNING" }, { ...a.Tasks[1]!, State: "CANCELLED" }] };
      second.store.save(stopped);
      const huge: WorkflowRun = { ...seed("b"), WorkflowVersion: "v".repeat(RESERVE_BYTES * 2) };
      second.store.save(huge);
      await second.store.flushed();
      await second.store.close();
      const after = stored("a");
      expect(after.bytes).toBe(seeded.bytes);
      expect(after.text.trimEnd()).toBe(JSON.stringify(stopped));
      expect(stored("b").text).toBe(JSON.stringify(huge)); // outgrew its room: no spaces left, the row grew

      const third = await openStore([]);
      expect(third.store.get(ARN, "a")).toEqual(stopped);
      expect(third.store.get(ARN, "b")).toEqual(huge);
    });

    it("rows without room (databases written before it existed) still open, and their checksums still match", async () => {
      const first = await openStore([seed("a")]);
      await first.store.close();
      const old = { ...seed("old"), Status: "STOPPED" as const, StoppedAt: 5 };
      const text = JSON.stringify(old);
      tamper("INSERT INTO runs VALUES (?, ?, ?, ?)", ARN, "old", text, runChecksum(ARN, "old", text));
      const second = await openStore([]);
      expect(second.store.get(ARN, "old")).toEqual(old);
    });

    it("spaces are the only thing the checksum leaves out: any other trailing change is damage", async () => {
      const first = await openStore([seed("a")]);
      await first.store.close();
      tamper("UPDATE runs SET run = rtrim(run, ' ') || char(10) WHERE run_id = 'a'");
      await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/checksum mismatch/);
    });
  });

  it("commits the saves of one turn together and is settled only after the commit", async () => {
    const { store } = await openStore([]);
    expect(store.settled()).toBe(true);
    const waits = Array.from({ length: 50 }, (_, i) => {
      store.save(seed(`r${i}`, "STOPPED"));
      return store.flushed();
    });
    expect(store.settled()).toBe(false);
    expect(new Set(waits).size).toBe(1); // one batch, one promise
    await Promise.all(waits);
    expect(store.settled()).toBe(true);
    await store.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM runs WHERE json_extract(run, '$.Status') = 'STOPPED'").pluck().get()).toBe(50);
    db.close();
  });

  it("refuses a second store on the same directory while the first is open", async () => {
    await openStore([seed("a")]);
    await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/SQLITE_BUSY: another process holds the database/);
  });

  it("undoes a failed commit in memory, rejects exactly that batch, and recovers with the next", async () => {
    const errors: StoreWriteError[] = [];
    let recovered = 0;
    const { store } = await openStore([seed("a"), seed("b")], { onWriteError: (e: StoreWriteError) => errors.push(e), onRecovered: () => recovered++ });
    // The commit thread's connection turns read-only: its next commit fails as a write to a bad disk would.
    await store.injectWriteFault();
    store.save({ ...seed("a"), Status: "STOPPING" });
    const failed = store.flushed();
    await expect(failed).rejects.toBeInstanceOf(StoreWriteError);
    expect(errors).toHaveLength(1);
    expect(store.get(ARN, "a")?.Status).toBe("RUNNING"); // memory matches the disk again
    expect(store.settled()).toBe(true);

    store.save({ ...seed("b"), Status: "STOPPED" });
    await store.flushed();
    expect(recovered).toBe(1);
    await store.close();
    const reopened = await openStore([]);
    expect(reopened.store.get(ARN, "a")?.Status).toBe("RUNNING");
    expect(reopened.store.get(ARN, "b")?.Status).toBe("STOPPED");
  });

  it("retries a cleanup step whose commit failed, so the run still reaches STOPPED without a restart", async () => {
    const errors: unknown[] = [];
    const run: WorkflowRun = { ...seed("c"), Tasks: [{ TaskId: "task-1", State: "RUNNING", RemainingMs: 100 }] };
    const { store } = await openStore([run]);
    const runs = new WorkflowRuns(store, { graceMs: 60_000, retryMs: 50, onBackgroundError: (e) => errors.push(e) });
    expect((await runs.stop(ARN, "c")).Status).toBe("STOPPING");
    await store.injectWriteFault(); // the cleanup step's commit (task done → STOPPED) fails
    await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 10_000 });
    expect(errors[0]).toBeInstanceOf(StoreWriteError);
    await vi.waitFor(() => expect(store.get(ARN, "c")?.Status).toBe("STOPPED"), { timeout: 10_000 });
    await vi.waitFor(() => expect(store.settled()).toBe(true), { timeout: 10_000 });
    runs.close();
    await store.close();
    expect((await openStore([])).store.get(ARN, "c")?.Status).toBe("STOPPED");
  });

  it("imports an old write-ahead-log directory once and renames its files", async () => {
    await writeFile(join(dir, "snapshot.json"), JSON.stringify({ version: 1, records: [{ run: seed("a") }, { run: seed("b") }] }));
    await writeFile(join(dir, "wal.jsonl"), `${JSON.stringify({ run: { ...seed("a"), Status: "STOPPED", StoppedAt: 5 } })}\n{"run":{"Workf`);
    const first = await openStore([seed("a"), seed("z")]);
    expect(first.importedRuns).toBe(2);
    expect(first.store.get(ARN, "a")?.Status).toBe("STOPPED"); // the log's record wins over the snapshot and the seed
    expect(first.store.get(ARN, "z")?.Status).toBe("RUNNING");
    expect(existsSync(join(dir, "wal.jsonl"))).toBe(false);
    expect(await readFile(join(dir, "wal.jsonl.imported"), "utf8")).toContain("STOPPED");
    expect(existsSync(join(dir, "snapshot.json.imported"))).toBe(true);
    await first.store.close();
    const second = await openStore([]);
    expect(second.importedRuns).toBe(0);
    expect(second.recoveredRuns).toBe(3);
  });

  it("refuses an old log with a damaged record, naming the line, and imports nothing", async () => {
    await writeFile(join(dir, "wal.jsonl"), `{}\n${JSON.stringify({ run: seed("a") })}\n`);
    await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/wal\.jsonl:1: not a \{"run": …\} record; nothing was imported/);
    await writeFile(join(dir, "wal.jsonl"), `${JSON.stringify({ run: { ...seed("a"), Status: "BOGUS" } })}\n${JSON.stringify({ run: seed("b") })}\n`);
    await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/wal\.jsonl:1: Status "BOGUS" is not one of/);
    expect(existsSync(join(dir, "wal.jsonl"))).toBe(true);
  });

  it("refuses an old log next to a database that never imported it", async () => {
    const { store } = await openStore([seed("a")]);
    await store.close();
    await writeFile(join(dir, "wal.jsonl"), `${JSON.stringify({ run: seed("b") })}\n`);
    await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/holds both runs\.sqlite and an old write-ahead log \(wal\.jsonl\) that was never imported/);
  });

  describe("damage found at open (one line naming the file)", () => {
    async function closedStoreWith(runs: WorkflowRun[]): Promise<string> {
      const { store } = await SqliteRunStore.open(dir, runs);
      await store.close();
      return join(dir, DATABASE_FILE);
    }

    const cases: [string, () => void, RegExp][] = [
      ["a value changed in place", () => tamper("UPDATE runs SET run = replace(run, 'RUNNING', 'STOPPED') WHERE run_id = 'a'"), /checksum mismatch/],
      [
        "a valid-looking row added with a matching checksum but a status the model does not know",
        () => {
          const row = rowOf({ ...seed("x"), Status: "BOGUS" as WorkflowRun["Status"] });
          tamper("INSERT INTO runs VALUES (?, ?, ?, ?)", row.workflow_arn, row.run_id, row.run, row.checksum);
        },
        /run "x" .*Status "BOGUS" is not one of/,
      ],
      [
        "a row moved to another key",
        () => tamper("UPDATE runs SET run_id = 'moved' WHERE run_id = 'a'"),
        /checksum mismatch/,
      ],
      ["a row with a RunId the model forbids", () => {
        const row = rowOf({ ...seed("a"), RunId: "-bad" });
        tamper("INSERT INTO runs VALUES (?, ?, ?, ?)", row.workflow_arn, row.run_id, row.run, row.checksum);
      }, /RunId does not match the model's pattern/],
      ["a foreign table", () => tamper("CREATE TABLE other (x)"), /not a database of this service/],
    ];
    it.each(cases)("%s", async (_name, damage, message) => {
      const file = await closedStoreWith([seed("a"), seed("b")]);
      damage();
      let error: unknown;
      try {
        await SqliteRunStore.open(dir, []);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreOpenError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    });

    it("a file that is not a database", async () => {
      await writeFile(join(dir, DATABASE_FILE), "this is not sqlite".repeat(300));
      await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/runs\.sqlite: .*SQLITE_NOTADB/);
    });

    it("damaged pages (quick_check)", async () => {
      const runs = Array.from({ length: 400 }, (_, i) => seed(`run${i}`));
      const file = await closedStoreWith(runs);
      const bytes = await readFile(file);
      // Overwrite the middle of the file (b-tree pages of the runs table) with noise.
      for (let i = 4096 * 3; i < 4096 * 3 + 3000; i++) bytes[i] = (i * 131) & 0xff;
      await writeFile(file, bytes);
      await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/runs\.sqlite: (damaged database|.*SQLITE_CORRUPT)/);
    });

    it("a database file deleted while its journal is left", async () => {
      await writeFile(join(dir, `${DATABASE_FILE}-wal`), "");
      await expect(SqliteRunStore.open(dir, [])).rejects.toThrow(/runs\.sqlite is missing but its journal/);
    });
  });
});
