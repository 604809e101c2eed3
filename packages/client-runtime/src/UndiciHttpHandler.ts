// An HTTP/1.1 request handler on undici, the `requestHandler` extension point
// of the AWS SDK's runtime. Profiling the SDK's NodeHttpHandler (node:http)
// showed it costs more CPU per call than everything else on the path; undici's
// pooled dispatcher does the same job for a fraction of it. The contract is
// the one NodeHttpHandler keeps, so retries classify failures the same way:
// timeouts are named "TimeoutError", aborts "AbortError", and socket failures
// keep Node's error codes (ECONNRESET, ECONNREFUSED, …), which the retry
// strategy treats as transient.

import { buildQueryString, HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import type { HttpHandler } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";
import type * as SmithyNodeHttpHandler from "@smithy/node-http-handler";

// undici is loaded at the second request, not at import nor at the first: its
// start-up (a large module graph and the llhttp WebAssembly parser) costs more
// than the AWS SDK's whole client, while Node's own HTTP client is part of the
// runtime. So the first request goes through the SDK's NodeHttpHandler
// (node:http, the SDK's default handler, loaded lazily), which is what a
// one-call CLI or a Lambda's first invocation needs; the steady state, where
// undici's dispatcher is far cheaper per call, starts at the second request.
// Bundlers turn the dynamic imports into lazy requires in the CJS dist.
//
// A generated client does not depend on undici: its build (build.mjs)
// bundles undici's Agent — the dispatcher, its pool, the HTTP/1.1 client and
// llhttp — into one file of its dist and points this import at it. The full
// package (fetch, WebSocket, caches, mocks, docs, types) was the whole
// difference between the client's installed size and an AWS SDK client's.
// This package, used on its own, loads undici itself (a dependency). The
// same build answers `import("@smithy/node-http-handler")` with NodeHttpHandler
// alone: the package's entry also loads node:http2 for its HTTP/2 handler.
/** What the handler takes from undici: its Agent (the only value it loads). */
interface UndiciAgentModule {
  Agent: new (options: { connect: { timeout: number }; connections?: number; keepAliveTimeout?: number }) => RequestDispatcher;
}
let undici: Promise<UndiciAgentModule> | undefined;
const loadUndici = (): Promise<UndiciAgentModule> => (undici ??= import("undici"));
type NodeHttpHandlerModule = typeof SmithyNodeHttpHandler;
let nodeHttpHandler: Promise<NodeHttpHandlerModule> | undefined;
const loadNodeHttpHandler = (): Promise<NodeHttpHandlerModule> => (nodeHttpHandler ??= import("@smithy/node-http-handler"));

/** Any SDK HTTP handler, whatever its config type (NodeHttpHandler, FetchHttpHandler, this one). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers are invariant in their config type
type AnyHttpHandler = HttpHandler<any>;

export interface UndiciHttpHandlerOptions {
  /** Milliseconds to wait for a connection before failing the attempt (default 10 000; 0 = no limit). */
  connectionTimeout?: number;
  /** Milliseconds to wait for response headers, then for each body chunk (default 0 = no limit). */
  requestTimeout?: number;
  /** Most connections per origin (default unlimited, as undici). */
  connections?: number;
  /** Milliseconds an idle keep-alive connection stays open (default 4 000, undici's default). */
  keepAliveTimeout?: number;
  /** Your own undici (7 or later) dispatcher, e.g. a ProxyAgent or a MockAgent; the handler will not close it. */
  dispatcher?: RequestDispatcher;
}

// The dispatcher option's types, written here rather than imported from
// undici: a generated client does not depend on undici (see above) and
// carries these declarations, so they must not name it. They are the part of undici 7's Dispatcher
// interface this handler uses; any undici Dispatcher (Agent, Pool, ProxyAgent,
// MockAgent, a composed one) is assignable to them.

/** The request the handler dispatches (fields of undici's Dispatcher.DispatchOptions). */
export interface RequestDispatchOptions {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  headersTimeout: number;
  bodyTimeout: number;
}

/** The controller undici hands to the response callbacks (what the handler uses of it). */
export interface RequestDispatchController {
  abort(reason: Error): void;
}

