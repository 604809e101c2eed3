// Retries against a local awsJson server scripted to fail, then succeed.
// Delays are read from $metadata.totalRetryDelay (what the strategy decided),
// not from the wall clock.

import { afterEach, describe, expect, it } from "vitest";
import {
  InternalServerException,
  MWAAServerlessClient,
  StopWorkflowRunCommand,
  ThrottlingException,
  ValidationException,
} from "../../generated/client/src/index.js";
import { credentials, input, okOutput, rejectionOf, sendJson, startServer, type TestServer } from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const throttled = (retryAfterSeconds?: number) => ({
  __type: "com.amazonaws.mwaaserverless#ThrottlingException",
  Message: "Rate exceeded.",
  ServiceCode: "airflow-serverless",
  QuotaCode: "L-STOPRUN01",
  ...(retryAfterSeconds === undefined ? {} : { RetryAfterSeconds: retryAfterSeconds }),
});

function client(url: string, extra: Record<string, unknown> = {}): MWAAServerlessClient {
  return new MWAAServerlessClient({ region: "us-east-1", endpoint: url, credentials, ...extra });
}

describe("retries", () => {
  it("retries a throttled call, waiting the RetryAfterSeconds of the error body", async () => {
    server = await startServer((_req, n, res) => (n === 0 ? sendJson(res, 400, throttled(2)) : sendJson(res, 200, okOutput)));
    const output = await client(server.url).send(new StopWorkflowRunCommand(input));
    expect(output.Status).toBe("STOPPING");
    expect(output.$metadata.attempts).toBe(2);
    // Without the hint the throttling backoff is below 1 s (base 1 s × jitter).
    expect(output.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(1900);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers["amz-sdk-request"]).toBe("attempt=2; max=3");
    expect(server.requests[0]!.headers["amz-sdk-invocation-id"]).toBe(server.requests[1]!.headers["amz-sdk-invocation-id"]);
  });

  it("honours a Retry-After header on a 503 with a non-JSON body", async () => {
    server = await startServer((_req, n, res) => {
      if (n === 0) {
        res.writeHead(503, { "retry-after": "2", "content-type": "text/html" });
        res.end("<html>busy</html>");
      } else sendJson(res, 200, okOutput);
    });
    const output = await client(server.url).send(new StopWorkflowRunCommand(input));
    expect(output.$metadata.attempts).toBe(2);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(1900);
  });

  it("retries InternalServerException (modelled @retryable) in adaptive mode", async () => {
    server = await startServer((_req, n, res) =>
      n === 0
        ? sendJson(res, 500, { __type: "com.amazonaws.mwaaserverless#InternalServerException", Message: "oops" })
        : sendJson(res, 200, okOutput),
    );
    const output = await client(server.url, { retryMode: "adaptive" }).send(new StopWorkflowRunCommand(input));
    expect(output.$metadata.attempts).toBe(2);
  });

  it("never retries a ValidationException", async () => {
    server = await startServer((_req, _n, res) =>
      sendJson(res, 400, { __type: "com.amazonaws.mwaaserverless#ValidationException", Message: "bad", Reason: "fieldValidationFailed" }),
    );
    const error = await rejectionOf(client(server.url).send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.$metadata.attempts).toBe(1);
    expect(error.$metadata.totalRetryDelay).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it("stops at maxAttempts and reports the attempts on the error", async () => {
    server = await startServer((_req, _n, res) => sendJson(res, 400, throttled()));
    const error = await rejectionOf(client(server.url, { maxAttempts: 2 }).send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error.$metadata.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("maxAttempts 1 disables retries", async () => {
    server = await startServer((_req, _n, res) =>
      sendJson(res, 500, { __type: "InternalServerException", Message: "oops", RetryAfterSeconds: 1 }),
    );
    const error = await rejectionOf(client(server.url, { maxAttempts: 1 }).send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(InternalServerException);
    expect(error.RetryAfterSeconds).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a connection reset", async () => {
    server = await startServer((req, n, res) => {
      if (n === 0) res.socket?.destroy();
      else sendJson(res, 200, okOutput);
    });
    const output = await client(server.url).send(new StopWorkflowRunCommand(input));
    expect(output.$metadata.attempts).toBe(2);
  });
});
