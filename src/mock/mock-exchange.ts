import type { IHttpRequest, IHttpResponse, PrismHttpInstance } from "@stoplight/prism-http";
import { NOT_FOUND, ProblemJsonError, UNPROCESSABLE_ENTITY } from "@stoplight/prism-http";
import { parseBody } from "./aws-json-body.js";
import { FRAMEWORK_ERROR_NAMES, awsJsonProtocolName, frameworkErrorsFor } from "./aws-json-errors.js";
import type { Exchange, Reply } from "./exchange.js";
import { headerValue, problemReply, replyOf } from "./exchange.js";
import type { OperationTable } from "./operation-table.js";
import { PreferenceError, readPreferences, withCodeForExample } from "./prefer.js";
import { prismConfig } from "./prism-engine.js";
import { toPrismRequest } from "./prism-request.js";
import type { SlViolation } from "./violations.js";
import { fromPrismDiagnostic } from "./violations.js";

export interface MockSettings {
  checkSecurity: boolean;
  validateRequest: boolean;
  validateResponse: boolean;
  /** Default for `Prefer: dynamic=…`: json-schema-faker data instead of the model's examples. */
  dynamic: boolean;
}

/**
 * Mock mode: awsJson routing and parsing here, validation and response
 * selection by Prism's engine.
 */
export async function mockExchange(
  exchange: Exchange,
  table: OperationTable,
  prism: PrismHttpInstance,
  requestIds: WeakMap<IHttpRequest, string>,
  settings: MockSettings,
): Promise<Reply> {
  const frameworkErrors = frameworkErrorsFor(table.mediaType);
  const requestViolation = (code: string, message: string): SlViolation[] => [
    { location: ["request"], severity: "Error", code, message },
  ];

  if (exchange.method !== "POST") {
    return replyOf(frameworkErrors.methodNotAllowed(exchange.method), requestViolation("method", `${exchange.method} is not POST`));
  }
  if (exchange.target === undefined) {
    const message = "Missing X-Amz-Target header: it names the operation to call";
    return replyOf(frameworkErrors.unknownOperation(message), requestViolation("UnknownOperationException", message));
  }
  const operation = table.byTarget(exchange.target);
  if (operation === undefined) {
    const message = `No operation for X-Amz-Target ${exchange.target}; this contract has ${table.targets().join(", ")}`;
    return replyOf(frameworkErrors.unknownOperation(message), requestViolation("UnknownOperationException", message));
  }
  // awsJson: every request is POST to the root URL.
  if (exchange.url.pathname !== "/") {
    const message = `${awsJsonProtocolName(table.mediaType)} requests go to /, not ${exchange.url.pathname}`;
    return replyOf(frameworkErrors.unknownOperation(message), requestViolation("UnknownOperationException", message));
  }

  const contentType = headerValue(exchange.headers, "content-type");
  const body = parseBody(exchange.raw, contentType);
  if (body.kind === "malformed") {
    return replyOf(frameworkErrors.serialization(body.reason), [
      { location: ["request", "body"], severity: "Error", code: "SerializationException", message: body.reason },
    ]);
  }

  let preferences;
  try {
    preferences = withCodeForExample(
      readPreferences(headerValue(exchange.headers, "prefer"), exchange.url.searchParams),
      operation.operation,
    );
  } catch (error) {
    if (!(error instanceof PreferenceError)) throw error;
    return problemReply(ProblemJsonError.fromTemplate(error.status === 404 ? NOT_FOUND : UNPROCESSABLE_ENTITY, error.message));
  }

  const input = toPrismRequest(
    exchange.method,
    exchange.url,
    exchange.headers,
    exchange.raw.length,
    body.kind === "json" ? body.value : body.text,
  );
  requestIds.set(input, exchange.requestId);
  const config = prismConfig({
    ...settings,
    errors: false,
    mock: {
      dynamic: preferences.dynamic ?? settings.dynamic,
      ...(preferences.code === undefined ? {} : { code: preferences.code }),
      ...(preferences.exampleKey === undefined ? {} : { exampleKey: preferences.exampleKey }),
      ...(preferences.seed === undefined ? {} : { seed: preferences.seed }),
      // awsJson clients send no useful Accept header; answering in the
      // contract's own media type is the protocol, not a negotiation.
      mediaTypes: operation.responseMediaTypes,
    },
  });

  const result = await prism.request(input, [operation.operation], config)();
  if (result._tag === "Left") return problemReply(result.left);
  const { output, validations } = result.right;
  const reply = serializeMockOutput(output, exchange.requestId);
  // Framework errors (SerializationException for a wrong JSON type, …) are
  // not in any contract; checking them against the modelled 400 errors would
  // only report the contract's silence about them.
  const frameworkError = FRAMEWORK_ERROR_NAMES.has(reply.headers["x-amzn-errortype"] ?? "");
  const violations = [
    ...validations.input.map((d) => fromPrismDiagnostic("request", d)),
    ...(frameworkError ? [] : validations.output.map((d) => fromPrismDiagnostic("response", d))),
  ];
  return { ...reply, violations };
}

/**
 * Prism's mock output as an awsJson response: the contract's media type,
 * a real X-Amzn-RequestId (Prism would fill the header from its schema with
 * the placeholder "string"), and for errors the X-Amzn-ErrorType header
 * derived from `__type` — clients accept either, servers send both.
 */
function serializeMockOutput(output: IHttpResponse, requestId: string): Omit<Reply, "violations"> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(output.headers ?? {})) {
    if (value !== null && value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  headers["x-amzn-requestid"] = requestId;
  // Prism fills headers without an example from their schema ("string"), so
  // its X-Amzn-ErrorType is a placeholder: name the error from `__type`.
  const errorType = (output.body as { __type?: unknown } | undefined)?.__type;
  if (output.statusCode >= 300 && typeof errorType === "string") {
    headers["x-amzn-errortype"] = sanitizeErrorType(errorType);
  } else {
    delete headers["x-amzn-errortype"];
  }
  const body = output.body === undefined ? "" : typeof output.body === "string" ? output.body : JSON.stringify(output.body);
  return { statusCode: output.statusCode, headers, body };
}

/** awsJson error type sanitizing: cut at the first ":", keep what follows the first "#". */
function sanitizeErrorType(type: string): string {
  const beforeColon = type.split(":")[0]!;
  const hash = beforeColon.indexOf("#");
  return hash < 0 ? beforeColon : beforeColon.slice(hash + 1);
}
