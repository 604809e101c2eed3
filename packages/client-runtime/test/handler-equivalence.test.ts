// The fast path's request handler and lazy defaults behave as the SDK pieces
// they replace (docs/client-performance.md): UndiciHttpHandler against the
// SDK's own NodeHttpHandler on the same requests to the same local server —
// what the server receives, what the caller gets back, and how failures are
// named — for its first request (served through NodeHttpHandler while undici
// loads) and for the later ones (undici); lazyCredentialDefaultProvider and
// lazyStreamCollector against @aws-sdk/credential-provider-node's
// defaultProvider and @smithy/node-http-handler's streamCollector.

import { Readable } from "node:stream";
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { HttpRequest, type HttpResponse } from "@smithy/core/protocols";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import { afterEach, describe, expect, it } from "vitest";
import { lazyCredentialDefaultProvider, lazyStreamCollector, UndiciHttpHandler } from "../src/index.js";
import { rejectionOf, startServer, type TestServer } from "./local-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function requestTo(url: string, n: number): HttpRequest {
  const { hostname, port } = new URL(url);
  return new HttpRequest({
    protocol: "http:",
    hostname,
    port: Number(port),
    method: "POST",
    path: "/some/path",
    query: { a: "1", b: ["x y", "z"] },
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Svc.Op", "x-n": String(n) },
    body: JSON.stringify({ n, text: "héllo" }),
  });
}

/** Bytes of a response body, whichever form the handler gave it in. */
async function bodyOf(response: HttpResponse): Promise<string> {
  const body = response.body as Uint8Array | Readable;
  const bytes = body instanceof Uint8Array ? body : await streamCollector(body);
  return Buffer.from(bytes).toString("utf8");
}

/** What the server saw and what the caller got, without what differs by nature (host port, date, connection). */
async function exchange(handler: { handle: UndiciHttpHandler["handle"] }, url: string, n: number) {
  const { response } = await handler.handle(requestTo(url, n));
  const seen = server!.requests.at(-1)!;
  const { host: _h, connection: _c, ...headers } = seen.headers;
  const { date: _d, connection: _rc, "keep-alive": _k, ...responseHeaders } = response.headers;
  return {
    request: { method: seen.method, url: seen.url, headers, body: seen.body },
    response: { statusCode: response.statusCode, headers: responseHeaders, body: await bodyOf(response) },
  };
}

describe("UndiciHttpHandler against the SDK's NodeHttpHandler", () => {
  it("sends the same request and returns the same response, on the first request and after", async () => {
    server = await startServer((req, n, res) => {
      res.writeHead(n % 2 === 0 ? 200 : 503, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": `id-${n}`, "x-multi": ["a", "b"] });
      res.end(JSON.stringify({ echo: req.body, n: "ü".repeat(3) }));
    });
    const ours = new UndiciHttpHandler();
    const sdk = new NodeHttpHandler();
    try {
      for (let n = 0; n < 4; n++) {
        const a = await exchange(ours, server.url, n);
        const b = await exchange(sdk, server.url, n);
        // The server numbers requests: align the request ids before comparing.
        b.response.headers["x-amzn-requestid"] = a.response.headers["x-amzn-requestid"]!;
        b.response.statusCode = a.response.statusCode;
        expect(a, `request ${n} (${n === 0 ? "first, via node:http" : "via undici"})`).toEqual(b);
      }
    } finally {
      ours.destroy();
      sdk.destroy();
    }
  });

  it("names a refused connection, a timeout and an abort as the SDK's handler does", async () => {
    server = await startServer(() => undefined); // never answers
    const url = server.url;
    const failures = async (handler: { handle: UndiciHttpHandler["handle"] }) => {
      const timeout = await rejectionOf(handler.handle(requestTo(url, 0), { requestTimeout: 100 }));
      const controller = new AbortController();
      const pending = handler.handle(requestTo(url, 1), { abortSignal: controller.signal });
      setImmediate(() => controller.abort());
      const abort = await rejectionOf(pending);
      return { timeout: timeout.name, abort: abort.name };
    };
    const ours = new UndiciHttpHandler();
    const sdk = new NodeHttpHandler({ throwOnRequestTimeout: true });
    try {
      // Twice for ours: the first request goes through node:http, the next through undici.
      const sdkNames = await failures(sdk);
      expect(await failures(ours)).toEqual(sdkNames);
      expect(await failures(ours)).toEqual(sdkNames);
      expect(sdkNames).toEqual({ timeout: "TimeoutError", abort: "AbortError" });
      await server.close();
      server = undefined;
      const refused = async (handler: { handle: UndiciHttpHandler["handle"] }) => (await rejectionOf(handler.handle(requestTo(url, 2)))).code;
      const sdkCode = await refused(sdk);
      expect(sdkCode).toBe("ECONNREFUSED");
      expect(await refused(ours)).toBe(sdkCode);
      expect(await refused(new UndiciHttpHandler())).toBe(sdkCode); // a fresh handler's first request
    } finally {
      ours.destroy();
      sdk.destroy();
    }
  });
});

describe("a header named __proto__", () => {
  it("is sent and received as an own header, on the first request (via node:http) and after (via undici)", async () => {
    server = await startServer((_req, n, res) => {
      res.setHeader("content-type", "application/x-amz-json-1.0");
      res.setHeader("__proto__", `response-${n}`);
      res.end("{}");
    });
    const ours = new UndiciHttpHandler();
    try {
      for (let n = 0; n < 3; n++) {
        const request = requestTo(server.url, n);
        Object.defineProperty(request.headers, "__proto__", { value: `request-${n}`, enumerable: true, writable: true, configurable: true });
        const { response } = await ours.handle(request);
        await bodyOf(response);
        const raw = server.requests.at(-1)!.rawHeaders;
        const via = n === 0 ? "first, via node:http" : "via undici";
        expect(raw[raw.indexOf("__proto__") + 1], `request ${n} (${via}) sent it`).toBe(`request-${n}`);
        expect(Object.hasOwn(response.headers, "__proto__"), `response ${n} (${via}) kept it`).toBe(true);
        expect(response.headers["__proto__"]).toBe(`response-${n}`);
        expect(response.headers["content-type"]).toBe("application/x-amz-json-1.0");
      }
    } finally {
      ours.destroy();
    }
  });
});

describe("lazy defaults against the SDK's pieces", () => {
  it("lazyCredentialDefaultProvider resolves what defaultProvider resolves", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: "AKIDLAZY", AWS_SECRET_ACCESS_KEY: "lazy-secret", AWS_SESSION_TOKEN: "lazy-token" });
    try {
      const theirs = await defaultProvider({})();
      const ours = await lazyCredentialDefaultProvider({})();
      expect(ours).toEqual(theirs);
      expect(ours.accessKeyId).toBe("AKIDLAZY");
    } finally {
      for (const key of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it("lazyStreamCollector collects a stream as streamCollector does", async () => {
    const chunks = [Buffer.from("a"), Buffer.from("ü".repeat(1000)), Buffer.alloc(0), Buffer.from("z")];
    const ours = await lazyStreamCollector(Readable.from(chunks));
    const theirs = await streamCollector(Readable.from(chunks));
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    expect(ours.byteLength).toBe(Buffer.concat(chunks).byteLength);
  });
});
