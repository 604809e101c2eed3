#!/usr/bin/env node
// mwaa-conformance: point the kit at any implementation of the service.
// Exit 0 when every MUST case passes, 1 when one fails, 2 when there is no
// verdict: usage errors, an unreachable or silent endpoint, or credentials
// missing or refused (a message, never a stack trace).

import { writeFileSync } from "node:fs";
import { USAGE, optionsFromArgs } from "./cli-options.js";
import { ServerDiagnosisError } from "./diagnosis.js";
import { EndpointUnreachableError, KitUsageError, runConformance } from "./kit.js";
import { formatReport, verdict } from "./report-format.js";
import { allCases } from "./suite.js";

async function main(): Promise<number> {
  let options;
  try {
    options = optionsFromArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof KitUsageError) {
      process.stderr.write(`mwaa-conformance: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.list) {
    for (const c of allCases()) process.stdout.write(`${c.level.padEnd(6)} ${c.id}  ${c.description}\n`);
    return 0;
  }
  const write = (text: string): void => {
    if (options.output) writeFileSync(options.output, text);
    else process.stdout.write(text);
  };
  if (options.demo) {
    const { runDemo } = await import("./demo.js");
    // The demo starts the reference service and the mock: a failure to start
    // either (e.g. an operation added to the model that the reference service
    // has no handler for) is one line and exit 2, never a stack trace.
    try {
      const demo = await runDemo(options.format);
      write(demo.report);
      return demo.exitCode;
    } catch (error) {
      process.stderr.write(`mwaa-conformance: the demo could not run: ${(error as Error).message}\n`);
      return 2;
    }
  }
  try {
    const run = await runConformance(options.kit);
    const title = `Conformance of ${options.kit.endpoint}${options.kit.viaPrism ? ` (through the Prism proxy at ${run.target})` : ""}`;
    write(formatReport(options.format, run.results, run.summary, title));
    if (options.output) process.stderr.write(`mwaa-conformance: ${verdict(run.summary)}; report written to ${options.output}\n`);
    return run.summary.mustFailed === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof KitUsageError || error instanceof EndpointUnreachableError || error instanceof ServerDiagnosisError) {
      process.stderr.write(`mwaa-conformance: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`mwaa-conformance: ${(error as Error).message}\n`);
    return 2;
  }
}

// `mwaa-conformance --list | head` closes stdout early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
