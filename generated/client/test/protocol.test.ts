// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { describe, expect, it } from "vitest";
import { AccessDeniedException, InternalServerException, MWAAServerlessClient, OperationTimeoutException, ResourceNotFoundException, StopWorkflowRunCommand, ThrottlingException, ValidationException } from "../src/index.js";
import { cannedHandler, capturingHandler, expectRequestMatches } from "./protocol-test-handler.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

describe("AmazonMWAAServerless aws.protocols#awsJson1_0 client protocol tests", () => {
  /**
   * The request is a POST to / with the target header and a JSON object of the members that are set.
   */
  it("MWAAServerlessStopWorkflowRunRequest (request)", async () => {
    const { handler, captured } = capturingHandler();
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler: handler });
    await client.send(new StopWorkflowRunCommand({ "WorkflowArn": "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", "RunId": "run-20261124-0001" } as never));
    expectRequestMatches(captured(), {
      "method": "POST",
      "uri": "/",
      "headers": {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "AmazonMWAAServerless.StopWorkflowRun"
      },
      "requireHeaders": [
        "Content-Length"
      ],
      "forbidHeaders": [],
      "body": "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}",
      "bodyMediaType": "application/json"
    });
  });

  /**
   * A successful stop is a 200 with a JSON object of the output members.
   */
  it("MWAAServerlessStopWorkflowRunResponse (response)", async () => {
    const requestHandler = cannedHandler(200, {"Content-Type":"application/x-amz-json-1.0"}, "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"WorkflowVersion\":\"3\",\"RunId\":\"run-20261124-0001\",\"Status\":\"STOPPING\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler });
    const { $metadata, ...output } = await client.send(new StopWorkflowRunCommand({} as never));
    expect($metadata.httpStatusCode).toBe(200);
    expect(output).toEqual({ "WorkflowArn": "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", "WorkflowVersion": "3", "RunId": "run-20261124-0001", "Status": "STOPPING" });
  });

  /**
   * Clients ignore output members the model does not know, so the service can add members.
   */
  it("MWAAServerlessStopWorkflowRunIgnoresUnknownOutputMembers (response)", async () => {
    const requestHandler = cannedHandler(200, {"Content-Type":"application/x-amz-json-1.0"}, "{\"RunId\":\"run-20261124-0001\",\"Status\":\"STOPPED\",\"StoppedAt\":1764000000,\"Extra\":{\"nested\":true}}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler });
    const { $metadata, ...output } = await client.send(new StopWorkflowRunCommand({} as never));
    expect($metadata.httpStatusCode).toBe(200);
    expect(output).toEqual({ "RunId": "run-20261124-0001", "Status": "STOPPED" });
  });

  /**
   * AccessDeniedException is a client error: status 400, type in __type.
   */
  it("MWAAServerlessAccessDeniedException (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#AccessDeniedException\",\"Message\":\"Access denied\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedException);
    const typed = error as AccessDeniedException;
    expect(typed.name).toBe("AccessDeniedException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("Access denied");
    expect(typed).toMatchObject({  });
  });

  /**
   * InternalServerException is a server error: status 500, RetryAfterSeconds in the body.
   */
  it("MWAAServerlessInternalServerException (error response)", async () => {
    const requestHandler = cannedHandler(500, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#InternalServerException\",\"Message\":\"Internal error\",\"RetryAfterSeconds\":5}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerException);
    const typed = error as InternalServerException;
    expect(typed.name).toBe("InternalServerException");
    expect(typed.$fault).toBe("server");
    expect(typed.$metadata.httpStatusCode).toBe(500);
    expect(typed.message).toBe("Internal error");
    expect(typed).toMatchObject({ "RetryAfterSeconds": 5 });
  });

  /**
   * OperationTimeoutException is a server error with status 500.
   */
  it("MWAAServerlessOperationTimeoutException (error response)", async () => {
    const requestHandler = cannedHandler(500, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#OperationTimeoutException\",\"Message\":\"Timed out\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OperationTimeoutException);
    const typed = error as OperationTimeoutException;
    expect(typed.name).toBe("OperationTimeoutException");
    expect(typed.$fault).toBe("server");
    expect(typed.$metadata.httpStatusCode).toBe(500);
    expect(typed.message).toBe("Timed out");
    expect(typed).toMatchObject({  });
  });

  /**
   * ResourceNotFoundException names the missing resource.
   */
  it("MWAAServerlessResourceNotFoundException (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#ResourceNotFoundException\",\"Message\":\"Run not found\",\"ResourceId\":\"run-1\",\"ResourceType\":\"WorkflowRun\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const typed = error as ResourceNotFoundException;
    expect(typed.name).toBe("ResourceNotFoundException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("Run not found");
    expect(typed).toMatchObject({ "ResourceId": "run-1", "ResourceType": "WorkflowRun" });
  });

  /**
   * Clients also take the error type from X-Amzn-ErrorType, dropping a ':'-suffix.
   */
  it("MWAAServerlessResourceNotFoundExceptionFromErrorTypeHeader (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0","X-Amzn-ErrorType":"ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/"}, "{\"Message\":\"Run not found\",\"ResourceId\":\"run-1\",\"ResourceType\":\"WorkflowRun\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const typed = error as ResourceNotFoundException;
    expect(typed.name).toBe("ResourceNotFoundException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("Run not found");
    expect(typed).toMatchObject({ "ResourceId": "run-1", "ResourceType": "WorkflowRun" });
  });

  /**
   * ThrottlingException is a client error with status 400 and names its quota.
   */
  it("MWAAServerlessThrottlingException (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#ThrottlingException\",\"Message\":\"Rate exceeded\",\"ServiceCode\":\"airflow-serverless\",\"QuotaCode\":\"L-STOPRUN01\",\"RetryAfterSeconds\":2}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    const typed = error as ThrottlingException;
    expect(typed.name).toBe("ThrottlingException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("Rate exceeded");
    expect(typed).toMatchObject({ "ServiceCode": "airflow-serverless", "QuotaCode": "L-STOPRUN01", "RetryAfterSeconds": 2 });
  });

  /**
   * Clients take the type from the body's code and ignore a namespace they do not know.
   */
  it("MWAAServerlessThrottlingExceptionFromCodeWithDifferentNamespace (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0"}, "{\"code\":\"aws.different.namespace#ThrottlingException\",\"Message\":\"Rate exceeded\",\"ServiceCode\":\"airflow-serverless\",\"QuotaCode\":\"L-STOPRUN01\"}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    const typed = error as ThrottlingException;
    expect(typed.name).toBe("ThrottlingException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("Rate exceeded");
    expect(typed).toMatchObject({ "ServiceCode": "airflow-serverless", "QuotaCode": "L-STOPRUN01" });
  });

  /**
   * ValidationException carries the reason and one entry per failed field.
   */
  it("MWAAServerlessValidationException (error response)", async () => {
    const requestHandler = cannedHandler(400, {"Content-Type":"application/x-amz-json-1.0"}, "{\"__type\":\"com.amazonaws.mwaaserverless#ValidationException\",\"Message\":\"1 validation error detected\",\"Reason\":\"fieldValidationFailed\",\"FieldList\":[{\"Name\":\"RunId\",\"Message\":\"Member must not be null\"}]}");
    const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });
    const error = await client.send(new StopWorkflowRunCommand({} as never)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    const typed = error as ValidationException;
    expect(typed.name).toBe("ValidationException");
    expect(typed.$fault).toBe("client");
    expect(typed.$metadata.httpStatusCode).toBe(400);
    expect(typed.message).toBe("1 validation error detected");
    expect(typed).toMatchObject({ "Reason": "fieldValidationFailed", "FieldList": [{ "Name": "RunId", "Message": "Member must not be null" }] });
  });

});
