// A child process run without blocking the vitest worker that starts it.
import { spawn } from "node:child_process";

/**
 * Runs `command` with `input` on stdin; resolves with its exit status and
 * output. tsc over every AWS model takes minutes, and a worker blocked that
 * long (spawnSync) misses vitest's RPC deadline ("Timeout calling onTaskUpdate").
 */
export function runChild(command: string, args: string[], options: { cwd?: string; input?: string }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (status) => resolvePromise({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
    child.stdin.end(options.input ?? "");
  });
}
