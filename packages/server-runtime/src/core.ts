// The framework-agnostic awsJson service core: a request (method, path,
// headers, body bytes) in, a response (status, headers, body text) out. The
// generated service.ts describes the operations (readers/writers generated
// from the model); this file applies the awsJson1_0 rules
// (smithy docs aws-json-1_0-protocol) in a fixed order:
//   method → size → auth → Content-Type → X-Amz-Target → throttle → JSON →
//   constraints → handler → output check → serialize.

import { gunzipSync } from "node:zlib";
import { newRequestId } from "./request-id.js";
import { FrameworkError, ModeledServiceError, SerializationError, typeMismatch } from "./errors.js";
import { SigV4Error, SigV4Verifier, type SigV4Credential } from "@mwaa-serverless/sigv4-verify";
import { TokenBucket } from "./throttle.js";
import type { Violations } from "./validation.js";

/** What a handler learns about the request besides its input. */
export interface RequestContext {
  /** The X-Amzn-RequestId of the response (a UUID). */
  readonly requestId: string;
  /** The operation's shape name, as in X-Amz-Target. */
  readonly operation: string;
  /** The verified caller, when SigV4 auth is on. */
  readonly principal?: { readonly accessKeyId: string };
  /** Aborted when the client goes away before the response is sent. */
  readonly signal: AbortSignal;
}

/** pino-compatible logger (pino itself fits). */
export interface Logger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export type AuthOptions =
  | { mode: "none" }
  | { mode: "sigv4"; credentials: SigV4Credential[]; region?: string; clockSkewMs?: number };

export interface ThrottleOptions {
  ratePerSecond: number;
  burst: number;
  /** ThrottlingException ServiceCode (default: the SigV4 signing name). */
  serviceCode?: string;
  /** ThrottlingException QuotaCode (default: `RequestsPerSecond`). */
  quotaCode?: string;
}

export interface ServiceOptions {
  /** Default `{ mode: "none" }`. */
  auth?: AuthOptions;
  throttle?: ThrottleOptions;
  /** Check every handler output (and thrown modelled error) against the model; default on unless NODE_ENV=production. */
  validateOutput?: boolean;
  /** Largest accepted body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where handler failures and contract breaches are reported (default: JSON lines on stderr). */
  logger?: Logger;
  /** Clock for SigV4 skew checks (tests). */
  now?: () => number;
  /** Makes each response's X-Amzn-RequestId (default: a random UUID); e.g. to carry an ID a front end assigned. */
  requestId?: () => string;
}

export interface CoreRequest {
  method: string;
  /** Path with query, as in the request line (`/`). */
  path: string;
  /** Header names in lower case (as node:http gives them). */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
  /** Called at most once, when a handler reads `ctx.signal`; adapters tie it to the connection. */
  abortSignal?: () => AbortSignal;
}

export interface CoreResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ServiceCore {
  handle(request: CoreRequest): Promise<CoreResponse>;
  /**
   * The same answer, given at once when nothing on the request's path has to
   * wait (no promise, no turn of the event loop); a promise otherwise.
   * Optional so any `handle`-only implementation still fits the adapters.
   */
  answer?(request: CoreRequest): CoreResponse | Promise<CoreResponse>;
  /** The limit adapters enforce while streaming the body. */
  readonly maxBodyBytes: number;
  /** The protocol's media type, for answers adapters write themselves. */
  readonly contentType?: string;
}

