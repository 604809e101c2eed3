// The running reference service behind Prism's validating proxy
// (src/mock, errors on): every response the requests below provoke is
// checked against generated/openapi.json, and none may violate it.
// AUTH=none: Prism's forwarder drops the Host header, which a SigV4
// signature covers (issue 4, Tests).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrismFront, startPrismFront } from "../../src/mock/index.js";
import { HOURLY, NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { stopRun } from "./support/http.js";

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
  front = await startPrismFront({ ...common, upstream: service.url });
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
