// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { WorkflowRunStatus } from "./enums.js";

/**
 * @public
 */
export interface StopWorkflowRunRequest {
  /**
   * The Amazon Resource Name (ARN) of the workflow that contains the run you want to stop.
   *
   * @public
   */
  WorkflowArn: string | undefined;

  /**
   * The unique identifier of the workflow run to stop.
   *
   * @public
   */
  RunId: string | undefined;

}

/**
 * @public
 */
export interface StopWorkflowRunResponse {
  /**
   * The Amazon Resource Name (ARN) of the workflow that contains the stopped run.
   *
   * @public
   */
  WorkflowArn?: string | undefined;

  /**
   * The version of the workflow that was stopped.
   *
   * @public
   */
  WorkflowVersion?: string | undefined;

  /**
   * The unique identifier of the stopped workflow run.
   *
   * @public
   */
  RunId?: string | undefined;

  /**
   * The status of the workflow run after the stop operation. This is
   * typically `STOPPING` or `STOPPED`.
   *
   * @public
   */
  Status?: WorkflowRunStatus | undefined;

}

/**
 * Contains information about a field that failed validation, including the
 * field name and a descriptive error message.
 *
 * @public
 */
export interface ValidationExceptionField {
  /**
   * The name of the field that failed validation.
   *
   * @public
   */
  Name: string | undefined;

  /**
   * A message that describes why the field failed validation.
   *
   * @public
   */
  Message: string | undefined;

}
