import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SqliteRunStore } from "../../src/service/sqlite-run-store.js";
import { InMemoryRunStore, type RunStore } from "../../src/service/run-store.js";
import { seedRuns } from "../../src/service/seed-runs.js";
import { RunNotFoundError, type RunTransition, WorkflowRuns } from "../../src/service/workflow-runs.js";

const ARN_A = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const ARN_B = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/other-flow-0123456789";
const runs = () =>
  seedRuns(
    [
      { WorkflowArn: ARN_A, RunId: "a-running", WorkflowVersion: "1", Status: "RUNNING", Tasks: [{ State: "RUNNING", RemainingMs: 60_000 }] },
      { WorkflowArn: ARN_A, RunId: "a-queued", WorkflowVersion: "1", Status: "QUEUED" },
      { WorkflowArn: ARN_A, RunId: "a-done", WorkflowVersion: "1", Status: "SUCCESS" },
      { WorkflowArn: ARN_B, RunId: "b-running", WorkflowVersion: "7", Status: "RUNNING" },
    ],
    "test",
  );

function service(store: RunStore = new InMemoryRunStore(runs()), graceMs = 60_000) {
  const transitions: RunTransition[] = [];
  return { runs: new WorkflowRuns(store, { graceMs, onTransition: (t) => transitions.push(t) }), transitions, store };
}

