// CODEGEN_TIMINGS=1: each generator's wall time and the thread it ran on, on
// stderr (how the worker groups of generators/threads.ts were balanced;
// docs/aws-models.md). Its own module so that the CLI's light entry
// (cli.ts) can report the write without loading the generators.

import { performance } from "node:perf_hooks";
import { isMainThread, threadId } from "node:worker_threads";

export function timing(what: string, started: number): void {
  if (process.env.CODEGEN_TIMINGS !== "1") return;
  const thread = isMainThread ? "main" : `worker ${threadId}`;
  // process.uptime(): one clock for every thread, from the process's start.
  const ended = Math.round(process.uptime() * 1000);
  process.stderr.write(`timing: ${what} ${Math.round(performance.now() - started)} ms (${thread}, done at ${ended} ms)\n`);
}
