// The format of generated/conformance/cases.json, shared by the generator that
// writes it and the kit (src/conformance) that runs it. Cases are data: a
// request to send and what a conforming implementation may answer, never code.

/**
 * MUST: required by the model or the protocol; a failure fails the run.
 * SHOULD: a recommendation (awsJson1_0 "SHOULD"); reported, never fatal.
 */
export type ConformanceLevel = "MUST" | "SHOULD";

export type CaseSource =
  | "constraint"
  | "required"
  | "json-type"
  | "unknown-member"
  | "protocol"
  | "example"
  | "protocol-test"
  | "hostile-json"
  | "semantic";

export interface CaseRequest {
  method: string;
  /** Path relative to the endpoint (awsJson: always "/"). */
  path: string;
  headers: Record<string, string>;
  /**
   * Raw body text, so malformed JSON is expressible. `{{NAME}}` placeholders
   * (inside JSON strings) are bound at run time, e.g. `{{WORKFLOW_ARN}}`.
   */
  body: string;
  /**
   * "base64": `body` holds the bytes base64-encoded (bodies that are not
   * UTF-8 text, which a JSON string cannot carry). Absent: UTF-8 text.
   */
  bodyEncoding?: "base64";
}

/**
 * An error a server may answer to a request it must not dispatch, as long as
 * a member names the routing failure (e.g. the model's ValidationException with
 * Reason "unknownOperation").
 */
export interface RoutingErrorAllowance {
  errorType: string;
  member: string;
  value: string;
}

/** Optional properties a SHOULD case asks for, beyond what every response must satisfy. */
export type Preference =
  /** `__type` in the body holds the full shape ID (`namespace#Name`), as awsJson1_0 servers SHOULD send. */
  | "dunderTypeWithShapeId"
  /** The error type also travels in the X-Amzn-ErrorType header. */
  | "errorTypeHeader"
  /** X-Amzn-RequestId on the response. */
  | "requestId"
  /** A 405 names the allowed methods in an Allow header (RFC 9110 §15.5.6). */
  | "allowHeader";

export interface Expectation {
  /**
   * success: a 2xx with the operation's output.
   * error: an error response naming one of `errorTypes` (any type when omitted).
   * accepted: the request is valid, so the answer is a success or one of the
   *   operation's errors that do not reject the request itself (`errorTypes`);
   *   never a server error (5xx).
   * handled: hostile but well-formed input; a success (validated against the
   *   output) or a 4xx error that names its type — never a 5xx or a closed
   *   connection.
   */
  outcome: "success" | "error" | "accepted" | "handled";
  /** Exact status codes allowed, or a class ("4xx"); omitted → any that fits the outcome. */
  status?: number[] | "4xx" | "5xx";
  /** Accepted error types (shape names, compared after sanitizing). */
  errorTypes?: string[];
  /** Whether an error must name its type (true unless stated). */
  errorTypeRequired?: boolean;
  /** Error types preferred by a SHOULD case (the MUST case accepts `errorTypes`). */
  preferredErrorTypes?: string[];
  preferredStatus?: number[];
  preferences?: Preference[];
  /** Shape name of the operation's output, for schema validation of successes. */
  output?: string;
  /**
   * The request must not reach the operation (unknown, missing or foreign
   * X-Amz-Target): these errors, which only the operation produces, fail it —
   * unless an allowance says the error names the routing failure.
   */
  notDispatched?: { operationErrors: string[]; allowed?: RoutingErrorAllowance[] };
}

export interface ConformanceCase {
  /** Stable identifier: `<Operation>.<member path>.<check>`, `protocol.<…>`, `example.<…>`. */
  id: string;
  description: string;
  level: ConformanceLevel;
  source: CaseSource;
  /** Operation shape name the request targets, if any. */
  operation?: string;
  request: CaseRequest;
  expect: Expectation;
}

export interface OmittedCase {
  id: string;
  reason: string;
}

export interface ErrorShapeInfo {
  name: string;
  shapeId: string;
  fault: "client" | "server";
  status: number;
}

export interface ConformanceSuite {
  $comment: string;
  service: {
    shapeId: string;
    name: string;
    namespace: string;
    protocol: string;
    contentType: string;
    signingName?: string;
    endpointPrefix: string;
  };
  /** Every modeled error of the service (for schema lookup and fault checks). */
  errors: ErrorShapeInfo[];
  /** Operation → output shape name. */
  operations: { name: string; target: string; input?: string; output?: string }[];
  cases: ConformanceCase[];
  /** Cases the model makes impossible (e.g. a length bound the pattern cannot reach). */
  omitted: OmittedCase[];
}
