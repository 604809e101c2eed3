// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { enumViolation, lengthViolation, malformed, needsEscaping, patternViolation, requiredViolation, stringLengthOutside, typeMismatch, writeList, type Violations } from "@mwaa-serverless/server-runtime";
import type { AccessDeniedExceptionMembers, InternalServerExceptionMembers, OperationTimeoutExceptionMembers, ResourceNotFoundExceptionMembers, StopWorkflowRunRequest, StopWorkflowRunResponse, ThrottlingExceptionMembers, ValidationExceptionField, ValidationExceptionMembers } from "./models.js";

const PATTERN_0 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const PATTERN_1 = new RegExp("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9.\\-_]{0,254}-[a-zA-Z0-9]{10})(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const PATTERN_2 = new RegExp("^[a-zA-Z0-9]+[a-zA-Z0-9.\\-_]*(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
const PATTERN_3 = new RegExp("^[^\\n\\r\\u0085\\u2028\\u2029]+(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))", "u");
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

/** AccessDeniedExceptionMembers as awsJson text: the text of JSON.stringify(writeAccessDeniedException(value)). */
export function serializeAccessDeniedException(value: AccessDeniedExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v1: unknown = value.Message;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string" && needsEscaping(v1)) return JSON.stringify(writeAccessDeniedException(value));
    json = typeof v1 === "string" ? '"' + v1 + '"' : JSON.stringify(v1);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v2: unknown = value.Message;
  if (v2 !== undefined && v2 !== null) out.Message = v2;
  const v3: unknown = value.RetryAfterSeconds;
  if (v3 !== undefined && v3 !== null) out.RetryAfterSeconds = v3;
  return out;
}

/** InternalServerExceptionMembers as awsJson text: the text of JSON.stringify(writeInternalServerException(value)). */
export function serializeInternalServerException(value: InternalServerExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v4: unknown = value.Message;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string" && needsEscaping(v4)) return JSON.stringify(writeInternalServerException(value));
    json = typeof v4 === "string" ? '"' + v4 + '"' : JSON.stringify(v4);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  const v5: unknown = value.RetryAfterSeconds;
  if (v5 !== undefined && v5 !== null) {
    json = JSON.stringify(v5);
    if (json !== undefined) {
      text += comma + "\"RetryAfterSeconds\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v6: unknown = value.Message;
  if (v6 !== undefined && v6 !== null) out.Message = v6;
  return out;
}

/** OperationTimeoutExceptionMembers as awsJson text: the text of JSON.stringify(writeOperationTimeoutException(value)). */
export function serializeOperationTimeoutException(value: OperationTimeoutExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v7: unknown = value.Message;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string" && needsEscaping(v7)) return JSON.stringify(writeOperationTimeoutException(value));
    json = typeof v7 === "string" ? '"' + v7 + '"' : JSON.stringify(v7);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v8: unknown = value.Message;
  if (v8 !== undefined && v8 !== null) out.Message = v8;
  const v9: unknown = value.ResourceId;
  if (v9 !== undefined && v9 !== null) out.ResourceId = v9;
  const v10: unknown = value.ResourceType;
  if (v10 !== undefined && v10 !== null) out.ResourceType = v10;
  return out;
}

/** ResourceNotFoundExceptionMembers as awsJson text: the text of JSON.stringify(writeResourceNotFoundException(value)). */
export function serializeResourceNotFoundException(value: ResourceNotFoundExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v11: unknown = value.Message;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string" && needsEscaping(v11)) return JSON.stringify(writeResourceNotFoundException(value));
    json = typeof v11 === "string" ? '"' + v11 + '"' : JSON.stringify(v11);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  const v12: unknown = value.ResourceId;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 === "string" && needsEscaping(v12)) return JSON.stringify(writeResourceNotFoundException(value));
    json = typeof v12 === "string" ? '"' + v12 + '"' : JSON.stringify(v12);
    if (json !== undefined) {
      text += comma + "\"ResourceId\":" + json;
      comma = ",";
    }
  }
  const v13: unknown = value.ResourceType;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 === "string" && needsEscaping(v13)) return JSON.stringify(writeResourceNotFoundException(value));
    json = typeof v13 === "string" ? '"' + v13 + '"' : JSON.stringify(v13);
    if (json !== undefined) {
      text += comma + "\"ResourceType\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v14: unknown = value.WorkflowArn;
  if (v14 !== undefined && v14 !== null) out.WorkflowArn = v14;
  const v15: unknown = value.RunId;
  if (v15 !== undefined && v15 !== null) out.RunId = v15;
  return out;
}

/** StopWorkflowRunRequest as awsJson text: the text of JSON.stringify(writeStopWorkflowRunRequest(value)). */
export function serializeStopWorkflowRunRequest(value: StopWorkflowRunRequest): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v16: unknown = value.WorkflowArn;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string" && needsEscaping(v16)) return JSON.stringify(writeStopWorkflowRunRequest(value));
    json = typeof v16 === "string" ? '"' + v16 + '"' : JSON.stringify(v16);
    if (json !== undefined) {
      text += comma + "\"WorkflowArn\":" + json;
      comma = ",";
    }
  }
  const v17: unknown = value.RunId;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string" && needsEscaping(v17)) return JSON.stringify(writeStopWorkflowRunRequest(value));
    json = typeof v17 === "string" ? '"' + v17 + '"' : JSON.stringify(v17);
    if (json !== undefined) {
      text += comma + "\"RunId\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v18: unknown = value.WorkflowArn;
  if (v18 !== undefined && v18 !== null) out.WorkflowArn = v18;
  const v19: unknown = value.WorkflowVersion;
  if (v19 !== undefined && v19 !== null) out.WorkflowVersion = v19;
  const v20: unknown = value.RunId;
  if (v20 !== undefined && v20 !== null) out.RunId = v20;
  const v21: unknown = value.Status;
  if (v21 !== undefined && v21 !== null) out.Status = v21;
  return out;
}

/** StopWorkflowRunResponse as awsJson text: the text of JSON.stringify(writeStopWorkflowRunResponse(value)). */
export function serializeStopWorkflowRunResponse(value: StopWorkflowRunResponse): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v22: unknown = value.WorkflowArn;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 === "string" && needsEscaping(v22)) return JSON.stringify(writeStopWorkflowRunResponse(value));
    json = typeof v22 === "string" ? '"' + v22 + '"' : JSON.stringify(v22);
    if (json !== undefined) {
      text += comma + "\"WorkflowArn\":" + json;
      comma = ",";
    }
  }
  const v23: unknown = value.WorkflowVersion;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 === "string" && needsEscaping(v23)) return JSON.stringify(writeStopWorkflowRunResponse(value));
    json = typeof v23 === "string" ? '"' + v23 + '"' : JSON.stringify(v23);
    if (json !== undefined) {
      text += comma + "\"WorkflowVersion\":" + json;
      comma = ",";
    }
  }
  const v24: unknown = value.RunId;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 === "string" && needsEscaping(v24)) return JSON.stringify(writeStopWorkflowRunResponse(value));
    json = typeof v24 === "string" ? '"' + v24 + '"' : JSON.stringify(v24);
    if (json !== undefined) {
      text += comma + "\"RunId\":" + json;
      comma = ",";
    }
  }
  const v25: unknown = value.Status;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string" && needsEscaping(v25)) return JSON.stringify(writeStopWorkflowRunResponse(value));
    json = typeof v25 === "string" ? '"' + v25 + '"' : JSON.stringify(v25);
    if (json !== undefined) {
      text += comma + "\"Status\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v26: unknown = value.Message;
  if (v26 !== undefined && v26 !== null) out.Message = v26;
  const v27: unknown = value.ServiceCode;
  if (v27 !== undefined && v27 !== null) out.ServiceCode = v27;
  const v28: unknown = value.QuotaCode;
  if (v28 !== undefined && v28 !== null) out.QuotaCode = v28;
  const v29: unknown = value.RetryAfterSeconds;
  if (v29 !== undefined && v29 !== null) out.RetryAfterSeconds = v29;
  return out;
}

