import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { request as undiciRequest } from "undici";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismFront } from "../../src/mock/index.js";
import { PrismFrontConfigError, startPrismFront } from "../../src/mock/index.js";
import { AWS_JSON, CONTRACT, TARGET, VALID_INPUT, call, slViolations } from "./front-helpers.js";
import type { ScriptedAnswer, ScriptedUpstream } from "./scripted-upstream.js";
import { startScriptedUpstream } from "./scripted-upstream.js";

const OK_BODY = JSON.stringify({ ...VALID_INPUT, WorkflowVersion: "3", Status: "STOPPING" });
const ok = (body = OK_BODY, headers: Record<string, string> = {}): ScriptedAnswer => ({
  status: 200,
  headers: { "content-type": AWS_JSON, "x-amzn-requestid": "req-1", ...headers },
  body,
});
const notFound = (members: Record<string, unknown>): ScriptedAnswer => ({
  status: 400,
  headers: { "content-type": AWS_JSON, "x-amzn-requestid": "req-2", "x-amzn-errortype": "ResourceNotFoundException" },
  body: JSON.stringify({ __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", ...members }),
});

/** Contract-breaking answers an implementation might give, each with what should be flagged. */
const BROKEN: [string, ScriptedAnswer, RegExp][] = [
  ["a Status outside the enum", ok(JSON.stringify({ ...VALID_INPUT, Status: "BOGUS" })), /Status/],
  ["an error without a required member", notFound({ Message: "gone", ResourceType: "WorkflowRun" }), /ResourceId|anyOf|oneOf/],
  ["the wrong Content-Type", ok(OK_BODY, { "content-type": "application/json" }), /media type/],
  ["a body that is not JSON", ok("<html>oops</html>"), /not valid JSON/],
  ["no X-Amzn-RequestId", { status: 200, headers: { "content-type": AWS_JSON }, body: OK_BODY }, /x-amzn-requestid/i],
  ["a 2xx status the contract does not have", { ...ok(), status: 202 }, /status code/],
];

describe(`proxy mode (${CONTRACT})`, () => {
  let upstream: ScriptedUpstream;
  let front: PrismFront;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
    front = await startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: upstream.url });
  });
  afterAll(async () => {
    await front?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    front.violations.clear();
    upstream.received.length = 0;
  });

  it("passes a valid exchange through unchanged, with zero violations", async () => {
    upstream.answer(ok());
    const response = await call(front.url, VALID_INPUT, { "x-custom": "kept" });
    expect(response.status).toBe(200);
    expect(response.text).toBe(OK_BODY);
    expect(response.headers["content-type"]).toBe(AWS_JSON);
    expect(response.headers["x-amzn-requestid"]).toBe("req-1");
    expect(response.headers["sl-violations"]).toBeUndefined();
    expect(front.violations.list()).toEqual([]);
    const [received] = upstream.received;
    expect(received!.method).toBe("POST");
    expect(received!.url).toBe("/");
    expect(received!.headers["x-amz-target"]).toBe(TARGET);
    expect(received!.headers["x-custom"]).toBe("kept");
    expect(received!.body.toString()).toBe(JSON.stringify(VALID_INPUT));
  });

  it("keeps the client's Host header (Prism's own forwarder drops it)", async () => {
    upstream.answer(ok());
    await call(front.url, VALID_INPUT);
    expect(upstream.received[0]!.headers.host).toBe(new URL(front.url).host);
  });

  it("passes a modelled error through with zero violations", async () => {
    const answer = notFound({ Message: "gone", ResourceId: "run-1", ResourceType: "WorkflowRun" });
    upstream.answer(answer);
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(400);
    expect(response.text).toBe(answer.body);
    expect(front.violations.errors()).toEqual([]);
  });

  it.each(BROKEN)("flags %s (errors off: passed on, listed in sl-violations)", async (_name, answer, pattern) => {
    upstream.answer(answer);
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(answer.status);
    expect(response.text).toBe(answer.body);
    const errors = front.violations.errors();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((v) => v.phase === "response")).toBe(true);
    expect(errors.map((v) => `${v.location.join(".")} ${v.message}`).join("\n")).toMatch(pattern);
    expect(slViolations(response).filter((v) => v.severity === "Error").length).toBe(errors.length);
  });

  it("forwards an invalid request when errors is off, reporting it", async () => {
    upstream.answer(ok());
    const response = await call(front.url, { ...VALID_INPUT, RunId: "-bad" });
    expect(response.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
    expect(front.violations.errors()).toEqual([expect.objectContaining({ phase: "request", location: ["request", "body", "RunId"] })]);
  });

  it("forwards an unknown X-Amz-Target with a warning (no operation to check the answer against)", async () => {
    upstream.answer({ status: 400, headers: { "content-type": AWS_JSON, "x-amzn-errortype": "UnknownOperationException" }, body: "{}" });
    const response = await call(front.url, VALID_INPUT, { "x-amz-target": "AmazonMWAAServerless.Nope" });
    expect(response.status).toBe(400);
    expect(upstream.received).toHaveLength(1);
    expect(front.violations.list()).toEqual([expect.objectContaining({ severity: "Warning", code: "UnknownOperation" })]);
  });

  it("answers 502 problem+json when the upstream cannot be reached", async () => {
    const closed = await startScriptedUpstream();
    await closed.close();
    const orphan = await startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: closed.url, upstreamTimeoutMs: 2_000 });
    try {
      const response = await call(orphan.url, VALID_INPUT);
      expect(response.status).toBe(502);
      expect(response.headers["content-type"]).toBe("application/problem+json");
      expect((response.json as { type: string }).type).toBe("https://stoplight.io/prism/errors#UPSTREAM_UNREACHABLE");
    } finally {
      await orphan.close();
    }
  });
});

