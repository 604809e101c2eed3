// An error response is not always from the service: a load balancer or proxy
// answers 502/503/504 with an HTML page, and some failures come back as an
// empty 500. The SDK's JSON protocols would hand such a body to JSON.parse
// and surface a SyntaxError. This guard runs first on error statuses and turns
// a body that is not a JSON object into the service's base exception, with
// the HTTP status in its message and $metadata, so callers (and the retry
// strategy, which looks at $metadata.httpStatusCode) see a normal service
// error. JSON bodies go on to the SDK's own error handling untouched.
//
// The same subclasses add what the SDK's protocols leave to generated code:
// @default values and error correction (modelDefaults.ts), @requestCompression
// (requestCompression.ts).

import { AwsJson1_0Protocol, AwsJson1_1Protocol } from "@aws-sdk/core/protocols";
import { collectBody } from "@smithy/core/protocols";
import { NormalizedSchema } from "@smithy/core/schema";
import type {
  EndpointBearer,
  HandlerExecutionContext,
  HttpRequest,
  HttpResponse,
  MetadataBearer,
  OperationSchema,
  ResponseMetadata,
  SerdeFunctions,
} from "@smithy/types";
import { withErrorDefaults, withInputDefaults, withOutputDefaults } from "./modelDefaults.js";
import { emptyStructure, hasInheritedNames, OwnMembersJsonCodec, ownView } from "./ownMembers.js";
import { compressRequest, type CompressionSettings } from "./requestCompression.js";

/** What the generated service exception constructor accepts. */
export type BaseExceptionCtor = new (options: {
  name: string;
  $fault: "client" | "server";
  $metadata: ResponseMetadata;
  message?: string;
}) => Error;

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  413: "Payload Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const MAX_EXCERPT = 200;

function header(response: HttpResponse, name: string): string | undefined {
  for (const key in response.headers) {
    if (key.toLowerCase() === name) return response.headers[key];
  }
  return undefined;
}

/** awsJson error-type sanitising: drop a `:…` suffix, then a `namespace#` prefix. */
function sanitizeErrorType(raw: string): string {
  const beforeColon = raw.split(":")[0] ?? raw;
  const hash = beforeColon.indexOf("#");
  return (hash >= 0 ? beforeColon.slice(hash + 1) : beforeColon).trim();
}

/** Why the body cannot be an awsJson error document, or undefined when it can. */
function nonJsonReason(text: string): string | undefined {
  if (text.trim().length === 0) return "an empty body";
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return undefined;
    return "a JSON body that is not an object";
  } catch {
    const excerpt = text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
    return `a body that is not JSON: ${JSON.stringify(excerpt)}`;
  }
}

/**
 * Builds the error for a non-JSON error response, or returns undefined when
 * the SDK's error handling can take the response as it is.
 */
export function nonJsonErrorOf(
  response: HttpResponse,
  bodyText: string,
  ServiceException: BaseExceptionCtor,
): Error | undefined {
  const errorType = header(response, "x-amzn-errortype");
  // An empty body that names its error type is a valid awsJson error.
  if (errorType && bodyText.trim().length === 0) return undefined;
  const reason = nonJsonReason(bodyText);
  if (!reason) return undefined;
  const status = response.statusCode;
  const statusText = STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : "";
  const contentType = header(response, "content-type");
  const $metadata: ResponseMetadata = { httpStatusCode: status };
  const requestId = header(response, "x-amzn-requestid");
  if (requestId) $metadata.requestId = requestId;
  return new ServiceException({
    name: errorType ? sanitizeErrorType(errorType) : "UnknownError",
    $fault: status >= 500 ? "server" : "client",
    $metadata,
    message:
      `HTTP ${status}${statusText} response with ${reason}` +
      (contentType ? ` (content-type ${contentType})` : "") +
      "; it did not come from the service's JSON protocol (a proxy or load balancer may have answered).",
  });
}

/**
 * Reads an error body once, checks it, and leaves the bytes for the SDK to
 * parse; returns the body's text (undefined for a success).
 */
async function guard(
  response: HttpResponse,
  context: HandlerExecutionContext & SerdeFunctions,
  ServiceException: BaseExceptionCtor,
): Promise<string | undefined> {
  if (response.statusCode < 300) return undefined;
  const bytes = await collectBody(response.body, context);
  response.body = bytes;
  const text = new TextDecoder().decode(bytes);
  const problem = nonJsonErrorOf(response, text, ServiceException);
  if (problem) throw problem;
  return text;
}

/**
 * awsQueryCompatible: an error whose response carried no x-amzn-query-error
 * still exposes its awsQuery `Code`, which is then the error's own name (as
 * the service's awsQuery form would have sent it).
 */
function withQueryCode(error: unknown): unknown {
  if (error instanceof Error && "$fault" in error) {
    const coded = error as Error & { Code?: string };
    coded.Code ??= error.name;
  }
  return error;
}

type SerializeContext = HandlerExecutionContext & SerdeFunctions & EndpointBearer;

