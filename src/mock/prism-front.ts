import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { IHttpRequest } from "@stoplight/prism-http";
import { createInstance } from "@stoplight/prism-http";
import { requestHeadersOf } from "@mwaa-serverless/server-node";
import type { Logger } from "pino";
import { pino } from "pino";
import { BodyTooLargeError, DEFAULT_BODY_LIMIT, readBody } from "./aws-json-body.js";
import { frameworkErrorsFor } from "./aws-json-errors.js";
import type { Exchange, Reply } from "./exchange.js";
import { headerValue, problemReply, replyOf } from "./exchange.js";
import { mockExchange } from "./mock-exchange.js";
import { OperationTable } from "./operation-table.js";
import { awsJsonMocker, prismConfig, prismLoggerOf, routeToChosenOperation } from "./prism-engine.js";
import type { ForwardRecord } from "./proxy-exchange.js";
import { awsJsonForwarder, proxyExchange } from "./proxy-exchange.js";
import { UpstreamForwarder } from "./upstream.js";
import type { RecordedViolation, ViolationListener } from "./violations.js";
import { ViolationLog, slViolationsHeader } from "./violations.js";

export interface PrismFrontOptions {
  /** The OpenAPI document: a file path, a URL, or the parsed object. */
  spec: string | object;
  /** "mock" (default) answers from the contract; "proxy" forwards to `upstream` and referees. */
  mode?: "mock" | "proxy";
  /** Proxy mode: the implementation under test, e.g. "http://127.0.0.1:8080". */
  upstream?: string | URL;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port (read it from the returned `url`/`port`). */
  port?: number;
  /**
   * Prism's `--errors` (proxy mode): request violations → 422 problem+json
   * without forwarding, response violations → 500 problem+json. Default false.
   * In mock mode invalid requests always get an awsJson error.
   */
  errors?: boolean;
  /**
   * Check the contract's security requirement (SigV4 → an Authorization
   * header must be present; Prism cannot verify signatures). Default false:
   * clients of a local mock often sign with dummy credentials or not at all,
   * and behind the proxy the upstream does the real verification.
   */
  checkSecurity?: boolean;
  /** Validate requests (default true; Prism's `--validate-request`). */
  validateRequest?: boolean;
  /** Validate responses (default true). */
  validateResponse?: boolean;
  /** Proxy mode with `errors`: forward invalid requests anyway (reported, not refused). Default false. */
  forwardInvalidRequests?: boolean;
  /** Mock mode: generate schema-valid random data instead of serving examples (Prism's `--dynamic`). */
  dynamic?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB); bigger → 413. */
  bodyLimit?: number;
  /** Proxy mode: upstream connect/headers/body timeout in ms (default 30 000). */
  upstreamTimeoutMs?: number;
  /** Where to log (JSON lines). Default: pino at LOG_LEVEL or "info" on stdout… silent when `silent`. */
  logger?: Logger;
  /** Level for Prism engine's own log lines (default "warn"). */
  prismLogLevel?: string;
  /** Called for every violation as it is recorded. */
  onViolation?: ViolationListener;
}

export interface PrismFront {
  /** Base URL to point clients at, e.g. http://127.0.0.1:40123 */
  url: string;
  host: string;
  port: number;
  mode: "mock" | "proxy";
  /** Every violation seen, for assertions: `front.violations.errors()` is `[]` when all traffic conformed. */
  violations: ViolationLog;
  /** Stops listening, closes open connections and the upstream pool. */
  close(): Promise<void>;
}

/** Thrown for options that cannot work (e.g. proxy mode without upstream). */
export class PrismFrontConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PrismFrontConfigError";
  }
}

