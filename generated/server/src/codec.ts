// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { AccessDeniedExceptionMembers, InternalServerExceptionMembers, OperationTimeoutExceptionMembers, ResourceNotFoundExceptionMembers, StopWorkflowRunRequest, StopWorkflowRunResponse, ThrottlingExceptionMembers, ValidationExceptionField, ValidationExceptionMembers } from "./models.js";
import { malformed, typeMismatch } from "./runtime/errors.js";
import { enumViolation, lengthViolation, patternViolation, requiredViolation, stringLengthOutside, type Violations } from "./runtime/validation.js";
import { writeList } from "./runtime/values.js";

const PATTERN_0 = new RegExp("^.*$");
const PATTERN_1 = new RegExp("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9\\.\\-_]{0,254}-[a-zA-Z0-9]{10})$");
const PATTERN_2 = new RegExp("^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$");
const PATTERN_3 = new RegExp("^.+$");
const ENUM_0 = new Set<string>(["STARTING","QUEUED","RUNNING","SUCCESS","FAILED","TIMEOUT","STOPPING","STOPPED"]);
const ENUM_1 = new Set<string>(["unknownOperation","cannotParse","fieldValidationFailed","other"]);

/** Reads AccessDeniedExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readAccessDeniedException(json: unknown, path: string, violations: Violations): AccessDeniedExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  return out as unknown as AccessDeniedExceptionMembers;
}

/** AccessDeniedExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeAccessDeniedException(value: AccessDeniedExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v0: unknown = value.Message;
  if (v0 !== undefined && v0 !== null) out.Message = v0;
  return out;
}

/** Reads InternalServerExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readInternalServerException(json: unknown, path: string, violations: Violations): InternalServerExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  const v2 = src.RetryAfterSeconds;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "number") typeMismatch(path + "/RetryAfterSeconds", "a number", v2);
    if (!Number.isInteger(v2) || v2 < -2147483648 || v2 > 2147483647) malformed(path + "/RetryAfterSeconds", "must be a whole number from -2147483648 to 2147483647");
    out.RetryAfterSeconds = v2;
  }
  return out as unknown as InternalServerExceptionMembers;
}

/** InternalServerExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeInternalServerException(value: InternalServerExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v1: unknown = value.Message;
  if (v1 !== undefined && v1 !== null) out.Message = v1;
  const v2: unknown = value.RetryAfterSeconds;
  if (v2 !== undefined && v2 !== null) out.RetryAfterSeconds = v2;
  return out;
}

/** Reads OperationTimeoutExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readOperationTimeoutException(json: unknown, path: string, violations: Violations): OperationTimeoutExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  return out as unknown as OperationTimeoutExceptionMembers;
}

/** OperationTimeoutExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeOperationTimeoutException(value: OperationTimeoutExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v3: unknown = value.Message;
  if (v3 !== undefined && v3 !== null) out.Message = v3;
  return out;
}

/** Reads ResourceNotFoundExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readResourceNotFoundException(json: unknown, path: string, violations: Violations): ResourceNotFoundExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  const v2 = src.ResourceId;
  if (v2 === undefined || v2 === null) {
    violations.push(requiredViolation(path + "/ResourceId"));
  } else {
    if (typeof v2 !== "string") typeMismatch(path + "/ResourceId", "a string", v2);
    out.ResourceId = v2;
  }
  const v3 = src.ResourceType;
  if (v3 === undefined || v3 === null) {
    violations.push(requiredViolation(path + "/ResourceType"));
  } else {
    if (typeof v3 !== "string") typeMismatch(path + "/ResourceType", "a string", v3);
    out.ResourceType = v3;
  }
  return out as unknown as ResourceNotFoundExceptionMembers;
}

/** ResourceNotFoundExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeResourceNotFoundException(value: ResourceNotFoundExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v4: unknown = value.Message;
  if (v4 !== undefined && v4 !== null) out.Message = v4;
  const v5: unknown = value.ResourceId;
  if (v5 !== undefined && v5 !== null) out.ResourceId = v5;
  const v6: unknown = value.ResourceType;
  if (v6 !== undefined && v6 !== null) out.ResourceType = v6;
  return out;
}

/** Reads StopWorkflowRunRequest from JSON at `path`; constraint failures go to `violations`. */
export function readStopWorkflowRunRequest(json: unknown, path: string, violations: Violations): StopWorkflowRunRequest {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.WorkflowArn;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/WorkflowArn"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/WorkflowArn", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/WorkflowArn", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_1.test(v0)) violations.push(patternViolation(path + "/WorkflowArn", "^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9\\.\\-_]{0,254}-[a-zA-Z0-9]{10})$"));
    out.WorkflowArn = v0;
  }
  const v2 = src.RunId;
  if (v2 === undefined || v2 === null) {
    violations.push(requiredViolation(path + "/RunId"));
  } else {
    if (typeof v2 !== "string") typeMismatch(path + "/RunId", "a string", v2);
    const len3 = stringLengthOutside(v2, 1, 255);
    if (len3 !== -1) violations.push(lengthViolation(path + "/RunId", len3, 1, 255));
    if (len3 <= 255 && !PATTERN_2.test(v2)) violations.push(patternViolation(path + "/RunId", "^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$"));
    out.RunId = v2;
  }
  return out as unknown as StopWorkflowRunRequest;
}

