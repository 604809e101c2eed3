// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/core/client";
import { MWAAServerlessServiceException as __BaseException } from "./MWAAServerlessServiceException.js";
import type { ValidationExceptionReason } from "./enums.js";
import type { ValidationExceptionField } from "./models_0.js";

/**
 * You do not have sufficient permission to perform this action.
 *
 * @public
 */
export class AccessDeniedException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#AccessDeniedException";
  override readonly name = "AccessDeniedException" as const;
  override readonly $fault = "client" as const;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<AccessDeniedException, __BaseException>) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
  }
}

/**
 * An unexpected server-side error occurred during request processing.
 *
 * @public
 */
export class InternalServerException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#InternalServerException";
  override readonly name = "InternalServerException" as const;
  override readonly $fault = "server" as const;
  override $retryable = {};
  /**
   * The number of seconds to wait before retrying the operation.
   *
   * @public
   */
  RetryAfterSeconds?: number | undefined;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<InternalServerException, __BaseException>) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts,
    });
    Object.setPrototypeOf(this, InternalServerException.prototype);
    this.RetryAfterSeconds = opts.RetryAfterSeconds;
  }
}

/**
 * The operation timed out.
 *
 * @public
 */
export class OperationTimeoutException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#OperationTimeoutException";
  override readonly name = "OperationTimeoutException" as const;
  override readonly $fault = "server" as const;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<OperationTimeoutException, __BaseException>) {
    super({
      name: "OperationTimeoutException",
      $fault: "server",
      ...opts,
    });
    Object.setPrototypeOf(this, OperationTimeoutException.prototype);
  }
}

/**
 * The specified resource was not found. You can only access or modify a
 * resource that already exists.
 *
 * @public
 */
export class ResourceNotFoundException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#ResourceNotFoundException";
  override readonly name = "ResourceNotFoundException" as const;
  override readonly $fault = "client" as const;
  /**
   * The unique identifier of the resource.
   *
   * @public
   */
  ResourceId: string | undefined;
  /**
   * The type of the resource.
   *
   * @public
   */
  ResourceType: string | undefined;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.ResourceId = opts.ResourceId;
    this.ResourceType = opts.ResourceType;
  }
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
 * @public
 */
export class ThrottlingException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#ThrottlingException";
  override readonly name = "ThrottlingException" as const;
  override readonly $fault = "client" as const;
  override $retryable = { throttling: true };
  /**
   * The code for the service.
   *
   * @public
   */
  ServiceCode: string | undefined;
  /**
   * The code of the quota.
   *
   * @public
   */
  QuotaCode: string | undefined;
  /**
   * The number of seconds to wait before retrying the operation.
   *
   * @public
   */
  RetryAfterSeconds?: number | undefined;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<ThrottlingException, __BaseException>) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, ThrottlingException.prototype);
    this.ServiceCode = opts.ServiceCode;
    this.QuotaCode = opts.QuotaCode;
    this.RetryAfterSeconds = opts.RetryAfterSeconds;
  }
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
 * @public
 */
export class ValidationException extends __BaseException {
  static override readonly shapeId: string = "com.amazonaws.mwaaserverless#ValidationException";
  override readonly name = "ValidationException" as const;
  override readonly $fault = "client" as const;
  /**
   * The reason the request failed validation.
   *
   * @public
   */
  Reason: ValidationExceptionReason | undefined;
  /**
   * The fields that failed validation.
   *
   * @public
   */
  FieldList?: (ValidationExceptionField)[] | undefined;

  /**
   * @internal
   */
  constructor(opts: __ExceptionOptionType<ValidationException, __BaseException>) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, ValidationException.prototype);
    this.Reason = opts.Reason;
    this.FieldList = opts.FieldList;
  }
}
