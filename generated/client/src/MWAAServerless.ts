// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { createAggregatedClient } from "@smithy/core/client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";
import { MWAAServerlessClient } from "./MWAAServerlessClient.js";
import { StopWorkflowRunCommand, type StopWorkflowRunCommandInput, type StopWorkflowRunCommandOutput } from "./commands/StopWorkflowRunCommand.js";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-declaration-merging -- the AWS SDK v3 client layout */

const commands = {
  StopWorkflowRunCommand,
};

export interface MWAAServerless {
  /**
   * @see {@link StopWorkflowRunCommand}
   */
  stopWorkflowRun(args: StopWorkflowRunCommandInput, options?: __HttpHandlerOptions): Promise<StopWorkflowRunCommandOutput>;
  stopWorkflowRun(args: StopWorkflowRunCommandInput, cb: (err: any, data?: StopWorkflowRunCommandOutput) => void): void;
  stopWorkflowRun(args: StopWorkflowRunCommandInput, options: __HttpHandlerOptions, cb: (err: any, data?: StopWorkflowRunCommandOutput) => void): void;

}

/**
 * Amazon Managed Workflows for Apache Airflow Serverless runs Apache Airflow
 * workflows without provisioning or managing Airflow environments. This model
 * covers the StopWorkflowRun operation of the service.
 *
 * @public
 */
export class MWAAServerless extends MWAAServerlessClient implements MWAAServerless {}
createAggregatedClient(commands, MWAAServerless);
