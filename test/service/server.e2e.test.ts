// The reference service over HTTP, on the demo set (src/service/demo-runs.json).

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { HOURLY, NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { post, stopRun } from "./support/http.js";

const OPERATION = "com.amazonaws.mwaaserverless#StopWorkflowRun";
const index = new ModelIndex(JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")), []);

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ graceMs: 300 });
});
afterAll(async () => {
  await service?.close();
});

describe("StopWorkflowRun over HTTP", () => {
  it("answers the model's successful example exactly (RUNNING → STOPPING)", async () => {
    const example = index.examplesOf(OPERATION).find((e) => e.title === "StopRunningWorkflowRun");
    const response = await stopRun(service.url, example?.input);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-amz-json-1\.0/);
    expect(response.headers.get("x-amzn-requestid")).toMatch(/\S/);
    expect(response.json).toEqual(example?.output);
  });

  it("repeats idempotently, then reports STOPPED once the grace period has passed", async () => {
    const input = { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" };
    const again = await stopRun(service.url, input);
    expect(again.json?.Status).toMatch(/^STOPP(ING|ED)$/);
    await vi.waitFor(async () => expect((await stopRun(service.url, input)).json?.Status).toBe("STOPPED"), { timeout: 5_000, interval: 50 });
    const changes = service.transitions.filter((t) => t.runId === "run-20261124-0001" && t.workflowArn === NIGHTLY);
    expect(changes.map((t) => t.to)).toEqual(["STOPPING", "STOPPED"]);
  });

  it("stops a run that has only queued tasks directly (STOPPED)", async () => {
    expect((await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "run-20261124-0002" })).json).toEqual({
      WorkflowArn: NIGHTLY, WorkflowVersion: "3", RunId: "run-20261124-0002", Status: "STOPPED",
    });
  });

  it.each([
    ["run-20261123-0001", "SUCCESS"],
    ["run-20261122-0001", "FAILED"],
    ["run-20261121-0001", "TIMEOUT"],
  ])("answers a finished run (%s) with 200 and its status %s unchanged", async (RunId, status) => {
    const response = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId });
    expect(response.status).toBe(200);
    expect(response.json?.Status).toBe(status);
    expect(service.transitions.filter((t) => t.runId === RunId), "transitions of that run").toEqual([]);
  });

  it("reports an unknown run as ResourceNotFoundException (WorkflowRun)", async () => {
    const response = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "run-does-not-exist" });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException");
    expect(response.json).toEqual({
      __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException",
      Message: "Workflow run run-does-not-exist was not found.",
      ResourceId: "run-does-not-exist",
      ResourceType: "WorkflowRun",
    });
  });

  it("reports an unknown workflow as ResourceNotFoundException (Workflow)", async () => {
    const arn = NIGHTLY.replace("111122223333", "999999999999");
    const response = await stopRun(service.url, { WorkflowArn: arn, RunId: "run-20261124-0001" });
    expect(response.errorType).toBe("ResourceNotFoundException");
    expect(response.json).toMatchObject({ ResourceId: arn, ResourceType: "Workflow" });
  });

  it("does not reach a run through another workflow's ARN", async () => {
    const response = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "manual.2026-11-24T10-00" });
    expect(response.errorType).toBe("ResourceNotFoundException");
    expect(service.runs.get(HOURLY, "manual.2026-11-24T10-00")?.Status).toBe("RUNNING");
  });

  it("rejects a bad RunId with ValidationException naming the member", async () => {
    const response = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "-not-valid" });
    expect(response.status).toBe(400);
    expect(response.errorType).toBe("ValidationException");
    expect(response.json).toMatchObject({ Reason: "fieldValidationFailed", FieldList: [{ Name: "RunId" }] });
  });

  it("makes exactly one transition when 200 clients stop the same run at once", async () => {
    // A service of its own with a minute of grace, and a run whose running
    // tasks have no end of their own (the demo's RUNNING run-20261124-0001):
    // the shared service's 300 ms grace, or the hourly run's task with 1.5 s of
    // work left, could pass while the 200 requests are still being answered on
    // a loaded machine, and STOPPED would then be a correct answer.
    const patient = await startTestService();
    try {
      const input = { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" };
      const responses = await Promise.all(Array.from({ length: 200 }, () => stopRun(patient.url, input)));
      const answers = new Set(responses.map((r) => `${r.status} ${String(r.json?.Status)}`));
      expect([...answers]).toEqual(["200 STOPPING"]);
      expect(patient.transitions.filter((t) => t.runId === input.RunId && t.cause === "stop")).toHaveLength(1);
    } finally {
      await patient.close();
    }
  });

  it("passes the model's server protocol tests: the request is understood, the response matches", async () => {
    for (const test of index.requestTestsOf(OPERATION).filter((t) => t.appliesTo !== "client")) {
      const response = await post(service.url, test.body ?? "", test.headers ?? {});
      // Both requests name a run of the demo set's workflow, or a workflow that is not there:
      // either way the service read the members the test expects it to read.
      const params = test.params as { WorkflowArn: string; RunId: string };
      if (response.status === 200) expect(response.json).toMatchObject(params);
      else expect(response.json).toMatchObject({ __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", ResourceId: params.WorkflowArn });
    }
  });
});

describe("throttling", () => {
  it("answers ThrottlingException with the service and quota codes once the burst is spent", async () => {
    const throttled = await startTestService({ throttle: { ratePerSecond: 0.001, burst: 2 } });
    try {
      const input = { WorkflowArn: NIGHTLY, RunId: "run-20261123-0001" };
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(await stopRun(throttled.url, input));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 400]);
      expect(statuses[2]?.errorType).toBe("ThrottlingException");
      expect(statuses[2]?.json).toMatchObject({ ServiceCode: "airflow-serverless", QuotaCode: "L-STOPRUN01" });
    } finally {
      await throttled.close();
    }
  });
});

describe("the model's server response tests", () => {
  it("are what the demo set answers: same status, headers and JSON body", async () => {
    const fresh = await startTestService();
    try {
      const tests = index.responseTestsOf(OPERATION).filter((t) => t.appliesTo !== "client");
      expect(tests.length).toBeGreaterThan(0);
      for (const test of tests) {
        const params = test.params as { WorkflowArn: string; RunId: string };
        const response = await stopRun(fresh.url, { WorkflowArn: params.WorkflowArn, RunId: params.RunId });
        expect(response.status).toBe(test.code);
        for (const [name, value] of Object.entries(test.headers ?? {})) expect(response.headers.get(name)).toBe(value);
        expect(response.json).toEqual(JSON.parse(test.body ?? "{}"));
      }
    } finally {
      await fresh.close();
    }
  });
});
