// Framework ("synthetic") errors: what an awsJson1_0/1_1 server answers on its
// own, before or around the operation, with error types no model declares.
// This is protocol knowledge, not knowledge of one service: the contract
// (OpenAPI, JSON Schema) documents these so that validators such as Prism
// check them instead of calling them undocumented, and the generated server
// stub's runtime emits them (its templates carry their own copies of the
// names; test/codegen/framework-errors.test.ts keeps the two in agreement).
//
// Sources (protocol notes §3, §4): smithy-typescript framework-errors.smithy
// and server-common validation/errors.ts; smithy-rs aws_json router and
// runtime_error.rs; AWS "Common Errors" pages of SigV4 JSON services.

import type { ModelIndex } from "./knowledge.js";

/** When an error applies to a service. */
export type FrameworkErrorScope =
  /** every awsJson service */
  | "protocol"
  /** services with `aws.auth#sigv4`: failures of signature verification */
  | "sigv4"
  /** only when the model declares no error of that name: the stand-in the server sends instead */
  | "unmodelled";

export interface FrameworkError {
  /** The error type, as sent in `__type` and X-Amzn-ErrorType (bare, no namespace). */
  name: string;
  /**
   * Statuses conforming implementations answer it with, most common first.
   * Implementations disagree (UnknownOperationException: 400 from AWS JSON
   * front ends, 404 from smithy-rs/smithy-ts), so the contract documents each.
   */
  statuses: readonly number[];
  scope: FrameworkErrorScope;
  /** One sentence: when a server sends it (used as documentation and example message). */
  when: string;
}

/** awsJson1_0 and awsJson1_1 alike; order is the order in the contract's descriptions. */
export const AWS_JSON_FRAMEWORK_ERRORS: readonly FrameworkError[] = [
  {
    name: "SerializationException",
    statuses: [400],
    scope: "protocol",
    when: "The request body is not JSON, or a value has the wrong JSON type.",
  },
  {
    name: "UnknownOperationException",
    statuses: [400, 404],
    scope: "protocol",
    when: "The X-Amz-Target header is missing or names no operation of the service.",
  },
  {
    name: "MethodNotAllowedException",
    statuses: [405],
    scope: "protocol",
    when: "The request is not a POST; awsJson operations are POST /.",
  },
  {
    name: "RequestEntityTooLargeException",
    statuses: [413],
    scope: "protocol",
    when: "The request body is larger than the server accepts.",
  },
  {
    name: "UnsupportedMediaTypeException",
    statuses: [415],
    scope: "protocol",
    when: "The Content-Type is not the protocol's JSON media type.",
  },
  {
    // The HTTP layer's own refusals, answered in the protocol's error shape
    // so that clients still get a type and a request ID.
    name: "BadRequestException",
    statuses: [400],
    scope: "protocol",
    when: "The HTTP request is malformed (bad request line, chunking or Content-Length).",
  },
  {
    name: "RequestTimeoutException",
    statuses: [408],
    scope: "protocol",
    when: "The request was not received completely in time.",
  },
  {
    name: "ExpectationFailedException",
    statuses: [417],
    scope: "protocol",
    when: "The request carries an Expect header other than 100-continue.",
  },
  {
    name: "RequestHeaderFieldsTooLargeException",
    statuses: [431],
    scope: "protocol",
    when: "The request headers are larger than the server accepts.",
  },
  {
    name: "InternalFailure",
    statuses: [500],
    scope: "protocol",
    when: "The request failed because of an unknown error, exception or failure.",
  },
  {
    // smithy-rs spells the same error with the suffix.
    name: "InternalFailureException",
    statuses: [500],
    scope: "protocol",
    when: "The request failed because of an unknown error, exception or failure.",
  },
  {
    name: "IncompleteSignatureException",
    statuses: [400, 403],
    scope: "sigv4",
    when: "The request signature does not conform to AWS standards.",
  },
  {
    name: "InvalidSignatureException",
    statuses: [400, 403],
    scope: "sigv4",
    when: "The request signature does not match, or the request is too far from the server's clock.",
  },
  {
    name: "MissingAuthenticationTokenException",
    statuses: [403],
    scope: "sigv4",
    when: "The request carries no signature or credentials.",
  },
  {
    name: "UnrecognizedClientException",
    statuses: [403],
    scope: "sigv4",
    when: "The access key ID is not known to the service.",
  },
  {
    // smithy.framework#ValidationException, for services that model none.
    name: "ValidationException",
    statuses: [400],
    scope: "unmodelled",
    when: "The input fails to satisfy the constraints of the model.",
  },
  {
    name: "ThrottlingException",
    statuses: [400],
    scope: "unmodelled",
    when: "The request was denied because of request throttling.",
  },
];

/** The framework errors a service's server may send, in the order above. */
export function frameworkErrorsOf(index: ModelIndex, serviceId: string = index.service()): FrameworkError[] {
  const service = index.serviceInfo(serviceId);
  const modelled = new Set(index.errorsOfService(serviceId).map((id) => index.nameOf(id, serviceId)));
  return AWS_JSON_FRAMEWORK_ERRORS.filter((error) => {
    switch (error.scope) {
      case "protocol":
        return true;
      case "sigv4":
        return service.signingName !== undefined;
      case "unmodelled":
        return !modelled.has(error.name);
    }
  });
}

/** Framework errors grouped by status (ascending), each group in list order. */
export function frameworkErrorsByStatus(errors: readonly FrameworkError[]): Map<number, FrameworkError[]> {
  const groups = new Map<number, FrameworkError[]>();
  for (const status of [...new Set(errors.flatMap((e) => e.statuses))].sort((a, b) => a - b)) {
    groups.set(status, errors.filter((e) => e.statuses.includes(status)));
  }
  return groups;
}
