// Hostile and odd-but-legal requests over raw sockets against the node:http
// adapter: every answer — including those for requests node's own parser
// rejects — must be the protocol's error shape with an X-Amzn-RequestId, and
// odd-but-legal forms (absolute-form targets) must be served.

import { connect, type AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHttpServer, drainOnSignal } from "../../generated/server/src/index.js";
import { ARN, CONTENT_TYPE, RUN_ID, serviceWith, TARGET, UUID } from "./helpers.js";

let server: Server;
let port: number;

beforeAll(async () => {
  server = createNodeHttpServer(serviceWith());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `text` on a fresh socket and parses the first response read before the server closes it. */
function send(text: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (data) => (received += data.toString("latin1")));
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? undefined : reject(error)));
    socket.on("close", () => {
      const [head = "", ...rest] = received.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
    socket.on("connect", () => socket.end(text));
  });
}

const BODY = JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID });

function post(options: { target?: string; extraHeaders?: string; body?: string } = {}): string {
  const body = options.body ?? BODY;
  return (
    `POST ${options.target ?? "/"} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\n` +
    `${options.extraHeaders ?? ""}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

function expectFrameworkError(response: RawResponse, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers["x-amzn-requestid"]).toMatch(UUID);
  expect(response.headers["x-amzn-errortype"]).toBe(type);
  expect(response.headers["content-type"]).toBe(CONTENT_TYPE);
  expect(JSON.parse(response.body)).toEqual({ __type: type, message: expect.any(String) });
}

describe("request targets", () => {
  it("serves an absolute-form request target (RFC 9112 3.2.2)", async () => {
    const response = await send(post({ target: `http://127.0.0.1:${port}/` }));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ RunId: RUN_ID, Status: "STOPPING" });
  });

  it("refuses an absolute-form target with another path, naming the path", async () => {
    const response = await send(post({ target: `http://127.0.0.1:${port}/other?x=1` }));
    expectFrameworkError(response, 400, "UnknownOperationException");
    expect(JSON.parse(response.body).message).toContain('"/other"');
  });

  it("says the path is wrong rather than the operation unknown for //", async () => {
    const response = await send(post({ target: "//" }));
    expectFrameworkError(response, 400, "UnknownOperationException");
    expect(JSON.parse(response.body).message).toBe('awsJson operations are served at path /, not "//"');
  });
});

describe("Content-Encoding", () => {
  it("refuses a coding other than gzip or identity with 415 instead of reading it as JSON", async () => {
    const response = await send(post({ extraHeaders: "Content-Encoding: br\r\n", body: "\x1f\x8b\x08\x00junk" }));
    expectFrameworkError(response, 415, "UnsupportedMediaTypeException");
    expect(JSON.parse(response.body).message).toContain("br");
  });

  it("does not accept plain JSON mislabelled as gzip", async () => {
    const response = await send(post({ extraHeaders: "Content-Encoding: GZIP\r\n" }));
    expectFrameworkError(response, 400, "SerializationException");
    expect(JSON.parse(response.body).message).toContain("gzip");
  });

  it("accepts identity", async () => {
    expect((await send(post({ extraHeaders: "Content-Encoding: identity\r\n" }))).status).toBe(200);
  });
});

describe("requests node's HTTP parser rejects still get the protocol's error shape", () => {
  const head = `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${CONTENT_TYPE}\r\nX-Amz-Target: ${TARGET}\r\n`;

  it.each([
    ["a malformed chunk size", `${head}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`],
    ["Content-Length shorter than the body", `${head}Content-Length: 5\r\n\r\n${BODY}`],
    ["both Content-Length and Transfer-Encoding", `${head}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
    ["a non-numeric Content-Length", `${head}Content-Length: abc\r\n\r\n`],
    ["a garbage request line", "GARBAGE\r\n\r\n"],
  ])("400 BadRequestException for %s", async (_name, text) => {
    const response = await send(text);
    expectFrameworkError(response, 400, "BadRequestException");
    expect(response.body).not.toMatch(/HPE_|Parse Error/);
  });

  it("400 BadRequestException for an HTTP/1.1 request without Host, while HTTP/1.0 without Host is served", async () => {
    const withoutHost = post().replace("Host: 127.0.0.1\r\n", "");
    const response = await send(withoutHost);
    expectFrameworkError(response, 400, "BadRequestException");
    expect(JSON.parse(response.body).message).toContain("Host");
    expect(response.headers.connection).toBe("close");
    expect((await send(withoutHost.replace("HTTP/1.1", "HTTP/1.0"))).status).toBe(200);
  });

  it("431 for oversized headers", async () => {
    const response = await send(post({ extraHeaders: `X-Long: ${"a".repeat(20_000)}\r\n` }));
    expectFrameworkError(response, 431, "RequestHeaderFieldsTooLargeException");
  });

  it("417 for an Expect other than 100-continue", async () => {
    expectFrameworkError(await send(post({ extraHeaders: "Expect: teapot\r\n" })), 417, "ExpectationFailedException");
  });

  it("still answers Expect: 100-continue normally", async () => {
    const socket = await send(post({ extraHeaders: "Expect: 100-continue\r\n" }));
    // The interim 100 comes first; the final answer follows it.
    expect(socket.status).toBe(100);
    expect(socket.body).toContain("HTTP/1.1 200 OK");
  });
});

describe("draining", () => {
  it("closes a connection that never sent a byte instead of waiting for the drain timeout", async () => {
    const drained = createNodeHttpServer(serviceWith());
    let closed!: () => void;
    const onClosed = new Promise<void>((resolve) => (closed = resolve));
    // A long timeout: only the silent-socket sweep can end this drain within the test's time.
    drainOnSignal(drained, { signals: ["SIGUSR2"], timeoutMs: 60_000, exit: false, onClosed: () => closed() });
    await new Promise<void>((resolve) => drained.listen(0, "127.0.0.1", resolve));
    const socket = connect((drained.address() as AddressInfo).port, "127.0.0.1");
    socket.on("error", () => {});
    const socketClosed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    try {
      await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
      process.emit("SIGUSR2");
      await Promise.all([socketClosed, onClosed]);
      expect(drained.listening).toBe(false);
    } finally {
      socket.destroy();
      drained.closeAllConnections();
      if (drained.listening) drained.close();
    }
  });
});
