// Interoperability with boto3: botocore signs with its own SigV4 code and
// parses our awsJson answers with AWS's own model of the service. The stub
// is served by the node:http adapter with a small in-test handler.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHttpServer, ResourceNotFoundException } from "../../generated/server/src/index.js";
import { serviceWith } from "./helpers.js";
import { python } from "../support/toolchain.js";

const KEY = { accessKeyId: "AKIDBOTO3TEST", secretAccessKey: "boto3-test-secret" };

// boto3 comes pinned in the project's venv (`make venv`, part of `make test`):
// a missing boto3 must fail here, not silently skip the interop check.
describe("boto3 against the server stub (SigV4 on)", () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    const core = serviceWith(
      async (input) => {
        if (input.RunId === "run-missing") {
          throw new ResourceNotFoundException({ Message: "Workflow run not found", ResourceId: input.RunId, ResourceType: "WorkflowRun" });
        }
        return { WorkflowArn: input.WorkflowArn, RunId: input.RunId, WorkflowVersion: "1", Status: "STOPPING" };
      },
      { auth: { mode: "sigv4", credentials: [KEY], region: "us-east-1" } },
    );
    server = createNodeHttpServer(core);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  // Asynchronous: the server answering boto3 runs in this very process.
  const call = async (secret: string): Promise<unknown[]> => {
    const { stdout } = await promisify(execFile)(python(), ["test/server/fixtures/boto3_call.py", endpoint, KEY.accessKeyId, secret], {
      encoding: "utf8",
      timeout: 20_000,
    });
    return JSON.parse(stdout) as unknown[];
  };

  it("signs, succeeds, and parses modelled and validation errors with their fields", async () => {
    const [ok, missing, invalid] = (await call(KEY.secretAccessKey)) as Record<string, Record<string, unknown>>[];
    expect(ok).toEqual({
      ok: {
        WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
        RunId: "run-1",
        WorkflowVersion: "1",
        Status: "STOPPING",
      },
    });
    expect(missing!.error).toMatchObject({ Code: "ResourceNotFoundException", Message: "Workflow run not found" });
    expect(missing!.fields).toMatchObject({ ResourceId: "run-missing", ResourceType: "WorkflowRun" });
    expect(invalid!.error).toMatchObject({ Code: "ValidationException" });
    expect(invalid!.fields).toMatchObject({ Reason: "fieldValidationFailed", FieldList: [{ Name: "RunId" }] });
  });

  it("is refused with InvalidSignatureException for a wrong secret", async () => {
    const results = (await call("not-the-secret")) as { error?: { Code: string }; status?: number }[];
    for (const result of results) {
      expect(result.error?.Code).toBe("InvalidSignatureException");
      expect(result.status).toBe(403);
    }
  });
});