/** The response callbacks the handler implements (undici 7's Dispatcher.DispatchHandler API). */
export interface RequestDispatchHandler {
  onRequestStart(controller: RequestDispatchController, context: unknown): void;
  onResponseStart(controller: RequestDispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void;
  onResponseData(controller: RequestDispatchController, chunk: Buffer): void;
  onResponseEnd(controller: RequestDispatchController, trailers: unknown): void;
  onResponseError(controller: RequestDispatchController, error: Error): void;
}

/** An undici dispatcher, as far as this handler uses one. */
export interface RequestDispatcher {
  dispatch(options: RequestDispatchOptions, handler: RequestDispatchHandler): boolean;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** Transient socket failures undici reports with its own codes, mapped to Node's. */
const SOCKET_ERROR_CODES: Record<string, string> = {
  UND_ERR_SOCKET: "ECONNRESET",
  UND_ERR_CLOSED: "ECONNRESET",
  UND_ERR_CONNECT_TIMEOUT: "ETIMEDOUT",
};
const TIMEOUT_ERROR_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);

export class UndiciHttpHandler implements HttpHandler<UndiciHttpHandlerOptions> {
  /** Read by the SDK's user agent and logging: the protocol this handler speaks. */
  readonly metadata = { handlerProtocol: "http/1.1" };
  private config: UndiciHttpHandlerOptions;
  /** The user's dispatcher, or ours once undici is loaded (undefined until the first request). */
  private dispatcher: RequestDispatcher | undefined;
  private readonly ownsDispatcher: boolean;
  private destroyed = false;
  /** Requests handled so far; the first goes through `firstRequestHandler`. */
  private started = 0;
  /** The SDK's node:http handler for the first request, destroyed once idle. */
  private firstRequestHandler: Promise<AnyHttpHandler> | undefined;

  /** `requestHandler` accepts a handler or its options, like NodeHttpHandler.create. */
  static create(instanceOrOptions?: AnyHttpHandler | UndiciHttpHandlerOptions): AnyHttpHandler {
    if (instanceOrOptions && typeof (instanceOrOptions as AnyHttpHandler).handle === "function") {
      return instanceOrOptions as AnyHttpHandler;
    }
    return new UndiciHttpHandler(instanceOrOptions as UndiciHttpHandlerOptions | undefined);
  }

  constructor(options: UndiciHttpHandlerOptions = {}) {
    this.config = { ...options };
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher;
  }

  private createAgent({ Agent }: UndiciAgentModule): RequestDispatcher {
    const { connectionTimeout = 10_000, connections, keepAliveTimeout } = this.config;
    return new Agent({
      connect: { timeout: connectionTimeout },
      ...(connections === undefined ? {} : { connections }),
      ...(keepAliveTimeout === undefined ? {} : { keepAliveTimeout }),
    });
  }

  handle(request: HttpRequest, { abortSignal, requestTimeout }: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    if (abortSignal?.aborted) return Promise.reject(abortError(abortSignal as { reason?: unknown }));
    const dispatcher = this.dispatcher;
    if (dispatcher === undefined) {
      if (this.ownsDispatcher && this.started++ === 0) return this.handleFirst(request, { abortSignal, requestTimeout });
      return loadUndici().then((module) => {
        if (this.destroyed) throw Object.assign(new Error("The request handler was destroyed"), { name: "AbortError" });
        this.dispatcher ??= this.createAgent(module);
        return this.handle(request, { abortSignal, requestTimeout });
      });
    }
    const timeout = requestTimeout ?? this.config.requestTimeout ?? 0;
    const query = request.query ? buildQueryString(request.query) : "";
    const port = request.port ? `:${request.port}` : "";
    return new Promise((resolve, reject) => {
      const collector = new ResponseCollector(resolve, reject, abortSignal as AbortSignal | undefined);
      try {
        dispatcher.dispatch(
          {
            origin: `${request.protocol}//${request.hostname}${port}`,
            path: query ? `${request.path}?${query}` : request.path,
            method: request.method,
            headers: request.headers,
            body: request.body as string | Uint8Array | undefined,
            headersTimeout: timeout,
            bodyTimeout: timeout,
          },
          collector,
        );
      } catch (error) {
        collector.fail(error);
      }
    });
  }

  /**
   * The first request, through the SDK's NodeHttpHandler with this handler's
   * options and contract: a requestTimeout fails the attempt with a
   * TimeoutError (`throwOnRequestTimeout`; the SDK's default only warns). Its
   * agent does not keep the connection: later requests go through undici.
   */
  private handleFirst(request: HttpRequest, options: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const { connectionTimeout = 10_000, connections, requestTimeout } = this.config;
    const agent = { keepAlive: false, ...(connections === undefined ? {} : { maxSockets: connections }) };
    this.firstRequestHandler ??= loadNodeHttpHandler().then(
      ({ NodeHttpHandler }) =>
        new NodeHttpHandler({ connectionTimeout, requestTimeout, throwOnRequestTimeout: true, httpAgent: agent, httpsAgent: agent }),
    );
    return this.firstRequestHandler.then((handler) => handler.handle(request, options)).then(withProtoHeader);
  }

  updateHttpClientConfig(key: keyof UndiciHttpHandlerOptions, value: UndiciHttpHandlerOptions[typeof key]): void {
    this.config = { ...this.config, [key]: value };
    // Our agent is rebuilt with the new options at the next request.
    if (this.ownsDispatcher && key !== "requestTimeout" && this.dispatcher !== undefined) {
      void this.dispatcher.close();
      this.dispatcher = undefined;
    }
  }

