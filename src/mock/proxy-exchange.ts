import type { IPrismDiagnostic } from "@stoplight/prism-core";
import type { IHttpRequest, IHttpResponse, PrismHttpComponents, PrismHttpInstance } from "@stoplight/prism-http";
import { NO_PATH_MATCHED_ERROR, ProblemJsonError, UNPROCESSABLE_ENTITY, VIOLATIONS } from "@stoplight/prism-http";
import { createUnauthorisedResponse, createUnprocessableEntityResponse } from "@stoplight/prism-http/dist/mocker/index.js";
import * as E from "fp-ts/lib/Either.js";
import type { NonEmptyArray } from "fp-ts/lib/NonEmptyArray.js";
import { parseBody } from "./aws-json-body.js";
import type { Exchange, Reply } from "./exchange.js";
import { headerValue, problemReply } from "./exchange.js";
import type { OperationTable } from "./operation-table.js";
import { isError, prismConfig } from "./prism-engine.js";
import { toPrismRequest } from "./prism-request.js";
import type { UpstreamForwarder, UpstreamResponse } from "./upstream.js";
import type { SlViolation } from "./violations.js";
import { fromPrismDiagnostic } from "./violations.js";

export interface ProxySettings {
  checkSecurity: boolean;
  validateRequest: boolean;
  validateResponse: boolean;
  /** Prism's `--errors`: request violations → 422 (not forwarded), response violations → 500 problem+json. */
  errors: boolean;
  /**
   * With `errors`, still forward requests that break the contract (their
   * violations are reported, their responses validated). A conformance kit
   * needs this: its negative cases are invalid on purpose.
   */
  forwardInvalidRequests: boolean;
}

/** What the forward component saw, kept per request (keyed by Prism's input object). */
export interface ForwardRecord {
  /** The upstream's answer; absent when the request was refused instead. */
  upstream?: UpstreamResponse;
  /** Violations Prism's validators cannot see (a body that is not JSON). */
  extraViolations: SlViolation[];
  /** Request violations that made the front refuse to forward (errors on). */
  refused?: IPrismDiagnostic[];
}

/**
 * Prism's `forward` component, awsJson-aware: sends the original bytes with
 * the original Host (see UpstreamForwarder), and parses an x-amz-json
 * response body itself — Prism's parseResponse only parses application/json,
 * so it would validate the upstream's body as a string.
 */
export function awsJsonForwarder(
  forwarder: UpstreamForwarder,
  exchanges: WeakMap<IHttpRequest, Exchange>,
  records: WeakMap<IHttpRequest, ForwardRecord>,
  forwardInvalidRequests: boolean,
): PrismHttpComponents["forward"] {
  return ({ data, validations }) =>
    () =>
    async () => {
      // Prism hands the request violations over only with `errors` on
      // (prism-core factory); it answers them itself, without forwarding.
      const failed = validations.filter(isError);
      if (failed.length > 0 && !forwardInvalidRequests) {
        records.set(data, { extraViolations: [], refused: validations });
        const security = failed.find((d) => d.code === 401);
        return E.left(
          security
            ? createUnauthorisedResponse((security as IPrismDiagnostic & { tags?: string[] }).tags)
            : createUnprocessableEntityResponse(failed as NonEmptyArray<IPrismDiagnostic>),
        );
      }
      const exchange = exchanges.get(data);
      if (exchange === undefined) return E.left(new Error("internal: forwarded request has no exchange"));
      let upstream: UpstreamResponse;
      try {
        upstream = await forwarder.send(exchange.method, exchange.url, exchange.headers, exchange.raw);
      } catch (error) {
        return E.left(upstreamUnreachable(forwarder.upstream, error));
      }
      const parsed = parseUpstreamBody(upstream);
      records.set(data, { upstream, extraViolations: parsed.violations });
      return E.right({ statusCode: upstream.statusCode, headers: upstream.headers, body: parsed.body } satisfies IHttpResponse);
    };
}

function upstreamUnreachable(upstream: URL, error: unknown): ProblemJsonError {
  const reason = error instanceof Error ? error.message : String(error);
  return ProblemJsonError.fromTemplate(
    { type: "UPSTREAM_UNREACHABLE", title: "The upstream server could not be reached", status: 502 },
    `${upstream.href}: ${reason}`,
  );
}

