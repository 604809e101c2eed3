// The node:http adapter over real sockets: round trip, the 1 MiB limit while
// streaming, timeouts against stuck clients, and SIGTERM draining in a child
// process. Every server binds 127.0.0.1 on a free port and is closed after.

import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { Agent, request as httpRequest, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHttpServer, ResourceNotFoundException, type NodeHttpOptions } from "../../generated/server/src/index.js";
import { ARN, CONTENT_TYPE, RUN_ID, serviceWith, TARGET, UUID } from "./helpers.js";

async function listen(options: NodeHttpOptions = {}, maxBodyBytes?: number): Promise<{ server: Server; port: number }> {
  const server = createNodeHttpServer(serviceWith(undefined, maxBodyBytes ? { maxBodyBytes } : {}), options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function listenWith(core: ReturnType<typeof serviceWith>): Promise<{ server: Server; port: number }> {
  const server = createNodeHttpServer(core);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Writes raw bytes on a fresh socket; resolves with everything read until the server closes it. */
function raw(port: number, chunks: (string | Buffer)[], opts: { keepOpen?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (data) => (received += data.toString("latin1")));
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(received) : reject(error)));
    socket.on("close", () => resolve(received));
    socket.on("connect", () => {
      for (const chunk of chunks) socket.write(chunk);
      if (!opts.keepOpen) socket.end();
    });
  });
}

