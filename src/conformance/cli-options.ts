// Command-line options of mwaa-conformance, with the environment variables
// that stand in for them (ENDPOINT, WORKFLOW_ARN, RUN_ID, AWS_*), checked up
// front so every mistake is one clear usage message.

import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS, KitUsageError, type KitOptions } from "./kit.js";
import { REPORT_FORMATS, type ReportFormat } from "./report-format.js";

export const USAGE = `Usage: mwaa-conformance --endpoint URL [options]
       mwaa-conformance --demo            (what \`make conformance\` runs without ENDPOINT)

Runs the StopWorkflowRun conformance cases against an implementation.
  --endpoint URL            the implementation under test (env ENDPOINT)
  --workflow-arn ARN        workflow of an existing, stoppable run (env WORKFLOW_ARN)
  --run-id ID               that run (env RUN_ID). The semantic cases STOP this run;
                            without both, those cases are skipped and the rest still run.
  --auth none|sigv4         sign requests with SigV4 (default none)
  --access-key-id ID        SigV4 credentials (env AWS_ACCESS_KEY_ID,
  --secret-access-key KEY     AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)
  --session-token TOKEN
  --region REGION           signing region (env AWS_REGION; default: the ARN's region)
  --via-prism               route through the validating Prism proxy (second referee)
  --format table|json|junit|html
                            output format (default table); html is one self-contained page
  --output FILE             write the report to FILE instead of standard output
  --only IDS, --skip IDS    comma lists of case ids or globs (e.g. 'protocol.*')
  --timeout MS              per-request timeout (default ${DEFAULT_TIMEOUT_MS}); 3 timeouts before any
                            answer (20 in a row after one) stop the run: "server not answering"
  --concurrency N           requests in flight (default 8)
  --list                    list the cases and exit
Exit status: 0 every MUST case passed, 1 a MUST case failed, 2 no verdict: usage error,
unreachable endpoint, server not answering, or every answer an authentication error
(the message says which credentials the server wants).`;

const FORMATS = REPORT_FORMATS;

function list(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

export function optionsFromArgs(argv: string[], env: NodeJS.ProcessEnv): { kit: KitOptions; format: ReportFormat; output?: string; demo: boolean; list: boolean; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        endpoint: { type: "string" },
        "workflow-arn": { type: "string" },
        "run-id": { type: "string" },
        auth: { type: "string", default: "none" },
        "access-key-id": { type: "string" },
        "secret-access-key": { type: "string" },
        "session-token": { type: "string" },
        region: { type: "string" },
        "via-prism": { type: "boolean", default: false },
        format: { type: "string", default: "table" },
        output: { type: "string" },
        only: { type: "string" },
        skip: { type: "string" },
        timeout: { type: "string" },
        concurrency: { type: "string" },
        demo: { type: "boolean", default: false },
        list: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new KitUsageError((error as Error).message);
  }
  const v = parsed.values;
  const format = v.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new KitUsageError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(v.format)}`);
  if (v.auth !== "none" && v.auth !== "sigv4") throw new KitUsageError(`--auth must be none or sigv4, got ${JSON.stringify(v.auth)}`);
  const positive = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new KitUsageError(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
    return n;
  };
  const endpoint = v.endpoint ?? env.ENDPOINT;
  const workflowArn = v["workflow-arn"] ?? (env.WORKFLOW_ARN || undefined);
  const runId = v["run-id"] ?? (env.RUN_ID || undefined);
  const kit: KitOptions = { endpoint: endpoint ?? "", only: list(v.only), skip: list(v.skip), viaPrism: v["via-prism"] === true };
  if (workflowArn) kit.workflowArn = workflowArn;
  if (runId) kit.runId = runId;
  const timeout = positive("timeout", v.timeout);
  if (timeout) kit.timeoutMs = timeout;
  const concurrency = positive("concurrency", v.concurrency);
  if (concurrency) kit.concurrency = concurrency;
  if (v.auth === "sigv4") {
    const accessKeyId = v["access-key-id"] ?? env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = v["secret-access-key"] ?? env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new KitUsageError("--auth sigv4 needs --access-key-id and --secret-access-key (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)");
    }
    const region = v.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? workflowArn?.split(":")[3] ?? "us-east-1";
    const sessionToken = v["session-token"] ?? env.AWS_SESSION_TOKEN;
    kit.signing = { accessKeyId, secretAccessKey, region, ...(sessionToken ? { sessionToken } : {}) };
  }
  const demo = v.demo === true;
  if (!demo && !v.list && !v.help && !endpoint) throw new KitUsageError("--endpoint is required (or ENDPOINT in the environment)");
  if (workflowArn && !runId) throw new KitUsageError("--workflow-arn without --run-id: give both (or neither)");
  if (runId && !workflowArn) throw new KitUsageError("--run-id without --workflow-arn: give both (or neither)");
  return { kit, format, ...(v.output ? { output: v.output } : {}), demo, list: v.list === true, help: v.help === true };
}

