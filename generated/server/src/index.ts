// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

// The server stub: implement the handlers interface, create the service core,
// serve it with createNodeHttpServer (or any framework via core.handle).
export * from "./models.js";
export * from "./service.js";
export * from "./codec.js";
export { FrameworkError, ModeledServiceError } from "@mwaa-serverless/server-runtime";
export {
  createServiceCore,
  type AuthOptions,
  type CoreRequest,
  type CoreResponse,
  type Logger,
  type RequestContext,
  type ServiceCore,
  type ServiceOptions,
  type ThrottleOptions,
} from "@mwaa-serverless/server-runtime";
export { createNodeHttpServer, drainOnSignal, type DrainOptions, type NodeHttpOptions } from "@mwaa-serverless/server-node";
export type { Violation, Violations } from "@mwaa-serverless/server-runtime";
