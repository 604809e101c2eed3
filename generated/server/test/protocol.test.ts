// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AccessDeniedException, InternalServerException, OperationTimeoutException, ResourceNotFoundException, ThrottlingException, ValidationException, createAmazonMWAAServerlessService, readAccessDeniedException, readInternalServerException, readOperationTimeoutException, readResourceNotFoundException, readStopWorkflowRunResponse, readThrottlingException, readValidationException, type AmazonMWAAServerlessHandlers, type CoreResponse, type StopWorkflowRunResponse } from "../src/index.js";

const encoder = new TextEncoder();

/** Handlers that fail loudly, with the one under test replaced. */
function handlersWith(overrides: Partial<AmazonMWAAServerlessHandlers>): AmazonMWAAServerlessHandlers {
  const unexpected = async (): Promise<never> => {
    throw new Error("operation not under test was called");
  };
  return { StopWorkflowRun: unexpected, ...overrides };
}

function send(
  handlers: AmazonMWAAServerlessHandlers,
  method: string,
  uri: string,
  headers: Record<string, string>,
  body: string | Uint8Array,
  validateOutput = true,
  requestId?: string,
): Promise<CoreResponse> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  const logger = { info() {}, warn() {}, error() {} };
  const core = createAmazonMWAAServerlessService(handlers, requestId === undefined ? { validateOutput, logger } : { validateOutput, logger, requestId: () => requestId });
  return core.handle({ method, path: uri, headers: lower, body: typeof body === "string" ? encoder.encode(body) : body });
}

/** The request body as sent: gzipped when the headers say the body is (@requestCompression). */
function encodedBody(headers: Record<string, string>, body: string): string | Uint8Array {
  const encoding = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
  return encoding?.split(",").some((token) => token.trim().toLowerCase() === "gzip") ? gzipSync(body) : body;
}

/**
 * A received input in the shape of test params: timestamps as epoch seconds,
 * blobs as text, NaN and ±Infinity as the strings Smithy's test params use.
 */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = comparable(v);
    return out;
  }
  return value;
}

function expectHeaders(response: CoreResponse, expected: Record<string, string>, required: string[], forbidden: string[]): void {
  const actual = new Map(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [name, value] of Object.entries(expected)) expect(actual.get(name.toLowerCase()), name).toBe(value);
  for (const name of required) expect(actual.has(name.toLowerCase()), name).toBe(true);
  for (const name of forbidden) expect(actual.has(name.toLowerCase()), name).toBe(false);
}

describe("AmazonMWAAServerless server protocol tests (aws.protocols#awsJson1_0)", () => {
  it("MWAAServerlessStopWorkflowRunRequest: The request is a POST to / with the target header and a JSON object of the members that are set.", async () => {
    let received: unknown;
    const handlers = handlersWith({
      StopWorkflowRun: async (input) => {
        received = input;
        return {} as StopWorkflowRunResponse;
      },
    });
    const headers = {"Content-Type":"application/x-amz-json-1.0","X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun"};
    const response = await send(handlers, "POST", "/", headers, encodedBody(headers, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}"), false);
    expect(response.status, response.body).toBe(200);
    expect(comparable(received)).toEqual({
      "WorkflowArn": "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
      "RunId": "run-20261124-0001"
    });
  });

  it("MWAAServerlessStopWorkflowRunAcceptsContentTypeParameters: Servers ignore parameters on the Content-Type header.", async () => {
    let received: unknown;
    const handlers = handlersWith({
      StopWorkflowRun: async (input) => {
        received = input;
        return {} as StopWorkflowRunResponse;
      },
    });
    const headers = {"Content-Type":"application/x-amz-json-1.0; charset=utf-8","X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun"};
    const response = await send(handlers, "POST", "/", headers, encodedBody(headers, "{\"RunId\":\"run-20261124-0001\",\"WorkflowArn\":\"arn:aws-cn:airflow-serverless:cn-north-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\"}"), false);
    expect(response.status, response.body).toBe(200);
    expect(comparable(received)).toEqual({
      "WorkflowArn": "arn:aws-cn:airflow-serverless:cn-north-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
      "RunId": "run-20261124-0001"
    });
  });

  it("MWAAServerlessStopWorkflowRunResponse: A successful stop is a 200 with a JSON object of the output members.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        return readStopWorkflowRunResponse({
          "WorkflowArn": "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
          "WorkflowVersion": "3",
          "RunId": "run-20261124-0001",
          "Status": "STOPPING"
        }, "", []);
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(200);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"WorkflowVersion\":\"3\",\"RunId\":\"run-20261124-0001\",\"Status\":\"STOPPING\"}"));
  });

  it("MWAAServerlessAccessDeniedException: AccessDeniedException is a client error: status 400, type in __type.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new AccessDeniedException(readAccessDeniedException({
          "Message": "Access denied"
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(400);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#AccessDeniedException\",\"Message\":\"Access denied\"}"));
  });

  it("MWAAServerlessInternalServerException: InternalServerException is a server error: status 500, RetryAfterSeconds in the body.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new InternalServerException(readInternalServerException({
          "Message": "Internal error",
          "RetryAfterSeconds": 5
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(500);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#InternalServerException\",\"Message\":\"Internal error\",\"RetryAfterSeconds\":5}"));
  });

  it("MWAAServerlessOperationTimeoutException: OperationTimeoutException is a server error with status 500.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new OperationTimeoutException(readOperationTimeoutException({
          "Message": "Timed out"
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(500);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#OperationTimeoutException\",\"Message\":\"Timed out\"}"));
  });

  it("MWAAServerlessResourceNotFoundException: ResourceNotFoundException names the missing resource.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new ResourceNotFoundException(readResourceNotFoundException({
          "Message": "Run not found",
          "ResourceId": "run-1",
          "ResourceType": "WorkflowRun"
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(400);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#ResourceNotFoundException\",\"Message\":\"Run not found\",\"ResourceId\":\"run-1\",\"ResourceType\":\"WorkflowRun\"}"));
  });

  it("MWAAServerlessThrottlingException: ThrottlingException is a client error with status 400 and names its quota.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new ThrottlingException(readThrottlingException({
          "Message": "Rate exceeded",
          "ServiceCode": "airflow-serverless",
          "QuotaCode": "L-STOPRUN01",
          "RetryAfterSeconds": 2
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(400);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#ThrottlingException\",\"Message\":\"Rate exceeded\",\"ServiceCode\":\"airflow-serverless\",\"QuotaCode\":\"L-STOPRUN01\",\"RetryAfterSeconds\":2}"));
  });

  it("MWAAServerlessValidationException: ValidationException carries the reason and one entry per failed field.", async () => {
    const handlers = handlersWith({
      StopWorkflowRun: async () => {
        throw new ValidationException(readValidationException({
          "Message": "1 validation error detected",
          "Reason": "fieldValidationFailed",
          "FieldList": [
            {
              "Name": "RunId",
              "Message": "Member must not be null"
            }
          ]
        }, "", []));
      },
    });
    const response = await send(handlers, "POST", "/", {"X-Amz-Target":"AmazonMWAAServerless.StopWorkflowRun","Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}", true);
    expect(response.status, response.body).toBe(400);
    expectHeaders(response, {"Content-Type":"application/x-amz-json-1.0"}, [], []);
    expect(JSON.parse(response.body)).toEqual(JSON.parse("{\"__type\":\"com.amazonaws.mwaaserverless#ValidationException\",\"Message\":\"1 validation error detected\",\"Reason\":\"fieldValidationFailed\",\"FieldList\":[{\"Name\":\"RunId\",\"Message\":\"Member must not be null\"}]}"));
  });

});
