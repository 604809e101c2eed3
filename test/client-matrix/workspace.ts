// One shared workspace for every consumer project of the matrix: the packed
// client (`npm pack` of generated/client, the tarball users would install)
// unpacked into <tmp>/node_modules/@mwaa-serverless/client, and every other
// package linked from the repository's installed node_modules — an offline
// install of the tarball with the dependencies already on disk. Projects are
// subdirectories, so Node's and TypeScript's resolution walk up to it.

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const root = process.cwd();

export interface Workspace {
  dir: string;
  tarball: string;
}

export async function createWorkspace(): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), "client-matrix-"));
  await exec("npm", ["pack", "--pack-destination", dir, "--loglevel=error"], { cwd: join(root, "generated/client"), timeout: 240_000 });
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry.startsWith(".") || entry === "@mwaa-serverless") continue;
    symlinkSync(join(root, "node_modules", entry), join(modules, entry));
  }
  const client = join(modules, "@mwaa-serverless/client");
  mkdirSync(client, { recursive: true });
  await exec("tar", ["-xzf", tarball, "-C", client, "--strip-components=1"]);
  return { dir, tarball };
}

export interface Outcome {
  ok: boolean;
  output: string;
}

/** Runs a command; never throws: a failure is an outcome with what it printed. */
export async function runCommand(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { cwd, env: { ...process.env, ...env }, timeout: 180_000, maxBuffer: 16 << 20 });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` || e.message };
  }
}

/** Runs tasks with at most as many at once as the machine has cores. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit = Math.max(2, availableParallelism())): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
