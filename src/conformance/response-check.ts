// Checks one response against a case's expectation and the protocol's rules
// for every response: status, Content-Type, a JSON object body valid against
// the generated JSON Schema of the output or of the named error, an error type
// a client can resolve, the fault class of modeled errors. Where awsJson
// allows several answers every one passes; preferences (SHOULD) are reported
// separately and only fail SHOULD cases. Message texts are never compared.

import type { ConformanceSuite, Expectation } from "../../codegen/src/generators/conformance/case-format.js";
import { errorTypeCarriers, headerValue, resolveErrorType } from "./error-type.js";

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A body validator by shape name (generated/validators). */
export type BodyValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; keyword?: string; message?: string; params?: Record<string, unknown> }[] | null;
};

export interface CheckContext {
  suite: Pick<ConformanceSuite, "errors" | "service">;
  validators: Readonly<Record<string, BodyValidator>>;
}

export interface CheckOutcome {
  /** Violations of MUST rules. */
  failures: string[];
  /** Unmet SHOULD preferences. */
  preferences: string[];
  /** The parsed body (undefined when empty or not JSON). */
  json?: unknown;
  response: ReceivedResponse;
  errorType?: string;
}

export function checkResponse(expect: Expectation, response: ReceivedResponse, context: CheckContext): CheckOutcome {
  const failures: string[] = [];
  const preferences: string[] = [];
  const outcome: CheckOutcome = { failures, preferences, response };
  // The kit sends Accept-Encoding: identity; clients read the body as JSON as is.
  const encoding = headerValue(response.headers, "content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") failures.push(`response has Content-Encoding ${encoding} although the request asked for identity`);
  const text = response.body.trim();
  if (text !== "") {
    try {
      outcome.json = JSON.parse(text);
    } catch {
      failures.push("response body is not JSON");
    }
    if (outcome.json !== undefined && (outcome.json === null || typeof outcome.json !== "object" || Array.isArray(outcome.json))) {
      failures.push("response body is not a JSON object");
    }
    const mediaType = headerValue(response.headers, "content-type")?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== context.suite.service.contentType) {
      failures.push(`Content-Type is ${mediaType ? `"${mediaType}"` : "missing"}, expected ${context.suite.service.contentType}`);
    }
  }
  const body = (outcome.json ?? {}) as Record<string, unknown>;
  const { status } = response;
  const isSuccess = status >= 200 && status < 300;

  if (status < 200 || (status >= 300 && status < 400)) {
    failures.push(`status ${status} is neither a success nor an error`);
  } else if (isSuccess) {
    if (expect.outcome === "error") {
      failures.push(expect.notDispatched
        ? `request dispatched to the operation: status ${status} for a request that names no operation of the service (it must never reach one)`
        : `expected an error${describeErrors(expect)}, got status ${status}`);
    } else {
      if (status !== 200) failures.push(`success status is ${status}, awsJson responses use 200`);
      if (expect.output) validateBody(expect.output, body, context, failures);
    }
  } else {
    checkError(expect, response, body, context, outcome);
  }

  for (const preference of expect.preferences ?? []) {
    if (preference === "requestId" && !headerValue(response.headers, "x-amzn-requestid")) preferences.push("no X-Amzn-RequestId header");
    if (preference === "allowHeader" && status === 405 && !/\bPOST\b/i.test(headerValue(response.headers, "allow") ?? "")) {
      preferences.push("405 without an Allow header naming POST");
    }
    if (isSuccess) continue;
    const carriers = errorTypeCarriers(response.headers, outcome.json);
    if (preference === "errorTypeHeader" && !carriers.header) preferences.push("no X-Amzn-ErrorType header");
    if (preference === "dunderTypeWithShapeId" && !carriers.dunderType?.includes("#")) {
      preferences.push(carriers.dunderType ? `__type "${carriers.dunderType}" is not a full shape ID (namespace#Name)` : "no __type in the body");
    }
  }
  return outcome;
}

