// A stop answered 200 survives kill -9: the service runs as a child process
// with DATA_DIR, is SIGKILLed right after answering, and restarted.

import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NIGHTLY } from "./support/in-process.js";
import { stopRun } from "./support/http.js";
import { failedStart, type ServiceProcess, startServiceProcess } from "./support/service-process.js";

let dir: string;
const started: ServiceProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mwaa-crash-"));
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.kill()));
  await rm(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<ServiceProcess> {
  const service = await startServiceProcess({ DATA_DIR: dir, GRACE_MS: "600000", ...env });
  started.push(service);
  return service;
}

describe("crash durability (DATA_DIR)", () => {
  it("keeps every stop answered 200 across SIGKILL and a restart", async () => {
    const first = await start();
    const runIds = ["run-20261124-0001", "run-20261124-0002", "run-20261124-0003"];
    // Stops in flight together share a disk flush; each was answered only after it.
    const answers = await Promise.all(runIds.map((RunId) => stopRun(first.url, { WorkflowArn: NIGHTLY, RunId })));
    expect(answers.map((a) => a.json?.Status)).toEqual(["STOPPING", "STOPPED", "STOPPED"]);
    await first.kill();
    expect(first.child.signalCode).toBe("SIGKILL");

    const second = await start();
    expect(second.logs.find((l) => l.msg === "durable state opened")).toMatchObject({ recoveredRuns: 10, importedRuns: 0 });
    const after = await Promise.all(runIds.map((RunId) => stopRun(second.url, { WorkflowArn: NIGHTLY, RunId })));
    expect(after.map((a) => a.json?.Status)).toEqual(["STOPPING", "STOPPED", "STOPPED"]);
    // A run nobody stopped is as the seed left it.
    expect((await stopRun(second.url, { WorkflowArn: NIGHTLY, RunId: "run-20261123-0001" })).json?.Status).toBe("SUCCESS");
  });

  it("finishes a STOPPING run's cleanup after a restart", async () => {
    const first = await start({ GRACE_MS: "1500" });
    expect((await stopRun(first.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" })).json?.Status).toBe("STOPPING");
    await first.kill();
    const second = await start();
    const deadline = Date.now() + 15_000;
    let status: unknown;
    while (Date.now() < deadline && status !== "STOPPED") {
      status = (await stopRun(second.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" })).json?.Status;
      if (status !== "STOPPED") await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe("STOPPED");
  });

  it("imports a DATA_DIR written by the old write-ahead log once, keeping its stops", async () => {
    const stopped = { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001", WorkflowVersion: "3", Status: "STOPPED", Tasks: [], StopRequestedAt: 1, CleanupDeadline: 2, StoppedAt: 2 };
    await writeFile(join(dir, "wal.jsonl"), `${JSON.stringify({ run: stopped })}\n`);
    const first = await start();
    expect(first.logs.find((l) => l.msg === "durable state opened")).toMatchObject({ importedRuns: 1 });
    expect((await stopRun(first.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" })).json?.Status).toBe("STOPPED");
    expect(existsSync(join(dir, "wal.jsonl.imported"))).toBe(true);
    await first.kill();
    const second = await start();
    expect(second.logs.find((l) => l.msg === "durable state opened")).toMatchObject({ importedRuns: 0 });
    expect((await stopRun(second.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" })).json?.Status).toBe("STOPPED");
  });

  it("refuses to import a damaged old log, exit 2, naming the line", async () => {
    await writeFile(join(dir, "wal.jsonl"), "garbage\n{}\n");
    const { code, stderr } = await failedStart({ DATA_DIR: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^serve: .*wal\.jsonl:1: unreadable record in the middle of the old write-ahead log; nothing was imported\n$/);
  });
});
