// The reference service's picture of a workflow run: the four members the
// API exposes, plus the simulated tasks whose shutdown decides when a stop
// is complete (StopWorkflowRun docs: "terminates all running tasks and
// prevents new tasks from starting … then to STOPPED once all cleanup is
// complete").

import type { WorkflowRunStatus } from "../../generated/server/src/index.js";

export type { WorkflowRunStatus };

/** A task of a run. QUEUED and RUNNING are in flight; the rest are final. */
export type TaskState = "QUEUED" | "RUNNING" | "SUCCEEDED" | "CANCELLED" | "TERMINATED";

export interface SimulatedTask {
  TaskId: string;
  State: TaskState;
  /**
   * Work left when the stop arrived, in ms. A running task whose remaining work
   * fits in the grace period finishes (SUCCEEDED); otherwise it is terminated
   * when the grace period ends.
   */
  RemainingMs: number;
}

export interface WorkflowRun {
  WorkflowArn: string;
  RunId: string;
  WorkflowVersion: string;
  Status: WorkflowRunStatus;
  Tasks: SimulatedTask[];
  /** Epoch ms at which the stop was accepted (set while STOPPING and after). */
  StopRequestedAt?: number;
  /** Epoch ms at which running tasks still alive are terminated. */
  CleanupDeadline?: number;
  /** Epoch ms at which the run reached STOPPED through a stop. */
  StoppedAt?: number;
}

/** Runs a stop moves forward: the scheduler may still start or run their tasks. */
export const STOPPABLE_STATUSES: ReadonlySet<WorkflowRunStatus> = new Set<WorkflowRunStatus>(["STARTING", "QUEUED", "RUNNING"]);

/** Runs that ended on their own; a stop leaves them as they are. */
export const FINISHED_STATUSES: ReadonlySet<WorkflowRunStatus> = new Set<WorkflowRunStatus>(["SUCCESS", "FAILED", "TIMEOUT"]);

export const ALL_STATUSES: readonly WorkflowRunStatus[] = [
  "STARTING", "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "STOPPING", "STOPPED",
];

export function isInFlight(task: SimulatedTask): boolean {
  return task.State === "QUEUED" || task.State === "RUNNING";
}
