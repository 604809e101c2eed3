// A run as the durable store keeps it: its JSON text plus a checksum, and the
// checks every stored run must pass when the store is opened. The database's
// own check (PRAGMA quick_check) finds damaged pages; it cannot see a byte
// flipped inside a value, nor a row that was valid SQL but never a run this
// service could have written. Those would start the service with altered
// runs, or runs whose every stop fails, so each row is checked against the
// same constraints the model puts on the members the API returns, and its
// checksum is compared.

import { createHash } from "node:crypto";
import { RUN_ID_PATTERN, WORKFLOW_ARN_PATTERN, WORKFLOW_VERSION_PATTERN } from "./seed-runs.js";
import { ALL_STATUSES, type TaskState, type WorkflowRun } from "./workflow-run.js";

const workflowArnRegex = new RegExp(WORKFLOW_ARN_PATTERN);
const runIdRegex = new RegExp(RUN_ID_PATTERN);
const workflowVersionRegex = new RegExp(WORKFLOW_VERSION_PATTERN);
const TASK_STATES: ReadonlySet<string> = new Set<TaskState>(["QUEUED", "RUNNING", "SUCCEEDED", "CANCELLED", "TERMINATED"]);
const RUN_MEMBERS: ReadonlySet<string> = new Set(["WorkflowArn", "RunId", "WorkflowVersion", "Status", "Tasks", "StopRequestedAt", "CleanupDeadline", "StoppedAt"]);
const TASK_MEMBERS: ReadonlySet<string> = new Set(["TaskId", "State", "RemainingMs"]);

/**
 * SHA-256 over key and text: a damaged value or a row moved to another key no
 * longer matches. Trailing spaces are left out: they are the row's room for
 * growth (RESERVE_BYTES in sqlite-run-store.ts), not part of the run, and
 * JSON.stringify never ends a text with one, so rows written before that room
 * existed keep their checksums.
 */
export function runChecksum(workflowArn: string, runId: string, text: string): string {
  return createHash("sha256").update(`${workflowArn}\n${runId}\n${withoutRoom(text)}`).digest("hex").slice(0, 32);
}

/** The run's JSON without the row's trailing room (as SQLite's rtrim(run, ' ')). */
export function withoutRoom(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Code points, which is what the model's @length counts. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** What is wrong with a value that claims to be a stored run; undefined when nothing is. */
export function runProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const run = value as Record<string, unknown>;
  for (const key of Object.keys(run)) if (!RUN_MEMBERS.has(key)) return `unknown member ${JSON.stringify(key.slice(0, 40))}`;
  const text = (member: string, max: number, pattern: RegExp): string | undefined => {
    const v = run[member];
    if (typeof v !== "string") return `${member} is missing or not a string`;
    const length = codePoints(v);
    if (length < 1 || length > max) return `${member} has ${length} characters (the model allows 1 to ${max})`;
    return pattern.test(v) ? undefined : `${member} does not match the model's pattern`;
  };
  const memberProblem =
    text("WorkflowArn", 2048, workflowArnRegex) ?? text("RunId", 255, runIdRegex) ?? text("WorkflowVersion", 2048, workflowVersionRegex);
  if (memberProblem) return memberProblem;
  if (typeof run.Status !== "string" || !(ALL_STATUSES as readonly string[]).includes(run.Status)) {
    return `Status ${JSON.stringify(String(run.Status).slice(0, 40))} is not one of ${ALL_STATUSES.join(", ")}`;
  }
  for (const member of ["StopRequestedAt", "CleanupDeadline", "StoppedAt"]) {
    const v = run[member];
    if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= 0)) return `${member} is not a time in epoch milliseconds`;
  }
  if (!Array.isArray(run.Tasks)) return "Tasks is not an array";
  for (const [index, task] of (run.Tasks as unknown[]).entries()) {
    if (typeof task !== "object" || task === null || Array.isArray(task)) return `Tasks[${index}] is not an object`;
    const t = task as Record<string, unknown>;
    for (const key of Object.keys(t)) if (!TASK_MEMBERS.has(key)) return `Tasks[${index}] has an unknown member`;
    if (typeof t.TaskId !== "string" || t.TaskId === "") return `Tasks[${index}].TaskId is not a string`;
    if (typeof t.State !== "string" || !TASK_STATES.has(t.State)) return `Tasks[${index}].State is not a task state`;
    if (!(Number.isSafeInteger(t.RemainingMs) && (t.RemainingMs as number) >= 0)) return `Tasks[${index}].RemainingMs is not a non-negative integer`;
  }
  return undefined;
}

export interface StoredRow {
  workflow_arn: string;
  run_id: string;
  run: string;
  checksum: string;
}

/** The run a row holds, or the reason it cannot be trusted. */
export function readRow(row: StoredRow): { run: WorkflowRun } | { problem: string } {
  if (runChecksum(row.workflow_arn, row.run_id, row.run) !== row.checksum) return { problem: "checksum mismatch (the row was changed outside the service)" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.run);
  } catch {
    return { problem: "the run is not valid JSON" };
  }
  const problem = runProblem(parsed);
  if (problem) return { problem };
  const run = parsed as WorkflowRun;
  if (run.WorkflowArn !== row.workflow_arn || run.RunId !== row.run_id) return { problem: "the run's WorkflowArn/RunId differ from the row's key" };
  return { run };
}

/** A row for `run` (its text and checksum). */
export function rowOf(run: WorkflowRun): StoredRow {
  const text = JSON.stringify(run);
  return { workflow_arn: run.WorkflowArn, run_id: run.RunId, run: text, checksum: runChecksum(run.WorkflowArn, run.RunId, text) };
}
