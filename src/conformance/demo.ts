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
import { formatReport, type ReportFormat } from "./report-format.js";
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

export async function runDemo(format: ReportFormat = "table"): Promise<number> {
  const out = (text: string): void => void process.stdout.write(text);
  let service: RunningService | undefined;
  let mock: PrismFront | undefined;
  try {
    service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
    mock = await startPrismFront({ spec: openapi as object, mode: "mock" });
    const client = await clientAgainstMock(mock);
    const requestViolations = mock.violations.errors().filter((v) => v.phase === "request");
    const kit = await runConformance({ endpoint: service.url, workflowArn: DEMO_WORKFLOW_ARN, runId: DEMO_RUN_ID, viaPrism: true });
    const clientOk = client.every((c) => c.ok) && requestViolations.length === 0;
    if (format === "table") {
      out("Conformance demo: both sides of the StopWorkflowRun contract, refereed by Prism\n\n");
      out(`1. Generated client → Prism mock at ${mock.url} (Prism validates every request)\n\n`);
      for (const c of client) out(`${c.ok ? "PASS" : "FAIL"}  example ${c.title.padEnd(24)} ${c.detail}\n`);
      out(requestViolations.length === 0
        ? `\nPrism found no request violation in ${client.length} client calls.\n\n`
        : `\nPrism request violations:\n${requestViolations.map((v) => `  ${v.location.join(".")}: ${v.message}`).join("\n")}\n\n`);
      out(`2. Conformance kit → Prism proxy → reference service at ${service.url} (Prism validates every response)\n\n`);
    }
    out(formatReport(format, kit.results, kit.summary, `Kit against the reference service through ${kit.target}`));
    if (format === "table") {
      out(`\nDemo result: client ${clientOk ? "conforms" : "DOES NOT conform"}, reference service ${kit.summary.mustFailed === 0 ? "conforms" : "DOES NOT conform"}.\n`);
    }
    return clientOk && kit.summary.mustFailed === 0 ? 0 : 1;
  } finally {
    await mock?.close();
    await service?.close();
  }
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
