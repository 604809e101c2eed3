// The commit thread of the SQLite store dies (process.exit inside it, through
// the store's test hook) and the store starts a new one by itself: the batch
// that was in flight is answered by what the disk holds — a retryable failure
// when its transaction did not commit, success when it did — and every
// acknowledged save survives a reopen. Then the same through HTTP: 16 clients
// stopping runs while the thread is killed again and again.

import type { Server } from "node:http";
import { describe, expect, it } from "vitest";
import { createAmazonMWAAServerlessService, createNodeHttpServer } from "../../generated/server/src/index.js";
import { WORKER_EXIT } from "../../src/service/commit-worker.js";
import { StoreWriteError } from "../../src/service/store-errors.js";
import { stopWorkflowRunHandlers } from "../../src/service/stop-workflow-run-handler.js";
import { WorkflowRuns } from "../../src/service/workflow-runs.js";
import { runIdOf, stopConcurrently } from "./support/durable-load.js";
import { NIGHTLY } from "./support/in-process.js";
import { seed, stopping, useSqliteStores } from "./support/sqlite-stores.js";

const stores = useSqliteStores("mwaa-sqlite-restart-");
const openStore = stores.open;
const reopened = stores.reopened;

describe("SqliteRunStore: the commit thread dies and is replaced", () => {
  it("a thread that dies before COMMIT: that batch (and the one made on top of it) fails retryably, memory is undone, the next commit succeeds", async () => {
    const exits: StoreWriteError[] = [];
    const store = await openStore(["a", "b", "c", "d"].map(seed), { onWorkerExit: (e: StoreWriteError) => exits.push(e) });
    store.save(stopping("a"));
    await store.flushed(); // acknowledged before the crash

    await store.injectWorkerCrash("before-commit");
    store.save(stopping("b"));
    const inFlight = store.flushed();
    await new Promise((resolve) => setImmediate(resolve)); // b's batch is now with the thread
    store.save(stopping("c")); // waits behind it
    const onTop = store.flushed();
    expect(onTop).not.toBe(inFlight);
    await expect(inFlight).rejects.toMatchObject({ name: "StoreWriteError", code: WORKER_EXIT });
    await expect(onTop).rejects.toBeInstanceOf(StoreWriteError);
    expect(exits.map((e) => e.code)).toEqual([WORKER_EXIT]);
    expect(exits[0]!.message).toMatch(/the commit thread stopped \(exit code 70\)/);
    expect(store.workerRestarts).toBe(1);
    expect(store.get(NIGHTLY, "b")?.Status).toBe("RUNNING"); // memory holds what the disk holds
    expect(store.get(NIGHTLY, "c")?.Status).toBe("RUNNING");
    expect(store.settled()).toBe(true);

    store.save(stopping("d")); // a new thread takes it
    await store.flushed();
    const after = await reopened();
    expect(["a", "b", "c", "d"].map((id) => after.get(NIGHTLY, id)?.Status)).toEqual(["STOPPING", "RUNNING", "RUNNING", "STOPPING"]);
  });

  it("a thread that dies after COMMIT but before replying: the new thread finds the batch on disk and it is answered as committed", async () => {
    const exits: StoreWriteError[] = [];
    const store = await openStore(["a", "b"].map(seed), { onWorkerExit: (e: StoreWriteError) => exits.push(e) });
    await store.injectWorkerCrash("after-commit");
    store.save(stopping("a"));
    await store.flushed(); // resolves: the read-back found every row as sent
    expect(exits).toHaveLength(1);
    expect(store.get(NIGHTLY, "a")?.Status).toBe("STOPPING");
    store.save(stopping("b"));
    await store.flushed();
    const after = await reopened();
    expect(after.get(NIGHTLY, "a")?.Status).toBe("STOPPING");
    expect(after.get(NIGHTLY, "b")?.Status).toBe("STOPPING");
  });

  it("a thread that dies after COMMIT whose read-back then fails: the batch counts as failed, memory is undone, and the next commit rewrites the run as memory holds it", async () => {
    const exits: StoreWriteError[] = [];
    const store = await openStore(["a", "b"].map(seed), { onWorkerExit: (e: StoreWriteError) => exits.push(e) });
    await store.injectWorkerCrash("after-commit");
    store.injectReadFault(); // the new thread cannot read the batch back
    store.save(stopping("a"));
    await expect(store.flushed()).rejects.toMatchObject({ name: "StoreWriteError", code: WORKER_EXIT });
    expect(exits).toHaveLength(1);
    expect(store.workerRestarts).toBe(1);
    expect(store.get(NIGHTLY, "a")?.Status).toBe("RUNNING"); // as the retryable 500 says: not changed
    expect(store.settled()).toBe(true);
    expect(store.pendingRepairs).toBe(1); // its transaction did commit: the disk is ahead until repaired

    store.save(stopping("b"));
    await store.flushed();
    expect(store.pendingRepairs).toBe(0);
    const after = await reopened();
    expect(["a", "b"].map((id) => after.get(NIGHTLY, id)?.Status)).toEqual(["RUNNING", "STOPPING"]);
  });

  it("a thread that dies while idle costs nothing: the next commit starts a new one", async () => {
    const store = await openStore([seed("a")]);
    await store.injectWorkerCrash("now");
    expect(store.workerRestarts).toBe(1);
    store.save(stopping("a"));
    await store.flushed();
    expect((await reopened()).get(NIGHTLY, "a")?.Status).toBe("STOPPING");
  });

  it("through HTTP under 16 clients: stops keep being acknowledged across repeated thread deaths, failures are retryable 500s, and every acknowledged stop survives a reopen", async () => {
    const RUNS = 3_000;
    const seeded = Array.from({ length: RUNS }, (_, i) => ({ ...seed(runIdOf(i)), Tasks: [{ TaskId: "t", State: "RUNNING" as const, RemainingMs: 500_000_000 }] }));
    const store = await openStore(seeded);
    const runs = new WorkflowRuns(store, { graceMs: 600_000 });
    const server: Server = createNodeHttpServer(createAmazonMWAAServerlessService(stopWorkflowRunHandlers(runs)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
    let acknowledged: Set<string>;
    try {
      const CRASHES = 6;
      const points = ["before-commit", "after-commit", "now"] as const;
      let crashes = 0;
      let crashing = false;
      let acknowledgedAtLastCrash = 0;
      const result = await stopConcurrently(url, 0, RUNS, 16, (progress) => {
        // Every 40 acknowledged stops, kill the thread once more (at a varying point).
        if (!crashing && crashes < CRASHES && progress.acknowledged.size >= acknowledgedAtLastCrash + 40) {
          crashing = true;
          acknowledgedAtLastCrash = progress.acknowledged.size;
          void store.injectWorkerCrash(points[crashes % points.length]!).finally(() => {
            crashes++;
            crashing = false;
          });
        }
        // Then keep going until 100 more stops were acknowledged by the last thread.
        return crashes >= CRASHES && !crashing && progress.acknowledged.size >= acknowledgedAtLastCrash + 100;
      });
      expect(result.unexpected).toEqual([]);
      expect(crashes).toBe(CRASHES);
      expect(store.workerRestarts).toBeGreaterThanOrEqual(CRASHES - 1); // a crash point inside a commit may still be armed at the end
      expect(result.failed.size).toBeGreaterThan(0); // the crashes before COMMIT failed their batches
      for (const [runId, failure] of result.failed) {
        expect({ runId, errorType: failure.errorType }).toEqual({ runId, errorType: "InternalServerException" });
      }
      expect(result.acknowledged.size).toBeGreaterThan(CRASHES * 40);
      // Memory holds what the disk holds: a failed stop left its run RUNNING, an acknowledged one STOPPING.
      for (const runId of result.acknowledged) expect({ runId, status: store.get(NIGHTLY, runId)?.Status }).toEqual({ runId, status: "STOPPING" });
      acknowledged = result.acknowledged;
    } finally {
      runs.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const after = await reopened();
    const lost = [...acknowledged].filter((runId) => after.get(NIGHTLY, runId)?.Status !== "STOPPING");
    expect(lost).toEqual([]);
  });
});
