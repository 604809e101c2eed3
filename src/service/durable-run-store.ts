// The DATA_DIR store: the in-memory table, with every save also appended to
// the write-ahead log (see write-ahead-log.ts for the durability design).

import { InMemoryRunStore, RunTable } from "./run-store.js";
import { WriteAheadLog } from "./write-ahead-log.js";
import type { WorkflowRun } from "./workflow-run.js";

/** One log record: the whole run after a change, so replay is "last one wins". */
interface RunRecord {
  run: WorkflowRun;
}

export interface DurableStoreOpening {
  store: DurableRunStore;
  /** Runs found on disk (the seed is only used for runs not among them). */
  recoveredRuns: number;
  droppedTornTail: boolean;
}

export class DurableRunStore extends InMemoryRunStore {
  private constructor(private readonly log: WriteAheadLog<RunRecord>) {
    super();
  }

  /**
   * Opens `dir`, replays it, then adds the `seed` runs the directory does not
   * know yet: stops already recorded win over the seed file on a restart.
   */
  static async open(dir: string, seed: Iterable<WorkflowRun>): Promise<DurableStoreOpening> {
    let recoveredRuns = 0;
    let runs: WorkflowRun[] = [];
    const { log, recovered } = await WriteAheadLog.open<RunRecord>(dir, (records) => {
      const table = new RunTable();
      for (const record of records) table.put(record.run);
      recoveredRuns = [...table.runs()].length;
      for (const run of seed) if (!table.get(run.WorkflowArn, run.RunId)) table.put(run);
      runs = [...table.runs()];
      return runs.map((run) => ({ run }));
    });
    const store = new DurableRunStore(log);
    for (const run of runs) store.table.put(run);
    return { store, recoveredRuns, droppedTornTail: recovered.droppedTornTail };
  }

  override save(run: WorkflowRun): void {
    super.save(run);
    this.log.append({ run });
  }

  override flushed(): Promise<void> {
    return this.log.flushed();
  }

  override settled(): boolean {
    return this.log.settled();
  }

  override close(): Promise<void> {
    return this.log.close();
  }
}