/** One operation as the generated service.ts describes it. */
export interface OperationBinding {
  readonly name: string;
  /** Reads the JSON input: throws SerializationError on wrong JSON types, pushes constraint violations. */
  readInput(json: Record<string, unknown>, violations: Violations): unknown;
  /** The output as JSON: modelled members only. */
  writeOutput(output: unknown): Record<string, unknown>;
  /** The output as JSON text: exactly JSON.stringify(writeOutput(output)). */
  serializeOutput(output: unknown): string;
  /** Checks a written output against the model (types and constraints). */
  checkOutput(json: Record<string, unknown>, violations: Violations): void;
  /** Shape IDs of the errors the operation may return. */
  readonly errors: ReadonlySet<string>;
  /** True for an operation without output (Unit): the response body is empty. */
  readonly emptyOutput?: boolean;
  /**
   * How SigV4 applies to the operation when the service verifies it (the
   * model's auth traits): "none" (`@auth([])`, e.g. Cognito's sign-in
   * operations) is never verified, "optional" (`@optionalAuth`) only when
   * the request is signed; absent, every request must be signed.
   */
  readonly auth?: "none" | "optional";
  /** The operation's handler: its output, or a promise of it. */
  readonly handler: (input: never, context: RequestContext) => unknown;
}

/** The service as the generated service.ts describes it. */
export interface ServiceBinding {
  /** Service shape name: the X-Amz-Target prefix. */
  readonly serviceName: string;
  readonly signingName: string;
  /** `application/x-amz-json-1.0` or `-1.1`. */
  readonly contentType: string;
  /** Keyed by the full X-Amz-Target value, `Service.Operation`. */
  readonly operations: ReadonlyMap<string, OperationBinding>;
  /**
   * For an aws.protocols#awsQueryCompatible service: the awsQuery error code of
   * each error shape ID that has @awsQueryError, sent as `x-amzn-query-error`.
   */
  readonly queryErrorCodes?: ReadonlyMap<string, string>;
  validationError(violations: Violations): Error;
  internalError(): Error;
  throttlingError(retryAfterSeconds: number, serviceCode: string, quotaCode: string): Error;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const NEVER_ABORTED = new AbortController().signal;

class Context implements RequestContext {
  #signal: AbortSignal | undefined;
  constructor(
    readonly requestId: string,
    readonly operation: string,
    readonly principal: { readonly accessKeyId: string } | undefined,
    private readonly signalSource: (() => AbortSignal) | undefined,
  ) {}
  // Created on first use: an AbortController per request is measurable at
  // tens of thousands of requests per second, and most handlers never look.
  get signal(): AbortSignal {
    return (this.#signal ??= this.signalSource ? this.signalSource() : NEVER_ABORTED);
  }
}

/** JSON lines on stderr for warnings and errors; info is dropped. */
export const stderrLogger: Logger = {
  info: () => {},
  warn: (object, message) => process.stderr.write(`${JSON.stringify({ level: "warn", ...object, msg: message })}\n`),
  error: (object, message) => process.stderr.write(`${JSON.stringify({ level: "error", ...object, msg: message }, errorReplacer)}\n`),
};

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
}

export function createServiceCore(binding: ServiceBinding, options: ServiceOptions = {}): ServiceCore {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const validateOutput = options.validateOutput ?? process.env.NODE_ENV !== "production";
  const logger = options.logger ?? stderrLogger;
  const auth = options.auth ?? { mode: "none" };
  const verifier =
    auth.mode === "sigv4"
      ? new SigV4Verifier({
          credentials: auth.credentials,
          service: binding.signingName,
          ...(auth.region !== undefined ? { region: auth.region } : {}),
          ...(auth.clockSkewMs !== undefined ? { clockSkewMs: auth.clockSkewMs } : {}),
          ...(options.now ? { now: options.now } : {}),
        })
      : undefined;
  const throttle = options.throttle;
  const bucket = throttle ? new TokenBucket(throttle.ratePerSecond, throttle.burst) : undefined;
  const serviceCode = throttle?.serviceCode ?? binding.signingName;
  const quotaCode = throttle?.quotaCode ?? "RequestsPerSecond";
  const contentType = binding.contentType;
  const makeRequestId = options.requestId ?? newRequestId;
  // awsJson1_0 servers send the full shape ID in `__type`; awsJson1_1 services
  // (and Smithy's awsJson1_1 suite) send the bare shape name. Clients accept both.
  const fullErrorType = !contentType.endsWith("1.1");

  const respond = (status: number, requestId: string, body: string): CoreResponse => ({
    status,
    headers: { "Content-Type": contentType, "X-Amzn-RequestId": requestId },
    body,
  });

  const errorResponse = (error: Error, requestId: string): CoreResponse => {
    if (error instanceof ModeledServiceError) {
      const type = error.$shapeId.slice(error.$shapeId.indexOf("#") + 1);
      const response = respond(error.$status, requestId, JSON.stringify({ __type: fullErrorType ? error.$shapeId : type, ...error.$serialize() }));
      response.headers["X-Amzn-ErrorType"] = type;
      const queryCode = binding.queryErrorCodes?.get(error.$shapeId);
      if (queryCode !== undefined) response.headers["x-amzn-query-error"] = `${queryCode};${error.$fault === "client" ? "Sender" : "Receiver"}`;
      const retryAfter = error.$retryAfterSeconds;
      if (retryAfter !== undefined) response.headers["Retry-After"] = String(retryAfter);
      return response;
    }
    // A SigV4Error (from @mwaa-serverless/sigv4-verify) has the same type/status/message shape, without extra headers.
    if (error instanceof FrameworkError || error instanceof SigV4Error) {
      const response = respond(error.status, requestId, JSON.stringify({ __type: error.type, message: error.message }));
      response.headers["X-Amzn-ErrorType"] = error.type;
      if (error instanceof FrameworkError && error.headers) Object.assign(response.headers, error.headers);
      return response;
    }
    // Not reachable through handle(): every other error is mapped before.
    return errorResponse(binding.internalError(), requestId);
  };

  /** A handler threw: modelled errors of the operation pass, anything else is a generic 500. */
  const handlerFailure = (error: unknown, operation: OperationBinding, requestId: string): CoreResponse => {
    if (error instanceof ModeledServiceError && operation.errors.has(error.$shapeId)) {
      if (validateOutput) {
        const violations = checkError(error);
        if (violations.length > 0) {
          logger.error(
            { requestId, operation: operation.name, error: error.$shapeId, violations },
            "handler threw an error that breaks the contract; sent an internal error instead",
          );
          return errorResponse(binding.internalError(), requestId);
        }
      }
      return errorResponse(error, requestId);
    }
    logger.error({ requestId, operation: operation.name, err: error }, "handler failed");
    return errorResponse(binding.internalError(), requestId);
  };

  // The request path is synchronous until something has to wait (a signing
  // key being derived, a handler's promise): then the rest continues on the
  // promise. A request that waits for nothing is answered without a promise
  // or a turn of the event loop (adapters call `answer`; `handle` wraps it).
  const answer = (incoming: CoreRequest): CoreResponse | Promise<CoreResponse> => {
    const requestId = makeRequestId();
    try {
      const request = originForm(incoming);
      if (request.method !== "POST") {
        throw new FrameworkError("MethodNotAllowedException", 405, `Method ${request.method} is not allowed; awsJson requests are POST /`, {
          Allow: "POST",
        });
      }
      if (request.body.byteLength > maxBodyBytes) throw tooLarge(maxBodyBytes);
      // verify() answers synchronously while the signing key is cached.
      const principal = verifier && mustVerify(request) ? verifier.verify(request) : undefined;
      if (principal instanceof Promise) {
        return principal.then(
          (verified) => authenticated(request, verified, requestId),
          (error: unknown) => failed(error, requestId, undefined),
        );
      }
      return authenticated(request, principal, requestId);
    } catch (error) {
      return failed(error, requestId, undefined);
    }
  };

  /**
   * Whether SigV4 must hold for this request: the operation it names may
   * waive it (OperationBinding.auth). Read before routing, as authentication
   * comes first; an unknown or missing target is verified (and then, if
   * signed, answered as unknown).
   */
  const mustVerify = (request: CoreRequest): boolean => {
    const target = headerText(request.headers["x-amz-target"]);
    const auth = target === undefined ? undefined : binding.operations.get(target)?.auth;
    if (auth === "none") return false;
    if (auth === "optional") return request.headers["authorization"] !== undefined || /[?&]X-Amz-Signature=/i.test(request.path);
    return true;
  };

  /** Everything after authentication: routing, parsing, validation, the handler. */
  const authenticated = (
    request: CoreRequest,
    principal: { readonly accessKeyId: string } | undefined,
    requestId: string,
  ): CoreResponse | Promise<CoreResponse> => {
    let operation: OperationBinding | undefined;
    try {
      if (!acceptsContentType(request.headers["content-type"], contentType)) {
        throw new FrameworkError(
          "UnsupportedMediaTypeException",
          415,
          `Content-Type must be ${contentType}, got '${headerText(request.headers["content-type"]) ?? ""}'`,
        );
      }
      const encoding = headerText(request.headers["content-encoding"]);
      if (encoding !== undefined && !isIdentityEncoding(encoding)) request = { ...request, body: decodeBody(request.body, encoding, maxBodyBytes) };
      const target = headerText(request.headers["x-amz-target"]);
      operation = target === undefined ? undefined : binding.operations.get(target);
      if (!operation || !isRootPath(request.path)) {
        throw new FrameworkError(
          "UnknownOperationException",
          400,
          target === undefined
            ? "Missing X-Amz-Target header"
            : !operation
              ? `Unknown operation ${JSON.stringify(target)}`
              : `awsJson operations are served at path /, not ${JSON.stringify(request.path.split("?")[0])}`,
        );
      }
      if (bucket) {
        const wait = bucket.take();
        if (wait > 0) throw binding.throttlingError(wait, serviceCode, quotaCode);
      }
      const json = parseBody(request.body);
      const violations: Violations = [];
      let input: unknown;
      try {
        input = operation.readInput(json, violations);
      } catch (error) {
        // Recursive shapes can nest as deep as the body allows.
        if (error instanceof RangeError) throw new SerializationError("Request body is nested too deeply");
        throw error;
      }
      if (violations.length > 0) throw binding.validationError(violations);
      const context = new Context(requestId, operation.name, principal, request.abortSignal);
      const called = operation;
      let output: unknown;
      try {
        output = called.handler(input as never, context);
      } catch (error) {
        return handlerFailure(error, called, requestId);
      }
      // Handlers may answer at once; only a promise is waited for.
      if (isThenable(output)) {
        return Promise.resolve(output).then(
          (settled) => success(called, settled, requestId),
          (error: unknown) => handlerFailure(error, called, requestId),
        );
      }
      return success(called, output, requestId);
    } catch (error) {
      return failed(error, requestId, operation);
    }
  };

  /** A failure before the handler ran: framework and modelled errors as they are, anything else a generic 500. */
  const failed = (error: unknown, requestId: string, operation: OperationBinding | undefined): CoreResponse => {
    if (error instanceof FrameworkError || error instanceof SigV4Error || error instanceof ModeledServiceError) return errorResponse(error, requestId);
    logger.error({ requestId, operation: operation?.name, err: error }, "request failed");
    return errorResponse(binding.internalError(), requestId);
  };

  const success = (operation: OperationBinding, output: unknown, requestId: string): CoreResponse => {
    if (operation.emptyOutput) return respond(200, requestId, "");
    let body: string;
    try {
      if (validateOutput) {
        const json = operation.writeOutput(output ?? {});
        const violations = check((v) => operation.checkOutput(json, v));
        if (violations.length > 0) {
          logger.error(
            { requestId, operation: operation.name, violations },
            "handler output breaks the contract; sent an internal error instead",
          );
          return errorResponse(binding.internalError(), requestId);
        }
        body = JSON.stringify(json);
      } else {
        // The same text, without building the JSON object first.
        body = operation.serializeOutput(output ?? {});
      }
    } catch (error) {
      logger.error({ requestId, operation: operation.name, err: error }, "handler output could not be serialized");
      return errorResponse(binding.internalError(), requestId);
    }
    return respond(200, requestId, body);
  };

  const handle = (request: CoreRequest): Promise<CoreResponse> => Promise.resolve(answer(request));

  return { handle, answer, maxBodyBytes, contentType };
}

/**
 * The body under its Content-Encoding: gzip (what clients apply for
 * @requestCompression) is decoded, never beyond maxBodyBytes (a small
 * compressed body can expand enormously); any other coding is refused with
 * 415 rather than read as JSON, which would give misleading errors.
 */
function decodeBody(body: Uint8Array, encoding: string, maxBodyBytes: number): Uint8Array {
  const codings = encoding
    .split(",")
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== "" && token !== "identity");
  let decoded = body;
  for (const coding of codings.reverse()) {
    if (coding !== "gzip" && coding !== "x-gzip") {
      throw new FrameworkError("UnsupportedMediaTypeException", 415, `Content-Encoding '${encoding}' is not supported; send the body uncompressed or gzipped`);
    }
    try {
      decoded = gunzipSync(decoded, { maxOutputLength: maxBodyBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw tooLarge(maxBodyBytes);
      throw new SerializationError("Request body is not valid gzip data");
    }
  }
  return decoded;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

/** Violations of a check, with type mismatches reported as violations too. */
function check(run: (violations: Violations) => void): Violations {
  const violations: Violations = [];
  try {
    run(violations);
  } catch (error) {
    if (!(error instanceof SerializationError)) throw error;
    violations.push({ path: "", message: error.message });
  }
  return violations;
}

function checkError(error: ModeledServiceError): Violations {
  const checker = (error as unknown as { $check?: (json: Record<string, unknown>, v: Violations) => void }).$check;
  if (!checker) return [];
  return check((v) => checker.call(error, error.$serialize(), v));
}

export function tooLarge(maxBodyBytes: number): FrameworkError {
  return new FrameworkError("RequestEntityTooLargeException", 413, `Request body is larger than ${maxBodyBytes} bytes`);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** awsJson servers ignore Content-Type parameters (`; charset=utf-8`), test AwsJson10MustSupportParametersInContentType. */
function acceptsContentType(header: string | string[] | undefined, expected: string): boolean {
  const value = headerText(header);
  if (value === undefined) return false;
  if (value === expected) return true;
  const semicolon = value.indexOf(";");
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase() === expected;
}

/**
 * The request with an absolute-form target (`POST http://host/ HTTP/1.1`, as
 * sent to proxies) reduced to its path and query: servers MUST accept it
 * (RFC 9112 section 3.2.2), and SigV4 signs the path only.
 */
function originForm(request: CoreRequest): CoreRequest {
  const path = request.path;
  if (path.startsWith("/") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return request;
  const afterScheme = path.indexOf("//") + 2;
  const pathStart = path.slice(afterScheme).search(/[/?]/);
  const rest = pathStart === -1 ? "/" : path.slice(afterScheme + pathStart);
  return { ...request, path: rest.startsWith("?") ? `/${rest}` : rest };
}

/** `identity` (or an empty list) means no encoding, RFC 9110 section 8.4.1. */
function isIdentityEncoding(header: string): boolean {
  return header.split(",").every((coding) => {
    const name = coding.trim().toLowerCase();
    return name === "" || name === "identity";
  });
}

function isRootPath(path: string): boolean {
  return path === "/" || path.startsWith("/?") || path === "" || path.startsWith("?");
}

/**
 * UTF-8 that is not well formed is refused rather than decoded with
 * replacement characters; a byte order mark is kept, so JSON.parse refuses it
 * too. One pass, where isUtf8 followed by toString takes two.
 */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The body as a JSON object; an empty body is `{}` (servers MUST accept it). */
function parseBody(body: Uint8Array): Record<string, unknown> {
  if (body.byteLength === 0) return {};
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    throw new SerializationError("Request body is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SerializationError("Request body is not valid JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) typeMismatch("", "a JSON object", json);
  return json as Record<string, unknown>;
}