describe("proxy mode with errors (prism proxy --errors)", () => {
  let upstream: ScriptedUpstream;
  let front: PrismFront;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
    front = await startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: upstream.url, errors: true });
  });
  afterAll(async () => {
    await front?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    front.violations.clear();
    upstream.received.length = 0;
  });

  it("passes a valid exchange through unchanged", async () => {
    upstream.answer(ok());
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(200);
    expect(response.text).toBe(OK_BODY);
    expect(front.violations.list()).toEqual([]);
  });

  it.each(BROKEN)("turns %s into a 500 VIOLATIONS problem", async (_name, answer, pattern) => {
    upstream.answer(answer);
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(500);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    const problem = response.json as { type: string; status: number; validation: { location: string[]; message: string }[] };
    expect(problem.type).toBe("https://stoplight.io/prism/errors#VIOLATIONS");
    expect(problem.status).toBe(500);
    expect(problem.validation.map((v) => `${v.location.join(".")} ${v.message}`).join("\n")).toMatch(pattern);
    expect(response.headers["sl-violations"]).toBeDefined();
  });

  it("refuses an invalid request with 422 without forwarding it", async () => {
    upstream.answer(ok());
    const response = await call(front.url, { WorkflowArn: VALID_INPUT.WorkflowArn });
    expect(response.status).toBe(422);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    expect((response.json as { validation: unknown[] }).validation).toHaveLength(1);
    expect(upstream.received).toHaveLength(0);
    expect(front.violations.errors()).toEqual([expect.objectContaining({ phase: "request" })]);
  });

  it("refuses malformed JSON with 422 without forwarding it", async () => {
    const response = await call(front.url, "{");
    expect(response.status).toBe(422);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    expect(upstream.received).toHaveLength(0);
  });

  it("refuses an unknown X-Amz-Target with 404 problem+json, as Prism refuses an unknown route", async () => {
    const response = await call(front.url, VALID_INPUT, { "x-amz-target": "AmazonMWAAServerless.Nope" });
    expect(response.status).toBe(404);
    expect(upstream.received).toHaveLength(0);
  });
});

describe("proxy mode with errors and forwardInvalidRequests (a conformance referee)", () => {
  let upstream: ScriptedUpstream;
  let front: PrismFront;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
    front = await startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: upstream.url, errors: true, forwardInvalidRequests: true });
  });
  afterAll(async () => {
    await front?.close();
    await upstream?.close();
  });

  it("forwards an invalid request, reports it, and still checks the answer", async () => {
    const answer: ScriptedAnswer = {
      status: 400,
      headers: { "content-type": AWS_JSON, "x-amzn-requestid": "r", "x-amzn-errortype": "ValidationException" },
      body: JSON.stringify({ __type: "com.amazonaws.mwaaserverless#ValidationException", Message: "bad", Reason: "fieldValidationFailed" }),
    };
    upstream.answer(answer);
    const response = await call(front.url, { ...VALID_INPUT, RunId: "-bad" });
    expect(response.status).toBe(400);
    expect(response.text).toBe(answer.body);
    expect(upstream.received).toHaveLength(1);
    expect(front.violations.errors().map((v) => v.phase)).toEqual(["request"]);
  });
});

