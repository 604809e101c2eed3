// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

// node:http adapter for the service core. Timeouts are set so slow or stuck
// clients cannot pin connections (slowloris: headersTimeout; a body that
// never finishes: requestTimeout; idle keep-alive sockets: keepAliveTimeout),
// and the body limit is enforced while streaming: an announced
// Content-Length over the limit is refused before any byte is read, a
// chunked body is cut off as soon as it passes the limit.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { newRequestId } from "./request-id.js";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { tooLarge, type CoreResponse, type ServiceCore } from "./core.js";

export interface NodeHttpOptions {
  /** Time to receive the request headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time to receive the whole request (default 30 s). */
  requestTimeoutMs?: number;
  /** Idle time before a keep-alive connection is closed (default 5 s). */
  keepAliveTimeoutMs?: number;
  /** Body limit while streaming (default: the core's, 1 MiB). */
  maxBodyBytes?: number;
}

export function createNodeHttpServer(core: ServiceCore, options: NodeHttpOptions = {}): Server {
  const maxBodyBytes = options.maxBodyBytes ?? core.maxBodyBytes;
  // Answers written here, outside the core, use the protocol's media type too.
  const contentType = core.contentType ?? "application/x-amz-json-1.0";
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  // node requires headersTimeout <= requestTimeout.
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
      // node enforces headers/request timeouts on this sweep (default 30 s),
      // which would let a slow client overstay a short timeout by that much.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 2))),
      // node answers an HTTP/1.1 request without Host with a bare 400 of its
      // own; onRequest refuses it instead, in the protocol's error shape.
      requireHostHeader: false,
    },
    (req, res) => onRequest(core, maxBodyBytes, contentType, req, res),
  );
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => answerClientError(contentType, error, socket));
  server.on("checkExpectation", (_req: IncomingMessage, res: ServerResponse) => {
    res.shouldKeepAlive = false;
    sendFrameworkError(res, contentType, 417, "ExpectationFailedException", "Only 'Expect: 100-continue' is supported");
  });
  return server;
}

/**
 * Requests node's parser rejects before they reach the core (malformed
 * chunks, Content-Length mismatches, oversized headers, timeouts) get the
 * protocol's error shape and an X-Amzn-RequestId too, instead of node's bare
 * status line. The parser's own message is not echoed.
 */