describe("node:http adapter", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => ({ server, port } = await listen()));
  afterAll(() => close(server));

  it("serves a StopWorkflowRun call end to end", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: "POST",
      headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": TARGET },
      body: JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(CONTENT_TYPE);
    expect(response.headers.get("x-amzn-requestid")).toMatch(UUID);
    expect(await response.json()).toMatchObject({ RunId: RUN_ID, Status: "STOPPING" });
  });

  it("serves a core that offers only handle() (no synchronous answer)", async () => {
    const full = serviceWith();
    const handleOnly = { handle: (r: Parameters<typeof full.handle>[0]) => full.handle(r), maxBodyBytes: full.maxBodyBytes, contentType: full.contentType };
    const { server: other, port: otherPort } = await listenWith(handleOnly as ReturnType<typeof serviceWith>);
    try {
      const response = await fetch(`http://127.0.0.1:${otherPort}/`, {
        method: "POST",
        headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": TARGET },
        body: JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ RunId: RUN_ID, Status: "STOPPING" });
    } finally {
      await close(other);
    }
  });

  it("frames a non-ASCII error body by its byte length, with every awsJson header", async () => {
    const message = "Run ‘ghost’ is not known – überhaupt nicht";
    const core = serviceWith(async () => {
      throw new ResourceNotFoundException({ Message: message, ResourceId: "ghost", ResourceType: "WorkflowRun" });
    });
    const { server: other, port: otherPort } = await listenWith(core);
    try {
      const response = await raw(otherPort, [
        `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID }))}\r\n\r\n${JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID })}`,
      ]);
      const [head, body] = response.split("\r\n\r\n") as [string, string];
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toMatch(new RegExp(`\r\nContent-Type: ${CONTENT_TYPE.replace(/\./g, "\\.")}\r\n`));
      expect(head).toMatch(/\r\nX-Amzn-RequestId: [0-9a-f-]{36}\r\n/);
      expect(head).toMatch(/\r\nX-Amzn-ErrorType: ResourceNotFoundException\r\n/);
      const length = Number(/\r\nContent-Length: (\d+)\r\n/.exec(head)?.[1]);
      const bytes = Buffer.from(body, "latin1");
      expect(length).toBe(bytes.length);
      expect(length).toBeGreaterThan(bytes.toString("utf8").length);
      expect(JSON.parse(bytes.toString("utf8"))).toMatchObject({ __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", Message: message });
    } finally {
      await close(other);
    }
  });

  it("answers many concurrent requests (written in one batch per turn) each with its own response", async () => {
    // Answers are flushed together at the end of an event-loop turn; none may be lost or swapped.
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    try {
      const runIds = Array.from({ length: 64 }, (_, i) => `run-batch-${i}`);
      const answers = await Promise.all(
        runIds.map(
          (runId) =>
            new Promise<{ status: number; requestId: string; body: Record<string, unknown> }>((resolve, reject) => {
              const req = httpRequest({ agent, host: "127.0.0.1", port, method: "POST", path: "/", headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": TARGET } }, (res) => {
                let text = "";
                res.setEncoding("utf8");
                res.on("data", (chunk: string) => (text += chunk));
                res.on("end", () => resolve({ status: res.statusCode ?? 0, requestId: String(res.headers["x-amzn-requestid"]), body: JSON.parse(text) as Record<string, unknown> }));
              });
              req.on("error", reject);
              req.end(JSON.stringify({ WorkflowArn: ARN, RunId: runId }));
            }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(runIds.map(() => 200));
      expect(answers.map((a) => a.body.RunId)).toEqual(runIds);
      expect(new Set(answers.map((a) => a.requestId)).size).toBe(runIds.length);
      for (const answer of answers) expect(answer.requestId).toMatch(UUID);
    } finally {
      agent.destroy();
    }
  });

  it("sets the timeouts that stop slow clients from pinning connections", () => {
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
  });

  it("refuses an announced body over 1 MiB with 413 before it is sent", async () => {
    const head =
      `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\n` +
      `Content-Length: ${64 * 1024 * 1024}\r\n\r\n`;
    // Only the headers and a few bytes go out; a server reading everything would never answer.
    const response = await raw(port, [head, "{"], { keepOpen: true });
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toMatch(/X-Amzn-ErrorType: RequestEntityTooLargeException/i);
    expect(response).toContain('"__type":"RequestEntityTooLargeException"');
  });

  it("stops a chunked body as soon as it passes the limit", async () => {
    const limited = await listen({}, 1024);
    try {
      const chunk = "x".repeat(600);
      const piece = `${chunk.length.toString(16)}\r\n${chunk}\r\n`;
      const head = `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\nTransfer-Encoding: chunked\r\n\r\n`;
      const response = await raw(limited.port, [head, piece, piece], { keepOpen: true });
      expect(response).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await close(limited.server);
    }
  });

  it("drops a client that never finishes its headers", async () => {
    const slow = await listen({ headersTimeoutMs: 200, requestTimeoutMs: 300 });
    try {
      const response = await raw(slow.port, ["POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"], { keepOpen: true });
      // node answers 408 (or just closes) once the headers timeout passes.
      expect(response).toMatch(/^(|HTTP\/1\.1 408 [^]*)$/);
    } finally {
      await close(slow.server);
    }
  });

  it("drops a client that never finishes its body", async () => {
    const slow = await listen({ headersTimeoutMs: 200, requestTimeoutMs: 300 });
    try {
      const head = `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\nContent-Length: 100\r\n\r\n{`;
      const response = await raw(slow.port, [head], { keepOpen: true });
      expect(response).toMatch(/^(|HTTP\/1\.1 408 [^]*)$/);
    } finally {
      await close(slow.server);
    }
  });
});

describe("drainOnSignal", () => {
  it("finishes the in-flight request after SIGTERM, refuses new connections, then exits 0", async () => {
    const child = spawn(process.execPath, ["--conditions=@mwaa-serverless/source", "--import", "tsx", "test/server/fixtures/drain-server.ts"], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const listeners = new Set<() => void>();
      child.stdout.on("data", (data: Buffer) => {
        output += data.toString();
        for (const listener of listeners) listener();
      });
      const waitFor = (pattern: RegExp): Promise<RegExpMatchArray> =>
        new Promise((resolve, reject) => {
          const check = (): void => {
            const match = pattern.exec(output);
            if (match) {
              listeners.delete(check);
              resolve(match);
            }
          };
          listeners.add(check);
          child.once("exit", () => reject(new Error(`child exited early: ${output}`)));
          check();
        });
      const port = Number((await waitFor(/port (\d+)/))[1]);
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      const inFlight = fetch(`http://127.0.0.1:${port}/`, {
        method: "POST",
        headers: { "Content-Type": CONTENT_TYPE, "X-Amz-Target": TARGET },
        body: JSON.stringify({ WorkflowArn: ARN, RunId: "run-inflight" }),
      });
      await waitFor(/started run-inflight/);
      child.kill("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ RunId: "run-inflight", Status: "STOPPED" });
      expect(await exited).toBe(0);
      expect(output).toContain("drained");
      await expect(fetch(`http://127.0.0.1:${port}/`, { method: "POST" })).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
