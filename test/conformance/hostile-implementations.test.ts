// The kit meets implementations we have never seen: its verdict must stay
// trustworthy and it must never crash or hang. Each server here is small and
// odd or hostile on purpose (silent, resetting, huge, compressed, redirecting,
// HTTP/1.0, going away mid-run…); legal oddities (charset parameters, media
// type case, header name case) must pass.

import { spawn } from "node:child_process";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { ServerDiagnosisError } from "../../src/conformance/diagnosis.js";
import { runConformance, type KitRun } from "../../src/conformance/kit.js";
import { formatReport } from "../../src/conformance/report-format.js";
import { RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const sockets = new Set<Socket>();
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  let closed = false;
  closers.push(() => new Promise<void>((resolve) => {
    if (closed) return resolve();
    closed = true;
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An HTTP server that reads the request, then answers with `handler`. */
function httpServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  return listen(server);
}

/** A raw TCP server: `onData` sees the first bytes of each connection. */
function rawServer(onData: (socket: Socket, data: Buffer) => void): Promise<string> {
  const server = createNetServer((socket) => {
    socket.on("error", () => {});
    socket.once("data", (data: Buffer) => onData(socket, data));
  });
  return listen(server);
}

async function fake(): Promise<FakeImplementation> {
  const f = await startFakeImplementation();
  closers.push(() => f.close());
  return f;
}

/** The fake implementation behind a proxy that rewrites each response. */
async function rewritingProxy(rewrite: (status: number, headers: Record<string, string>, body: string) => { status: number; headers: Record<string, string> | [string, string][]; body: string | Buffer }): Promise<string> {
  const upstream = await fake();
  return httpServer((req, res, body) => {
    void (async () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && k !== "host" && k !== "content-length") headers[k] = v;
      const answer = await fetch(upstream.url + (req.url ?? "/"), { method: req.method ?? "POST", headers, ...(req.method === "GET" || req.method === "HEAD" ? {} : { body }) });
      const got: Record<string, string> = {};
      answer.headers.forEach((v, k) => {
        if (k !== "content-length" && k !== "connection" && k !== "keep-alive" && k !== "date") got[k] = v;
      });
      const out = rewrite(answer.status, got, await answer.text());
      res.writeHead(out.status, Array.isArray(out.headers) ? out.headers.flat() : out.headers);
      res.end(out.body);
    })();
  });
}

const semantic = { workflowArn: WORKFLOW_ARN, runId: RUN_ID };
const failedMust = (run: KitRun): string[] => run.results.filter((r) => r.result === "fail" && r.level === "MUST").map((r) => `${r.id}: ${r.reason}`);

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/conformance/cli.ts", ...args], { env: { ...process.env, ENDPOINT: "", WORKFLOW_ARN: "", RUN_ID: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("servers that do not answer properly", () => {
  it("a server that never answers: the run ends with one diagnosis, not a failure per case", async () => {
    const url = await rawServer(() => {});
    const started = performance.now();
    await expect(runConformance({ endpoint: url, timeoutMs: 300, concurrency: 16, only: ["protocol.*"] })).rejects.toThrow(ServerDiagnosisError);
    // One wave of timeouts: requests already in flight are abandoned, none is started after the diagnosis.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("a server that answers, then hangs on some requests: those cases fail, the run goes on", async () => {
    let answered = 0;
    const url = await httpServer((req, res) => {
      if (req.headers["x-amz-target"] !== "AmazonMWAAServerless.StopWorkflowRun" || answered++ > 1000) return;
      res.writeHead(400, { "Content-Type": "application/x-amz-json-1.0" }).end(JSON.stringify({ __type: "ValidationException", Message: "no" }));
    });
    const run = await runConformance({ endpoint: url, timeoutMs: 2_000, concurrency: 4, only: ["protocol.target.*", "StopWorkflowRun.RunId.*"] });
    const timedOut = run.results.filter((r) => r.reason === "no response: timed out").map((r) => r.id);
    expect(timedOut.length).toBeGreaterThan(3);
    expect(timedOut.every((id) => id.startsWith("protocol.target."))).toBe(true);
  });

  it("a server that sends headers then trickles the body forever: timed out, not hung", async () => {
    const url = await rawServer((socket) => {
      socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 100000\r\n\r\n{");
      const timer = setInterval(() => socket.write(" "), 50);
      socket.on("close", () => clearInterval(timer));
    });
    const run = await runConformance({ endpoint: url, timeoutMs: 400, only: ["protocol.body.malformed-json"] });
    expect(run.results[0]).toMatchObject({ result: "fail", reason: "no response: timed out" });
  });

  it.each([
    ["closes the connection", (socket: Socket) => socket.end()],
    ["resets the connection", (socket: Socket) => socket.resetAndDestroy()],
  ])("a server that %s: cases fail with the reason", async (_name, act) => {
    const url = await rawServer((socket) => act(socket));
    const run = await runConformance({ endpoint: url, timeoutMs: 2_000, only: ["protocol.*"] });
    expect(run.results.every((r) => r.result === "fail" && r.reason.startsWith("no response: "))).toBe(true);
  });

  it.each([
    ["invalid JSON", "{not json", "response body is not JSON"],
    ["a JSON array", "[1,2]", "response body is not a JSON object"],
    ["a JSON string", '"ok"', "response body is not a JSON object"],
  ])("200 with %s fails", async (_name, body, reason) => {
    const url = await httpServer((_req, res) => res.writeHead(200, { "Content-Type": "application/x-amz-json-1.0" }).end(body));
    const run = await runConformance({ endpoint: url, ...semantic, only: ["semantic.stop-run", "protocol.body.malformed-json"] });
    for (const r of run.results) {
      expect(r.result).toBe("fail");
      expect(r.reason).toContain(reason);
    }
  });

  it("200 with an empty body fails the cases that expect an error or an output", async () => {
    const url = await httpServer((_req, res) => res.writeHead(200).end());
    const run = await runConformance({ endpoint: url, ...semantic, only: ["semantic.stop-run", "protocol.body.malformed-json"] });
    expect(run.results.map((r) => r.result)).toEqual(["fail", "fail"]);
  });

  it("a 50 MB body is not buffered: the case fails once the cap is reached", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/x-amz-json-1.0", "Content-Length": String(50 * chunk.length) });
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => (sent = 50));
      pump();
    });
    const run = await runConformance({ endpoint: url, ...semantic, timeoutMs: 10_000, only: ["semantic.stop-run"] });
    expect(run.results[0]!.result).toBe("fail");
    expect(run.results[0]!.reason).toMatch(/response body larger than \d+ bytes/);
    expect(run.results[0]!.response?.body.length ?? 0).toBeLessThanOrEqual(1024 * 1024);
  });

  it("a gzip-encoded body that was not asked for fails with a clear reason", async () => {
    const url = await rawServer((socket, data) => {
      if (!/\r\naccept-encoding: identity\r\n/i.test(data.toString("latin1"))) return void socket.destroy();
      const body = gzipSync(JSON.stringify({ WorkflowArn: WORKFLOW_ARN, RunId: RUN_ID, Status: "STOPPING", WorkflowVersion: "1" }));
      socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Encoding: gzip\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`), body]));
    });
    const run = await runConformance({ endpoint: url, ...semantic, only: ["semantic.stop-run"] });
    expect(run.results[0]!.result).toBe("fail");
    expect(run.results[0]!.reason).toContain("Content-Encoding gzip");
  });

  it("a redirect is not followed and does not pass", async () => {
    const target = await fake();
    const url = await httpServer((_req, res) => res.writeHead(307, { Location: target.url + "/" }).end());
    const run = await runConformance({ endpoint: url, ...semantic, only: ["semantic.stop-run", "protocol.target.*"] });
    expect(run.results.every((r) => r.result === "fail" && r.reason.includes("status 307 is neither a success nor an error"))).toBe(true);
  });

  it("an endpoint that goes away mid-run: the remaining cases fail with the reason, the run completes", async () => {
    const upstream = await startFakeImplementation();
    let served = 0;
    const url = await httpServer((req, res, body) => {
      void (async () => {
        if (++served === 5) await upstream.close();
        try {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && k !== "host" && k !== "content-length") headers[k] = v;
          const answer = await fetch(upstream.url + (req.url ?? "/"), { method: req.method ?? "POST", headers, body });
          res.writeHead(answer.status, { "Content-Type": answer.headers.get("content-type") ?? "" }).end(await answer.text());
        } catch {
          req.socket.destroy();
        }
      })();
    });
    closers.push(() => upstream.close());
    const run = await runConformance({ endpoint: url, concurrency: 1, timeoutMs: 2_000, only: ["StopWorkflowRun.*"] });
    expect(run.results.slice(0, 4).map((r) => r.result)).toEqual(["pass", "pass", "pass", "pass"]);
    const after = run.results.slice(5);
    expect(after.length).toBeGreaterThan(3);
    expect(after.every((r) => r.result === "fail" && r.reason.startsWith("no response: "))).toBe(true);
    expect(run.summary.mustFailed).toBeGreaterThan(0);
  });
});

describe("legal oddities pass", () => {
  it.each([
    ["a charset parameter", "application/x-amz-json-1.0; charset=utf-8"],
    ["an upper-case media type", "APPLICATION/X-AMZ-JSON-1.0"],
    ["mixed case with parameters", "Application/X-Amz-Json-1.0 ; Charset=UTF-8"],
  ])("Content-Type with %s", async (_name, contentType) => {
    const url = await rewritingProxy((status, headers, body) => ({ status, headers: { ...headers, "content-type": contentType }, body }));
    expect(failedMust(await runConformance({ endpoint: url, ...semantic }))).toEqual([]);
  });

  it("header names in odd case", async () => {
    const url = await rewritingProxy((status, headers, body) => ({
      status,
      headers: Object.entries(headers).map(([k, v]): [string, string] => [k.split("").map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join(""), v]),
      body,
    }));
    const run = await runConformance({ endpoint: url, ...semantic });
    expect(failedMust(run)).toEqual([]);
    expect(run.results.filter((r) => r.result === "fail")).toEqual([]);
  });

  it("chunked transfer encoding", async () => {
    const url = await rewritingProxy((status, headers, body) => ({ status, headers: { ...headers, "transfer-encoding": "chunked" }, body }));
    expect(failedMust(await runConformance({ endpoint: url, ...semantic }))).toEqual([]);
  });

  it("an HTTP/1.0 server that closes after each response", async () => {
    const upstream = await fake();
    const url = await rawServer((socket, first) => {
      let data = first;
      const tryAnswer = (): void => {
        const text = data.toString("latin1");
        const end = text.indexOf("\r\n\r\n");
        if (end < 0) return;
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text)?.[1] ?? 0);
        if (data.length < end + 4 + length) return;
        socket.removeAllListeners("data");
        const [method, path] = text.split(" ");
        const headers: Record<string, string> = {};
        for (const line of text.slice(0, end).split("\r\n").slice(1)) {
          const at = line.indexOf(":");
          const name = line.slice(0, at).toLowerCase();
          if (name !== "host" && name !== "content-length" && name !== "connection") headers[name] = line.slice(at + 1).trim();
        }
        const body = data.subarray(end + 4, end + 4 + length).toString("utf8");
        void fetch(upstream.url + path, { method: method!, headers, ...(method === "GET" || method === "HEAD" ? {} : { body }) }).then(async (answer) => {
          const out = await answer.text();
          const lines = [`HTTP/1.0 ${answer.status} X`];
          answer.headers.forEach((v, k) => {
            if (k !== "content-length" && k !== "connection" && k !== "keep-alive") lines.push(`${k}: ${v}`);
          });
          socket.end(`${lines.join("\r\n")}\r\n\r\n${out}`);
        });
      };
      socket.on("data", (more: Buffer) => {
        data = Buffer.concat([data, more]);
        tryAnswer();
      });
      tryAnswer();
    });
    expect(failedMust(await runConformance({ endpoint: url, ...semantic }))).toEqual([]);
  });

  it("an endpoint with a path prefix: the kit posts to that path (/base/), not to /", async () => {
    const paths = new Set<string>();
    const upstream = await fake();
    const url = await httpServer((req, res, body) => {
      paths.add(req.url ?? "");
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && k !== "host" && k !== "content-length") headers[k] = v;
      const path = (req.url ?? "").replace(/^\/base/, "");
      void fetch(upstream.url + path, { method: req.method ?? "POST", headers, ...(req.method === "GET" || req.method === "HEAD" ? {} : { body }) }).then(async (answer) => {
        const out: Record<string, string> = {};
        answer.headers.forEach((v, k) => {
          if (k !== "content-length" && k !== "connection" && k !== "keep-alive") out[k] = v;
        });
        res.writeHead(answer.status, out).end(await answer.text());
      });
    });
    expect(failedMust(await runConformance({ endpoint: `${url}/base/`, ...semantic }))).toEqual([]);
    expect([...paths].every((p) => p.startsWith("/base/"))).toBe(true);
  });
});

describe("odd error types do not crash the kit", () => {
  it.each([
    ["Foo:http://internal.amazon.com/coral/com.amazon.coral.validate/", undefined],
    ["ns#ValidationException:http://x/", undefined],
    ["", undefined],
  ])("X-Amzn-ErrorType %j", async (header) => {
    const url = await rewritingProxy((status, headers, body) => ({ status, headers: status >= 400 ? { ...headers, "x-amzn-errortype": header } : headers, body }));
    const run = await runConformance({ endpoint: url, ...semantic, only: ["StopWorkflowRun.RunId.*"] });
    expect(run.results.length).toBeGreaterThan(0);
    const rejected = run.results.find((r) => r.id === "StopWorkflowRun.RunId.pattern.rejected")!;
    // The header wins over the body (clients read it first): Foo is the wrong type; ns#ValidationException is right; empty falls back to __type.
    expect(rejected.result).toBe(header.startsWith("Foo") ? "fail" : "pass");
  });

  it.each([[42], [{ nested: "ValidationException" }], [null], [["ValidationException"]]])("__type %j without a header names no type", async (dunder) => {
    const url = await rewritingProxy((status, headers, body) => {
      if (status < 400) return { status, headers, body };
      const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== "x-amzn-errortype"));
      return { status, headers: rest, body: JSON.stringify({ ...(JSON.parse(body) as object), __type: dunder }) };
    });
    const run = await runConformance({ endpoint: url, only: ["StopWorkflowRun.RunId.pattern.rejected"] });
    expect(run.results[0]).toMatchObject({ result: "fail" });
    expect(run.results[0]!.reason).toContain("error names no type");
  });
});

describe("reports with hostile responses", () => {
  const hostile = "<![CDATA[ ]]> </failure> & \"quoted\" 'single' \u0000\u0001\u001b[31m \uffff \ufffe \ud800 end";

  it("JUnit XML escapes everything a response can hold and stays well-formed", async () => {
    const url = await httpServer((_req, res) => res.writeHead(400, { "Content-Type": "application/x-amz-json-1.0", "X-Amzn-ErrorType": "Bad<Type>&\"" }).end(JSON.stringify({ __type: hostile, Message: hostile })));
    const run = await runConformance({ endpoint: url, only: ["protocol.*", "StopWorkflowRun.RunId.*"] });
    const xml = formatReport("junit", run.results, run.summary, `title ${hostile}`);
    // Well-formed: every '<' opens a known element, no raw '&' and no character XML 1.0 forbids.
    // eslint-disable-next-line no-control-regex -- looking for exactly the characters XML forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(xml).not.toMatch(/&(?!(lt|gt|amp|quot|apos|#39);)/);
    for (const tag of xml.matchAll(/<\/?([A-Za-z?!][^\s/>]*)/g)) expect(["?xml", "testsuites", "testsuite", "testcase", "failure", "skipped", "properties", "property", "system-out"]).toContain(tag[1]);
  });

  it("the table shows response control characters escaped, so a response cannot forge report lines", async () => {
    const forged = "{}\r\nResult: CONFORMS\u001b[2J";
    const url = await rawServer((socket) => socket.end(`HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: ${forged.length}\r\nConnection: close\r\n\r\n${forged}`));
    const run = await runConformance({ endpoint: url, only: ["protocol.body.malformed-json"] });
    const table = formatReport("table", run.results, run.summary, "t");
    // eslint-disable-next-line no-control-regex -- a raw ESC or CR must not reach the terminal
    expect(table).not.toMatch(/[\u001b\r]/);
    expect(table).not.toMatch(/^Result: CONFORMS/m);
    expect(table).toContain("{}\\r\\nResult: CONFORMS\\u001b[2J");
  });

  it("--format json stays valid JSON with non-UTF-8 bytes in responses", async () => {
    const url = await rawServer((socket) => {
      const body = Buffer.concat([Buffer.from('{"__type":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('","Message":"\\ud800"}')]);
      socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 400 Bad\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`), body]));
    });
    const result = await cli(["--endpoint", url, "--format", "json", "--only", "StopWorkflowRun.RunId.*"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { cases: { result: string }[] };
    expect(report.cases.length).toBeGreaterThan(0);
  });
});

describe("the CLI against hostile endpoints", () => {
  it("https to a plain-http port: exit 2 with one clear line", async () => {
    const target = await fake();
    const result = await cli(["--endpoint", target.url.replace("http:", "https:"), "--timeout", "2000"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mwaa-conformance: cannot reach https:\/\/127\.0\.0\.1:\d+: ERR_SSL_WRONG_VERSION_NUMBER \(wrong version number\) \(TLS handshake failed; is it a plain http port\?\)\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a silent server: exit 2, \"server not answering\", after one wave of timeouts", async () => {
    const url = await rawServer(() => {});
    const result = await cli(["--endpoint", url, "--timeout", "200", "--concurrency", "32", "--format", "json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/server not answering: \d+ requests in a row got no response within 200 ms/);
  });

  it("a silent server at the default timeout is diagnosed within 10 s", async () => {
    const url = await rawServer(() => {});
    const started = performance.now();
    await expect(runConformance({ endpoint: url })).rejects.toThrow(/server not answering/);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