function answerClientError(contentType: string, error: Error & { code?: string }, socket: Duplex): void {
  const inFlight = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, type, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large", "RequestHeaderFieldsTooLargeException", "Request headers are too large"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout", "RequestTimeoutException", "The request was not received in time"]
        : [400, "Bad Request", "BadRequestException", "Malformed HTTP request"];
  const body = JSON.stringify({ __type: type, message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${contentType}\r\nX-Amzn-RequestId: ${newRequestId()}\r\n` +
      `X-Amzn-ErrorType: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function sendFrameworkError(res: ServerResponse, contentType: string, status: number, type: string, message: string): void {
  const body = JSON.stringify({ __type: type, message });
  res.writeHead(status, {
    "Content-Type": contentType,
    "X-Amzn-RequestId": newRequestId(),
    "X-Amzn-ErrorType": type,
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  res.end(body);
}

function onRequest(core: ServiceCore, maxBodyBytes: number, contentType: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor >= 1) {
    // RFC 9112 section 3.2: a server MUST answer 400 to an HTTP/1.1 request without Host.
    res.shouldKeepAlive = false;
    res.once("finish", () => req.destroy());
    sendFrameworkError(res, contentType, 400, "BadRequestException", "HTTP/1.1 requests must carry a Host header");
    return;
  }
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > maxBodyBytes) {
    refuseTooLarge(req, res, maxBodyBytes, contentType);
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  req.on("data", (chunk: Buffer) => {
    if (refused) return;
    received += chunk.length;
    if (received > maxBodyBytes) {
      refused = true;
      chunks.length = 0;
      refuseTooLarge(req, res, maxBodyBytes, contentType);
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (refused) return;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    const request = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body, abortSignal: () => abortSignalFor(res) };
    let response: CoreResponse | Promise<CoreResponse>;
    try {
      response = core.answer ? core.answer(request) : core.handle(request);
    } catch {
      response = Promise.reject(new Error("the core threw instead of answering"));
    }
    if (!(response instanceof Promise)) sendThisTurn(res, response);
    else {
      response.then(
        (settled) => sendThisTurn(res, settled),
        () => {
          // The core maps every failure to a response; this is a last resort.
          if (!res.headersSent) res.writeHead(500).end();
        },
      );
    }
  });
  req.on("error", () => {
    // Client reset mid-body: nothing to answer.
  });
}

// Responses are written together at the end of the event-loop turn
// (setImmediate runs right after the poll phase that read the requests)
// rather than one by one as each handler finishes. Under load a turn reads
// several requests; writing their answers back to back means the peer is
// woken once for the batch instead of once per answer, and those wake-ups
// (charged to the writing process's syscalls) were the largest single cost
// measured (bench/server.bench.ts). Nothing waits on a timer: an idle server
// answers a lone request in the same turn it was read.
const unsent: { res: ServerResponse; response: CoreResponse }[] = [];

function sendThisTurn(res: ServerResponse, response: CoreResponse): void {
  if (unsent.push({ res, response }) === 1) setImmediate(sendUnsent);
}

function sendUnsent(): void {
  // A response sent here cannot add to this batch (handlers are done), but a
  // later turn's can: take the batch first.
  const batch = unsent.splice(0, unsent.length);
  for (const { res, response } of batch) {
    try {
      send(res, response);
    } catch {
      // One broken response must not strand the rest of the batch.
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  }
}

function send(res: ServerResponse, response: CoreResponse): void {
  if (res.destroyed) return;
  // writeHead with a flat [name, value, …] list: node takes it as is, where an
  // object would be copied (spread) and walked with for…in per response.
  const headers: (string | number)[] = [];
  for (const name in response.headers) headers.push(name, response.headers[name]!);
  headers.push("Content-Length", Buffer.byteLength(response.body));
  res.writeHead(response.status, headers);
  res.end(response.body);
}

/** 413 without reading the body, then close: the rest of the upload is never consumed. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number, contentType: string): void {
  const error = tooLarge(maxBodyBytes);
  res.shouldKeepAlive = false;
  res.once("finish", () => req.destroy());
  sendFrameworkError(res, contentType, 413, error.type, error.message);
}

function abortSignalFor(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
  });
  return controller.signal;
}

const SILENT_SOCKET_GRACE_MS = 1_000;

export interface DrainOptions {
  /** Default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
  /** Longest wait for in-flight requests before exiting anyway (default 10 s). */
  timeoutMs?: number;
  /** Called once the server is closed, before exit (flush logs, close stores). */
  onClosed?: () => void | Promise<void>;
  /** Exit the process when drained (default true). */
  exit?: boolean;
}

/**
 * On the first signal: stop accepting connections, close idle keep-alive
 * sockets, let in-flight requests finish (their connections close after the
 * response), then exit 0 — or exit 1 when `timeoutMs` passes first.
 */
export function drainOnSignal(server: Server, options: DrainOptions = {}): void {
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  // Sockets that connected but never sent a byte (pre-opened pool
  // connections, port scanners) are not idle to node — it waits for their
  // headers — so they would hold the drain until timeoutMs and exit 1.
  const silent = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    // bytesRead is checked when sweeping: node's parser reads the socket
    // directly, so no 'data' event would tell.
    silent.add(socket);
    socket.once("close", () => silent.delete(socket));
  });
  let draining = false;
  const drain = (): void => {
    if (draining) return;
    draining = true;
    const timer = setTimeout(() => {
      server.closeAllConnections();
      if (options.exit !== false) process.exit(1);
    }, options.timeoutMs ?? 10_000);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      void Promise.resolve(options.onClosed?.()).finally(() => {
        if (options.exit !== false) process.exit(0);
      });
    });
    // Keep-alive sockets become idle once their in-flight response is sent;
    // close them as they do, and tell requests still arriving to close too.
    server.closeIdleConnections();
    // A request may be on its way over a socket that is silent now: give
    // those a moment before closing them.
    const silentUntil = Date.now() + Math.min(SILENT_SOCKET_GRACE_MS, (options.timeoutMs ?? 10_000) / 2);
    const sweeper = setInterval(() => {
      server.closeIdleConnections();
      if (Date.now() >= silentUntil) for (const socket of silent) if (socket.bytesRead === 0) socket.destroy();
    }, 50);
    sweeper.unref();
    server.on("close", () => clearInterval(sweeper));
    server.on("request", (_req: IncomingMessage, res: ServerResponse) => {
      res.shouldKeepAlive = false;
    });
  };
  for (const signal of signals) process.once(signal, drain);
}