/** node:crypto behind the Checksum interface @smithy/signature-v4 expects. */
class NodeSha256 {
  readonly #hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    const key = typeof secret === "string" || secret === undefined ? secret : ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
    this.#hash = key === undefined ? createHash("sha256") : createHmac("sha256", key);
  }
  update(data: string | Uint8Array): void {
    this.#hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {}
}

describe("proxy mode and SigV4", () => {
  const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
  const signer = new SignatureV4({ service: "airflow-serverless", region: "us-east-1", credentials, sha256: NodeSha256 });
  let upstream: ScriptedUpstream;
  let front: PrismFront;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
    front = await startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: upstream.url, errors: true, checkSecurity: true });
  });
  afterAll(async () => {
    await front?.close();
    await upstream?.close();
  });

  it("delivers a request signed for the proxy's address so that the upstream can verify the signature", async () => {
    upstream.answer(ok());
    const body = JSON.stringify(VALID_INPUT);
    const host = new URL(front.url).host;
    const signingDate = new Date();
    const signed = await signer.sign(
      { method: "POST", protocol: "http:", hostname: host, path: "/", headers: { host, "content-type": AWS_JSON, "x-amz-target": TARGET }, body },
      { signingDate },
    );
    const response = await call(front.url, body, signed.headers as Record<string, string>);
    expect(response.status).toBe(200);
    expect(front.violations.list()).toEqual([]);

    // The upstream recomputes the signature from what it received.
    const received = upstream.received[0]!;
    const signedHeaderNames = /SignedHeaders=([^,]+)/.exec(String(received.headers.authorization))![1]!.split(";");
    const headers: Record<string, string> = {};
    for (const name of signedHeaderNames) headers[name] = String(received.headers[name]);
    const recomputed = await signer.sign(
      { method: received.method, protocol: "http:", hostname: String(received.headers.host), path: received.url, headers, body: received.body.toString() },
      { signingDate },
    );
    expect(signedHeaderNames).toContain("host");
    expect(recomputed.headers.authorization).toBe(received.headers.authorization);
  });

  it("carries a signed header named __proto__ to the upstream, where the signature still verifies, and its answer's back", async () => {
    upstream.answer({ ...ok(), headers: Object.defineProperty({ ...ok().headers }, "__proto__", { value: "from-upstream", enumerable: true }) });
    const body = JSON.stringify(VALID_INPUT);
    const host = new URL(front.url).host;
    const signingDate = new Date();
    const headers: Record<string, string> = { host, "content-type": AWS_JSON, "x-amz-target": TARGET };
    Object.defineProperty(headers, "__proto__", { value: "signed", enumerable: true, writable: true, configurable: true });
    const signed = await signer.sign({ method: "POST", protocol: "http:", hostname: host, path: "/", headers, body }, { signingDate });
    expect(String(signed.headers.authorization)).toMatch(/SignedHeaders=[^,]*__proto__/);
    const response = await undiciRequest(front.url, { method: "POST", headers: signed.headers as Record<string, string>, body });
    await response.body.text();
    expect(response.statusCode).toBe(200);
    expect(Object.hasOwn(response.headers, "__proto__") && response.headers["__proto__"]).toBe("from-upstream");

    const received = upstream.received.at(-1)!;
    expect(received.rawHeaders[received.rawHeaders.indexOf("__proto__") + 1]).toBe("signed");
    // The upstream recomputes the signature from what it received, __proto__ included.
    const signedHeaderNames = /SignedHeaders=([^,]+)/.exec(String(received.headers.authorization))![1]!.split(";");
    const again: Record<string, string> = {};
    for (const name of signedHeaderNames) {
      const value = name === "__proto__" ? received.rawHeaders[received.rawHeaders.indexOf("__proto__") + 1]! : String(received.headers[name]);
      Object.defineProperty(again, name, { value, enumerable: true, writable: true, configurable: true });
    }
    const recomputed = await signer.sign(
      { method: received.method, protocol: "http:", hostname: String(received.headers.host), path: received.url, headers: again, body: received.body.toString() },
      { signingDate },
    );
    expect(recomputed.headers.authorization).toBe(received.headers.authorization);
  });

  it("refuses an unsigned request with 401 when checkSecurity and errors are on", async () => {
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(401);
  });
});

describe("startPrismFront options", () => {
  it("refuses proxy mode without an upstream", async () => {
    await expect(startPrismFront({ spec: CONTRACT, mode: "proxy" })).rejects.toBeInstanceOf(PrismFrontConfigError);
  });

  it("refuses an upstream that is not http(s)", async () => {
    await expect(startPrismFront({ spec: CONTRACT, mode: "proxy", upstream: "ftp://x" })).rejects.toThrow(/http/);
  });
});
