// `make serve` as a program: settings from the environment, exit code 2 with
// a plain message for bad ones, JSON log lines, SIGTERM drains.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { DEFAULT_DRAIN_TIMEOUT_MS } from "@mwaa-serverless/server-node";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { NIGHTLY } from "./support/in-process.js";
import { CONTENT_TYPE, TARGET, stopRun } from "./support/http.js";
import { failedStart, startServiceProcess } from "./support/service-process.js";

describe("serve (src/service/main.ts)", () => {
  it("logs JSON lines with the URL, serves the demo set, and drains on SIGTERM", async () => {
    const service = await startServiceProcess({});
    try {
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(service.logs.find((l) => l.url)).toMatchObject({ level: 30, auth: "none", seed: "demo set" });
      // A request in flight when SIGTERM arrives is still answered: half its
      // body is sent before the signal, the rest after.
      const body = JSON.stringify({ WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(service.url, { method: "POST", headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET, "content-length": Buffer.byteLength(body) } }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on("error", reject);
        // Conditions, not guesses: the signal goes once the first part is
        // flushed to the socket, the rest once the service logs "draining".
        req.write(body.slice(0, 20), () => {
          service.child.kill("SIGTERM");
          vi.waitFor(
            () => {
              if (!service.logs.some((l) => l.msg === "draining")) throw new Error("the service never logged draining after SIGTERM");
            },
            { timeout: 20_000, interval: 20 },
          ).then(() => req.end(body.slice(20)), reject);
        });
      });
      const response = await answer;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text)).toMatchObject({ Status: "STOPPING" });
      expect(await service.terminate()).toBe(0);
      expect(service.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["draining", "stopped"]));
    } finally {
      await service.kill();
    }
  });

  it("on SIGTERM closes at once a client part-way through its headers, a silent and an idle connection, then exits 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-drain-"));
    const service = await startServiceProcess({ DATA_DIR: dir });
    const { hostname, port } = new URL(service.url);
    const open = (): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> =>
      new Promise((resolve) => {
        let text = "";
        const socket = connect(Number(port), hostname, () => resolve({ socket, received: () => text, closed }));
        const closed = new Promise<void>((done) => socket.once("close", () => done()));
        socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
        socket.on("error", () => undefined);
      });
    try {
      const halfHeaders = await open();
      halfHeaders.socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Ty");
      const silent = await open();
      const idle = await open();
      const body = JSON.stringify({ WorkflowArn: NIGHTLY, RunId: "run-20261124-0002" });
      idle.socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      const deadline = Date.now() + 10_000;
      while (!idle.received().includes("STOPPED") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(idle.received()).toMatch(/^HTTP\/1\.1 200 /);

      const signalled = Date.now();
      const code = await service.terminate();
      const took = Date.now() - signalled;
      expect(code).toBe(0);
      // Well inside the drain bound: nothing waited for the slow client.
      expect(took, `exit took ${took} ms`).toBeLessThan(DEFAULT_DRAIN_TIMEOUT_MS / 2);
      await Promise.all([halfHeaders.closed, silent.closed, idle.closed]);
      expect(halfHeaders.received()).toMatch(/^(|HTTP\/1\.1 408 [^]*)$/);
      expect(silent.received()).toBe("");
      expect(service.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["draining", "stopped"]));
    } finally {
      await service.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("loads SEED files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-seed-"));
    try {
      const seed = join(dir, "runs.json");
      await writeFile(seed, JSON.stringify([{ WorkflowArn: NIGHTLY, RunId: "custom-1", WorkflowVersion: "9", Status: "QUEUED" }]));
      const service = await startServiceProcess({ SEED: seed });
      try {
        expect((await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "custom-1" })).json).toMatchObject({ WorkflowVersion: "9", Status: "STOPPED" });
        expect((await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" })).errorType).toBe("ResourceNotFoundException");
      } finally {
        await service.kill();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with a message naming the bad seed entry", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-seed-"));
    try {
      const seed = join(dir, "bad.json");
      await writeFile(seed, JSON.stringify([{ WorkflowArn: NIGHTLY, RunId: "ok", WorkflowVersion: "1", Status: "DONE" }]));
      const { code, stderr } = await failedStart({ SEED: seed });
      expect(code).toBe(2);
      expect(stderr).toContain(`serve: SEED=${seed}: 1 invalid seed entry problem`);
      expect(stderr).toContain('entry 0 (RunId "ok"): Status must be one of');
      expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ PORT: "eighty" }, /serve: PORT=eighty: expected a port number/],
    [{ AUTH: "sigv4" }, /serve: AUTH=sigv4 needs CREDENTIALS/],
    [{ THROTTLE: "10" }, /serve: THROTTLE=10: expected rate\/burst/],
    [{ GRACE_MS: "soon" }, /serve: GRACE_MS=soon/],
    [{ SEED: "/nonexistent/seed.json" }, /serve: SEED=\/nonexistent\/seed\.json: cannot read the file \(ENOENT\)/],
  ])("exits 2 on bad settings %j", async (env, message) => {
    const { code, stderr } = await failedStart(env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("exits 2 when the port is taken", async () => {
    const first = await startServiceProcess({});
    try {
      const port = new URL(first.url).port;
      const { code, stderr } = await failedStart({ PORT: port });
      expect(code).toBe(2);
      expect(stderr).toContain(`HOST=127.0.0.1 PORT=${port}: the address is already in use`);
    } finally {
      await first.kill();
    }
  });
});