/**
 * One subclass body for both awsJson versions: the SDK's two protocol classes
 * differ only in their media type and __type handling, which stay theirs.
 */
function guardedProtocol<Base extends typeof AwsJson1_0Protocol | typeof AwsJson1_1Protocol>(
  SdkProtocol: Base,
  ServiceException: BaseExceptionCtor,
): Base {
  // Widened to one constructor type so TypeScript accepts the extends clause;
  // the class returned is a subclass of whichever protocol was passed.
  const Protocol = SdkProtocol as typeof AwsJson1_0Protocol;
  return class GuardedAwsJsonProtocol extends Protocol {
    /** The SDK keeps its own flag private; this copy decides withQueryCode. */
    readonly #queryCompatible: boolean;

    constructor(options: ConstructorParameters<typeof AwsJson1_0Protocol>[0]) {
      // The SDK's codec and settings, with a deserializer that reads members
      // named `constructor`, `__proto__` … as own properties (ownMembers.ts).
      super({ jsonCodec: new OwnMembersJsonCodec(), ...options });
      this.#queryCompatible = options.awsQueryCompatible === true;
    }

    /** The deserializer the SDK's protocol uses (its field is protected in the SDK's types). */
    get #reader(): { readObject(schema: unknown, data: unknown): unknown; read(schema: unknown, data: Uint8Array): Promise<unknown> } {
      return (this as unknown as { deserializer: { readObject(schema: unknown, data: unknown): unknown; read(schema: unknown, data: Uint8Array): Promise<unknown> } }).deserializer;
    }

    /**
     * The schema of a modelled error the SDK threw: found by the class's
     * static shapeId (the prototype's constructor: an error member named
     * `constructor` can shadow the instance's), undefined for the service's
     * base exception and anything else.
     */
    #errorSchemaOf(error: unknown): unknown {
      if (!(error instanceof ServiceException)) return undefined;
      const shapeId = (Object.getPrototypeOf(error) as { constructor?: { shapeId?: unknown } }).constructor?.shapeId;
      if (typeof shapeId !== "string" || shapeId.startsWith("smithy.ts.sdk.synthetic.")) return undefined;
      const registry = (this as unknown as { compositeErrorRegistry: { getSchema(id: string): unknown } }).compositeErrorRegistry;
      try {
        return registry.getSchema(shapeId);
      } catch {
        return undefined;
      }
    }

    override async serializeRequest<Input extends object>(
      operationSchema: OperationSchema,
      input: Input,
      context: SerializeContext,
    ): Promise<HttpRequest> {
      const inputSchema = NormalizedSchema.of(operationSchema.input);
      const completed = withInputDefaults(operationSchema.input, input);
      const request = await super.serializeRequest(
        operationSchema,
        (hasInheritedNames(inputSchema) ? ownView(inputSchema, completed) : completed) as Input,
        context,
      );
      await compressRequest(request, operationSchema.traits, (this.serdeContext ?? {}) as CompressionSettings);
      return request;
    }

    override async deserializeResponse<Output extends MetadataBearer>(
      operationSchema: OperationSchema,
      context: HandlerExecutionContext & SerdeFunctions,
      response: HttpResponse,
    ): Promise<Output> {
      const errorText = await guard(response, context, ServiceException);
      const outputSchema = NormalizedSchema.of(operationSchema.output);
      if (errorText === undefined && hasInheritedNames(outputSchema) && !outputSchema.getEventStreamMember()) {
        // The SDK would Object.assign the members onto a plain object (a
        // `__proto__` member then sets its prototype): read them here.
        const bytes = await collectBody(response.body, context);
        const output = (bytes.byteLength > 0 ? await this.#reader.read(operationSchema.output, bytes) : emptyStructure(outputSchema)) as Record<string, unknown>;
        output.$metadata = this.deserializeMetadata(response);
        return withOutputDefaults(operationSchema.output, output as Output);
      }
      try {
        return withOutputDefaults(operationSchema.output, await super.deserializeResponse<Output>(operationSchema, context, response));
      } catch (error) {
        const errorSchema = this.#errorSchemaOf(error);
        if (errorSchema !== undefined && errorText !== undefined) {
          let body: unknown;
          try {
            body = errorText.trim().length > 0 ? JSON.parse(errorText) : {};
          } catch {
            body = {};
          }
          withErrorDefaults(errorSchema, error as object, body, (member, value) => this.#reader.readObject(member, value));
        }
        throw this.#queryCompatible ? withQueryCode(error) : error;
      }
    }
  } as unknown as Base;
}

/** awsJson1_0 protocol whose error path survives non-JSON bodies. */
export function guardedAwsJson1_0Protocol(ServiceException: BaseExceptionCtor): typeof AwsJson1_0Protocol {
  return guardedProtocol(AwsJson1_0Protocol, ServiceException);
}

/** awsJson1_1 protocol whose error path survives non-JSON bodies. */
export function guardedAwsJson1_1Protocol(ServiceException: BaseExceptionCtor): typeof AwsJson1_1Protocol {
  return guardedProtocol(AwsJson1_1Protocol, ServiceException);
}
