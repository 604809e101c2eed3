// Runs src/service/main.ts as a child process (the way `make serve` runs the
// bundle) and waits for its "listening on" log line. Used where the test
// needs a real process: crash durability, exit codes, signals.

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, then wait for the exit code. */
  terminate(): Promise<number | null>;
}

export const MAIN = "src/service/main.ts";

/**
 * `wrapper` runs the service under another program, e.g. ["prlimit",
 * "--fsize=40000"] for a file-size limit (the process keeps its pid: prlimit execs).
 */
export function runMain(env: Record<string, string>, wrapper: string[] = []): ChildProcess {
  // The runtime packages' sources (their export condition), not a possibly stale dist/.
  const [command, ...args] = [...wrapper, process.execPath, "--conditions=@mwaa-serverless/source", "--import", "tsx", MAIN];
  return spawn(command!, args, {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export async function startServiceProcess(env: Record<string, string>, timeoutMs = 20_000, wrapper: string[] = []): Promise<ServiceProcess> {
  const child = runMain(env, wrapper);
  const logs: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.url === "string" && String(entry.msg).startsWith("listening on")) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before listening; stderr: ${stderr}`));
    });
  });
  const exited = once(child, "exit");
  return {
    url,
    child,
    logs,
    stderr: () => stderr,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    terminate: async () => {
      if (!child.killed && child.exitCode === null) child.kill("SIGTERM");
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Runs main.ts expecting it to fail at start: its exit code and stderr. */
export async function failedStart(env: Record<string, string>, wrapper: string[] = []): Promise<{ code: number | null; stderr: string }> {
  const child = runMain(env, wrapper);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stderr };
}
