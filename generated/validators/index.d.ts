// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { ErrorObject } from "ajv";

/**
 * An ahead-of-time compiled ajv validator: true when `data` is valid; otherwise `errors` lists every violation.
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Validates the body of an error response against schemas/AccessDeniedException.json.
 */
export declare const validateAccessDeniedException: Validator;

/**
 * Validates the body of a framework error response (an error of the protocol layer, not in the model) against schemas/AwsJsonFrameworkError.json.
 */
export declare const validateAwsJsonFrameworkError: Validator;

/**
 * Validates the body of an error response against schemas/InternalServerException.json.
 */
export declare const validateInternalServerException: Validator;

/**
 * Validates the body of an error response against schemas/OperationTimeoutException.json.
 */
export declare const validateOperationTimeoutException: Validator;

/**
 * Validates the body of an error response against schemas/ResourceNotFoundException.json.
 */
export declare const validateResourceNotFoundException: Validator;

/**
 * Validates the body of a request against schemas/StopWorkflowRunRequest.json.
 */
export declare const validateStopWorkflowRunRequest: Validator;

/**
 * Validates the body of a response against schemas/StopWorkflowRunResponse.json.
 */
export declare const validateStopWorkflowRunResponse: Validator;

/**
 * Validates the body of an error response against schemas/ThrottlingException.json.
 */
export declare const validateThrottlingException: Validator;

/**
 * Validates the body of an error response against schemas/ValidationException.json.
 */
export declare const validateValidationException: Validator;

/**
 * Every validator by shape name.
 */
export declare const validators: Readonly<{
  AccessDeniedException: Validator;
  AwsJsonFrameworkError: Validator;
  InternalServerException: Validator;
  OperationTimeoutException: Validator;
  ResourceNotFoundException: Validator;
  StopWorkflowRunRequest: Validator;
  StopWorkflowRunResponse: Validator;
  ThrottlingException: Validator;
  ValidationException: Validator;
}>;