/** Starts the awsJson front for Prism and resolves once it is listening. */
export async function startPrismFront(options: PrismFrontOptions): Promise<PrismFront> {
  const mode = options.mode ?? "mock";
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? pino({ level: "silent" });
  const violations = new ViolationLog();
  if (options.onViolation) violations.subscribe(options.onViolation);

  let upstreamUrl: URL | undefined;
  if (mode === "proxy") {
    if (options.upstream === undefined) throw new PrismFrontConfigError("proxy mode needs an upstream URL");
    try {
      upstreamUrl = new URL(options.upstream);
    } catch {
      throw new PrismFrontConfigError(`upstream is not a URL: ${String(options.upstream)}`);
    }
    if (upstreamUrl.protocol !== "http:" && upstreamUrl.protocol !== "https:") {
      throw new PrismFrontConfigError(`upstream must be http(s), got ${upstreamUrl.protocol}`);
    }
  }

  const table = await OperationTable.load(options.spec);
  const settings = {
    checkSecurity: options.checkSecurity ?? false,
    validateRequest: options.validateRequest ?? true,
    validateResponse: options.validateResponse ?? true,
  };
  const prismLogger = prismLoggerOf(logger, options.prismLogLevel ?? "warn");
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;

  let handle: (exchange: Exchange) => Promise<Reply>;
  let forwarder: UpstreamForwarder | undefined;
  if (upstreamUrl === undefined) {
    const requestIds = new WeakMap<IHttpRequest, string>();
    const prism = createInstance(prismConfig({ ...settings, errors: false, mock: { dynamic: false } }), {
      logger: prismLogger,
      route: routeToChosenOperation,
      mock: awsJsonMocker(table.errorNamespace, requestIds, table.mediaType),
    });
    const mockSettings = { ...settings, dynamic: options.dynamic ?? false };
    handle = (exchange) => mockExchange(exchange, table, prism, requestIds, mockSettings);
  } else {
    const upstreamForwarder = new UpstreamForwarder(upstreamUrl, options.upstreamTimeoutMs ?? 30_000);
    forwarder = upstreamForwarder;
    const exchanges = new WeakMap<IHttpRequest, Exchange>();
    const records = new WeakMap<IHttpRequest, ForwardRecord>();
    const proxySettings = {
      ...settings,
      errors: options.errors ?? false,
      forwardInvalidRequests: options.forwardInvalidRequests ?? false,
    };
    const prism = createInstance(prismConfig({ ...proxySettings, upstream: upstreamUrl, mock: { dynamic: false } }), {
      logger: prismLogger,
      route: routeToChosenOperation,
      forward: awsJsonForwarder(upstreamForwarder, exchanges, records, proxySettings.forwardInvalidRequests),
    });
    handle = (exchange) => proxyExchange(exchange, table, prism, upstreamForwarder, exchanges, records, proxySettings);
  }

  const server = createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "unexpected failure while answering a request");
      if (!response.headersSent) write(response, problemReply(error instanceof Error ? error : new Error(String(error))));
      else response.destroy();
    });
  });
  // Keep-alive connections of idle test clients must not hold close() up.
  server.keepAliveTimeout = 5_000;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://front.invalid");
    const target = headerValue(request.headers, "x-amz-target");
    // In proxy mode the upstream's X-Amzn-RequestId is reported instead (below).
    const requestId = randomUUID();
    let raw: Buffer;
    try {
      raw = await readBody(request, bodyLimit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      const reply = replyOf(frameworkErrorsFor(table.mediaType).requestEntityTooLarge(bodyLimit), [
        { location: ["request", "body"], severity: "Error", code: 413, message: error.message },
      ]);
      reply.headers.connection = "close";
      reply.headers["x-amzn-requestid"] = requestId;
      finish(reply, target, requestId, request.method ?? "GET", response);
      return;
    }
    const exchange: Exchange = { method: request.method ?? "GET", url, headers: requestHeadersOf(request), raw, target, requestId };
    const reply = await handle(exchange);
    if (mode === "mock") reply.headers["x-amzn-requestid"] ??= requestId;
    const seenId = mode === "proxy" ? (reply.headers["x-amzn-requestid"] ?? requestId) : requestId;
    finish(reply, target, seenId, exchange.method, response);
  }

  function finish(reply: Reply, target: string | undefined, requestId: string, method: string, response: ServerResponse) {
    for (const violation of reply.violations) {
      const recorded: RecordedViolation = { ...violation, phase: violation.location[0] === "response" ? "response" : "request", target, requestId };
      violations.record(recorded);
    }
    const header = slViolationsHeader(reply.violations);
    if (header !== undefined) reply.headers["sl-violations"] = header;
    write(response, reply);
    const level = reply.violations.some((v) => v.severity === "Error") ? "warn" : "info";
    logger[level](
      { requestId, method, target, status: reply.statusCode, violations: reply.violations.length ? reply.violations : undefined },
      `${method} ${target ?? "(no X-Amz-Target)"} → ${reply.statusCode}`,
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;
  logger.info({ url, mode, upstream: upstreamUrl?.href, operations: table.targets() }, `Prism front (${mode}) listening on ${url}`);

  return {
    url,
    host: address.address,
    port: address.port,
    mode,
    violations,
    close: () => closeServer(server, forwarder),
  };
}

function write(response: ServerResponse, reply: Reply): void {
  const body = typeof reply.body === "string" ? Buffer.from(reply.body, "utf8") : reply.body;
  const headers = { ...reply.headers, "content-length": String(body.length) };
  response.writeHead(reply.statusCode, headers);
  response.end(body);
  if (reply.headers.connection === "close") response.once("finish", () => response.socket?.destroySoon?.());
}

async function closeServer(server: Server, forwarder: UpstreamForwarder | undefined): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  server.closeIdleConnections();
  // Give in-flight answers a moment, then cut whatever is left.
  const timer = setTimeout(() => server.closeAllConnections(), 1_000);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
    await forwarder?.close();
  }
}
