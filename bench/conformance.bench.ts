// Conformance kit speed (issue 5, tightened by issue 15): the full suite against the local
// reference service, in process, against — in the same run, interleaved — the
// same number of plain requests sent with undici over the same kind of pool
// (8 connections, keep-alive), i.e. the floor the kit's checks, schema
// validation and reporting add to. Goal: the full suite under 1 s (median),
// hostile-JSON, routing and semantic cases included.

import { pino } from "pino";
import { Pool } from "undici";
import { runConformance } from "../src/conformance/kit.js";
import { allCases } from "../src/conformance/suite.js";
import { startReferenceService } from "../src/service/reference-service.js";
import { readSettings } from "../src/service/settings.js";
import { type BenchReport, median } from "./report.js";

const ROUNDS = Number(process.env.BENCH_CONFORMANCE_ROUNDS ?? 7);
const GOAL_MS = 1_000;
const CONCURRENCY = 8;
const WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";

async function plainRequests(url: string, count: number): Promise<number> {
  const pool = new Pool(url, { connections: CONCURRENCY });
  const body = JSON.stringify({ WorkflowArn: WORKFLOW_ARN, RunId: "bench-no-such-run" });
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next++ < count) {
      const response = await pool.request({
        method: "POST",
        path: "/",
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" },
        body,
      });
      await response.body.text();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  await pool.close();
  return elapsed;
}

export default async function conformanceBench(): Promise<BenchReport> {
  const service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
  const caseCount = allCases().length;
  const kitMs: number[] = [];
  const plainMs: number[] = [];
  let failures = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      // A run that is stopped in the first round stays stoppable-and-idempotent afterwards (STOPPING/STOPPED → 200).
      const run = await runConformance({ endpoint: service.url, workflowArn: WORKFLOW_ARN, runId: "run-20261124-0002" });
      kitMs.push(performance.now() - started);
      failures += run.summary.failed;
      plainMs.push(await plainRequests(service.url, caseCount));
    }
  } finally {
    await service.close();
  }
  const kit = median(kitMs);
  return {
    title: "Conformance kit: full suite against the local reference service",
    method: `${ROUNDS} rounds, in process, interleaved: the whole kit (${caseCount} cases, ${CONCURRENCY} in flight over an undici keep-alive pool, every response checked against the generated validators) vs. the same number of plain undici requests to the same service. Median wall time per round.`,
    rows: [
      { name: `plain undici, ${caseCount} requests`, value: median(plainMs), unit: "ms" },
      { name: `conformance kit, ${caseCount} cases`, value: kit, unit: "ms", baseline: `plain undici, ${caseCount} requests` },
    ],
    goal: `full suite under ${GOAL_MS / 1000} s`,
    met: kit < GOAL_MS && failures === 0,
    notes: [`${failures} case failures across all rounds (must be 0 for the goal to count).`],
  };
}
