// The run state machine of StopWorkflowRun as pure functions of (run, time),
// so every rule is testable without timers or I/O. The simulator and the
// store only decide *when* these are applied and *where* the result lives.
//
//   STARTING | QUEUED | RUNNING ──stop──▶ STOPPING ──last running task ends──▶ STOPPED
//                               └─stop, nothing running─────────────────────▶ STOPPED
//   STOPPING | STOPPED ──stop──▶ unchanged (idempotent: @idempotent in the model)
//   SUCCESS | FAILED | TIMEOUT ──stop──▶ unchanged (see requestStop)

import { FINISHED_STATUSES, STOPPABLE_STATUSES, type SimulatedTask, type WorkflowRun } from "./workflow-run.js";

export interface StopOutcome {
  /** The run after the stop (the same object when nothing changed). */
  run: WorkflowRun;
  /** True when this call moved the run to another status. */
  transitioned: boolean;
}

/**
 * Applies a stop request at time `now` with a cleanup grace period of `graceMs`.
 *
 * Finished runs (SUCCESS, FAILED, TIMEOUT) answer with their status unchanged
 * rather than a ValidationException: the caller's goal — the run no longer
 * doing work — already holds; the API documents the returned Status as
 * "typically STOPPING or STOPPED", i.e. other values are expected; and a run
 * may finish a moment before a stop reaches it, a race no client should have
 * to handle as an error. It is also what makes the operation idempotent in
 * every state, as the model's @idempotent trait promises retrying SDKs.
 */
export function requestStop(run: WorkflowRun, now: number, graceMs: number): StopOutcome {
  if (!STOPPABLE_STATUSES.has(run.Status)) return { run, transitioned: false };
  // Queued tasks never got a worker: cancelled at once. Running tasks keep
  // going until they finish or the grace period ends.
  const tasks = run.Tasks.map((task): SimulatedTask => (task.State === "QUEUED" ? { ...task, State: "CANCELLED" } : task));
  const stopping: WorkflowRun = { ...run, Tasks: tasks, StopRequestedAt: now, CleanupDeadline: now + graceMs };
  return { run: settleCleanup({ ...stopping, Status: "STOPPING" }, now), transitioned: true };
}

/**
 * Advances the cleanup of a STOPPING run to time `now`: running tasks whose
 * remaining work is done have SUCCEEDED, the rest are TERMINATED once the
 * deadline passes; with nothing running the run is STOPPED.
 */
export function settleCleanup(run: WorkflowRun, now: number): WorkflowRun {
  if (run.Status !== "STOPPING") return run;
  const since = run.StopRequestedAt ?? now;
  const deadline = run.CleanupDeadline ?? now;
  let changed = false;
  const tasks = run.Tasks.map((task): SimulatedTask => {
    if (task.State !== "RUNNING") return task;
    if (since + task.RemainingMs <= now) {
      changed = true;
      return { ...task, State: "SUCCEEDED", RemainingMs: 0 };
    }
    if (deadline <= now) {
      changed = true;
      return { ...task, State: "TERMINATED" };
    }
    return task;
  });
  const stillRunning = tasks.some((task) => task.State === "RUNNING");
  if (!changed && stillRunning) return run;
  return stillRunning ? { ...run, Tasks: tasks } : { ...run, Tasks: tasks, Status: "STOPPED", StoppedAt: now };
}

/** When settleCleanup next has something to do for this run; undefined when never. */
export function nextCleanupAt(run: WorkflowRun): number | undefined {
  if (run.Status !== "STOPPING") return undefined;
  const since = run.StopRequestedAt ?? 0;
  let next = run.CleanupDeadline ?? since;
  for (const task of run.Tasks) {
    if (task.State === "RUNNING") next = Math.min(next, since + task.RemainingMs);
  }
  return next;
}

/** True for statuses a stop leaves alone because the run ended by itself. */
export function isFinished(run: WorkflowRun): boolean {
  return FINISHED_STATUSES.has(run.Status);
}