/** ThrottlingExceptionMembers as awsJson text: the text of JSON.stringify(writeThrottlingException(value)). */
export function serializeThrottlingException(value: ThrottlingExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v30: unknown = value.Message;
  if (v30 !== undefined && v30 !== null) {
    if (typeof v30 === "string" && needsEscaping(v30)) return JSON.stringify(writeThrottlingException(value));
    json = typeof v30 === "string" ? '"' + v30 + '"' : JSON.stringify(v30);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  const v31: unknown = value.ServiceCode;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 === "string" && needsEscaping(v31)) return JSON.stringify(writeThrottlingException(value));
    json = typeof v31 === "string" ? '"' + v31 + '"' : JSON.stringify(v31);
    if (json !== undefined) {
      text += comma + "\"ServiceCode\":" + json;
      comma = ",";
    }
  }
  const v32: unknown = value.QuotaCode;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 === "string" && needsEscaping(v32)) return JSON.stringify(writeThrottlingException(value));
    json = typeof v32 === "string" ? '"' + v32 + '"' : JSON.stringify(v32);
    if (json !== undefined) {
      text += comma + "\"QuotaCode\":" + json;
      comma = ",";
    }
  }
  const v33: unknown = value.RetryAfterSeconds;
  if (v33 !== undefined && v33 !== null) {
    json = JSON.stringify(v33);
    if (json !== undefined) {
      text += comma + "\"RetryAfterSeconds\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v34: unknown = value.Message;
  if (v34 !== undefined && v34 !== null) out.Message = v34;
  const v35: unknown = value.Reason;
  if (v35 !== undefined && v35 !== null) out.Reason = v35;
  const v36: unknown = value.FieldList;
  if (v36 !== undefined && v36 !== null) out.FieldList = writeList(v36, (x) => writeValidationExceptionField(x as ValidationExceptionField));
  return out;
}

/** ValidationExceptionMembers as awsJson text: the text of JSON.stringify(writeValidationException(value)). */
export function serializeValidationException(value: ValidationExceptionMembers): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v37: unknown = value.Message;
  if (v37 !== undefined && v37 !== null) {
    if (typeof v37 === "string" && needsEscaping(v37)) return JSON.stringify(writeValidationException(value));
    json = typeof v37 === "string" ? '"' + v37 + '"' : JSON.stringify(v37);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  const v38: unknown = value.Reason;
  if (v38 !== undefined && v38 !== null) {
    if (typeof v38 === "string" && needsEscaping(v38)) return JSON.stringify(writeValidationException(value));
    json = typeof v38 === "string" ? '"' + v38 + '"' : JSON.stringify(v38);
    if (json !== undefined) {
      text += comma + "\"Reason\":" + json;
      comma = ",";
    }
  }
  const v39: unknown = value.FieldList;
  if (v39 !== undefined && v39 !== null) {
    json = JSON.stringify(writeList(v39, (x) => writeValidationExceptionField(x as ValidationExceptionField)));
    if (json !== undefined) {
      text += comma + "\"FieldList\":" + json;
      comma = ",";
    }
  }
  return text + "}";
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
  const v40: unknown = value.Name;
  if (v40 !== undefined && v40 !== null) out.Name = v40;
  const v41: unknown = value.Message;
  if (v41 !== undefined && v41 !== null) out.Message = v41;
  return out;
}

/** ValidationExceptionField as awsJson text: the text of JSON.stringify(writeValidationExceptionField(value)). */
export function serializeValidationExceptionField(value: ValidationExceptionField): string {
  let text = "{";
  let comma = "";
  let json: string | undefined;
  const v42: unknown = value.Name;
  if (v42 !== undefined && v42 !== null) {
    if (typeof v42 === "string" && needsEscaping(v42)) return JSON.stringify(writeValidationExceptionField(value));
    json = typeof v42 === "string" ? '"' + v42 + '"' : JSON.stringify(v42);
    if (json !== undefined) {
      text += comma + "\"Name\":" + json;
      comma = ",";
    }
  }
  const v43: unknown = value.Message;
  if (v43 !== undefined && v43 !== null) {
    if (typeof v43 === "string" && needsEscaping(v43)) return JSON.stringify(writeValidationExceptionField(value));
    json = typeof v43 === "string" ? '"' + v43 + '"' : JSON.stringify(v43);
    if (json !== undefined) {
      text += comma + "\"Message\":" + json;
      comma = ",";
    }
  }
  return text + "}";
}
