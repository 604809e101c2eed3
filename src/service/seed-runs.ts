// Reads the runs the service starts with: a SEED file, or the demo set.
// A seed entry is a StopWorkflowRun output with every member present, plus
// optional simulated tasks. Entries are checked against the same constraints
// the model puts on those members (test/service/seed-runs.test.ts compares
// these patterns with generated/model.json), because a seeded run the API
// could never return would make the service break its own contract.

import { readFile } from "node:fs/promises";
import { ALL_STATUSES, type SimulatedTask, type TaskState, type WorkflowRun, type WorkflowRunStatus } from "./workflow-run.js";

export const WORKFLOW_ARN_PATTERN =
  "^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9\\.\\-_]{0,254}-[a-zA-Z0-9]{10})$";
export const RUN_ID_PATTERN = "^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$";
export const WORKFLOW_VERSION_PATTERN = "^.+$";

const workflowArnRegex = new RegExp(WORKFLOW_ARN_PATTERN);
const runIdRegex = new RegExp(RUN_ID_PATTERN);
const workflowVersionRegex = new RegExp(WORKFLOW_VERSION_PATTERN);
const KNOWN_MEMBERS = new Set(["WorkflowArn", "RunId", "WorkflowVersion", "Status", "Tasks"]);

export class SeedError extends Error {
  override name = "SeedError";
}

export interface SeedTask {
  State: "QUEUED" | "RUNNING";
  RemainingMs?: number;
}

/** One entry of a SEED file. */
export interface SeedRun {
  WorkflowArn: string;
  RunId: string;
  WorkflowVersion: string;
  Status: WorkflowRunStatus;
  /** Simulated tasks in flight; when absent they follow from Status (see defaultTasks). */
  Tasks?: SeedTask[];
}

