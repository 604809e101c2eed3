// `make conformance` without ENDPOINT: the project's main demo. Starts the
// reference service (demo seed) and the Prism mock of generated/openapi.json,
// then checks both sides of the contract against Prism:
//   1. the generated client against the mock — Prism validates every request
//      the client sends (and the client parses every mocked answer);
//   2. the kit against the reference service through the validating Prism
//      proxy — Prism validates every response, the kit checks the rest.
// Prints one report and stops everything it started.

import { pino } from "pino";
import openapi from "../../generated/openapi.json" with { type: "json" };
import { MWAAServerlessClient, StopWorkflowRunCommand } from "../../generated/client/src/index.js";
import { startPrismFront, type PrismFront } from "../mock/index.js";
import { startReferenceService, type RunningService } from "../service/reference-service.js";
import { readSettings } from "../service/settings.js";
import { runConformance } from "./kit.js";
import type { CaseResult } from "./case-runner.js";
import { formatReport, summarize, type ReportFormat } from "./report-format.js";
import { suite } from "./suite.js";

/** A stoppable run of the demo seed (src/service/demo-runs.json). */
const DEMO_WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const DEMO_RUN_ID = "run-20261124-0002";

/** The model's @examples the client replays against the mock, with the outcome each documents. */
const CLIENT_EXAMPLES: { title: string; error?: string }[] = [
  { title: "StopRunningWorkflowRun" },
  { title: "RunNotFound", error: "ResourceNotFoundException" },
  { title: "AccessDenied", error: "AccessDeniedException" },
  { title: "Throttled", error: "ThrottlingException" },
  { title: "InternalServerError", error: "InternalServerException" },
  { title: "OperationTimeout", error: "OperationTimeoutException" },
];
const EXAMPLE_INPUT = { WorkflowArn: DEMO_WORKFLOW_ARN, RunId: "run-20261124-0001" };

interface ClientCheck {
  title: string;
  ok: boolean;
  detail: string;
}

export interface DemoResult {
  report: string;
  exitCode: number;
}

/**
 * Runs both parts and formats one report in the chosen format; part 1 (the
 * client against the mock) appears as `client.*` cases in every format, so
 * JSON, JUnit and HTML cover the whole demo.
 */
export async function runDemo(format: ReportFormat = "table"): Promise<DemoResult> {
  let service: RunningService | undefined;
  let mock: PrismFront | undefined;
  try {
    service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
    mock = await startPrismFront({ spec: openapi as object, mode: "mock" });
    const clientStarted = performance.now();
    const client = await clientAgainstMock(mock);
    const requestViolations = mock.violations.errors().filter((v) => v.phase === "request");
    const clientResults = clientCaseResults(client, requestViolations.map((v) => `${v.location.join(".")}: ${v.message}`), performance.now() - clientStarted);
    const kit = await runConformance({ endpoint: service.url, workflowArn: DEMO_WORKFLOW_ARN, runId: DEMO_RUN_ID, viaPrism: true });
    const clientOk = clientResults.every((r) => r.result === "pass");
    const results = [...clientResults, ...kit.results];
    const summary = summarize(results, kit.summary.durationMs + clientResults.reduce((sum, r) => sum + r.durationMs, 0));
    const title = `Conformance demo: 1. generated client → Prism mock at ${mock.url}; 2. kit → Prism proxy ${kit.target} → reference service at ${service.url}`;
    let report: string;
    if (format === "table") {
      const lines = ["Conformance demo: both sides of the StopWorkflowRun contract, refereed by Prism", "",
        `1. Generated client → Prism mock at ${mock.url} (Prism validates every request; cases client.*)`,
        `2. Conformance kit → Prism proxy → reference service at ${service.url} (Prism validates every response)`, ""];
      report = `${lines.join("\n")}\n${formatReport("table", results, summary, "Cases")}` +
        `\nDemo result: client ${clientOk ? "conforms" : "DOES NOT conform"}, reference service ${kit.summary.mustFailed === 0 ? "conforms" : "DOES NOT conform"}.\n`;
    } else {
      report = formatReport(format, results, summary, title);
    }
    return { report, exitCode: clientOk && kit.summary.mustFailed === 0 ? 0 : 1 };
  } finally {
    await mock?.close();
    await service?.close();
  }
}

/** Part 1 as cases: one per replayed example, plus Prism's verdict on the requests. */
function clientCaseResults(checks: ClientCheck[], violations: string[], durationMs: number): CaseResult[] {
  const each = durationMs / Math.max(1, checks.length + 1);
  const results: CaseResult[] = checks.map((c) => ({
    id: `client.example.${c.title}`,
    level: "MUST",
    description: `Generated client replays the model's example "${c.title}" against the Prism mock and reads its answer`,
    result: c.ok ? "pass" : "fail",
    reason: c.detail,
    failures: c.ok ? [] : [c.detail],
    preferences: [],
    durationMs: each,
  }));
  results.push({
    id: "client.requests-valid",
    level: "MUST",
    description: `Prism finds no contract violation in the ${checks.length} requests the generated client sent`,
    result: violations.length === 0 ? "pass" : "fail",
    reason: violations.join("; "),
    failures: violations.map((v) => `Prism request violation: ${v}`),
    preferences: [],
    durationMs: each,
  });
  return results;
}

/** Sends each example through the generated client, asking the mock for that example's answer. */
async function clientAgainstMock(mock: PrismFront): Promise<ClientCheck[]> {
  const client = new MWAAServerlessClient({
    region: "us-east-1",
    endpoint: mock.url,
    credentials: { accessKeyId: "demo", secretAccessKey: "demo" },
    maxAttempts: 1,
  });
  const checks: ClientCheck[] = [];
  // The mock picks its answer from the Prefer header (status, then example name).
  let prefer = "";
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers.prefer = prefer;
      return next(args);
    },
    { step: "build", name: "preferMockExample" },
  );
  try {
    for (const example of CLIENT_EXAMPLES) {
      const command = new StopWorkflowRunCommand(EXAMPLE_INPUT);
      const status = example.error ? suite.errors.find((e) => e.name === example.error)?.status : 200;
      prefer = `code=${status ?? 200}, example=${example.title}`;
      try {
        const output = await client.send(command);
        checks.push(example.error
          ? { title: example.title, ok: false, detail: `expected ${example.error}, got a success` }
          : { title: example.title, ok: output.RunId !== undefined, detail: `success: Status ${output.Status}, RunId ${output.RunId}` });
      } catch (error) {
        const name = (error as Error).name;
        checks.push({ title: example.title, ok: name === example.error, detail: `${name}${example.error && name !== example.error ? ` (expected ${example.error})` : ""}` });
      }
    }
  } finally {
    client.destroy();
  }
  return checks;
}
