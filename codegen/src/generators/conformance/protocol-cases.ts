// awsJson1_0/1_1 protocol cases, sent to one operation of the service:
// routing (X-Amz-Target), media type, body parsing, method, and the SHOULD
// properties of error responses. Where the protocol leaves a choice, the MUST
// case accepts every conforming answer and a SHOULD case states the preference
// (smithy aws-json-1_0-protocol.rst; smithy#2348 leaves routing failures open,
// so an unknown target may be 400 or 404 as long as the error names a type).

import type { ConformanceCase, Expectation } from "./case-format.js";
import {
  type OperationContext,
  SERIALIZATION_ERROR,
  UNKNOWN_OPERATION_ERROR,
  UNSUPPORTED_MEDIA_TYPE_ERROR,
  VALIDATION_ERROR,
  acceptedExpectation,
  jsonRequest,
  makeCase,
  rejectedExpectation,
  withoutHeader,
} from "./operation-context.js";
import { UNKNOWN_OPERATION_NAME, foreignTargets } from "./foreign-targets.js";

/** `requiredMember`: a member of the baseline request the request is invalid without, if the input has one. */
export function protocolCases(context: OperationContext, requiredMember: string | undefined): ConformanceCase[] {
  const valid = context.baseline;
  const hasRequiredInput = requiredMember !== undefined;
  const cases: ConformanceCase[] = [];
  const add = (fields: Omit<Parameters<typeof makeCase>[1], "source">): void => {
    cases.push(makeCase(context, { source: "protocol", ...fields }));
  };
  const withoutTarget = withoutHeader(jsonRequest(context, valid), "X-Amz-Target");

  // An unroutable request must never reach the operation: a 2xx, a 5xx, or an
  // error only the operation produces (its modelled errors) shows it did —
  // with an existing run in the body, the run would have been stopped by a
  // request for another operation. Which answer names the failure
  // (UnknownOperationException) is the SHOULD below.
  const unknownTarget: Expectation = {
    outcome: "error",
    status: "4xx",
    preferredErrorTypes: [UNKNOWN_OPERATION_ERROR],
    notDispatched: { operationErrors: context.operationErrors, ...(context.routingAllowances.length > 0 ? { allowed: context.routingAllowances } : {}) },
  };
  const serviceName = context.service.name;
  add({ id: "protocol.target.missing", description: "No X-Amz-Target header -> a 4xx error naming its type, never dispatched to an operation",
    request: withoutTarget, expect: { ...unknownTarget } });
  for (const [slug, target, what] of foreignTargets(serviceName, context.operation)) {
    add({ id: `protocol.target.${slug}`, description: `X-Amz-Target ${JSON.stringify(target)} (${what}) -> a 4xx error naming its type, never dispatched to ${context.operation}`,
      request: jsonRequest(context, valid, { "X-Amz-Target": target }), expect: { ...unknownTarget } });
  }
  add({ id: "protocol.target.unknown-operation.preferred", level: "SHOULD",
    description: `Unknown operation answered with ${UNKNOWN_OPERATION_ERROR}`,
    request: jsonRequest(context, valid, { "X-Amz-Target": `${serviceName}.${UNKNOWN_OPERATION_NAME}` }),
    expect: { outcome: "error", status: "4xx", errorTypes: [UNKNOWN_OPERATION_ERROR] } });

  add({ id: "protocol.body.malformed-json", description: `Unparseable JSON body -> 400 error naming its type (${SERIALIZATION_ERROR} preferred)`,
    request: jsonRequest(context, "{\"unterminated\": "), expect: rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]) });
  add({ id: "protocol.body.array", description: "A JSON array instead of an object -> 400 error naming its type",
    request: jsonRequest(context, JSON.stringify([valid])), expect: rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]) });
  add({ id: "protocol.body.number", description: "A JSON number instead of an object -> 400 error naming its type",
    request: jsonRequest(context, "10"), expect: rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]) });
  add({ id: "protocol.body.empty", description: hasRequiredInput
      ? `Empty body is read as {} (servers MUST accept it), so required members are missing -> ${VALIDATION_ERROR}`
      : "Empty body is read as {} (servers MUST accept it) -> accepted",
    request: jsonRequest(context, ""), expect: hasRequiredInput ? rejectedExpectation([VALIDATION_ERROR]) : acceptedExpectation(context) });
  add({ id: "protocol.body.type-field-ignored",
    description: "A top-level __type in the request body is not an input member and is ignored",
    request: jsonRequest(context, { __type: "ConformanceKit#Ignored", ...valid }), expect: acceptedExpectation(context) });

  add({ id: "protocol.content-type.parameters", description: "Content-Type with parameters (\"; charset=utf-8\") is accepted",
    request: jsonRequest(context, valid, { "Content-Type": `${context.contentType}; charset=utf-8` }), expect: acceptedExpectation(context) });
  for (const [slug, type] of [["json", "application/json"], ["text", "text/plain"]] as const) {
    add({ id: `protocol.content-type.${slug}`, description: `Content-Type ${type} -> a 4xx error naming its type (415 ${UNSUPPORTED_MEDIA_TYPE_ERROR} preferred)`,
      request: jsonRequest(context, valid, { "Content-Type": type }),
      expect: { outcome: "error", status: "4xx", preferredStatus: [415], preferredErrorTypes: [UNSUPPORTED_MEDIA_TYPE_ERROR] } });
  }
  const noContentType = withoutHeader(jsonRequest(context, valid), "Content-Type");
  add({ id: "protocol.content-type.missing", description: "No Content-Type -> a 4xx error naming its type (the protocol is detected from it)",
    request: noContentType, expect: { outcome: "error", status: "4xx", preferredStatus: [415] } });
  add({ id: "protocol.content-type.preferred", level: "SHOULD", description: `Wrong Content-Type answered 415 ${UNSUPPORTED_MEDIA_TYPE_ERROR}`,
    request: jsonRequest(context, valid, { "Content-Type": "text/plain" }),
    expect: { outcome: "error", status: [415], errorTypes: [UNSUPPORTED_MEDIA_TYPE_ERROR] } });

  add({ id: "protocol.method.get", description: "GET / is not an awsJson request (every request is POST /) -> 4xx",
    request: { ...jsonRequest(context, ""), method: "GET" }, expect: { outcome: "error", status: "4xx", errorTypeRequired: false, preferredStatus: [405] } });
  // Found by Schemathesis (check ST204) against a server the kit passed.
  add({ id: "protocol.method.allow-header", level: "SHOULD", description: "GET / answered 405 with an Allow header naming POST (RFC 9110 §15.5.6)",
    request: { ...jsonRequest(context, ""), method: "GET" }, expect: { outcome: "error", status: "4xx", errorTypeRequired: false, preferredStatus: [405], preferences: ["allowHeader"] } });
  add({ id: "protocol.path.not-root", level: "SHOULD", description: "POST to a path other than / is not claimed by awsJson -> 4xx",
    request: { ...jsonRequest(context, valid), path: "/conformance-kit/not-root" }, expect: { outcome: "error", status: "4xx", errorTypeRequired: false } });

  const invalid = { ...valid };
  if (requiredMember !== undefined) delete invalid[requiredMember];
  const invalidRequest = jsonRequest(context, hasRequiredInput ? invalid : "{");
  const invalidTypes = hasRequiredInput ? [VALIDATION_ERROR] : [SERIALIZATION_ERROR, VALIDATION_ERROR];
  // awsJson1_0 servers SHOULD send the full shape ID; awsJson1_1 servers SHOULD send the bare name.
  if (!context.service.protocol.endsWith("awsJson1_1")) {
    add({ id: "protocol.error.dunder-type-shape-id", level: "SHOULD",
      description: "awsJson1_0 servers SHOULD put the full shape ID (namespace#Name) in __type",
      request: invalidRequest, expect: { ...rejectedExpectation(invalidTypes), preferences: ["dunderTypeWithShapeId"] } });
  }
  add({ id: "protocol.error.type-header", level: "SHOULD", description: "Error responses also carry X-Amzn-ErrorType",
    request: invalidRequest, expect: { ...rejectedExpectation(invalidTypes), preferences: ["errorTypeHeader"] } });
  add({ id: "protocol.request-id", level: "SHOULD", description: "Responses carry X-Amzn-RequestId (AWS services do; SDKs expose it as requestId)",
    request: invalidRequest, expect: { ...rejectedExpectation(invalidTypes), preferences: ["requestId"] } });
  return cases;
}
