// `make serve`: the reference StopWorkflowRun service as a program.
// Settings come from the environment (settings.ts; README "Reference
// service"). Logs are pino JSON lines on stdout. Every failure to start — a
// bad setting, seed file, data directory or database, a port in use, or
// anything unexpected — is one plain line on stderr and exit code 2.

import { pino } from "pino";
import { drainOnSignal } from "../../generated/server/src/index.js";
import { startReferenceService } from "./reference-service.js";
import { SeedError } from "./seed-runs.js";
import { SettingsError, readSettings, type ServiceSettings } from "./settings.js";
import { StoreOpenError } from "./store-errors.js";

const EXIT_BAD_SETTINGS = 2;

/** One line, even for a list of problems (joined with "; "): log collectors and people read one line per failure. */
function fail(message: string): never {
  process.stderr.write(`serve: ${message.split("\n").map((part) => part.trim()).filter(Boolean).join("; ").replaceAll(":; ", ": ")}\n`);
  process.exit(EXIT_BAD_SETTINGS);
}

/** Listen errors that are the operator's to fix, phrased in terms of HOST and PORT. */
function listenProblem(error: unknown, settings: ServiceSettings): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `HOST=${settings.host} PORT=${settings.port}`;
  if (code === "EADDRINUSE") return `${where}: the address is already in use`;
  if (code === "EACCES") return `${where}: permission denied (ports below 1024 need privileges)`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `${where}: no such address on this machine`;
  return undefined;
}

// Settings are environment variables (make passes them through); the command
// line takes only --help, so `serve --help` never starts a server.
const USAGE = `usage: serve [--help]

Starts the reference StopWorkflowRun service (awsJson1_0). Settings come from the environment:
  HOST (127.0.0.1)  PORT (8080; 0 = any free port)  SEED (JSON file of runs; default the demo set)
  AUTH (none | sigv4)  CREDENTIALS (ACCESS_KEY_ID:SECRET,...)  REGION  THROTTLE (rate/burst)
  DATA_DIR (durable state; default memory)  GRACE_MS (5000)  LOG_LEVEL (info)  VALIDATE_OUTPUT
Logs are JSON lines on stdout; SIGTERM/SIGINT drain and exit 0; a bad setting exits 2.
See docs/reference-service.md.
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.length > 0) {
    process.stderr.write(`serve: unknown argument '${args[0]}' (settings are environment variables)\n\n${USAGE}`);
    process.exit(EXIT_BAD_SETTINGS);
  }
  let settings: ServiceSettings;
  try {
    settings = readSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) fail(error.message);
    throw error;
  }
  const logger = pino({ level: settings.logLevel, base: { service: "mwaa-serverless-reference", pid: process.pid } });

  let service;
  try {
    service = await startReferenceService(settings, logger);
  } catch (error) {
    if (error instanceof SeedError) fail(error.message);
    if (error instanceof StoreOpenError) fail(error.message);
    fail(listenProblem(error, settings) ?? `cannot start: ${oneLine(error)}`);
  }
  // Signal handlers before the URL is announced: a supervisor may send SIGTERM
  // as soon as it reads the line, and without a handler node dies of it.
  // SIGTERM drains (generated drainOnSignal, bounded by DEFAULT_DRAIN_TIMEOUT_MS,
  // 10 s): no new connections; idle, silent and half-sent connections are
  // closed at once; requests in flight are answered — each answer already
  // waited for its commit — then the store closes and the process exits 0.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => logger.info({ signal }, "draining"));
  drainOnSignal(service.server, {
    onClosed: async () => {
      await service.release();
      logger.info("stopped");
    },
  });
  // The URL is printed even when LOG_LEVEL hides info lines (only "silent" hides it):
  // scripts and people starting the service need it.
  const announce = settings.logLevel === "silent" ? logger : logger.child({}, { level: "info" });
  announce.info(
    { url: service.url, auth: settings.auth.mode, throttle: settings.throttle ?? null, dataDir: settings.dataDir ?? null, seed: settings.seedPath ?? "demo set", graceMs: settings.graceMs },
    `listening on ${service.url}`,
  );
}

function oneLine(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = String((error as Error).message ?? error).replace(/\s*[\r\n]+\s*/g, " ");
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

main().catch((error: unknown) => fail(`cannot start: ${oneLine(error)}`));