/** StopWorkflowRunRequest as awsJson: modelled members only, unset ones omitted. */
export function writeStopWorkflowRunRequest(value: StopWorkflowRunRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v7: unknown = value.WorkflowArn;
  if (v7 !== undefined && v7 !== null) out.WorkflowArn = v7;
  const v8: unknown = value.RunId;
  if (v8 !== undefined && v8 !== null) out.RunId = v8;
  return out;
}

/** Reads StopWorkflowRunResponse from JSON at `path`; constraint failures go to `violations`. */
export function readStopWorkflowRunResponse(json: unknown, path: string, violations: Violations): StopWorkflowRunResponse {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.WorkflowArn;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") typeMismatch(path + "/WorkflowArn", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/WorkflowArn", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_1.test(v0)) violations.push(patternViolation(path + "/WorkflowArn", "^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9\\.\\-_]{0,254}-[a-zA-Z0-9]{10})$"));
    out.WorkflowArn = v0;
  }
  const v2 = src.WorkflowVersion;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") typeMismatch(path + "/WorkflowVersion", "a string", v2);
    const len3 = stringLengthOutside(v2, 1, 2048);
    if (len3 !== -1) violations.push(lengthViolation(path + "/WorkflowVersion", len3, 1, 2048));
    if (len3 <= 2048 && !PATTERN_3.test(v2)) violations.push(patternViolation(path + "/WorkflowVersion", "^.+$"));
    out.WorkflowVersion = v2;
  }
  const v4 = src.RunId;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") typeMismatch(path + "/RunId", "a string", v4);
    const len5 = stringLengthOutside(v4, 1, 255);
    if (len5 !== -1) violations.push(lengthViolation(path + "/RunId", len5, 1, 255));
    if (len5 <= 255 && !PATTERN_2.test(v4)) violations.push(patternViolation(path + "/RunId", "^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$"));
    out.RunId = v4;
  }
  const v6 = src.Status;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") typeMismatch(path + "/Status", "a string", v6);
    if (!ENUM_0.has(v6)) violations.push(enumViolation(path + "/Status", ["STARTING","QUEUED","RUNNING","SUCCESS","FAILED","TIMEOUT","STOPPING","STOPPED"]));
    out.Status = v6;
  }
  return out as unknown as StopWorkflowRunResponse;
}

/** StopWorkflowRunResponse as awsJson: modelled members only, unset ones omitted. */
export function writeStopWorkflowRunResponse(value: StopWorkflowRunResponse): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v9: unknown = value.WorkflowArn;
  if (v9 !== undefined && v9 !== null) out.WorkflowArn = v9;
  const v10: unknown = value.WorkflowVersion;
  if (v10 !== undefined && v10 !== null) out.WorkflowVersion = v10;
  const v11: unknown = value.RunId;
  if (v11 !== undefined && v11 !== null) out.RunId = v11;
  const v12: unknown = value.Status;
  if (v12 !== undefined && v12 !== null) out.Status = v12;
  return out;
}

