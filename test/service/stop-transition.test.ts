import { describe, expect, it } from "vitest";
import { nextCleanupAt, requestStop, settleCleanup } from "../../src/service/stop-transition.js";
import { defaultTasks } from "../../src/service/seed-runs.js";
import { ALL_STATUSES, type SimulatedTask, type WorkflowRun, type WorkflowRunStatus } from "../../src/service/workflow-run.js";

const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";

function run(Status: WorkflowRunStatus, Tasks: SimulatedTask[] = []): WorkflowRun {
  return { WorkflowArn: ARN, RunId: "run-1", WorkflowVersion: "3", Status, Tasks };
}
const task = (State: SimulatedTask["State"], RemainingMs = 1000, TaskId = "t"): SimulatedTask => ({ TaskId, State, RemainingMs });

describe("requestStop", () => {
  it("moves a RUNNING run with running tasks to STOPPING and cancels its queued tasks at once", () => {
    const outcome = requestStop(run("RUNNING", [task("RUNNING", 8000, "a"), task("QUEUED", 100, "b")]), 1_000, 5_000);
    expect(outcome.transitioned).toBe(true);
    expect(outcome.run.Status).toBe("STOPPING");
    expect(outcome.run.Tasks.map((t) => t.State)).toEqual(["RUNNING", "CANCELLED"]);
    expect(outcome.run.StopRequestedAt).toBe(1_000);
    expect(outcome.run.CleanupDeadline).toBe(6_000);
  });

  it.each(["STARTING", "QUEUED", "RUNNING"] as const)("stops a %s run with nothing running directly (STOPPED)", (status) => {
    const outcome = requestStop(run(status, [task("QUEUED"), task("QUEUED")]), 42, 5_000);
    expect(outcome).toMatchObject({ transitioned: true, run: { Status: "STOPPED", StoppedAt: 42 } });
    expect(outcome.run.Tasks.every((t) => t.State === "CANCELLED")).toBe(true);
  });

  it("uses the seed defaults: STARTING and QUEUED stop at once, RUNNING winds down", () => {
    for (const [status, expected] of [["STARTING", "STOPPED"], ["QUEUED", "STOPPED"], ["RUNNING", "STOPPING"]] as const) {
      const seeded = run(status, defaultTasks({ RunId: "run-1", Status: status }));
      expect(requestStop(seeded, 0, 1_000).run.Status).toBe(expected);
    }
  });

  it.each(["STOPPING", "STOPPED", "SUCCESS", "FAILED", "TIMEOUT"] as const)("leaves a %s run unchanged (same object, no transition)", (status) => {
    const before = run(status, status === "STOPPING" ? [task("RUNNING")] : []);
    const outcome = requestStop(before, 0, 1_000);
    expect(outcome.transitioned).toBe(false);
    expect(outcome.run).toBe(before);
  });

  it("never moves a run anywhere but STOPPING or STOPPED", () => {
    for (const status of ALL_STATUSES) {
      const outcome = requestStop(run(status, [task("RUNNING")]), 0, 10);
      if (outcome.transitioned) expect(["STOPPING", "STOPPED"]).toContain(outcome.run.Status);
      else expect(outcome.run.Status).toBe(status);
    }
  });
});

describe("settleCleanup", () => {
  const stopping = requestStop(run("RUNNING", [task("RUNNING", 2_000, "short"), task("RUNNING", 9_000, "long")]), 0, 5_000).run;

  it("lets a task whose remaining work fits in the grace period finish", () => {
    const later = settleCleanup(stopping, 2_000);
    expect(later.Status).toBe("STOPPING");
    expect(later.Tasks.map((t) => t.State)).toEqual(["SUCCEEDED", "RUNNING"]);
  });

  it("terminates what still runs at the deadline, then the run is STOPPED", () => {
    const done = settleCleanup(settleCleanup(stopping, 2_000), 5_000);
    expect(done.Status).toBe("STOPPED");
    expect(done.StoppedAt).toBe(5_000);
    expect(done.Tasks.map((t) => t.State)).toEqual(["SUCCEEDED", "TERMINATED"]);
  });

  it("returns the same object when nothing is due", () => {
    expect(settleCleanup(stopping, 1_999)).toBe(stopping);
  });

  it("schedules the next step at the earliest task end or the deadline", () => {
    expect(nextCleanupAt(stopping)).toBe(2_000);
    expect(nextCleanupAt(settleCleanup(stopping, 2_000))).toBe(5_000);
    expect(nextCleanupAt(settleCleanup(stopping, 5_000))).toBeUndefined();
  });

  it("with a grace period of 0 terminates running tasks at once: STOPPED directly", () => {
    const zero = requestStop(run("RUNNING", [task("RUNNING", 50)]), 100, 0);
    expect(zero).toMatchObject({ transitioned: true, run: { Status: "STOPPED", Tasks: [{ State: "TERMINATED" }] } });
  });
});
