// Runs a program to completion without blocking the test worker (spawnSync
// would starve vitest's own messages during long commands), and renders the
// whole exchange for assertion messages, so a failure says what happened.

import { spawn } from "node:child_process";

export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runProgram(
  command: string,
  args: string[],
  { cwd, timeoutMs = 120_000, env = {} }: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1", MAKEFLAGS: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    // A bound, not a wait: a hung program fails its test instead of the run.
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export function shown(what: string, r: Finished): string {
  return `${what} exited ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
