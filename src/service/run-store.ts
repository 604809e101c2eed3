// Where runs live. Reads and writes of the in-memory table are synchronous,
// which is what makes a stop a check-and-set: between reading a run and
// saving its next state no other request can run on the event loop, so
// concurrent stops of one run make exactly one transition. Durability is a
// separate, awaited step (`flushed`) so the in-memory state never waits on disk.

import type { WorkflowRun } from "./workflow-run.js";

export interface RunStore {
  /** The run, only if it belongs to this workflow (no cross-workflow lookup). */
  get(workflowArn: string, runId: string): WorkflowRun | undefined;
  hasWorkflow(workflowArn: string): boolean;
  runs(): IterableIterator<WorkflowRun>;
  /** Replaces the run at once in memory; durable once `flushed()` resolves. */
  save(run: WorkflowRun): void;
  /** Resolves once every save so far survives a crash (at once in memory). */
  flushed(): Promise<void>;
  /** True when every save so far already survives a crash (always, in memory). */
  settled(): boolean;
  close(): Promise<void>;
}

/**
 * Runs indexed by run id, each id holding the runs of that id across
 * workflows (a run id is only unique within its workflow; almost always
 * there is one). Keyed by the short run id rather than the workflow ARN:
 * every lookup hashes a freshly parsed key, and the ARN is five times
 * longer; it is then compared, not hashed.
 */
export class RunTable {
  private readonly byRunId = new Map<string, WorkflowRun[]>();
  private readonly workflows = new Set<string>();

  get(workflowArn: string, runId: string): WorkflowRun | undefined {
    const runs = this.byRunId.get(runId);
    if (runs === undefined) return undefined;
    for (const run of runs) if (run.WorkflowArn === workflowArn) return run;
    return undefined;
  }

  hasWorkflow(workflowArn: string): boolean {
    return this.workflows.has(workflowArn);
  }

  put(run: WorkflowRun): void {
    const runs = this.byRunId.get(run.RunId);
    if (runs === undefined) {
      this.byRunId.set(run.RunId, [run]);
    } else {
      const at = runs.findIndex((other) => other.WorkflowArn === run.WorkflowArn);
      if (at !== -1) {
        runs[at] = run;
        return;
      }
      runs.push(run);
    }
    this.workflows.add(run.WorkflowArn);
  }

  /** Removes a run (undoing a save that never became durable). */
  delete(workflowArn: string, runId: string): void {
    const runs = this.byRunId.get(runId);
    const at = runs?.findIndex((run) => run.WorkflowArn === workflowArn) ?? -1;
    if (runs === undefined || at === -1) return;
    runs.splice(at, 1);
    if (runs.length === 0) this.byRunId.delete(runId);
    // Rare (only a failed first save of a run): recompute the workflow set.
    this.workflows.clear();
    for (const run of this.runs()) this.workflows.add(run.WorkflowArn);
  }

  *runs(): IterableIterator<WorkflowRun> {
    for (const runs of this.byRunId.values()) yield* runs;
  }
}

export class InMemoryRunStore implements RunStore {
  protected readonly table = new RunTable();

  constructor(runs: Iterable<WorkflowRun> = []) {
    for (const run of runs) this.table.put(run);
  }

  get(workflowArn: string, runId: string): WorkflowRun | undefined {
    return this.table.get(workflowArn, runId);
  }

  hasWorkflow(workflowArn: string): boolean {
    return this.table.hasWorkflow(workflowArn);
  }

  runs(): IterableIterator<WorkflowRun> {
    return this.table.runs();
  }

  save(run: WorkflowRun): void {
    this.table.put(run);
  }

  flushed(): Promise<void> {
    return Promise.resolve();
  }

  settled(): boolean {
    return true;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
