// @mwaa-serverless/server-runtime: what every generated awsJson server stub
// imports. The framework-agnostic service core (createServiceCore: routing,
// auth, throttling, parsing, validation, error answers), the error classes
// handlers throw, and the helpers the generated codec calls (constraint
// violations, awsJson value encodings). HTTP adapters live in their own
// packages (@mwaa-serverless/server-node for node:http).
export * from "./core.js";
export * from "./errors.js";
export * from "./validation.js";
export * from "./values.js";
export { TokenBucket } from "./throttle.js";
export { newRequestId } from "./request-id.js";
// The SigV4 verifier's error, answered by the core like a FrameworkError.
export { SigV4Error, type SigV4Credential } from "@mwaa-serverless/sigv4-verify";
