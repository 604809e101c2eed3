// Public API of the awsJson front for Prism (mock and validating proxy).
export { startPrismFront, PrismFrontConfigError } from "./prism-front.js";
export type { PrismFront, PrismFrontOptions } from "./prism-front.js";
export { ViolationLog, slViolationsHeader } from "./violations.js";
export type { RecordedViolation, SlViolation, ViolationListener, ViolationPhase, ViolationSeverity } from "./violations.js";
export { OperationTable, ContractShapeError } from "./operation-table.js";
export type { AwsJsonOperation } from "./operation-table.js";
export { DEFAULT_BODY_LIMIT } from "./aws-json-body.js";
