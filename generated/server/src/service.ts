// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { createServiceCore, fit, memberPathName, validationSummary, type OperationBinding, type RequestContext, type ServiceCore, type ServiceOptions, type Violations } from "@mwaa-serverless/server-runtime";
import { readStopWorkflowRunRequest, readStopWorkflowRunResponse, serializeStopWorkflowRunResponse, writeStopWorkflowRunResponse } from "./codec.js";
import { InternalServerException, ThrottlingException, ValidationException, type StopWorkflowRunRequest, type StopWorkflowRunResponse } from "./models.js";

/**
 * Stops a running workflow execution. This operation terminates all running
 * tasks and prevents new tasks from starting. Amazon Managed Workflows for
 * Apache Airflow Serverless gracefully shuts down the workflow execution by
 * stopping task scheduling and terminating active ECS worker containers. The
 * operation transitions the workflow run to a `STOPPING` state and then to
 * `STOPPED` once all cleanup is complete. In-flight tasks may complete or be
 * terminated depending on their current execution state.
 *
 * @throws one of AccessDeniedException, InternalServerException, OperationTimeoutException, ResourceNotFoundException, ThrottlingException, ValidationException (modelled errors of the operation)
 */
export type StopWorkflowRunHandler = (input: StopWorkflowRunRequest, context: RequestContext) => Promise<StopWorkflowRunResponse> | StopWorkflowRunResponse;

/**
 * One handler per operation of AmazonMWAAServerless.
 */
export interface AmazonMWAAServerlessHandlers {
  StopWorkflowRun: StopWorkflowRunHandler;
}

/**
 * Service facts from the model: the X-Amz-Target prefix, the SigV4 signing name and the protocol media type.
 */
export const AmazonMWAAServerlessMetadata = {
  serviceName: "AmazonMWAAServerless",
  shapeId: "com.amazonaws.mwaaserverless#AmazonMWAAServerless",
  version: "2024-07-26",
  signingName: "airflow-serverless",
  contentType: "application/x-amz-json-1.0",
  operations: ["StopWorkflowRun"],
} as const;

/**
 * Constraint violations as the ValidationException clients expect (Reason fieldValidationFailed, one FieldList entry each).
 */
function validationError(violations: Violations): Error {
  return new ValidationException({
    Message: validationSummary(violations, 2048),
    Reason: "fieldValidationFailed",
    FieldList: violations.map((v) => ({ Name: memberPathName(v.path), Message: fit(v.message, 2048) })),
  });
}

/**
 * The answer to anything unexpected: a generic message, nothing from the failure itself.
 */
function internalError(): Error {
  return new InternalServerException({ Message: "An internal error occurred. Try again later." });
}

/**
 * The token bucket ran dry.
 */
function throttlingError(retryAfterSeconds: number, serviceCode: string, quotaCode: string): Error {
  return new ThrottlingException({ Message: "Rate exceeded", ServiceCode: serviceCode, QuotaCode: quotaCode, RetryAfterSeconds: retryAfterSeconds });
}

/**
 * The AmazonMWAAServerless service core: routes awsJson requests to `handlers`, validating input against the model.
 * Serve it with createNodeHttpServer(core) or call core.handle() from any HTTP framework.
 */
export function createAmazonMWAAServerlessService(handlers: AmazonMWAAServerlessHandlers, options?: ServiceOptions): ServiceCore {
  for (const name of AmazonMWAAServerlessMetadata.operations) {
    if (typeof (handlers as unknown as Record<string, unknown>)?.[name] !== "function") {
      throw new TypeError(`createAmazonMWAAServerlessService: no handler function for operation ${name}`);
    }
  }
  const operations = new Map<string, OperationBinding>([
    [
      "AmazonMWAAServerless.StopWorkflowRun",
      {
        name: "StopWorkflowRun",
        readInput: (json, violations) => readStopWorkflowRunRequest(json, "", violations),
        writeOutput: (output) => writeStopWorkflowRunResponse(output as StopWorkflowRunResponse),
        serializeOutput: (output) => serializeStopWorkflowRunResponse(output as StopWorkflowRunResponse),
        checkOutput: (json, violations) => void readStopWorkflowRunResponse(json, "", violations),
        errors: new Set(["com.amazonaws.mwaaserverless#AccessDeniedException","com.amazonaws.mwaaserverless#InternalServerException","com.amazonaws.mwaaserverless#OperationTimeoutException","com.amazonaws.mwaaserverless#ResourceNotFoundException","com.amazonaws.mwaaserverless#ThrottlingException","com.amazonaws.mwaaserverless#ValidationException"]),
        handler: (input: never, context) => handlers.StopWorkflowRun(input, context),
      },
    ],
  ]);
  return createServiceCore({ ...AmazonMWAAServerlessMetadata, operations, validationError, internalError, throttlingError }, options);
}
