// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

/**
 * Amazon Managed Workflows for Apache Airflow Serverless runs Apache Airflow
 * workflows without provisioning or managing Airflow environments. This model
 * covers the StopWorkflowRun operation of the service.
 *
 * @packageDocumentation
 */
export * from "./MWAAServerlessClient.js";
export * from "./MWAAServerless.js";
export type { ClientInputEndpointParameters } from "./endpoint/EndpointParameters.js";
export type { RuntimeExtension } from "./runtimeExtensions.js";
export type { MWAAServerlessExtensionConfiguration } from "./extensionConfiguration.js";
export * from "./commands/index.js";
export { Command as $Command } from "@smithy/core/client";
export * from "./schemas/schemas_0.js";
export * from "./models/enums.js";
export * from "./models/errors.js";
export type * from "./models/models_0.js";
export { MWAAServerlessServiceException } from "./models/MWAAServerlessServiceException.js";
export { UndiciHttpHandler, type UndiciHttpHandlerOptions, type RequestDispatcher } from "@mwaa-serverless/client-runtime";
