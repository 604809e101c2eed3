// Helpers for the durability fault tests: a seed of many long-running runs,
// concurrent clients that record which stops were acknowledged, and the
// check after a restart.
//
// The oracle: every seeded run has one task that would run for days, and the
// first service runs with GRACE_MS=600000, so an acknowledged stop leaves its
// run STOPPING with a deadline ten minutes away. The service is restarted with
// GRACE_MS=0: a stop of a run whose earlier stop was kept still answers
// STOPPING (its recorded deadline is kept), while a run whose stop was lost is
// RUNNING again, and stopping it now ends it at once — STOPPED. So asking
// after the restart tells kept from lost without reading the database.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NIGHTLY } from "./in-process.js";
import { stopRun } from "./http.js";

export const runIdOf = (index: number): string => `load-${String(index).padStart(5, "0")}`;

/** A SEED file of `count` RUNNING runs of NIGHTLY, each with one very long task. */
export async function writeLoadSeed(dir: string, count: number): Promise<string> {
  const path = join(dir, "seed.json");
  const runs = Array.from({ length: count }, (_, i) => ({
    WorkflowArn: NIGHTLY,
    RunId: runIdOf(i),
    WorkflowVersion: "1",
    Status: "RUNNING",
    Tasks: [{ State: "RUNNING", RemainingMs: 500_000_000 }],
  }));
  await writeFile(path, JSON.stringify(runs));
  return path;
}

export interface LoadResult {
  /** Run ids whose stop was answered 200 STOPPING. */
  acknowledged: Set<string>;
  /** Run ids whose stop was answered 500 (outcome unknown to the client, so either state is fine). */
  failed: Map<string, { errorType: string | undefined; retryAfter: string | null; json: Record<string, unknown> | undefined }>;
  /** Answers other than 200 STOPPING and 500 InternalServerException. */
  unexpected: string[];
}

/**
 * `clients` loops each stop their share of runs `[from, to)` one at a time,
 * until the runs are used up, `until()` turns true, or the service goes away.
 */
export async function stopConcurrently(url: string, from: number, to: number, clients: number, until: (result: LoadResult) => boolean): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: new Set(), failed: new Map(), unexpected: [] };
  let next = from;
  let gone = false;
  const client = async (): Promise<void> => {
    while (!gone && next < to && !until(result)) {
      const runId = runIdOf(next++);
      try {
        const answer = await stopRun(url, { WorkflowArn: NIGHTLY, RunId: runId });
        if (answer.status === 200 && answer.json?.Status === "STOPPING") result.acknowledged.add(runId);
        else if (answer.status === 500) result.failed.set(runId, { errorType: answer.errorType, retryAfter: answer.headers.get("retry-after"), json: answer.json });
        else result.unexpected.push(`${runId}: ${answer.status} ${answer.text.slice(0, 200)}`);
      } catch {
        gone = true; // connection refused or reset: the process was killed
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return result;
}

/** After a restart with GRACE_MS=0: the acknowledged runs whose stop was lost (see the file comment). */
export async function lostStops(url: string, acknowledged: Iterable<string>): Promise<string[]> {
  const lost: string[] = [];
  const ids = [...acknowledged];
  for (let i = 0; i < ids.length; i += 16) {
    const answers = await Promise.all(ids.slice(i, i + 16).map(async (RunId) => [RunId, (await stopRun(url, { WorkflowArn: NIGHTLY, RunId })).json?.Status] as const));
    for (const [runId, status] of answers) if (status !== "STOPPING") lost.push(`${runId} (now ${String(status)})`);
  }
  return lost;
}
