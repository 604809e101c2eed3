// @mwaa-serverless/server-node: the node:http adapter of the awsJson service
// core (@mwaa-serverless/server-runtime), with graceful drain on signals.
export { createNodeHttpServer, drainOnSignal, DEFAULT_DRAIN_TIMEOUT_MS, type DrainOptions, type NodeHttpOptions, requestHeadersOf } from "./node-http.js";