/** Reads ThrottlingExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readThrottlingException(json: unknown, path: string, violations: Violations): ThrottlingExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  const v2 = src.ServiceCode;
  if (v2 === undefined || v2 === null) {
    violations.push(requiredViolation(path + "/ServiceCode"));
  } else {
    if (typeof v2 !== "string") typeMismatch(path + "/ServiceCode", "a string", v2);
    out.ServiceCode = v2;
  }
  const v3 = src.QuotaCode;
  if (v3 === undefined || v3 === null) {
    violations.push(requiredViolation(path + "/QuotaCode"));
  } else {
    if (typeof v3 !== "string") typeMismatch(path + "/QuotaCode", "a string", v3);
    out.QuotaCode = v3;
  }
  const v4 = src.RetryAfterSeconds;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "number") typeMismatch(path + "/RetryAfterSeconds", "a number", v4);
    if (!Number.isInteger(v4) || v4 < -2147483648 || v4 > 2147483647) malformed(path + "/RetryAfterSeconds", "must be a whole number from -2147483648 to 2147483647");
    out.RetryAfterSeconds = v4;
  }
  return out as unknown as ThrottlingExceptionMembers;
}

/** ThrottlingExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeThrottlingException(value: ThrottlingExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v13: unknown = value.Message;
  if (v13 !== undefined && v13 !== null) out.Message = v13;
  const v14: unknown = value.ServiceCode;
  if (v14 !== undefined && v14 !== null) out.ServiceCode = v14;
  const v15: unknown = value.QuotaCode;
  if (v15 !== undefined && v15 !== null) out.QuotaCode = v15;
  const v16: unknown = value.RetryAfterSeconds;
  if (v16 !== undefined && v16 !== null) out.RetryAfterSeconds = v16;
  return out;
}

/** Reads ValidationExceptionMembers from JSON at `path`; constraint failures go to `violations`. */
export function readValidationException(json: unknown, path: string, violations: Violations): ValidationExceptionMembers {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Message;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Message", "a string", v0);
    const len1 = stringLengthOutside(v0, 1, 2048);
    if (len1 !== -1) violations.push(lengthViolation(path + "/Message", len1, 1, 2048));
    if (len1 <= 2048 && !PATTERN_0.test(v0)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v0;
  }
  const v2 = src.Reason;
  if (v2 === undefined || v2 === null) {
    violations.push(requiredViolation(path + "/Reason"));
  } else {
    if (typeof v2 !== "string") typeMismatch(path + "/Reason", "a string", v2);
    if (!ENUM_1.has(v2)) violations.push(enumViolation(path + "/Reason", ["unknownOperation","cannotParse","fieldValidationFailed","other"]));
    out.Reason = v2;
  }
  const v3 = src.FieldList;
  if (v3 !== undefined && v3 !== null) {
    if (!Array.isArray(v3)) typeMismatch(path + "/FieldList", "a JSON array", v3);
    const items4: unknown[] = [];
    for (let i5 = 0; i5 < v3.length; i5++) {
      const item6: unknown = v3[i5];
      if (item6 === null || item6 === undefined) {
        malformed(path + "/FieldList" + "/" + i5, "must not be null (the list is not @sparse)");
        continue;
      }
      items4.push(readValidationExceptionField(item6, path + "/FieldList" + "/" + i5, violations));
    }
    out.FieldList = items4;
  }
  return out as unknown as ValidationExceptionMembers;
}

/** ValidationExceptionMembers as awsJson: modelled members only, unset ones omitted. */
export function writeValidationException(value: ValidationExceptionMembers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v17: unknown = value.Message;
  if (v17 !== undefined && v17 !== null) out.Message = v17;
  const v18: unknown = value.Reason;
  if (v18 !== undefined && v18 !== null) out.Reason = v18;
  const v19: unknown = value.FieldList;
  if (v19 !== undefined && v19 !== null) out.FieldList = writeList(v19, (x) => writeValidationExceptionField(x as ValidationExceptionField));
  return out;
}

/** Reads ValidationExceptionField from JSON at `path`; constraint failures go to `violations`. */
export function readValidationExceptionField(json: unknown, path: string, violations: Violations): ValidationExceptionField {
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch(path, "a JSON object", json);
  const src = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const v0 = src.Name;
  if (v0 === undefined || v0 === null) {
    violations.push(requiredViolation(path + "/Name"));
  } else {
    if (typeof v0 !== "string") typeMismatch(path + "/Name", "a string", v0);
    out.Name = v0;
  }
  const v1 = src.Message;
  if (v1 === undefined || v1 === null) {
    violations.push(requiredViolation(path + "/Message"));
  } else {
    if (typeof v1 !== "string") typeMismatch(path + "/Message", "a string", v1);
    const len2 = stringLengthOutside(v1, 1, 2048);
    if (len2 !== -1) violations.push(lengthViolation(path + "/Message", len2, 1, 2048));
    if (len2 <= 2048 && !PATTERN_0.test(v1)) violations.push(patternViolation(path + "/Message", "^.*$"));
    out.Message = v1;
  }
  return out as unknown as ValidationExceptionField;
}

/** ValidationExceptionField as awsJson: modelled members only, unset ones omitted. */
export function writeValidationExceptionField(value: ValidationExceptionField): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v20: unknown = value.Name;
  if (v20 !== undefined && v20 !== null) out.Name = v20;
  const v21: unknown = value.Message;
  if (v21 !== undefined && v21 !== null) out.Message = v21;
  return out;
}
