// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { ModeledServiceError, type Violations } from "@mwaa-serverless/server-runtime";
import { readAccessDeniedException, readInternalServerException, readOperationTimeoutException, readResourceNotFoundException, readThrottlingException, readValidationException, writeAccessDeniedException, writeInternalServerException, writeOperationTimeoutException, writeResourceNotFoundException, writeThrottlingException, writeValidationException } from "./codec.js";

/**
 * The members of {@link AccessDeniedException}.
 */
export interface AccessDeniedExceptionMembers {
  Message: string;
}

/**
 * You do not have sufficient permission to perform this action.
 *
 * @see com.amazonaws.mwaaserverless#AccessDeniedException (client error, HTTP 400)
 */
export class AccessDeniedException extends ModeledServiceError {
  override readonly name = "AccessDeniedException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#AccessDeniedException";
  override readonly $fault = "client";
  override readonly $status = 400;
  Message: string;

  constructor(fields: AccessDeniedExceptionMembers) {
    super(fields.Message);
    this.Message = fields.Message;
  }

  override $serialize(): Record<string, unknown> {
    return writeAccessDeniedException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readAccessDeniedException(json, "", violations);
  }
}

/**
 * The members of {@link InternalServerException}.
 */
export interface InternalServerExceptionMembers {
  Message: string;
  /**
   * The number of seconds to wait before retrying the operation.
   */
  RetryAfterSeconds?: number;
}

/**
 * An unexpected server-side error occurred during request processing.
 *
 * @see com.amazonaws.mwaaserverless#InternalServerException (server error, HTTP 500)
 */
export class InternalServerException extends ModeledServiceError {
  override readonly name = "InternalServerException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#InternalServerException";
  override readonly $fault = "server";
  override readonly $status = 500;
  Message: string;
  /**
   * The number of seconds to wait before retrying the operation.
   */
  RetryAfterSeconds?: number;

  constructor(fields: InternalServerExceptionMembers) {
    super(fields.Message);
    this.Message = fields.Message;
    this.RetryAfterSeconds = fields.RetryAfterSeconds;
  }

  override $serialize(): Record<string, unknown> {
    return writeInternalServerException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readInternalServerException(json, "", violations);
  }

  /**
   * Sent as the `Retry-After` header as well as in the body.
   */
  override get $retryAfterSeconds(): number | undefined {
    return typeof this.RetryAfterSeconds === "number" ? this.RetryAfterSeconds : undefined;
  }
}

/**
 * The members of {@link OperationTimeoutException}.
 */
export interface OperationTimeoutExceptionMembers {
  Message?: string;
}

/**
 * The operation timed out.
 *
 * @see com.amazonaws.mwaaserverless#OperationTimeoutException (server error, HTTP 500)
 */
export class OperationTimeoutException extends ModeledServiceError {
  override readonly name = "OperationTimeoutException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#OperationTimeoutException";
  override readonly $fault = "server";
  override readonly $status = 500;
  Message?: string;

  constructor(fields: OperationTimeoutExceptionMembers = {}) {
    super(fields.Message ?? "OperationTimeoutException");
    this.Message = fields.Message;
  }

  override $serialize(): Record<string, unknown> {
    return writeOperationTimeoutException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readOperationTimeoutException(json, "", violations);
  }
}

/**
 * The members of {@link ResourceNotFoundException}.
 */
export interface ResourceNotFoundExceptionMembers {
  Message: string;
  /**
   * The unique identifier of the resource.
   */
  ResourceId: string;
  /**
   * The type of the resource.
   */
  ResourceType: string;
}

/**
 * The specified resource was not found. You can only access or modify a
 * resource that already exists.
 *
 * @see com.amazonaws.mwaaserverless#ResourceNotFoundException (client error, HTTP 400)
 */
export class ResourceNotFoundException extends ModeledServiceError {
  override readonly name = "ResourceNotFoundException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#ResourceNotFoundException";
  override readonly $fault = "client";
  override readonly $status = 400;
  Message: string;
  /**
   * The unique identifier of the resource.
   */
  ResourceId: string;
  /**
   * The type of the resource.
   */
  ResourceType: string;

  constructor(fields: ResourceNotFoundExceptionMembers) {
    super(fields.Message);
    this.Message = fields.Message;
    this.ResourceId = fields.ResourceId;
    this.ResourceType = fields.ResourceType;
  }

  override $serialize(): Record<string, unknown> {
    return writeResourceNotFoundException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readResourceNotFoundException(json, "", violations);
  }
}

export interface StopWorkflowRunRequest {
  /**
   * The Amazon Resource Name (ARN) of the workflow that contains the run you want to stop.
   */
  WorkflowArn: string;
  /**
   * The unique identifier of the workflow run to stop.
   */
  RunId: string;
}

export interface StopWorkflowRunResponse {
  /**
   * The Amazon Resource Name (ARN) of the workflow that contains the stopped run.
   */
  WorkflowArn?: string;
  /**
   * The version of the workflow that was stopped.
   */
  WorkflowVersion?: string;
  /**
   * The unique identifier of the stopped workflow run.
   */
  RunId?: string;
  /**
   * The status of the workflow run after the stop operation. This is
   * typically `STOPPING` or `STOPPED`.
   */
  Status?: WorkflowRunStatus;
}