export async function readSeedFile(path: string): Promise<WorkflowRun[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new SeedError(`SEED=${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`SEED=${path}: not valid JSON (${(error as Error).message})`);
  }
  return seedRuns(parsed, `SEED=${path}`);
}

/** Checks a parsed seed document and turns it into runs; every problem is listed, each naming its entry. */
export function seedRuns(document: unknown, source: string): WorkflowRun[] {
  if (!Array.isArray(document)) {
    throw new SeedError(`${source}: expected a JSON array of {"WorkflowArn","RunId","WorkflowVersion","Status"} objects`);
  }
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const runs: WorkflowRun[] = [];
  document.forEach((entry: unknown, index) => {
    const label = describeEntry(entry, index);
    const entryProblems = problemsOf(entry);
    if (entryProblems.length > 0) {
      problems.push(...entryProblems.map((problem) => `${label}: ${problem}`));
      return;
    }
    const run = entry as SeedRun;
    const key = `${run.WorkflowArn}\u0000${run.RunId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${label}: duplicates entry ${first} (same WorkflowArn and RunId)`);
      return;
    }
    seen.set(key, index);
    runs.push(toWorkflowRun(run));
  });
  if (problems.length > 0) {
    throw new SeedError(`${source}: ${problems.length} invalid seed ${problems.length === 1 ? "entry problem" : "entry problems"}:\n  ${problems.join("\n  ")}`);
  }
  return runs;
}

function describeEntry(entry: unknown, index: number): string {
  const runId = typeof entry === "object" && entry !== null ? (entry as { RunId?: unknown }).RunId : undefined;
  return typeof runId === "string" ? `entry ${index} (RunId ${JSON.stringify(runId.slice(0, 80))})` : `entry ${index}`;
}

function problemsOf(entry: unknown): string[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return ["must be a JSON object"];
  const record = entry as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!KNOWN_MEMBERS.has(key)) problems.push(`unknown member "${key}" (allowed: ${[...KNOWN_MEMBERS].join(", ")})`);
  }
  checkString(record, "WorkflowArn", 1, 2048, workflowArnRegex, problems);
  checkString(record, "RunId", 1, 255, runIdRegex, problems);
  checkString(record, "WorkflowVersion", 1, 2048, workflowVersionRegex, problems);
  const status = record.Status;
  if (typeof status !== "string" || !(ALL_STATUSES as readonly string[]).includes(status)) {
    problems.push(`Status must be one of ${ALL_STATUSES.join(", ")} (got ${JSON.stringify(status)})`);
  } else if (record.Tasks !== undefined) {
    problems.push(...taskProblems(record.Tasks, status as WorkflowRunStatus));
  }
  return problems;
}

function checkString(record: Record<string, unknown>, member: string, min: number, max: number, pattern: RegExp, problems: string[]): void {
  const value = record[member];
  if (value === undefined) problems.push(`${member} is required`);
  else if (typeof value !== "string") problems.push(`${member} must be a string`);
  else if (value.length < min || value.length > max) problems.push(`${member} must be ${min} to ${max} characters long (got ${value.length})`);
  else if (!pattern.test(value)) problems.push(`${member} ${JSON.stringify(value.slice(0, 120))} does not match ${pattern.source}`);
}

function taskProblems(tasks: unknown, status: WorkflowRunStatus): string[] {
  if (!Array.isArray(tasks)) return ["Tasks must be an array of {\"State\":\"QUEUED\"|\"RUNNING\",\"RemainingMs\"?:number}"];
  const problems: string[] = [];
  tasks.forEach((task: unknown, index) => {
    const where = `Tasks[${index}]`;
    if (typeof task !== "object" || task === null) return void problems.push(`${where} must be an object`);
    const { State, RemainingMs } = task as Record<string, unknown>;
    if (State !== "QUEUED" && State !== "RUNNING") problems.push(`${where}.State must be "QUEUED" or "RUNNING"`);
    else if (!["STARTING", "QUEUED", "RUNNING", "STOPPING"].includes(status)) problems.push(`${where}: a ${status} run has no tasks in flight`);
    else if (status === "STOPPING" && State === "QUEUED") problems.push(`${where}: a STOPPING run has no queued tasks (a stop cancels them)`);
    if (RemainingMs !== undefined && !(typeof RemainingMs === "number" && Number.isInteger(RemainingMs) && RemainingMs >= 0)) {
      problems.push(`${where}.RemainingMs must be a non-negative integer`);
    }
  });
  return problems;
}

function toWorkflowRun(seed: SeedRun): WorkflowRun {
  const tasks = seed.Tasks ? seed.Tasks.map((task, index) => simulatedTask(seed.RunId, index, task.State, task.RemainingMs)) : defaultTasks(seed);
  return { WorkflowArn: seed.WorkflowArn, RunId: seed.RunId, WorkflowVersion: seed.WorkflowVersion, Status: seed.Status, Tasks: tasks };
}

/**
 * Tasks in flight when a seed entry does not list them: a run that has not
 * started has only queued tasks (a stop ends it at once, STOPPED); a RUNNING
 * run has two running tasks and one queued (a stop leaves it STOPPING while
 * they wind down); a STOPPING run has one task still winding down.
 */
export function defaultTasks(seed: Pick<SeedRun, "RunId" | "Status">): SimulatedTask[] {
  const shape: Partial<Record<WorkflowRunStatus, TaskState[]>> = {
    STARTING: ["QUEUED", "QUEUED"],
    QUEUED: ["QUEUED", "QUEUED", "QUEUED"],
    RUNNING: ["RUNNING", "RUNNING", "QUEUED"],
    STOPPING: ["RUNNING"],
  };
  return (shape[seed.Status] ?? []).map((state, index) => simulatedTask(seed.RunId, index, state, undefined));
}

function simulatedTask(runId: string, index: number, state: TaskState, remainingMs: number | undefined): SimulatedTask {
  return { TaskId: `task-${index + 1}`, State: state, RemainingMs: remainingMs ?? defaultRemainingMs(runId, index) };
}

/** A stable pseudo-random 0.5–30 s of remaining work, so demo runs behave the same on every start. */
function defaultRemainingMs(runId: string, index: number): number {
  let hash = 2166136261;
  for (const char of `${runId}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return 500 + (hash % 29_500);
}
