// Error handling of the generated client: modelled errors as classes, unknown
// error codes, non-JSON error bodies, and $metadata.

import { describe, expect, it } from "vitest";
import {
  MWAAServerlessClient,
  MWAAServerlessServiceException,
  ResourceNotFoundException,
  StopWorkflowRunCommand,
  ThrottlingException,
  ValidationException,
} from "../../generated/client/src/index.js";
import { canned, credentials, input, rejectionOf } from "./helpers.js";

const json = { "content-type": "application/x-amz-json-1.0" };

function clientWith(handler: ReturnType<typeof canned>): MWAAServerlessClient {
  return new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler: handler, maxAttempts: 1 });
}

describe("modelled errors", () => {
  it("are instances of their class and of the service exception, with name, fault, members and $metadata", async () => {
    const client = clientWith(
      canned(400, { ...json, "x-amzn-requestid": "rid-1" }, JSON.stringify({
        __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException",
        Message: "Workflow run run-x was not found.",
        ResourceId: "run-x",
        ResourceType: "WorkflowRun",
      })),
    );
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toBeInstanceOf(MWAAServerlessServiceException);
    expect(error).not.toBeInstanceOf(ValidationException);
    expect(error.name).toBe("ResourceNotFoundException");
    expect(error.$fault).toBe("client");
    expect(error.message).toBe("Workflow run run-x was not found.");
    expect(error.ResourceId).toBe("run-x");
    expect(error.ResourceType).toBe("WorkflowRun");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, requestId: "rid-1", attempts: 1, totalRetryDelay: 0 });
  });

  it("carry $retryable as modelled", async () => {
    const client = clientWith(
      canned(400, json, JSON.stringify({ __type: "ThrottlingException", Message: "slow down", ServiceCode: "s", QuotaCode: "q" })),
    );
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error.$retryable).toEqual({ throttling: true });
    expect(new ValidationException({ message: "m", $metadata: {}, Reason: "other", FieldList: [] }).$retryable).toBeUndefined();
  });
});

describe("errors the model does not know", () => {
  it("become the service exception with the sanitised code as name, status and message", async () => {
    const client = clientWith(
      canned(409, { ...json, "x-amzn-requestid": "rid-2" }, JSON.stringify({ __type: "aws.other#ConflictException:http://internal/", message: "in use" })),
    );
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(MWAAServerlessServiceException);
    expect(error.constructor).toBe(MWAAServerlessServiceException);
    expect(error.name).toBe("ConflictException");
    expect(error.message).toBe("in use");
    expect(error.$fault).toBe("client");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 409, requestId: "rid-2" });
  });

  it("are server faults for 5xx", async () => {
    const client = clientWith(canned(503, json, JSON.stringify({ __type: "ServiceUnavailable", Message: "later" })));
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error.name).toBe("ServiceUnavailable");
    expect(error.$fault).toBe("server");
  });
});

describe("non-JSON error bodies", () => {
  it("an HTML 502 from a proxy is a service exception naming the status, not a SyntaxError", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const client = clientWith(canned(502, { "content-type": "text/html" }, html));
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toBeInstanceOf(MWAAServerlessServiceException);
    expect(error.name).toBe("UnknownError");
    expect(error.$fault).toBe("server");
    expect(error.message).toContain("HTTP 502 Bad Gateway");
    expect(error.message).toContain("502 Bad Gateway</h1>");
    expect(error.message).toContain("text/html");
    expect(error.$metadata.httpStatusCode).toBe(502);
    expect(error.$response.statusCode).toBe(502);
  });

  it("an empty 500 is a service exception naming the status", async () => {
    const client = clientWith(canned(500, {}, ""));
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(MWAAServerlessServiceException);
    expect(error.message).toContain("HTTP 500 Internal Server Error response with an empty body");
    expect(error.$metadata.httpStatusCode).toBe(500);
  });

  it("an empty body with an error-type header is still the modelled error", async () => {
    const client = clientWith(canned(400, { ...json, "x-amzn-errortype": "ValidationException" }, ""));
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error).toBeInstanceOf(ValidationException);
  });

  it("a non-JSON body on 200 is still a parse error of the response (the service broke the contract)", async () => {
    const client = clientWith(canned(200, json, "not json"));
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error.$metadata.httpStatusCode).toBe(200);
  });
});

describe("successful calls", () => {
  it("return the output with $metadata (status, request id, attempts, delay)", async () => {
    const client = clientWith(
      canned(200, { ...json, "x-amzn-requestid": "rid-ok" }, JSON.stringify({ RunId: "run-1", Status: "STOPPING", Unknown: 1 })),
    );
    const output = await client.send(new StopWorkflowRunCommand(input));
    expect(output.RunId).toBe("run-1");
    expect(output.Status).toBe("STOPPING");
    expect("Unknown" in output).toBe(false);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "rid-ok", attempts: 1, totalRetryDelay: 0 });
  });
});
