// node:http adapter for the service core. Timeouts are set so slow or stuck
// clients cannot pin connections (slowloris: headersTimeout; a body that
// never finishes: requestTimeout; idle keep-alive sockets: keepAliveTimeout),
// and the body limit is enforced while streaming: an announced
// Content-Length over the limit is refused before any byte is read, a
// chunked body is cut off as soon as it passes the limit.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { newRequestId, tooLarge, type CoreResponse, type ServiceCore } from "@mwaa-serverless/server-runtime";

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
  // node hands CONNECT to 'connect' listeners and, with none, closes the
  // socket without a word; every other method reaches the core, which answers
  // 405. CONNECT gets the same 405 here, in the protocol's error shape.
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => answerConnect(contentType, socket));
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

function answerConnect(contentType: string, socket: Duplex): void {
  const type = "MethodNotAllowedException";
  const body = JSON.stringify({ __type: type, message: "Method CONNECT is not allowed; awsJson requests are POST /" });
  socket.on("error", () => socket.destroy());
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nContent-Type: ${contentType}\r\nX-Amzn-RequestId: ${newRequestId()}\r\n` +
      `X-Amzn-ErrorType: ${type}\r\nAllow: POST\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
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

/**
 * A request's headers, `__proto__` included. node:http's `req.headers` drops a
 * header named `__proto__` (assigning that key sets the object's prototype, or
 * nothing), yet a client may send one and the SDK's signer signs it: when the
 * raw headers name it, the answer is a copy without a prototype that holds it
 * as an own header (repeated ones joined with ", ", as node joins others).
 * Other requests pay one pass over the raw header names. The service core and
 * the mock's front (src/mock) both read headers through it.
 */
export function requestHeadersOf(req: IncomingMessage): IncomingHttpHeaders {
  const raw = req.rawHeaders;
  let proto: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 9 && name.toLowerCase() === "__proto__") proto = proto === undefined ? raw[i + 1]! : `${proto}, ${raw[i + 1]!}`;
  }
  if (proto === undefined) return req.headers;
  const headers = Object.assign(Object.create(null) as IncomingHttpHeaders, req.headers);
  // Without a prototype there is no __proto__ accessor: this is an own property.
  headers["__proto__"] = proto;
  return headers;
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
    const request = { method: req.method ?? "GET", path: req.url ?? "/", headers: requestHeadersOf(req), body, abortSignal: () => abortSignalFor(res) };
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

/** Default bound on a drain: in-flight requests get this long, then the process exits anyway. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

export interface DrainOptions {
  /** Default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
  /** Longest wait for in-flight requests before closing their connections (default 10 s). */
  timeoutMs?: number;
  /** Called once the server is closed, before exit (flush logs, close stores). */
  onClosed?: () => void | Promise<void>;
  /** Exit the process when drained (default true). */
  exit?: boolean;
}

/**
 * On the first signal: stop accepting connections; close at once every
 * connection that carries no request whose headers have arrived — idle
 * keep-alive sockets, sockets that never sent a byte, and clients part-way
 * through their headers (they get nothing: no request was accepted, so a
 * client may safely retry it elsewhere); answer requests already in flight
 * (their connections close after the response); then run `onClosed` and exit
 * 0. After `timeoutMs` the remaining connections are closed too and the
 * process exits 0 the same way: the drain is bounded, whatever clients do.
 */
export function drainOnSignal(server: Server, options: DrainOptions = {}): void {
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  // Sockets and whether a request (headers complete) is in flight on them.
  // node's own closeIdleConnections treats a socket part-way through its
  // headers as busy, so one slow client would hold the drain to its timeout.
  const sockets = new Map<Socket, number>();
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, 0);
    socket.once("close", () => sockets.delete(socket));
  });
  let draining = false;
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    sockets.set(socket, (sockets.get(socket) ?? 0) + 1);
    if (draining) res.shouldKeepAlive = false;
    res.once("close", () => {
      const left = (sockets.get(socket) ?? 1) - 1;
      if (sockets.has(socket)) sockets.set(socket, left);
      if (draining && left === 0) socket.destroySoon();
    });
  });
  const drain = (): void => {
    if (draining) return;
    draining = true;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      void Promise.resolve()
        .then(() => options.onClosed?.())
        .finally(() => {
          if (options.exit !== false) process.exit(0);
        });
    };
    const timer = setTimeout(() => {
      server.closeAllConnections();
      for (const socket of sockets.keys()) socket.destroy();
      finish();
    }, options.timeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS);
    timer.unref();
    server.close(finish);
    for (const [socket, inFlight] of sockets) if (inFlight === 0) socket.destroy();
  };
  for (const signal of signals) process.once(signal, drain);
}
