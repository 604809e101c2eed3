import type { IPrismDiagnostic } from "@stoplight/prism-core";
import { fitErrorMessage } from "../service/error-message.js";

/** A response the front writes itself (errors it produces, not Prism's mock output). */
export interface FrontResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

export const AWS_JSON_1_0 = "application/x-amz-json-1.0";

/** `awsJson1_0` for `application/x-amz-json-1.0`, `awsJson1_1` for 1.1: how messages name the protocol. */
export function awsJsonProtocolName(mediaType: string): string {
  const version = /x-amz-json-(\d+)\.(\d+)/.exec(mediaType);
  return version ? `awsJson${version[1]}_${version[2]}` : "awsJson1_0";
}

/**
 * An awsJson1_0 error as AWS SDKs parse it: the status, `__type` in the body
 * and the `X-Amzn-ErrorType` header naming the error (smithy aws-json
 * "Operation error serialization"). Modelled errors carry the full shape ID
 * in `__type` (awsJson1_0 servers SHOULD); framework errors, which are not in
 * any model, carry the bare name.
 */
export function awsJsonError(
  statusCode: number,
  name: string,
  members: Record<string, unknown>,
  namespace?: string,
  mediaType: string = AWS_JSON_1_0,
): FrontResponse {
  return {
    statusCode,
    headers: { "content-type": mediaType, "x-amzn-errortype": name },
    body: { __type: namespace === undefined ? name : `${namespace}#${name}`, ...members },
  };
}

/** Framework errors (not modelled), with the statuses the team's server uses. */
export const FRAMEWORK_ERROR_NAMES: ReadonlySet<string> = new Set([
  "UnknownOperationException",
  "SerializationException",
  "UnsupportedMediaTypeException",
  "RequestEntityTooLargeException",
  "MethodNotAllowedException",
  "MissingAuthenticationTokenException",
]);

/**
 * Framework errors in the contract's own media type: an awsJson1_1 service
 * answers `application/x-amz-json-1.1` to every request, errors included
 * (SDKs pick their parser by the protocol, and a mismatched Content-Type is a
 * contract violation a strict client reports).
 */
export function frameworkErrorsFor(mediaType: string) {
  const error = (statusCode: number, name: string, message: string) =>
    awsJsonError(statusCode, name, { Message: fitErrorMessage(message) }, undefined, mediaType);
  return {
    unknownOperation: (message: string) => error(400, "UnknownOperationException", message),
    serialization: (message: string) => error(400, "SerializationException", message),
    unsupportedMediaType: (message: string) => error(415, "UnsupportedMediaTypeException", message),
    requestEntityTooLarge: (limit: number) =>
      error(413, "RequestEntityTooLargeException", `Request body must not exceed ${limit} bytes`),
    methodNotAllowed: (method: string) => {
      const response = error(
        405,
        "MethodNotAllowedException",
        `${awsJsonProtocolName(mediaType)} operations are POST requests to /; got ${method}`,
      );
      response.headers.allow = "POST";
      return response;
    },
    missingAuthenticationToken: () => error(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
  };
}

export type FrameworkErrors = ReturnType<typeof frameworkErrorsFor>;

/** Framework errors of an awsJson1_0 contract (ours). */
export const frameworkErrors: FrameworkErrors = frameworkErrorsFor(AWS_JSON_1_0);


/** A member path from Prism's diagnostic path ["body", "Outer", "0"] → "Outer.0" (team decision). */
function memberPath(diagnostic: IPrismDiagnostic): string[] {
  const path = diagnostic.path ?? [];
  const members = path[0] === "body" ? path.slice(1) : path;
  // Prism reports a missing member at its parent; ajv's message names it.
  const missing = diagnostic.code === "required" ? /required property '([^']+)'/.exec(diagnostic.message) : null;
  return missing ? [...members, missing[1]!] : members;
}

/** Smithy framework wording for the constraint Prism's (ajv's) keyword names. */
function constraintWording(diagnostic: IPrismDiagnostic): string {
  const message = diagnostic.message;
  const number = /(\d+)/.exec(message)?.[1];
  switch (diagnostic.code) {
    case "required":
      return "Member must not be null";
    case "pattern": {
      const pattern = /must match pattern "(.*)"$/.exec(message)?.[1];
      return pattern === undefined ? message : `Member must satisfy regular expression pattern: ${pattern}`;
    }
    case "minLength":
      return `Member must have length greater than or equal to ${number}`;
    case "maxLength":
      return `Member must have length less than or equal to ${number}`;
    case "minItems":
      return `Member must have length greater than or equal to ${number}`;
    case "maxItems":
      return `Member must have length less than or equal to ${number}`;
    case "minimum":
      return `Member must be greater than or equal to ${number}`;
    case "maximum":
      return `Member must be less than or equal to ${number}`;
    case "enum": {
      const values = /allowed values: (.*)$/.exec(message)?.[1];
      return values === undefined ? message : `Member must satisfy enum value set: [${values}]`;
    }
    default:
      return message;
  }
}

/**
 * The awsJson answer to a request Prism found invalid. Prism's own mock would
 * pick the first 400 example (which, with errors grouped by status, is
 * whichever modelled error comes first) or a 422 problem+json — neither is
 * what an AWS SDK expects. Instead:
 * - a security violation → 403 MissingAuthenticationTokenException;
 * - a media type violation → 415 UnsupportedMediaTypeException;
 * - a JSON type mismatch → 400 SerializationException (Smithy servers treat
 *   wrong JSON types as a deserialization failure, not a constraint one);
 * - anything else → 400 ValidationException, Reason fieldValidationFailed,
 *   one FieldList entry per violation, Name = the member path.
 */
export function invalidRequestResponse(
  errors: readonly IPrismDiagnostic[],
  errorNamespace: string | undefined,
  mediaType: string = AWS_JSON_1_0,
): FrontResponse {
  const framework = frameworkErrorsFor(mediaType);
  if (errors.some((d) => d.code === 401)) return framework.missingAuthenticationToken();
  const unsupported = errors.find((d) => d.code === 415);
  if (unsupported) return framework.unsupportedMediaType(unsupported.message);
  const typeMismatch = errors.find((d) => d.code === "type" && (d.path ?? [])[0] === "body");
  if (typeMismatch) {
    const at = memberPath(typeMismatch);
    return framework.serialization(
      at.length === 0 ? `The request body ${typeMismatch.message.replace(/^Request body /, "")}` : typeMismatch.message,
    );
  }
  const fields = errors.map((diagnostic) => {
    const path = memberPath(diagnostic);
    const where = path.length === 0 ? "the request" : path.join(".");
    return {
      Name: where,
      Message: fitErrorMessage(`Value at '/${path.join("/")}' failed to satisfy constraint: ${constraintWording(diagnostic)}`),
    };
  });
  const count = fields.length === 1 ? "1 validation error detected" : `${fields.length} validation errors detected`;
  return awsJsonError(
    400,
    "ValidationException",
    {
      Message: fitErrorMessage(`${count}. ${fields.map((f) => f.Message).join("; ")}`),
      Reason: "fieldValidationFailed",
      FieldList: fields,
    },
    errorNamespace,
    mediaType,
  );
}
