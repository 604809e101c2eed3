// `make mock`: the Prism mock (or, with --proxy, Prism's validating proxy) of
// the generated OpenAPI document, behind an awsJson-aware front.

import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { ContractShapeError } from "./operation-table.js";
import type { PrismFront } from "./prism-front.js";
import { PrismFrontConfigError, startPrismFront } from "./prism-front.js";

const USAGE = `usage: mock [options]

Serves the awsJson1_0 contract in generated/openapi.json with Prism's engine.
Mock mode answers from the model's examples (select one with
"Prefer: code=400, example=RunNotFound"); proxy mode forwards to an
implementation and checks every request and response against the contract.

options (environment variable in brackets):
  --spec FILE          OpenAPI document [SPEC] (default: generated/openapi.json)
  --host HOST          address to bind [HOST] (default: 127.0.0.1)
  --port PORT          port [PORT] (default: 4010)
  --proxy URL          proxy mode: forward to URL [PROXY]
  --errors             turn violations into errors: request → 422, response → 500 problem+json [ERRORS=1]
  --forward-invalid    with --errors, still forward requests that break the contract [FORWARD_INVALID=1]
  --check-security     require the Authorization header the contract's SigV4 scheme names [CHECK_SECURITY=1]
  --dynamic            mock with random schema-valid data instead of examples [DYNAMIC=1]
  --log-level LEVEL    pino level [LOG_LEVEL] (default: info)
  -h, --help           this text
`;

class UsageError extends Error {}

const flag = (value: string | undefined) => value === "1" || value === "true";

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string" },
        host: { type: "string" },
        port: { type: "string" },
        proxy: { type: "string" },
        errors: { type: "boolean" },
        "forward-invalid": { type: "boolean" },
        "check-security": { type: "boolean" },
        dynamic: { type: "boolean" },
        "log-level": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const env = process.env;
  const portText = values.port ?? env.PORT ?? "4010";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be a port number, got '${portText}'`);
  const spec = values.spec ?? env.SPEC ?? "generated/openapi.json";
  if (!/^https?:\/\//.test(spec) && !existsSync(spec)) {
    throw new UsageError(`OpenAPI document not found: ${spec} (run \`make generate\` first, or pass --spec)`);
  }
  const proxy = values.proxy ?? (env.PROXY || undefined);
  return {
    help: values.help ?? false,
    spec,
    host: values.host ?? env.HOST ?? "127.0.0.1",
    port,
    proxy,
    errors: values.errors ?? flag(env.ERRORS),
    forwardInvalid: values["forward-invalid"] ?? flag(env.FORWARD_INVALID),
    checkSecurity: values["check-security"] ?? flag(env.CHECK_SECURITY),
    dynamic: values.dynamic ?? flag(env.DYNAMIC),
    logLevel: values["log-level"] ?? env.LOG_LEVEL ?? "info",
  };
}

async function main(): Promise<number> {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mock: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const logger = pino({ level: options.logLevel, base: { service: "prism-front" } });
  let front: PrismFront;
  try {
    front = await startPrismFront({
      spec: options.spec,
      mode: options.proxy === undefined ? "mock" : "proxy",
      ...(options.proxy === undefined ? {} : { upstream: options.proxy }),
      host: options.host,
      port: options.port,
      errors: options.errors,
      forwardInvalidRequests: options.forwardInvalid,
      checkSecurity: options.checkSecurity,
      dynamic: options.dynamic,
      logger,
    });
  } catch (error) {
    if (error instanceof PrismFrontConfigError || error instanceof ContractShapeError) {
      process.stderr.write(`mock: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      process.stderr.write(`mock: cannot listen on ${options.host}:${options.port} (${code})\n`);
      return 2;
    }
    throw error;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, "shutting down");
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await front.close();
  const errors = front.violations.errors().length;
  logger.info({ violations: errors }, `stopped; ${errors} contract violation(s) seen`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mock: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
