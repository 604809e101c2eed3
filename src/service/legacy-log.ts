// Reads a DATA_DIR written by the service's former write-ahead log (a JSON
// snapshot plus a JSON-lines log, replaced by SQLite) so that the SQLite store
// can import it once (sqlite-run-store.ts). Same rules as that log had: the
// snapshot was written atomically, so any damage in it is fatal; a crash could
// only tear the log's last line, which is dropped; a bad line anywhere else is
// damage. Every record must also be a run the service could have written.

import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { RunTable } from "./run-store.js";
import { StoreOpenError } from "./store-errors.js";
import { runProblem } from "./stored-run.js";
import type { WorkflowRun } from "./workflow-run.js";

const SNAPSHOT = "snapshot.json";
const LOG = "wal.jsonl";
/** Suffix the old files get once imported: kept for the operator, never read again. */
export const IMPORTED_SUFFIX = ".imported";

/** The old log's files present in `dir`. */
export function legacyLogFiles(dir: string): string[] {
  return [SNAPSHOT, LOG].filter((name) => existsSync(join(dir, name)));
}

/** Every run the old files hold, last record per run winning. Throws StoreOpenError naming file and line. */
export function importLegacyLog(dir: string): WorkflowRun[] {
  const table = new RunTable();
  const snapshotPath = join(dir, SNAPSHOT);
  const snapshotText = readOptional(snapshotPath);
  if (snapshotText !== undefined) {
    let records: unknown;
    try {
      records = (JSON.parse(snapshotText) as { records?: unknown }).records;
    } catch (error) {
      throw new StoreOpenError(`${snapshotPath}: not a valid snapshot of the old write-ahead log (${(error as Error).message}); nothing was imported`);
    }
    if (!Array.isArray(records)) throw new StoreOpenError(`${snapshotPath}: not a valid snapshot of the old write-ahead log (no records array); nothing was imported`);
    records.forEach((record: unknown, index) => table.put(checked(record, `${snapshotPath}: record ${index + 1}`)));
  }
  const logPath = join(dir, LOG);
  const lines = (readOptional(logPath) ?? "").split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, index) => {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      if (index === lines.length - 1) return; // torn by a crash mid-append: never acknowledged
      throw new StoreOpenError(`${logPath}:${index + 1}: unreadable record in the middle of the old write-ahead log; nothing was imported`);
    }
    table.put(checked(record, `${logPath}:${index + 1}`));
  });
  return [...table.runs()];
}

/** Renames the imported files out of the way. */
export function retireLegacyLog(dir: string, files: string[]): void {
  for (const name of files) renameSync(join(dir, name), join(dir, name + IMPORTED_SUFFIX));
}

function checked(record: unknown, where: string): WorkflowRun {
  const run = typeof record === "object" && record !== null ? (record as { run?: unknown }).run : undefined;
  const problem = run === undefined ? 'not a {"run": …} record' : runProblem(run);
  if (problem) throw new StoreOpenError(`${where}: ${problem}; nothing was imported`);
  return run as WorkflowRun;
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StoreOpenError(`${path}: cannot read the old write-ahead log (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
