// boto3 against the reference service: botocore carries AWS's own model of
// mwaa-serverless, so this is how a real AWS client parses our answers.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOURLY, NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { python } from "../support/toolchain.js";

const run = promisify(execFile);
const SCRIPT = "test/service/support/boto3_calls.py";
const KEY = "AKIDREFERENCETEST01";
const SECRET = "reference/test+secret/0123456789abcdefghij";

interface Boto3Result {
  ok?: Record<string, unknown>;
  error?: { Error: { Code: string; Message: string }; HTTPStatusCode: number; RequestId: string } & Record<string, unknown>;
  exception?: string;
}

async function boto3(url: string, calls: { WorkflowArn: string; RunId: string }[], secret = SECRET): Promise<Boto3Result[]> {
  const { stdout } = await run(python(), [SCRIPT, url, KEY, secret, JSON.stringify(calls)], {
    env: { PATH: process.env.PATH ?? "", AWS_EC2_METADATA_DISABLED: "true", AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null" },
    timeout: 60_000,
  });
  return JSON.parse(stdout) as Boto3Result[];
}

describe("boto3 (botocore's model of mwaa-serverless), AUTH=none", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  it("stops, repeats, and gets ResourceNotFoundException and ValidationException parsed with their fields", async () => {
    const [stop, repeat, notFound, invalid] = await boto3(service.url, [
      { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" },
      { WorkflowArn: NIGHTLY, RunId: "run-20261124-0001" },
      { WorkflowArn: HOURLY, RunId: "run-20261124-9999" },
      // botocore checks lengths but not patterns before sending: the server must catch this one.
      { WorkflowArn: NIGHTLY, RunId: "-not-valid" },
    ]);
    expect(stop?.ok).toEqual({ WorkflowArn: NIGHTLY, WorkflowVersion: "3", RunId: "run-20261124-0001", Status: "STOPPING" });
    expect(repeat?.ok).toEqual(stop?.ok);
    expect(notFound?.exception).toBe("ResourceNotFoundException");
    expect(notFound?.error).toMatchObject({
      Error: { Code: "ResourceNotFoundException", Message: "Workflow run run-20261124-9999 was not found." },
      ResourceId: "run-20261124-9999",
      ResourceType: "WorkflowRun",
      HTTPStatusCode: 400,
    });
    expect(notFound?.error?.RequestId).toBeTruthy();
    expect(invalid?.exception).toBe("ValidationException");
    expect(invalid?.error).toMatchObject({
      Error: { Code: "ValidationException" },
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: "RunId" }],
      HTTPStatusCode: 400,
    });
    expect(String((invalid?.error?.FieldList as { Message: string }[])[0]?.Message)).toContain("regular expression pattern");
  });
});

describe("boto3 with AUTH=sigv4", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ auth: { mode: "sigv4", credentials: [{ accessKeyId: KEY, secretAccessKey: SECRET }] } });
  });
  afterAll(async () => {
    await service?.close();
  });

  it("lets the right credentials through", async () => {
    const [result] = await boto3(service.url, [{ WorkflowArn: NIGHTLY, RunId: "run-20261123-0001" }]);
    expect(result?.ok).toMatchObject({ Status: "SUCCESS" });
  });

  it("refuses a wrong secret with a signature error, and changes nothing", async () => {
    const [result] = await boto3(service.url, [{ WorkflowArn: NIGHTLY, RunId: "run-20261124-0003" }], "wrong-secret");
    expect(result?.ok).toBeUndefined();
    expect(result?.error?.Error.Code).toMatch(/Signature/);
    expect([400, 403]).toContain(result?.error?.HTTPStatusCode);
    expect(service.runs.get(NIGHTLY, "run-20261124-0003")?.Status).toBe("QUEUED");
  });
});