function parseUpstreamBody(upstream: UpstreamResponse): { body: unknown; violations: SlViolation[] } {
  if (upstream.statusCode === 204 || upstream.raw.length === 0) return { body: undefined, violations: [] };
  const parsed = parseBody(upstream.raw, upstream.headers["content-type"]);
  switch (parsed.kind) {
    case "json":
      return { body: parsed.value, violations: [] };
    case "text":
      return { body: parsed.text, violations: [] };
    case "malformed":
      return {
        body: upstream.raw.toString("utf8"),
        violations: [{ location: ["response", "body"], severity: "Error", code: "SerializationException", message: parsed.reason }],
      };
  }
}

/**
 * Proxy mode: the request and the upstream's response are checked against
 * the contract by Prism's validators; a valid response goes back unchanged.
 */
export async function proxyExchange(
  exchange: Exchange,
  table: OperationTable,
  prism: PrismHttpInstance,
  forwarder: UpstreamForwarder,
  exchanges: WeakMap<IHttpRequest, Exchange>,
  records: WeakMap<IHttpRequest, ForwardRecord>,
  settings: ProxySettings,
): Promise<Reply> {
  const operation = exchange.target === undefined ? undefined : table.byTarget(exchange.target);
  if (operation === undefined || exchange.method !== "POST") {
    // Prism without a route: with --errors it refuses, otherwise it forwards
    // with a warning and cannot check the answer. An unknown target is a
    // normal negative test for an awsJson server, so it is forwarded when
    // invalid requests are.
    const why =
      exchange.method !== "POST"
        ? `${exchange.method} is not an awsJson operation (they are POST)`
        : exchange.target === undefined
          ? "Missing X-Amz-Target header"
          : `No operation for X-Amz-Target ${exchange.target}`;
    const violation: SlViolation = { location: ["request"], severity: "Warning", code: "UnknownOperation", message: why };
    if (settings.errors && !settings.forwardInvalidRequests) {
      return problemReply(ProblemJsonError.fromTemplate(NO_PATH_MATCHED_ERROR, why), [violation]);
    }
    try {
      const upstream = await forwarder.send(exchange.method, exchange.url, exchange.headers, exchange.raw);
      return { statusCode: upstream.statusCode, headers: upstream.headers, body: upstream.raw, violations: [violation] };
    } catch (error) {
      return problemReply(upstreamUnreachable(forwarder.upstream, error), [violation]);
    }
  }

  const contentType = headerValue(exchange.headers, "content-type");
  const body = parseBody(exchange.raw, contentType);
  const requestViolations: SlViolation[] =
    body.kind === "malformed"
      ? [{ location: ["request", "body"], severity: "Error", code: "SerializationException", message: body.reason }]
      : [];
  const input = toPrismRequest(
    exchange.method,
    exchange.url,
    exchange.headers,
    exchange.raw.length,
    body.kind === "json" ? body.value : body.kind === "text" ? body.text : exchange.raw.toString("utf8"),
  );
  exchanges.set(input, exchange);
  const config = prismConfig({
    ...settings,
    upstream: forwarder.upstream,
    mock: { dynamic: false },
  });

  // A body that is not JSON at all never reaches Prism's validators in a
  // useful form; refuse it like any other request violation.
  if (requestViolations.length > 0 && settings.errors && !settings.forwardInvalidRequests) {
    return problemReply(
      ProblemJsonError.fromTemplate(UNPROCESSABLE_ENTITY, "The request body is not valid JSON", { validation: requestViolations }),
      requestViolations,
    );
  }

  const result = await prism.request(input, [operation.operation], config)();
  const record = records.get(input);
  if (result._tag === "Left") {
    const refused = (record?.refused ?? []).map((d) => fromPrismDiagnostic("request", d));
    return problemReply(result.left, [...requestViolations, ...refused]);
  }
  const { validations } = result.right;
  const violations = [
    ...requestViolations,
    ...validations.input.map((d) => fromPrismDiagnostic("request", d)),
    ...validations.output.map((d) => fromPrismDiagnostic("response", d)),
    ...(record?.extraViolations ?? []),
  ];
  if (record?.upstream === undefined) return problemReply(new Error("internal: no upstream response recorded"), violations);

  const responseErrors = violations.filter((v) => v.location[0] === "response" && v.severity === "Error");
  if (settings.errors && responseErrors.length > 0) {
    return problemReply(
      ProblemJsonError.fromTemplate(
        VIOLATIONS,
        "Your request/response is not valid and the --errors flag is set, so Prism is generating this error for you.",
        { validation: responseErrors },
      ),
      violations,
    );
  }
  const upstream = record.upstream;
  return { statusCode: upstream.statusCode, headers: upstream.headers, body: upstream.raw, violations };
}
