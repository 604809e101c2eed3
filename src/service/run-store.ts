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
  close(): Promise<void>;
}

/** Runs indexed by workflow, then run id: a run id is only unique within its workflow. */
export class RunTable {
  private readonly byWorkflow = new Map<string, Map<string, WorkflowRun>>();

  get(workflowArn: string, runId: string): WorkflowRun | undefined {
    return this.byWorkflow.get(workflowArn)?.get(runId);
  }

  hasWorkflow(workflowArn: string): boolean {
    return this.byWorkflow.has(workflowArn);
  }

  put(run: WorkflowRun): void {
    let runs = this.byWorkflow.get(run.WorkflowArn);
    if (!runs) this.byWorkflow.set(run.WorkflowArn, (runs = new Map()));
    runs.set(run.RunId, run);
  }

  *runs(): IterableIterator<WorkflowRun> {
    for (const runs of this.byWorkflow.values()) yield* runs.values();
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

  close(): Promise<void> {
    return Promise.resolve();
  }
}
