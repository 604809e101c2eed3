// A commit that fails after its transaction reached the WAL (an fsync that
// fails once SQLite wrote the frames; a read-back that fails after the commit
// thread died) leaves the disk possibly ahead of memory: the clients were told
// "nothing was changed" and memory was undone, but a fresh connection — or a
// restart — finds the transaction committed. The store rewrites those runs as
// memory holds them with the next commit (or at close), so disk, memory and
// the answers agree again without a restart.

import Database from "better-sqlite3";
import type { Server } from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAmazonMWAAServerlessService, createNodeHttpServer } from "../../generated/server/src/index.js";
import { WORKER_EXIT } from "../../src/service/commit-worker.js";
import { DATABASE_FILE } from "../../src/service/sqlite-run-store.js";
import { StoreWriteError } from "../../src/service/store-errors.js";
import { stopWorkflowRunHandlers } from "../../src/service/stop-workflow-run-handler.js";
import type { WorkflowRun } from "../../src/service/workflow-run.js";
import { WorkflowRuns } from "../../src/service/workflow-runs.js";
import { NIGHTLY } from "./support/in-process.js";
import { seed, stopping, useSqliteStores } from "./support/sqlite-stores.js";

const stores = useSqliteStores("mwaa-sqlite-repair-");
const openStore = stores.open;
const reopened = stores.reopened;

/**
 * The status the database file holds for a run, read by a connection of its
 * own (as a restart would read it). Only while the commit thread holds no
 * connection: after a failed commit it closed its own.
 */
function statusOnDisk(runId: string): string | undefined {
  const db = new Database(join(stores.dir(), DATABASE_FILE));
  try {
    const text = db.prepare("SELECT run FROM runs WHERE workflow_arn = ? AND run_id = ?").pluck().get(NIGHTLY, runId) as string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as WorkflowRun).Status;
  } finally {
    db.close();
  }
}

describe("SqliteRunStore: a failed commit that reached the disk is repaired", () => {
  it("an fsync that fails after the WAL was written: the batch fails, memory is undone, and the next commit puts the disk back in line", async () => {
    const errors: StoreWriteError[] = [];
    let recovered = 0;
    const store = await openStore(["a", "b"].map(seed), { onWriteError: (e: StoreWriteError) => errors.push(e), onRecovered: () => recovered++ });
    await store.injectFsyncFault();
    store.save(stopping("a"));
    await expect(store.flushed()).rejects.toMatchObject({ name: "StoreWriteError", code: "SQLITE_IOERR_FSYNC" });
    expect(errors.map((e) => e.code)).toEqual(["SQLITE_IOERR_FSYNC"]);
    expect(store.get(NIGHTLY, "a")?.Status).toBe("RUNNING"); // undone, as the 500 says
    // The precondition: the transaction is in the WAL, so the disk is ahead of memory.
    expect(statusOnDisk("a")).toBe("STOPPING");
    expect(store.pendingRepairs).toBe(1);

    store.save(stopping("b")); // the next commit carries a's repair
    await store.flushed();
    expect(recovered).toBe(1);
    expect(store.pendingRepairs).toBe(0);
    const after = await reopened();
    expect(["a", "b"].map((id) => after.get(NIGHTLY, id)?.Status)).toEqual(["RUNNING", "STOPPING"]);
  });

  it("a repair that fails stays pending, and a later save of the same run supersedes it", async () => {
    const store = await openStore(["a", "b"].map(seed));
    await store.injectFsyncFault();
    store.save(stopping("a"));
    await expect(store.flushed()).rejects.toBeInstanceOf(StoreWriteError);
    await store.injectWriteFault(); // the disk is still bad: the batch carrying the repair fails before writing
    store.save(stopping("b"));
    await expect(store.flushed()).rejects.toBeInstanceOf(StoreWriteError);
    expect(store.pendingRepairs).toBe(2); // a still, and b (sent, so possibly written)
    expect(statusOnDisk("a")).toBe("STOPPING");

    // The client retries its stop of a: that save is what goes to disk.
    const retried = { ...stopping("a"), StopRequestedAt: 7, CleanupDeadline: 8 };
    store.save(retried);
    await store.flushed();
    expect(store.pendingRepairs).toBe(0);
    const after = await reopened();
    expect(after.get(NIGHTLY, "a")).toEqual(retried);
    expect(after.get(NIGHTLY, "b")?.Status).toBe("RUNNING");
  });

  it("with no later stop, closing the store makes the repair", async () => {
    const store = await openStore([seed("a")]);
    await store.injectFsyncFault();
    store.save(stopping("a"));
    await expect(store.flushed()).rejects.toBeInstanceOf(StoreWriteError);
    expect(statusOnDisk("a")).toBe("STOPPING");
    expect((await reopened()).get(NIGHTLY, "a")?.Status).toBe("RUNNING");
  });

  it("through HTTP: the stop whose read-back failed after a thread death answers the retryable 500, and the run is RUNNING in memory, on disk and to its retry", async () => {
    const exits: StoreWriteError[] = [];
    const store = await openStore(["a", "b"].map(seed), { onWorkerExit: (e: StoreWriteError) => exits.push(e) });
    const runs = new WorkflowRuns(store, { graceMs: 600_000 });
    const server: Server = createNodeHttpServer(createAmazonMWAAServerlessService(stopWorkflowRunHandlers(runs)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
    const stop = async (RunId: string): Promise<{ status: number; body: Record<string, unknown> }> => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" },
        body: JSON.stringify({ WorkflowArn: NIGHTLY, RunId }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    try {
      // The thread commits a's stop, then dies before replying; the new
      // thread's read-back of that batch fails, so nobody knows it committed.
      await store.injectWorkerCrash("after-commit");
      store.injectReadFault();
      const failed = await stop("a");
      expect(failed.status).toBe(500);
      expect(JSON.stringify(failed.body)).toContain("InternalServerException");
      expect(failed.body.RetryAfterSeconds).toBe(1);
      expect(exits.map((e) => e.code)).toEqual([WORKER_EXIT]);
      expect(store.get(NIGHTLY, "a")?.Status).toBe("RUNNING");
      expect(store.pendingRepairs).toBe(1);

      expect(await stop("b")).toMatchObject({ status: 200, body: { Status: "STOPPED" } }); // no tasks: stopped at once; carries a's repair
      expect(store.pendingRepairs).toBe(0);
    } finally {
      runs.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const after = await reopened();
    expect(["a", "b"].map((id) => after.get(NIGHTLY, id)?.Status)).toEqual(["RUNNING", "STOPPED"]);
  });
});
