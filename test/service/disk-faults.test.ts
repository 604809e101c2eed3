// Fault tests of the durable store with the service as a real process:
// kill -9 under 16 concurrent clients, a file-size limit (prlimit, no root
// needed), and — when the tests run as root — a full tmpfs that later gets
// space back. In every case: no stop answered 200 is lost after a restart,
// and a failed commit is a retryable InternalServerException.
// (The oracle is described in support/durable-load.ts.)

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NIGHTLY } from "./support/in-process.js";
import { stopRun } from "./support/http.js";
import { lostStops, runIdOf, stopConcurrently, writeLoadSeed, type LoadResult } from "./support/durable-load.js";
import { type ServiceProcess, startServiceProcess } from "./support/service-process.js";

const RUNS = 3000;
const CLIENTS = 16;
const ROUNDS = 2;

let dir: string;
let seedPath: string;
const started: ServiceProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mwaa-faults-"));
  seedPath = await writeLoadSeed(dir, RUNS);
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.kill()));
  await rm(dir, { recursive: true, force: true });
});

async function start(dataDir: string, env: Record<string, string> = {}, wrapper: string[] = []): Promise<ServiceProcess> {
  const service = await startServiceProcess({ DATA_DIR: dataDir, SEED: seedPath, GRACE_MS: "600000", LOG_LEVEL: "warn", ...env }, 30_000, wrapper);
  started.push(service);
  return service;
}

/** Every 500 was the modelled, retryable InternalServerException with Retry-After. */
function expectRetryableFailures(result: LoadResult): void {
  for (const [runId, failure] of result.failed) {
    expect({ runId, type: failure.errorType, retryAfter: failure.retryAfter, seconds: failure.json?.RetryAfterSeconds }).toEqual({
      runId,
      type: "InternalServerException",
      retryAfter: "1",
      seconds: 1,
    });
  }
  expect(result.unexpected).toEqual([]);
}

describe("durability under faults (DATA_DIR, real process)", () => {
  it("loses no acknowledged stop to kill -9 under 16 concurrent clients (2 rounds)", async () => {
    const data = join(dir, "data");
    let acknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const service = await start(data);
      const from = round * 1000;
      // Killed while the clients are busy: once a random number of stops were acknowledged.
      const killAfter = 100 + Math.floor(Math.random() * 300);
      let killing: Promise<void> | undefined;
      const result = await stopConcurrently(service.url, from, from + 1000, CLIENTS, (r) => {
        if (!killing && r.acknowledged.size >= killAfter) killing = service.kill();
        return false;
      });
      await (killing ?? service.kill());
      expect(service.child.signalCode).toBe("SIGKILL");
      expectRetryableFailures(result);
      expect(result.acknowledged.size, "stops acknowledged before the kill").toBeGreaterThan(0);
      acknowledged += result.acknowledged.size;

      const restarted = await start(data, { GRACE_MS: "0" });
      expect(await lostStops(restarted.url, result.acknowledged), `round ${round}: acknowledged stops lost after kill -9`).toEqual([]);
      await restarted.kill();
    }
    expect(acknowledged).toBeGreaterThan(200);
  }, 120_000);

  it("answers a retryable 500 at a file-size limit, never a lost acknowledgement, and keeps answering stops already on disk", async () => {
    const data = join(dir, "data");
    // First start without a limit: the seed is recorded; a clean stop folds the WAL into the database.
    const first = await start(data);
    const code = await first.terminate();
    expect({ code, signal: first.child.signalCode, stderr: first.stderr() }).toMatchObject({ code: 0 });
    const size = (await stat(join(data, "runs.sqlite"))).size;

    const limited = await start(data, {}, ["prlimit", `--fsize=${size + 30_000}`]);
    const early = await stopRun(limited.url, { WorkflowArn: NIGHTLY, RunId: runIdOf(0) });
    expect(early.json?.Status).toBe("STOPPING");
    // How many stops are refused is not fixed: a commit that hits the limit
    // fails its whole batch, the store recovers by itself and later batches
    // succeed until the limit is hit again. How often that happens depends on
    // the batch sizes the 16 clients happen to form (since rows have room to
    // grow in place, runs gave 28-41 of 3,000), so the test asks that the
    // limit was reached at all, and stops the load after 40 refusals.
    const result = await stopConcurrently(limited.url, 1, RUNS, CLIENTS, (r) => r.failed.size >= 40);
    expect(result.failed.size, "stops refused once the limit was reached").toBeGreaterThan(0);
    expectRetryableFailures(result);
    result.acknowledged.add(runIdOf(0));
    // A stop already on disk is answered from memory: the failing disk does not stop it.
    expect((await stopRun(limited.url, { WorkflowArn: NIGHTLY, RunId: runIdOf(0) })).json?.Status).toBe("STOPPING");
    await limited.kill();

    const restarted = await start(data, { GRACE_MS: "0" });
    expect(await lostStops(restarted.url, result.acknowledged), "acknowledged stops lost at the file-size limit").toEqual([]);
  }, 120_000);

  const root = process.getuid?.() === 0 && canMountTmpfs();
  it.skipIf(!root)("recovers without a restart when a full disk gets space back (tmpfs, root only)", async () => {
    const mount = join(dir, "mnt");
    mkdirSync(mount);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mount]);
    try {
      const data = join(mount, "data");
      const service = await start(data);
      const filler = join(mount, "filler");
      fillDisk(filler);
      const full = await stopConcurrently(service.url, 0, 1000, CLIENTS, (r) => r.failed.size >= 20);
      expect(full.failed.size, "stops refused on the full disk").toBeGreaterThanOrEqual(20);
      expectRetryableFailures(full);

      await rm(filler);
      // No restart: the failed stops succeed when retried, and new ones too.
      const retried = await Promise.all([...full.failed.keys()].map((RunId) => stopRun(service.url, { WorkflowArn: NIGHTLY, RunId })));
      expect(retried.map((r) => r.status)).toEqual(retried.map(() => 200));
      const after = await stopConcurrently(service.url, 1000, 1200, CLIENTS, () => false);
      expect(after.acknowledged.size).toBe(200);

      await service.kill();
      const restarted = await start(data, { GRACE_MS: "0" });
      const acknowledged = new Set([...full.acknowledged, ...full.failed.keys(), ...after.acknowledged]);
      expect(await lostStops(restarted.url, acknowledged), "acknowledged stops lost around the full disk").toEqual([]);
      await restarted.kill();
    } finally {
      await Promise.all(started.splice(0).map((p) => p.kill()));
      execFileSync("umount", ["-l", mount]);
    }
  }, 120_000);
});

function canMountTmpfs(): boolean {
  try {
    execFileSync("mount", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Writes `path` until the file system is full (ENOSPC), down to single bytes. */
function fillDisk(path: string): void {
  writeFileSync(path, "");
  const fd = openSync(path, "a");
  try {
    for (let chunk = 1 << 20; chunk >= 1; chunk >>= 2) {
      const buffer = Buffer.alloc(chunk, 1);
      try {
        for (;;) writeSync(fd, buffer);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}