describe("WorkflowRuns.stop", () => {
  it("stops a running run (STOPPING) and repeats idempotently", async () => {
    const { runs, transitions } = service();
    expect((await runs.stop(ARN_A, "a-running")).Status).toBe("STOPPING");
    expect((await runs.stop(ARN_A, "a-running")).Status).toBe("STOPPING");
    expect(transitions).toEqual([{ workflowArn: ARN_A, runId: "a-running", from: "RUNNING", to: "STOPPING", cause: "stop" }]);
    runs.close();
  });

  it("answers a finished run with its status and no transition", async () => {
    const { runs, transitions } = service();
    expect((await runs.stop(ARN_A, "a-done")).Status).toBe("SUCCESS");
    expect(transitions).toEqual([]);
  });

  it("names the missing resource: an unknown workflow, or an unknown run of a known workflow", async () => {
    const { runs } = service();
    await expect(runs.stop(ARN_A, "nope")).rejects.toMatchObject({ resourceType: "WorkflowRun", resourceId: "nope", message: "Workflow run nope was not found." });
    const unknown = ARN_A.replace("nightly", "unknown");
    await expect(runs.stop(unknown, "a-running")).rejects.toMatchObject({ resourceType: "Workflow", resourceId: unknown });
  });

  it("does not find a run under another workflow's ARN, and leaves it untouched", async () => {
    const { runs, transitions } = service();
    await expect(runs.stop(ARN_A, "b-running")).rejects.toBeInstanceOf(RunNotFoundError);
    await expect(runs.stop(ARN_B, "a-running")).rejects.toBeInstanceOf(RunNotFoundError);
    expect(runs.get(ARN_B, "b-running")?.Status).toBe("RUNNING");
    expect(transitions).toEqual([]);
  });

  it("answers at once from memory, and only once the record is on disk from a durable store", async () => {
    const memory = service().runs;
    const fromMemory = memory.stopNow(ARN_A, "a-running");
    expect(fromMemory).not.toBeInstanceOf(Promise);
    expect((fromMemory as { Status: string }).Status).toBe("STOPPING");
    expect(() => memory.stopNow(ARN_A, "nope")).toThrow(RunNotFoundError);
    memory.close();

    const dir = await mkdtemp(join(tmpdir(), "mwaa-runs-"));
    try {
      const { store } = await SqliteRunStore.open(dir, runs());
      const durable = service(store).runs;
      const pending = durable.stopNow(ARN_A, "a-queued");
      expect(pending).toBeInstanceOf(Promise);
      // A repeat while the first record is still being written waits for it too.
      expect(durable.stopNow(ARN_A, "a-queued")).toBeInstanceOf(Promise);
      expect((await pending).Status).toBe("STOPPED");
      expect(store.settled()).toBe(true);
      expect(durable.stopNow(ARN_A, "a-queued")).toMatchObject({ Status: "STOPPED" });
      durable.close();
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps runs of the same run id in different workflows apart", async () => {
    const shared = seedRuns(
      [
        { WorkflowArn: ARN_A, RunId: "same-id", WorkflowVersion: "1", Status: "RUNNING" },
        { WorkflowArn: ARN_B, RunId: "same-id", WorkflowVersion: "2", Status: "QUEUED" },
      ],
      "test",
    );
    const { runs, transitions } = service(new InMemoryRunStore(shared));
    expect(await runs.stop(ARN_B, "same-id")).toMatchObject({ WorkflowArn: ARN_B, WorkflowVersion: "2", Status: "STOPPED" });
    expect(runs.get(ARN_A, "same-id")).toMatchObject({ WorkflowVersion: "1", Status: "RUNNING" });
    expect(await runs.stop(ARN_A, "same-id")).toMatchObject({ WorkflowArn: ARN_A, Status: "STOPPING" });
    expect(runs.get(ARN_B, "same-id")?.WorkflowVersion).toBe("2");
    expect(transitions.map((t) => t.workflowArn)).toEqual([ARN_B, ARN_A]);
    const unknown = ARN_A.replace("nightly", "unknown");
    await expect(runs.stop(unknown, "same-id")).rejects.toMatchObject({ resourceType: "Workflow" });
    runs.close();
  });

  it.each(["memory", "durable"])("makes exactly one transition under 500 concurrent stops (%s store)", async (kind) => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-runs-"));
    try {
      const store = kind === "memory" ? new InMemoryRunStore(runs()) : (await SqliteRunStore.open(dir, runs())).store;
      const { runs: service_, transitions } = service(store);
      const answers = await Promise.all(Array.from({ length: 500 }, () => service_.stop(ARN_A, "a-running")));
      expect(new Set(answers.map((run) => run.Status))).toEqual(new Set(["STOPPING"]));
      expect(transitions.filter((t) => t.cause === "stop")).toHaveLength(1);
      service_.close();
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reaches STOPPED once the grace period ends, through the simulated cleanup", async () => {
    const { runs, transitions } = service(undefined, 20);
    expect((await runs.stop(ARN_A, "a-running")).Status).toBe("STOPPING");
    await vi.waitFor(() => expect(runs.get(ARN_A, "a-running")?.Status).toBe("STOPPED"), { timeout: 5_000 });
    expect(runs.get(ARN_A, "a-running")?.Tasks.map((t) => t.State)).toEqual(["TERMINATED"]);
    expect(transitions.map((t) => `${t.from}->${t.to}:${t.cause}`)).toEqual(["RUNNING->STOPPING:stop", "STOPPING->STOPPED:cleanup"]);
    expect((await runs.stop(ARN_A, "a-running")).Status).toBe("STOPPED");
  });

  it("stops a run with only queued tasks directly", async () => {
    const { runs } = service();
    expect((await runs.stop(ARN_A, "a-queued")).Status).toBe("STOPPED");
  });

  it("resumes the cleanup of STOPPING runs on start, keeping their deadline", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-runs-"));
    try {
      const first = await SqliteRunStore.open(dir, runs());
      const before = new WorkflowRuns(first.store, { graceMs: 200 });
      await before.stop(ARN_A, "a-running");
      before.close(); // the "crash": the cleanup timer is gone
      await first.store.close(); // one store per database at a time (exclusive lock)
      const second = await SqliteRunStore.open(dir, []);
      const after = new WorkflowRuns(second.store, { graceMs: 60_000 });
      expect(after.get(ARN_A, "a-running")?.Status).toBe("STOPPING");
      after.start();
      await vi.waitFor(() => expect(after.get(ARN_A, "a-running")?.Status).toBe("STOPPED"), { timeout: 5_000 });
      after.close();
      await Promise.all([first.store.close(), second.store.close()]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
