import type { IncomingHttpHeaders } from "node:http";
import { ProblemJsonError } from "@stoplight/prism-http";
import type { FrontResponse } from "./aws-json-errors.js";
import type { SlViolation } from "./violations.js";

/** One request as the front received it, body already read. */
export interface Exchange {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The X-Amz-Target header, when present. */
  target: string | undefined;
  /** The id the front logs the exchange under (and, in mock mode, sends as X-Amzn-RequestId). */
  requestId: string;
}

/** What the front writes back, plus the violations found on the way. */
export interface Reply {
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer | string;
  violations: SlViolation[];
}

/**
 * Sets a header on a plain object. A header named `__proto__` would set the
 * object's prototype (or nothing) if assigned: it is defined as an own
 * property instead, so a signed request carrying one reaches the upstream and
 * verifies.
 */
export function setHeader<V>(headers: Record<string, V>, name: string, value: V): void {
  if (name === "__proto__") Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  else headers[name] = value;
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** A JSON body written as-is under the response's own media type (never re-labelled). */
export function replyOf(response: FrontResponse, violations: SlViolation[] = []): Reply {
  return {
    statusCode: response.statusCode,
    headers: response.headers,
    body: response.body === undefined ? "" : JSON.stringify(response.body),
    violations,
  };
}

/**
 * Prism's own error answers (unknown example, violations with --errors, …)
 * as Prism's server writes them: application/problem+json, the error's
 * status (500 when it has none), `https://stoplight.io/prism/errors#…` type.
 */
export function problemReply(error: Error, violations: SlViolation[] = []): Reply {
  const problem = ProblemJsonError.toProblemJson(error);
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  const extra = (error as { additional?: { headers?: Record<string, string> } }).additional?.headers;
  if (extra) Object.assign(headers, extra);
  // `additional.headers` is for the HTTP response, not the problem document.
  const { headers: _omit, ...document } = problem as typeof problem & { headers?: unknown };
  return { statusCode: problem.status, headers, body: JSON.stringify(document), violations };
}
