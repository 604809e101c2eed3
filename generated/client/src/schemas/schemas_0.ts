// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { TypeRegistry } from "@smithy/core/schema";
import type { StaticErrorSchema, StaticListSchema, StaticOperationSchema, StaticStructureSchema } from "@smithy/types";
import { MWAAServerlessServiceException } from "../models/MWAAServerlessServiceException.js";
import { AccessDeniedException, InternalServerException, OperationTimeoutException, ResourceNotFoundException, ThrottlingException, ValidationException } from "../models/errors.js";

const n0 = "com.amazonaws.mwaaserverless";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.mwaaserverless";

const _s_registry = new TypeRegistry(_s);
export const MWAAServerlessServiceException$: StaticErrorSchema = [-3, _s, "MWAAServerlessServiceException", 0, [], []];
_s_registry.registerError(MWAAServerlessServiceException$, MWAAServerlessServiceException);
const n0_registry = new TypeRegistry(n0);

export const AccessDeniedException$: StaticErrorSchema = [-3, n0, "AccessDeniedException", { error: "client", httpError: 400 }, ["Message"], [0], 1];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
export const InternalServerException$: StaticErrorSchema = [-3, n0, "InternalServerException", { error: "server", httpError: 500 }, ["Message", "RetryAfterSeconds"], [0, 1], 1];
n0_registry.registerError(InternalServerException$, InternalServerException);
export const OperationTimeoutException$: StaticErrorSchema = [-3, n0, "OperationTimeoutException", { error: "server", httpError: 500 }, ["Message"], [0], 0];
n0_registry.registerError(OperationTimeoutException$, OperationTimeoutException);
export const ResourceNotFoundException$: StaticErrorSchema = [-3, n0, "ResourceNotFoundException", { error: "client", httpError: 400 }, ["Message", "ResourceId", "ResourceType"], [0, 0, 0], 3];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
export const ThrottlingException$: StaticErrorSchema = [-3, n0, "ThrottlingException", { error: "client", httpError: 400 }, ["Message", "ServiceCode", "QuotaCode", "RetryAfterSeconds"], [0, 0, 0, 1], 3];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
export const ValidationException$: StaticErrorSchema = [-3, n0, "ValidationException", { error: "client", httpError: 400 }, ["Message", "Reason", "FieldList"], [0, 0, () => ValidationExceptionFields_s], 2];
n0_registry.registerError(ValidationException$, ValidationException);

/** Registries the protocol consults to turn an error response into its class. */
export const errorTypeRegistries = [_s_registry, n0_registry];

export const StopWorkflowRunRequest$: StaticStructureSchema = [3, n0, "StopWorkflowRunRequest", 0, ["WorkflowArn", "RunId"], [0, 0], 2];
export const StopWorkflowRunResponse$: StaticStructureSchema = [3, n0, "StopWorkflowRunResponse", 0, ["WorkflowArn", "WorkflowVersion", "RunId", "Status"], [0, 0, 0, 0], 0];
export const ValidationExceptionField$: StaticStructureSchema = [3, n0, "ValidationExceptionField", 0, ["Name", "Message"], [0, 0], 2];
export const ValidationExceptionFields_s: StaticListSchema = [1, n0, "ValidationExceptionFields", 0, () => ValidationExceptionField$];

export const StopWorkflowRun$: StaticOperationSchema = [9, n0, "StopWorkflowRun", 2, () => StopWorkflowRunRequest$, () => StopWorkflowRunResponse$];