  httpHandlerConfigs(): UndiciHttpHandlerOptions {
    return this.config;
  }

  destroy(): void {
    if (!this.ownsDispatcher) return;
    this.destroyed = true;
    void this.firstRequestHandler?.then((handler) => handler.destroy?.());
    void this.dispatcher?.destroy();
    this.dispatcher = undefined;
  }
}

/**
 * Reads one response into memory through undici's dispatch API. Responses of
 * an RPC protocol are small JSON documents, and the deserializer wants bytes:
 * undici.request's streaming body (a Readable per response, drained again
 * into bytes) cost more than the rest of the HTTP exchange in profiles.
 */
class ResponseCollector implements RequestDispatchHandler {
  private statusCode = 0;
  private headers: Record<string, string | string[] | undefined> = {};
  private readonly chunks: Buffer[] = [];
  private received = 0;
  private controller: RequestDispatchController | undefined;
  private settled = false;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly resolve: (value: { response: HttpResponse }) => void,
    private readonly reject: (error: unknown) => void,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (signal) {
      this.onAbort = () => {
        const error = abortError(signal as { reason?: unknown });
        // Queued requests have no controller yet: onRequestStart aborts them.
        this.controller?.abort(error);
        this.fail(error);
      };
      signal.addEventListener("abort", this.onAbort, { once: true });
    }
  }

  onRequestStart(controller: RequestDispatchController): void {
    this.controller = controller;
    if (this.settled) controller.abort(abortError(this.signal as { reason?: unknown }));
  }

  onResponseStart(_controller: RequestDispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    // 1xx interim responses are not the answer.
    if (statusCode < 200) return;
    this.statusCode = statusCode;
    this.headers = headers;
  }

  onResponseData(_controller: RequestDispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
  }

  onResponseEnd(): void {
    if (this.settle()) return;
    const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.received);
    const body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.resolve({ response: new HttpResponse({ statusCode: this.statusCode, headers: flattenHeaders(this.headers), body }) });
  }

  onResponseError(_controller: RequestDispatchController, error: Error): void {
    this.fail(error);
  }

  fail(error: unknown): void {
    if (this.settle()) return;
    this.reject(classify(error, this.signal));
  }

  /** Marks the exchange finished; true when it already was. */
  private settle(): boolean {
    if (this.settled) return true;
    this.settled = true;
    if (this.onAbort) this.signal?.removeEventListener("abort", this.onAbort);
    return false;
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    // undici gives a header named __proto__ as an own property; assigning it here would drop it.
    if (name === "__proto__") Object.defineProperty(flat, name, { value: text, enumerable: true, writable: true, configurable: true });
    else flat[name] = text;
  }
  return flat;
}

/**
 * The first response comes through the SDK's NodeHttpHandler, whose headers
 * are node's `res.headers`: a header named __proto__ is dropped there. Its
 * body is node's IncomingMessage, whose raw headers still hold it.
 */
function withProtoHeader(result: { response: HttpResponse }): { response: HttpResponse } {
  const raw = (result.response.body as { rawHeaders?: unknown } | undefined)?.rawHeaders;
  if (!Array.isArray(raw)) return result;
  let proto: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 9 && name.toLowerCase() === "__proto__") proto = proto === undefined ? String(raw[i + 1]) : `${proto}, ${String(raw[i + 1])}`;
  }
  if (proto !== undefined) Object.defineProperty(result.response.headers, "__proto__", { value: proto, enumerable: true, writable: true, configurable: true });
  return result;
}

function abortError(signal: { reason?: unknown } | undefined): Error {
  const reason = signal?.reason;
  const error = new Error(reason instanceof Error ? "Request aborted" : String(reason ?? "Request aborted"));
  error.name = "AbortError";
  if (reason instanceof Error) error.cause = reason;
  return error;
}

/** Gives undici's failures the names and codes the SDK's retry strategy knows. */
function classify(error: unknown, signal: HttpHandlerOptions["abortSignal"]): unknown {
  if (signal?.aborted) return abortError(signal as { reason?: unknown });
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: string }).code ?? "";
  if (TIMEOUT_ERROR_CODES.has(code)) return Object.assign(error, { name: "TimeoutError" });
  const nodeCode = SOCKET_ERROR_CODES[code];
  if (nodeCode) return Object.assign(error, { code: nodeCode, undiciCode: code });
  // Connection failures arrive as undici errors wrapping Node's own error.
  const causeCode = (error.cause as { code?: string } | undefined)?.code;
  if (causeCode && !code) return Object.assign(error, { code: causeCode });
  return error;
}
