// The running reference service behind Prism's validating proxy
// (src/mock, errors on): every response the requests below provoke is
// checked against generated/openapi.json, and none may violate it — the
// modelled outcomes and the protocol's framework errors alike (the contract
// documents those as AwsJsonFrameworkError).
// AUTH=none: Prism's forwarder drops the Host header, which a SigV4
// signature covers (issue 4, Tests).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAwsJsonFrameworkError } from "../../generated/validators/index.js";
import { type PrismFront, startPrismFront } from "../../src/mock/index.js";
import { HOURLY, NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { CONTENT_TYPE, post, stopRun, type WireResponse } from "./support/http.js";

const contract = JSON.parse(readFileSync("generated/openapi.json", "utf8")) as {
  paths: Record<string, { post: { responses: Record<string, unknown> } }>;
};

let service: TestService;
let throttled: TestService;
let front: PrismFront;
let throttledFront: PrismFront;

beforeAll(async () => {
  service = await startTestService({ graceMs: 200 });
  throttled = await startTestService({ throttle: { ratePerSecond: 0.001, burst: 1 } });
  // forwardInvalidRequests: the service, not Prism, must answer invalid input,
  // so its ValidationException is what gets checked.
  const common = { spec: "generated/openapi.json", mode: "proxy" as const, errors: true, forwardInvalidRequests: true, logger: (await import("pino")).pino({ level: "silent" }) };
  // bodyLimit above the service's 1 MiB: the oversized body must reach the
  // service, so that its 413 is what gets checked (not the front's own).
  front = await startPrismFront({ ...common, upstream: service.url, bodyLimit: 8 * 1024 * 1024 });
  throttledFront = await startPrismFront({ ...common, upstream: throttled.url });
});
afterAll(async () => {
  await Promise.all([front?.close(), throttledFront?.close()]);
  await Promise.all([service?.close(), throttled?.close()]);
});

describe("the reference service passes the contract (Prism proxy, --errors)", () => {
  it("for every outcome of StopWorkflowRun", async () => {
    const calls: [unknown, number, string | undefined][] = [
      [{ WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" }, 200, undefined], // RUNNING → STOPPING
      [{ WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" }, 200, undefined], // repeat
      [{ WorkflowArn: NIGHTLY, RunId: "run-20261124-0002" }, 200, undefined], // → STOPPED directly
      [{ WorkflowArn: NIGHTLY, RunId: "run-20261122-0001" }, 200, undefined], // FAILED, unchanged
      [{ WorkflowArn: HOURLY, RunId: "run-does-not-exist" }, 400, "ResourceNotFoundException"],
      [{ WorkflowArn: NIGHTLY.replace("111122223333", "000000000000"), RunId: "run-1" }, 400, "ResourceNotFoundException"],
      [{ WorkflowArn: NIGHTLY, RunId: "-not-valid" }, 400, "ValidationException"],
      [{ WorkflowArn: "arn:nope", RunId: "" }, 400, "ValidationException"],
      [{ RunId: "run-1" }, 400, "ValidationException"],
    ];
    const invalidRequestIds: string[] = [];
    for (const [input, status, errorType] of calls) {
      const response = await stopRun(front.url, input);
      expect({ input, status: response.status, errorType: response.errorType }).toEqual({ input, status, errorType });
      if (errorType === "ValidationException") invalidRequestIds.push(response.headers.get("x-amzn-requestid") ?? "");
    }
    const errors = front.violations.errors();
    expect(errors.filter((v) => v.phase !== "request")).toEqual([]);
    // Prism flags the requests we broke on purpose (and only those); the
    // service's answers to them are what the line above checks.
    expect(new Set(errors.map((v) => v.requestId))).toEqual(new Set(invalidRequestIds));
  });

  it("for a ThrottlingException", async () => {
    const input = { WorkflowArn: NIGHTLY, RunId: "run-20261123-0001" };
    expect((await stopRun(throttledFront.url, input)).status).toBe(200);
    const response = await stopRun(throttledFront.url, input);
    expect(response.errorType).toBe("ThrottlingException");
    expect(throttledFront.violations.errors()).toEqual([]);
  });
});

/** What an SDK reads from a response without a JSON body helper: status, type, body. */
async function send(url: string, init: RequestInit): Promise<WireResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const errorType = response.headers.get("x-amzn-errortype") ?? undefined;
  return { status: response.status, headers: response.headers, text, json, errorType };
}

describe("the reference service's framework errors pass the contract (Prism proxy, --errors)", () => {
  const valid = JSON.stringify({ WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" });
  const provocations: [string, () => Promise<WireResponse>, number, string][] = [
    ["malformed JSON", () => post(front.url, '{"WorkflowArn": '), 400, "SerializationException"],
    ["JSON of the wrong type", () => post(front.url, JSON.stringify({ WorkflowArn: NIGHTLY, RunId: 7 })), 400, "SerializationException"],
    ["a body that is not an object", () => post(front.url, "[1,2]"), 400, "SerializationException"],
    ["an unknown X-Amz-Target", () => post(front.url, valid, { "X-Amz-Target": "AmazonMWAAServerless.DeleteEverything" }), 400, "UnknownOperationException"],
    ["an empty X-Amz-Target", () => post(front.url, valid, { "X-Amz-Target": "" }), 400, "UnknownOperationException"],
    ["Content-Type text/plain", () => post(front.url, valid, { "Content-Type": "text/plain" }), 415, "UnsupportedMediaTypeException"],
    ["Content-Type application/json", () => post(front.url, valid, { "Content-Type": "application/json" }), 415, "UnsupportedMediaTypeException"],
    [
      "a GET",
      () => send(front.url, { method: "GET", headers: { "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" } }),
      405,
      "MethodNotAllowedException",
    ],
    [
      "a PUT with a body",
      () => send(front.url, { method: "PUT", headers: { "content-type": CONTENT_TYPE, "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" }, body: valid }),
      405,
      "MethodNotAllowedException",
    ],
    [
      "a 2 MiB body",
      () => post(front.url, JSON.stringify({ WorkflowArn: NIGHTLY, RunId: "r", Padding: "x".repeat(2 * 1024 * 1024) })),
      413,
      "RequestEntityTooLargeException",
    ],
  ];

  it.each(provocations)("for %s", async (_label, provoke, status, errorType) => {
    front.violations.clear();
    const response = await provoke();
    expect({ status: response.status, errorType: response.errorType }).toEqual({ status, errorType });
    expect(response.json?.__type).toBe(errorType);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(front.violations.errors().filter((v) => v.phase !== "request")).toEqual([]);
    // The front forwards a request it cannot route (unknown target, not a
    // POST) without a response check, as Prism does; so check those against
    // the contract here too: the status is documented and the body is a
    // framework error as the contract describes it.
    expect(Object.keys(contract.paths["/"]!.post.responses)).toContain(String(status));
    expect({ body: response.json, valid: validateAwsJsonFrameworkError(response.json) }).toEqual({ body: response.json, valid: true });
  });

  it("counts as violations the framework errors an implementation gets wrong (negative control)", async () => {
    // A scripted upstream with three defects the contract now rules out.
    const answers: [number, Record<string, unknown>][] = [
      [415, { __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", message: "wrong type for a 415" }],
      [400, { __type: "SerializationException", message: 42 }],
      [413, { __type: "TooBig", message: "not a framework error name" }],
    ];
    let next = 0;
    const upstream: Server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const [status, body] = answers[next++ % answers.length]!;
        res.writeHead(status, { "content-type": CONTENT_TYPE, "x-amzn-requestid": `req-${next}`, "x-amzn-errortype": String(body.__type) });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const broken = await startPrismFront({
      spec: "generated/openapi.json",
      mode: "proxy",
      errors: false,
      forwardInvalidRequests: true,
      upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    });
    try {
      for (let i = 0; i < answers.length; i++) await post(broken.url, JSON.stringify({ WorkflowArn: NIGHTLY, RunId: "run-1" }));
      const flagged = new Set(broken.violations.errors().filter((v) => v.phase === "response").map((v) => v.requestId));
      expect(flagged).toEqual(new Set(["req-1", "req-2", "req-3"]));
    } finally {
      await broken.close();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