/**
 * The members of {@link ThrottlingException}.
 */
export interface ThrottlingExceptionMembers {
  Message: string;
  /**
   * The code for the service.
   */
  ServiceCode: string;
  /**
   * The code of the quota.
   */
  QuotaCode: string;
  /**
   * The number of seconds to wait before retrying the operation.
   */
  RetryAfterSeconds?: number;
}

/**
 * The request was denied because too many requests were made in a short
 * period, exceeding the service rate limits. Amazon Managed Workflows for
 * Apache Airflow Serverless implements throttling controls to ensure fair
 * resource allocation across all customers in the multi-tenant environment.
 * This helps maintain service stability and performance. If you encounter
 * throttling, implement exponential backoff and retry logic in your
 * applications, or consider distributing your API calls over a longer time
 * period.
 *
 * @see com.amazonaws.mwaaserverless#ThrottlingException (client error, HTTP 400)
 */
export class ThrottlingException extends ModeledServiceError {
  override readonly name = "ThrottlingException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#ThrottlingException";
  override readonly $fault = "client";
  override readonly $status = 400;
  Message: string;
  /**
   * The code for the service.
   */
  ServiceCode: string;
  /**
   * The code of the quota.
   */
  QuotaCode: string;
  /**
   * The number of seconds to wait before retrying the operation.
   */
  RetryAfterSeconds?: number;

  constructor(fields: ThrottlingExceptionMembers) {
    super(fields.Message);
    this.Message = fields.Message;
    this.ServiceCode = fields.ServiceCode;
    this.QuotaCode = fields.QuotaCode;
    this.RetryAfterSeconds = fields.RetryAfterSeconds;
  }

  override $serialize(): Record<string, unknown> {
    return writeThrottlingException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readThrottlingException(json, "", violations);
  }

  /**
   * Sent as the `Retry-After` header as well as in the body.
   */
  override get $retryAfterSeconds(): number | undefined {
    return typeof this.RetryAfterSeconds === "number" ? this.RetryAfterSeconds : undefined;
  }
}

/**
 * The members of {@link ValidationException}.
 */
export interface ValidationExceptionMembers {
  Message: string;
  /**
   * The reason the request failed validation.
   */
  Reason: ValidationExceptionReason;
  /**
   * The fields that failed validation.
   */
  FieldList?: ValidationExceptionField[];
}

/**
 * The specified request parameters are invalid, missing, or inconsistent with
 * Amazon Managed Workflows for Apache Airflow Serverless service requirements.
 * This can occur when workflow definitions contain unsupported operators, when
 * required IAM permissions are missing, when S3 locations are inaccessible, or
 * when network configurations are invalid. The service validates workflow
 * definitions, execution roles, and resource configurations to ensure
 * compatibility with the managed Airflow environment and security
 * requirements.
 *
 * @see com.amazonaws.mwaaserverless#ValidationException (client error, HTTP 400)
 */
export class ValidationException extends ModeledServiceError {
  override readonly name = "ValidationException";
  override readonly $shapeId = "com.amazonaws.mwaaserverless#ValidationException";
  override readonly $fault = "client";
  override readonly $status = 400;
  Message: string;
  /**
   * The reason the request failed validation.
   */
  Reason: ValidationExceptionReason;
  /**
   * The fields that failed validation.
   */
  FieldList?: ValidationExceptionField[];

  constructor(fields: ValidationExceptionMembers) {
    super(fields.Message);
    this.Message = fields.Message;
    this.Reason = fields.Reason;
    this.FieldList = fields.FieldList;
  }

  override $serialize(): Record<string, unknown> {
    return writeValidationException(this);
  }

  /**
   * Checks the serialized members against the model (output validation).
   */
  $check(json: Record<string, unknown>, violations: Violations): void {
    readValidationException(json, "", violations);
  }
}

/**
 * Contains information about a field that failed validation, including the
 * field name and a descriptive error message.
 */
export interface ValidationExceptionField {
  /**
   * The name of the field that failed validation.
   */
  Name: string;
  /**
   * A message that describes why the field failed validation.
   */
  Message: string;
}

export type ValidationExceptionReason = "unknownOperation" | "cannotParse" | "fieldValidationFailed" | "other";
export const ValidationExceptionReason = {
  UNKNOWN_OPERATION: "unknownOperation",
  CANNOT_PARSE: "cannotParse",
  FIELD_VALIDATION_FAILED: "fieldValidationFailed",
  OTHER: "other",
} as const;

export type WorkflowRunStatus = "STARTING" | "QUEUED" | "RUNNING" | "SUCCESS" | "FAILED" | "TIMEOUT" | "STOPPING" | "STOPPED";
export const WorkflowRunStatus = {
  STARTING: "STARTING",
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  SUCCESS: "SUCCESS",
  FAILED: "FAILED",
  TIMEOUT: "TIMEOUT",
  STOPPING: "STOPPING",
  STOPPED: "STOPPED",
} as const;
