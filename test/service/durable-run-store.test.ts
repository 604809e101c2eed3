import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DurableRunStore } from "../../src/service/durable-run-store.js";
import { WriteAheadLogError } from "../../src/service/write-ahead-log.js";
import type { WorkflowRun } from "../../src/service/workflow-run.js";

const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const seed = (RunId: string, Status: WorkflowRun["Status"] = "RUNNING"): WorkflowRun => ({ WorkflowArn: ARN, RunId, WorkflowVersion: "1", Status, Tasks: [] });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mwaa-wal-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("DurableRunStore", () => {
  it("keeps a flushed save across a reopen, and the recorded state wins over the seed", async () => {
    const first = await DurableRunStore.open(dir, [seed("a"), seed("b")]);
    first.store.save({ ...seed("a"), Status: "STOPPING" });
    await first.store.flushed();
    // No close(): the reopen must not depend on an orderly shutdown.
    const second = await DurableRunStore.open(dir, [seed("a"), seed("b"), seed("c")]);
    expect(second.recoveredRuns).toBe(2);
    expect(second.store.get(ARN, "a")?.Status).toBe("STOPPING");
    expect(second.store.get(ARN, "b")?.Status).toBe("RUNNING");
    expect(second.store.get(ARN, "c")?.Status).toBe("RUNNING");
    await Promise.all([first.store.close(), second.store.close()]);
  });

  it("writes the record to the log before flushed() resolves", async () => {
    const { store } = await DurableRunStore.open(dir, [seed("a")]);
    store.save({ ...seed("a"), Status: "STOPPED" });
    await store.flushed();
    const log = await readFile(join(dir, "wal.jsonl"), "utf8");
    expect(JSON.parse(log.trim())).toMatchObject({ run: { RunId: "a", Status: "STOPPED" } });
    await store.close();
  });

  it("is settled only when every save is on disk", async () => {
    const { store } = await DurableRunStore.open(dir, [seed("a")]);
    expect(store.settled()).toBe(true);
    store.save({ ...seed("a"), Status: "STOPPING" });
    expect(store.settled()).toBe(false);
    const flushed = store.flushed();
    expect(store.settled()).toBe(false);
    await flushed;
    expect(store.settled()).toBe(true);
    await store.close();
  });

  it("group-commits concurrent saves and wakes every waiter", async () => {
    const { store } = await DurableRunStore.open(dir, []);
    const waits = Array.from({ length: 50 }, (_, i) => {
      store.save(seed(`r${i}`, "STOPPED"));
      return store.flushed();
    });
    await Promise.all(waits);
    const lines = (await readFile(join(dir, "wal.jsonl"), "utf8")).trim().split("\n");
    expect(lines).toHaveLength(50);
    await store.close();
  });

  it("tolerates a torn last line (a crash mid-append) and drops only it", async () => {
    const { store } = await DurableRunStore.open(dir, [seed("a"), seed("b")]);
    store.save({ ...seed("a"), Status: "STOPPED" });
    await store.flushed();
    await store.close();
    await appendFile(join(dir, "wal.jsonl"), '{"run":{"WorkflowArn":"' + ARN + '","RunId":"b","Status":"STOPP');
    const reopened = await DurableRunStore.open(dir, []);
    expect(reopened.droppedTornTail).toBe(true);
    expect(reopened.store.get(ARN, "a")?.Status).toBe("STOPPED");
    expect(reopened.store.get(ARN, "b")?.Status).toBe("RUNNING");
    // The restart compacted the log: the torn bytes are gone for good.
    expect(await readFile(join(dir, "wal.jsonl"), "utf8")).toBe("");
    await reopened.store.close();
  });

  it("refuses to start on a damaged record in the middle of the log, naming the line", async () => {
    await writeFile(join(dir, "wal.jsonl"), `not json\n${JSON.stringify({ run: seed("a") })}\n`);
    await expect(DurableRunStore.open(dir, [])).rejects.toThrow(WriteAheadLogError);
    await expect(DurableRunStore.open(dir, [])).rejects.toThrow(/wal\.jsonl:1: unreadable record/);
  });

  it("refuses a damaged snapshot with a message naming the file", async () => {
    await writeFile(join(dir, "snapshot.json"), "{");
    await expect(DurableRunStore.open(dir, [])).rejects.toThrow(/snapshot\.json is not a valid snapshot/);
  });
});
