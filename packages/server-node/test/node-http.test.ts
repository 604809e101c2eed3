// The adapter on its own, in front of a hand-written ServiceCore (no generated
// code, no model): what it hands the core and what it writes back, the body
// limit enforced before the core is called, and the answers it gives itself
// (no Host, CONNECT) in the core's media type. Behaviour through a generated
// service (timeouts, drain, hostile clients) is tested in test/server/.

import { once } from "node:events";
import { request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import type { CoreRequest, CoreResponse, ServiceCore } from "@mwaa-serverless/server-runtime";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeHttpServer } from "../src/index.js";

const MEDIA = "application/x-amz-json-1.1";

/** A core that records what it was given and answers with a fixed response. */
function recordingCore(answer: (request: CoreRequest) => CoreResponse | Promise<CoreResponse>, sync = false): ServiceCore & { seen: CoreRequest[] } {
  const seen: CoreRequest[] = [];
  const record = (request: CoreRequest) => {
    seen.push(request);
    return answer(request);
  };
  return {
    seen,
    maxBodyBytes: 64,
    contentType: MEDIA,
    handle: async (request) => record(request),
    ...(sync ? { answer: record } : {}),
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(core: ServiceCore): Promise<number> {
  const server = createNodeHttpServer(core);
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

function post(port: number, init: { path?: string; method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method: init.method ?? "POST", path: init.path ?? "/", headers: init.headers ?? {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    if (init.chunked && init.body !== undefined) {
      // Several writes without Content-Length: node sends Transfer-Encoding: chunked.
      for (let i = 0; i < init.body.length; i += 16) req.write(init.body.slice(i, i + 16));
      req.end();
    } else req.end(init.body);
  });
}

/** The raw response to bytes written on a plain socket (for requests node's client will not send). */
async function raw(port: number, text: string): Promise<string> {
  const socket = connect(port, "127.0.0.1");
  socket.setEncoding("utf8");
  let response = "";
  socket.on("data", (chunk: string) => (response += chunk));
  socket.write(text);
  await once(socket, "close");
  return response;
}

describe("createNodeHttpServer", () => {
  for (const sync of [false, true]) {
    it(`hands the core method, path with query, lower-case headers and the body bytes, and writes its answer back (${sync ? "answer" : "handle"})`, async () => {
      const core = recordingCore(() => ({ status: 201, headers: { "Content-Type": MEDIA, "X-Custom": "yes" }, body: '{"ok":"é"}' }), sync);
      const port = await listen(core);
      const response = await post(port, { path: "/a?b=c", headers: { "Content-Type": MEDIA, "X-Amz-Target": "Svc.Op" }, body: '{"x":"ü"}' });
      expect(response.status).toBe(201);
      expect(response.headers["x-custom"]).toBe("yes");
      expect(response.headers["content-length"]).toBe(String(Buffer.byteLength('{"ok":"é"}')));
      expect(response.body).toBe('{"ok":"é"}');
      expect(core.seen).toHaveLength(1);
      const [seen] = core.seen;
      expect([seen!.method, seen!.path, seen!.headers["x-amz-target"], Buffer.from(seen!.body).toString("utf8")]).toEqual(["POST", "/a?b=c", "Svc.Op", '{"x":"ü"}']);
    });
  }

  it("hands the core a header named __proto__ as an own header (node's req.headers drops it), others unchanged", async () => {
    const core = recordingCore(() => ({ status: 200, headers: {}, body: "{}" }));
    const port = await listen(core);
    // node's client keeps it (its header store has no prototype); two of them are joined as node joins repeats.
    const response = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/" }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.setHeader("__proto__", ["a", "b"]);
      req.setHeader("X-Amz-Target", "Svc.Op");
      req.end("{}");
    });
    expect(response).toBe(200);
    const headers = core.seen[0]!.headers;
    expect(Object.hasOwn(headers, "__proto__")).toBe(true);
    expect(headers["__proto__"]).toBe("a, b");
    expect(headers["x-amz-target"]).toBe("Svc.Op");
    // A request without one gets node's own object.
    await post(port, { headers: { "X-Amz-Target": "Svc.Op" }, body: "{}" });
    expect(Object.hasOwn(core.seen[1]!.headers, "__proto__")).toBe(false);
    expect(Object.getPrototypeOf(core.seen[1]!.headers)).toBe(Object.prototype);
  });

  it("refuses a declared Content-Length over the core's limit with 413 before calling the core", async () => {
    const core = recordingCore(() => ({ status: 200, headers: {}, body: "{}" }));
    const port = await listen(core);
    const response = await post(port, { headers: { "Content-Type": MEDIA }, body: "x".repeat(65) });
    expect(response.status).toBe(413);
    expect(response.headers["x-amzn-errortype"]).toBe("RequestEntityTooLargeException");
    expect(response.headers["content-type"]).toBe(MEDIA);
    expect(JSON.parse(response.body)).toEqual({ __type: "RequestEntityTooLargeException", message: "Request body is larger than 64 bytes" });
    expect(core.seen).toEqual([]);
  });

  it("cuts off a chunked body once it passes the limit, without calling the core; one at the limit passes", async () => {
    const core = recordingCore((request) => ({ status: 200, headers: {}, body: String(request.body.byteLength) }));
    const port = await listen(core);
    const over = await post(port, { body: "y".repeat(200), chunked: true });
    expect(over.status).toBe(413);
    expect(core.seen).toEqual([]);
    const at = await post(port, { body: "y".repeat(64), chunked: true });
    expect([at.status, at.body]).toEqual([200, "64"]);
  });

  it("answers an HTTP/1.1 request without Host with 400 in the core's media type, and CONNECT with 405 Allow: POST", async () => {
    const core = recordingCore(() => ({ status: 200, headers: {}, body: "{}" }));
    const port = await listen(core);
    const noHost = await raw(port, "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
    expect(noHost).toMatch(/^HTTP\/1\.1 400 /);
    expect(noHost).toContain(`Content-Type: ${MEDIA}`);
    expect(noHost).toContain('"__type":"BadRequestException"');
    const connectMethod = await raw(port, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    expect(connectMethod).toMatch(/^HTTP\/1\.1 405 /);
    expect(connectMethod).toContain("Allow: POST");
    expect(core.seen).toEqual([]);
  });

  it("answers 500 when the core's promise rejects instead of answering (the core maps failures itself; this is the last resort)", async () => {
    const core = recordingCore(() => Promise.reject(new Error("broken core")));
    const port = await listen(core);
    expect((await post(port, { body: "{}" })).status).toBe(500);
  });
});