function checkError(expect: Expectation, response: ReceivedResponse, body: Record<string, unknown>, context: CheckContext, outcome: CheckOutcome): void {
  const { failures, preferences } = outcome;
  const status = response.status;
  const carriers = errorTypeCarriers(response.headers, outcome.json);
  const type = resolveErrorType(carriers);
  if (type !== undefined) outcome.errorType = type;
  const label = type ?? "an unnamed error";

  if (expect.outcome === "success") failures.push(`expected success, got ${status} ${label}`);
  if (expect.outcome === "accepted") {
    if (status >= 500) failures.push(`valid request answered with a server error: ${status} ${label}`);
    else if (type === undefined || !(expect.errorTypes ?? []).includes(type)) {
      failures.push(`valid request rejected: ${status} ${label} (expected success or one of ${(expect.errorTypes ?? []).join(", ") || "no error"})`);
    }
  }
  if (expect.outcome === "handled") {
    if (status >= 500) failures.push(`server error for hostile input: ${status} ${label} (expected a success or a 4xx error naming its type)`);
    else if (type === undefined) failures.push("error names no type (no X-Amzn-ErrorType header, no code or __type in the body)");
  }
  if (expect.notDispatched && type !== undefined && expect.notDispatched.operationErrors.includes(type)) {
    const allowance = expect.notDispatched.allowed?.find((a) => a.errorType === type);
    if (!allowance || body[allowance.member] !== allowance.value) {
      failures.push(`request dispatched to the operation: ${status} ${type} is an error of the operation, answered to a request that names no operation of the service` +
        (allowance ? ` (${type} may answer it only with ${allowance.member} "${allowance.value}")` : ""));
    }
  }
  if (expect.outcome === "error") {
    if (Array.isArray(expect.status) && !expect.status.includes(status)) failures.push(`status ${status}${status >= 500 ? ` (server error ${label})` : ""}, expected ${expect.status.join(" or ")}`);
    if (expect.status === "4xx" && (status < 400 || status >= 500)) failures.push(`status ${status}${status >= 500 ? ` (server error ${label})` : ""}, expected a 4xx client error`);
    if (expect.status === "5xx" && status < 500) failures.push(`status ${status}, expected a 5xx server error`);
    if (type === undefined && expect.errorTypeRequired !== false) {
      failures.push("error names no type (no X-Amzn-ErrorType header, no code or __type in the body)");
    }
    if (type !== undefined && expect.errorTypes && !expect.errorTypes.includes(type)) {
      failures.push(`error type ${type}, expected ${expect.errorTypes.join(" or ")}`);
    }
    if (expect.preferredErrorTypes && (type === undefined || !expect.preferredErrorTypes.includes(type))) {
      preferences.push(`error type ${type ?? "(none)"}, preferred ${expect.preferredErrorTypes.join(" or ")}`);
    }
    if (expect.preferredStatus && !expect.preferredStatus.includes(status)) {
      preferences.push(`status ${status}, preferred ${expect.preferredStatus.join(" or ")}`);
    }
  }
  const distinct = new Set(Object.values(carriers).map((raw) => resolveErrorType({ header: raw })));
  if (distinct.size > 1) preferences.push(`error type carriers disagree: ${JSON.stringify(carriers)}`);

  const modeled = type === undefined ? undefined : context.suite.errors.find((e) => e.name === type);
  if (modeled) {
    const faultOk = modeled.fault === "client" ? status >= 400 && status < 500 : status >= 500;
    if (!faultOk) failures.push(`${type} is a ${modeled.fault} error but came with status ${status}`);
    if (status !== modeled.status) preferences.push(`${type} with status ${status}; awsJson derives ${modeled.status} from @error`);
    validateBody(type!, body, context, failures);
  }
}

function validateBody(shape: string, body: Record<string, unknown>, context: CheckContext, failures: string[]): void {
  const validate = context.validators[shape];
  if (!validate) return;
  if (!validate(body)) {
    const details = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${describeViolation(e, body)}`);
    failures.push(`body does not match schemas/${shape}.json: ${details.join("; ")}`);
  }
}

function describeErrors(expect: Expectation): string {
  return expect.errorTypes?.length ? ` (${expect.errorTypes.join(" or ")})` : "";
}

/**
 * One schema violation with the constraint it breaks and, for enums, the
 * allowed values and the value received, so a failure says what to change.
 */
function describeViolation(error: NonNullable<BodyValidator["errors"]>[number], body: unknown): string {
  const params = error.params ?? {};
  const received = valueAtPointer(body, error.instancePath);
  const got = received === undefined ? "" : ` (got ${abbreviateJson(received)})`;
  switch (error.keyword) {
    case "enum":
      return `must be one of ${((params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(", ")}${got}`;
    case "pattern":
      return `must match the pattern ${String(params.pattern)}${got}`;
    case "maxLength":
    case "minLength":
      return `violates ${error.keyword} ${String(params.limit)}${got}`;
    case "required":
      return `lacks the required member ${String(params.missingProperty)}`;
    case "type":
      return `must be of type ${String(params.type)}${got}`;
    default:
      return `${error.message ?? "is invalid"}${error.keyword ? ` [${error.keyword}]` : ""}${got}`;
  }
}

function valueAtPointer(root: unknown, pointer: string): unknown {
  if (!pointer) return undefined;
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function abbreviateJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
}
