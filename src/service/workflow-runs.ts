// The domain service behind StopWorkflowRun: finds the run, applies the
// state machine, records the result, and drives simulated cleanup until the
// run is STOPPED. Transport-agnostic: it knows nothing of HTTP or the stub.

import { nextCleanupAt, requestStop, settleCleanup } from "./stop-transition.js";
import type { RunStore } from "./run-store.js";
import type { WorkflowRun, WorkflowRunStatus } from "./workflow-run.js";

/** The resource a lookup failed on, named as ResourceNotFoundException reports it. */
export class RunNotFoundError extends Error {
  override name = "RunNotFoundError";
  constructor(
    readonly resourceType: "Workflow" | "WorkflowRun",
    readonly resourceId: string,
  ) {
    super(resourceType === "Workflow" ? `Workflow ${resourceId} was not found.` : `Workflow run ${resourceId} was not found.`);
  }
}

export interface RunTransition {
  workflowArn: string;
  runId: string;
  from: WorkflowRunStatus;
  to: WorkflowRunStatus;
  /** "stop" for the request's own transition, "cleanup" for the simulation's. */
  cause: "stop" | "cleanup";
}

export interface WorkflowRunsOptions {
  /** How long running tasks get to finish after a stop before they are terminated. */
  graceMs: number;
  now?: () => number;
  onTransition?: (transition: RunTransition) => void;
  /** Called when a cleanup step cannot be made durable (the request path sees such errors itself). */
  onBackgroundError?: (error: unknown) => void;
  /** Wait before retrying a cleanup step whose commit failed (default 1 s). */
  retryMs?: number;
}

const CLEANUP_RETRY_MS = 1_000;

export class WorkflowRuns {
  private readonly timers = new Map<WorkflowRun, NodeJS.Timeout>();
  private readonly now: () => number;
  private closed = false;

  constructor(
    private readonly store: RunStore,
    private readonly options: WorkflowRunsOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Resumes the cleanup of runs that were STOPPING when the process stopped
   * (or were seeded as STOPPING): their deadline is kept, so a restart does
   * not extend the grace period.
   */
  start(): void {
    for (const run of [...this.store.runs()]) {
      if (run.Status !== "STOPPING") continue;
      const now = this.now();
      const started = run.StopRequestedAt === undefined ? { ...run, StopRequestedAt: now, CleanupDeadline: now + this.options.graceMs } : run;
      if (started !== run) this.store.save(started);
      this.advanceCleanup(started);
    }
  }

  /** The run after a stop request; rejects with RunNotFoundError. Resolves once the answer is durable. */
  async stop(workflowArn: string, runId: string): Promise<WorkflowRun> {
    return this.stopNow(workflowArn, runId);
  }

  /**
   * As `stop`, but answers at once — the run itself, not a promise — when the
   * store already holds every save durably (always, in memory), and throws
   * RunNotFoundError rather than rejecting. The request path uses it: a
   * promise per request costs a turn of the event loop for nothing.
   */
  stopNow(workflowArn: string, runId: string): WorkflowRun | Promise<WorkflowRun> {
    const run = this.store.get(workflowArn, runId);
    if (!run) {
      throw this.store.hasWorkflow(workflowArn) ? new RunNotFoundError("WorkflowRun", runId) : new RunNotFoundError("Workflow", workflowArn);
    }
    // Read, decide and save happen in one synchronous stretch: no other
    // request can interleave, so only one stop of a run ever transitions it.
    const outcome = requestStop(run, this.now(), this.options.graceMs);
    if (outcome.transitioned) {
      this.store.save(outcome.run);
      this.emit(run, outcome.run, "stop");
      this.advanceCleanup(outcome.run);
    }
    // Also for repeats: a status read while another stop's record is still
    // being written must not be reported before it is on disk.
    return this.store.settled() ? outcome.run : this.store.flushed().then(() => outcome.run);
  }

  get(workflowArn: string, runId: string): WorkflowRun | undefined {
    return this.store.get(workflowArn, runId);
  }

  /** Stops the cleanup timers (the store is closed by its owner). */
  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private advanceCleanup(run: WorkflowRun): void {
    const at = nextCleanupAt(run);
    if (at === undefined || this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(run);
      const current = this.store.get(run.WorkflowArn, run.RunId);
      if (current !== run) return; // replaced meanwhile; whoever replaced it scheduled its own step
      const next = settleCleanup(current, this.now());
      if (next !== current) {
        this.store.save(next);
        if (next.Status !== current.Status) this.emit(current, next, "cleanup");
        this.store.flushed().catch((error: unknown) => {
          this.options.onBackgroundError?.(error);
          // A failed commit puts the run back as it was: try the step again later.
          if (this.store.get(current.WorkflowArn, current.RunId) === current) this.retryCleanup(current);
        });
      }
      this.advanceCleanup(next);
    }, Math.max(0, at - this.now()));
    // Timers must not keep a finished process alive (the server does that).
    timer.unref();
    this.timers.set(run, timer);
  }

  private retryCleanup(run: WorkflowRun): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(run);
      if (this.store.get(run.WorkflowArn, run.RunId) === run) this.advanceCleanup(run);
    }, this.options.retryMs ?? CLEANUP_RETRY_MS);
    timer.unref();
    this.timers.set(run, timer);
  }

  private emit(from: WorkflowRun, to: WorkflowRun, cause: RunTransition["cause"]): void {
    this.options.onTransition?.({ workflowArn: to.WorkflowArn, runId: to.RunId, from: from.Status, to: to.Status, cause });
  }
}
