// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { _ep0, _mw0, command } from "../commandBuilder.js";
import type { StopWorkflowRunRequest, StopWorkflowRunResponse } from "../models/models_0.js";
import { StopWorkflowRun$ } from "../schemas/schemas_0.js";

/* eslint-disable @typescript-eslint/no-empty-object-type -- the AWS SDK v3 client layout */

export type { __MetadataBearer };

/**
 * The input for {@link StopWorkflowRunCommand}.
 *
 * @public
 */
export interface StopWorkflowRunCommandInput extends StopWorkflowRunRequest {}
/**
 * The output of {@link StopWorkflowRunCommand}.
 *
 * @public
 */
export interface StopWorkflowRunCommandOutput extends StopWorkflowRunResponse, __MetadataBearer {}

/**
 * Stops a running workflow execution. This operation terminates all running
 * tasks and prevents new tasks from starting. Amazon Managed Workflows for
 * Apache Airflow Serverless gracefully shuts down the workflow execution by
 * stopping task scheduling and terminating active ECS worker containers. The
 * operation transitions the workflow run to a `STOPPING` state and then to
 * `STOPPED` once all cleanup is complete. In-flight tasks may complete or be
 * terminated depending on their current execution state.
 *
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { MWAAServerlessClient, StopWorkflowRunCommand } from "@mwaa-serverless/client";
 * const client = new MWAAServerlessClient({ region: "us-east-1" });
 * const response = await client.send(new StopWorkflowRunCommand({
 *   "WorkflowArn": "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
 *   "RunId": "run-20261124-0001"
 * }));
 * ```
 *
 * @param StopWorkflowRunCommandInput - {@link StopWorkflowRunCommandInput}
 * @returns {@link StopWorkflowRunCommandOutput}
 * @throws {@link AccessDeniedException} (client fault)
 * You do not have sufficient permission to perform this action.
 * @throws {@link InternalServerException} (server fault)
 * An unexpected server-side error occurred during request processing.
 * @throws {@link OperationTimeoutException} (server fault)
 * The operation timed out.
 * @throws {@link ResourceNotFoundException} (client fault)
 * The specified resource was not found.
 * @throws {@link ThrottlingException} (client fault)
 * The request was denied because too many requests were made in a short period, exceeding the service rate limits.
 * @throws {@link ValidationException} (client fault)
 * The specified request parameters are invalid, missing, or inconsistent with Amazon Managed Workflows for Apache Airflow Serverless service requirements.
 * @throws {@link MWAAServerlessServiceException}
 * Base exception class for all service exceptions from MWAA Serverless service.
 *
 * @public
 */
export class StopWorkflowRunCommand extends command<StopWorkflowRunCommandInput, StopWorkflowRunCommandOutput>(_ep0, _mw0, "StopWorkflowRun", StopWorkflowRun$) {
  /**
   * @internal
   */
  declare protected static __types: { api: { input: StopWorkflowRunRequest; output: StopWorkflowRunResponse }; sdk: { input: StopWorkflowRunCommandInput; output: StopWorkflowRunCommandOutput } };
}
