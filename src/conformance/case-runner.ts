// Sends every case to the endpoint and judges the answers. Stateless cases
// run concurrently over a small keep-alive pool (undici); cases that change
// state (the semantic stop cases) run afterwards, one at a time, in order.

import { Pool } from "undici";
import type { CheckContext, ReceivedResponse } from "./response-check.js";
import { checkResponse } from "./response-check.js";
import { type Bindings, type KitCase, bindText, placeholdersOf } from "./kit-case.js";
import type { RequestSigner } from "./sigv4-signer.js";

export type CaseVerdict = "pass" | "fail" | "skip";

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The body as text (bytes that are not UTF-8 shown as U+FFFD; see bodyBase64). */
  body: string;
  /** The exact bytes, when the body is not UTF-8 text. */
  bodyBase64?: string;
}

export interface CaseResult {
  id: string;
  level: KitCase["level"];
  description: string;
  result: CaseVerdict;
  /** Why it failed or was skipped; for passes, unmet preferences if any. */
  reason: string;
  failures: string[];
  preferences: string[];
  request?: SentRequest;
  response?: ReceivedResponse;
  /** What a conforming answer looks like (the case's expectation). */
  expect?: KitCase["expect"];
  /** No response within the timeout. */
  timedOut?: boolean;
  durationMs: number;
}

export interface RunOptions extends CheckContext {
  endpoint: URL;
  bindings: Bindings;
  /** Per request (connect + headers + body). */
  timeoutMs: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  signer?: RequestSigner;
  /** Which placeholder comes from which option, for skip reasons. */
  placeholderSources?: Readonly<Record<string, string>>;
}

const DEFAULT_CONCURRENCY = 8;

/**
 * Requests that time out in a row before the kit stops: a server that accepts
 * connections and never answers is one diagnosis, not fifty timeouts. Before
 * the first answer a few suffice (a silent server); once it has answered, a
 * longer run is needed, so that a server hanging on some hostile inputs gets
 * those cases failed rather than a misdiagnosis.
 */
export const MAX_TIMEOUTS_BEFORE_FIRST_ANSWER = 3;
export const MAX_CONSECUTIVE_TIMEOUTS = 20;

/** The server stopped answering (the kit gives up; the CLI exits 2). */
export class ServerNotAnsweringError extends Error {
  override name = "ServerNotAnsweringError";
  constructor(readonly timeouts: number, timeoutMs: number, readonly lastCase: string) {
    super(`server not answering: ${timeouts} requests in a row got no response within ${timeoutMs} ms (last: ${lastCase}); ` +
      "it accepts connections but does not respond — check that it is running the service, or raise --timeout");
  }
}

/**
 * The most of a response body the kit reads. This operation's answers are a
 * few hundred bytes; an implementation that streams megabytes must not make the
 * kit buffer without bound, so reading stops here and the case fails.
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/** A response body beyond MAX_RESPONSE_BYTES (the case fails with this message). */
export class ResponseTooLargeError extends Error {
  override name = "ResponseTooLargeError";
  constructor(readonly partial: ReceivedResponse) {
    super(`response body larger than ${MAX_RESPONSE_BYTES} bytes; the kit stopped reading there`);
  }
}

export async function runCases(cases: readonly KitCase[], options: RunOptions): Promise<CaseResult[]> {
  const pool = new Pool(options.endpoint.origin, {
    connections: options.concurrency ?? DEFAULT_CONCURRENCY,
    keepAliveTimeout: 10_000,
    connectTimeout: options.timeoutMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  try {
    const results = new Map<string, CaseResult>();
    const concurrent = cases.filter((c) => !c.sequential);
    let next = 0;
    let timeoutsInARow = 0;
    let answered = false;
    let abort: ServerNotAnsweringError | undefined;
    // Once the server is diagnosed as not answering, the requests still in
    // flight are abandoned too: the diagnosis must not wait another timeout.
    const giveUp = new AbortController();
    const record = (result: CaseResult): void => {
      results.set(result.id, result);
      if (result.result === "skip") return;
      if (result.response) answered = true;
      timeoutsInARow = result.timedOut ? timeoutsInARow + 1 : 0;
      const limit = answered ? MAX_CONSECUTIVE_TIMEOUTS : MAX_TIMEOUTS_BEFORE_FIRST_ANSWER;
      if (timeoutsInARow >= limit && !abort) {
        abort = new ServerNotAnsweringError(timeoutsInARow, options.timeoutMs, result.id);
        giveUp.abort(abort);
      }
    };
    const worker = async (): Promise<void> => {
      while (next < concurrent.length && !abort) {
        const kitCase = concurrent[next++]!;
        record(await runCase(pool, kitCase, options, giveUp.signal));
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, concurrent.length) }, worker));
    for (const kitCase of cases.filter((c) => c.sequential)) {
      if (abort) break;
      record(await runCase(pool, kitCase, options, giveUp.signal));
    }
    if (abort) throw abort;
    return cases.map((c) => results.get(c.id)!);
  } finally {
    await pool.close();
  }
}

async function runCase(pool: Pool, kitCase: KitCase, options: RunOptions, giveUp: AbortSignal): Promise<CaseResult> {
  const started = performance.now();
  const base = { id: kitCase.id, level: kitCase.level, description: kitCase.description, failures: [] as string[], preferences: [] as string[], expect: kitCase.expect };
  const missing = placeholdersOf(kitCase).filter((name) => !options.bindings[name]);
  if (missing.length > 0) {
    const needs = missing.map((name) => options.placeholderSources?.[name] ?? name);
    return { ...base, result: "skip", reason: `needs ${[...new Set(needs)].join(" and ")}`, durationMs: 0 };
  }
  const request = await buildRequest(kitCase, options);
  let response: ReceivedResponse;
  try {
    response = await send(pool, request, options.timeoutMs, giveUp);
  } catch (error) {
    if (error instanceof ResponseTooLargeError) {
      return { ...base, result: "fail", reason: error.message, failures: [error.message], request, response: error.partial, durationMs: performance.now() - started };
    }
    const described = describeNetworkError(error);
    const reason = `no response: ${described}`;
    return { ...base, result: "fail", reason, failures: [reason], request, timedOut: described === "timed out", durationMs: performance.now() - started };
  }
  const outcome = checkResponse(kitCase.expect, response, options);
  const failures = [...outcome.failures];
  if (kitCase.verify) failures.push(...kitCase.verify(outcome, options.bindings));
  const problems = kitCase.level === "SHOULD" ? [...failures, ...outcome.preferences] : failures;
  const result: CaseVerdict = problems.length > 0 ? "fail" : "pass";
  const reason = result === "fail" ? problems.join("; ") : outcome.preferences.length > 0 ? `preferences not met: ${outcome.preferences.join("; ")}` : "";
  return { ...base, result, reason, failures, preferences: outcome.preferences, request, response, durationMs: performance.now() - started };
}

async function buildRequest(kitCase: KitCase, options: RunOptions): Promise<SentRequest> {
  const prefix = options.endpoint.pathname.replace(/\/+$/, "");
  const path = prefix + bindText(kitCase.request.path, options.bindings);
  const bytes = kitCase.request.bodyEncoding === "base64" ? Buffer.from(kitCase.request.body, "base64") : undefined;
  const body = bytes ? bytes.toString("utf8") : bindText(kitCase.request.body, options.bindings);
  // Ask for no content coding: AWS SDK clients do not decode gzip, so a
  // compressed answer to this request is a failure, not something to unpack.
  let headers: Record<string, string> = { "Accept-Encoding": "identity" };
  for (const [name, value] of Object.entries(kitCase.request.headers)) headers[name] = bindText(value, options.bindings);
  if (options.signer) headers = await options.signer.sign(options.endpoint, kitCase.request.method, path, headers, bytes ?? body);
  const sent: SentRequest = { method: kitCase.request.method, url: new URL(path, options.endpoint.origin).href, headers, body };
  if (bytes) sent.bodyBase64 = kitCase.request.body;
  return sent;
}

async function send(pool: Pool, request: SentRequest, timeoutMs: number, giveUp: AbortSignal): Promise<ReceivedResponse> {
  const url = new URL(request.url);
  const hasBody = request.body !== "" || (request.method !== "GET" && request.method !== "HEAD");
  const response = await pool.request({
    method: request.method as "POST",
    path: url.pathname + url.search,
    headers: request.headers,
    body: !hasBody ? null : request.bodyBase64 !== undefined ? Buffer.from(request.bodyBase64, "base64") : request.body,
    signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), giveUp]),
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - size));
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) {
      response.body.destroy();
      throw new ResponseTooLargeError({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") });
    }
  }
  return { status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") };
}

export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  if (error.name === "TimeoutError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT") {
    return "timed out";
  }
  // OpenSSL errors carry a multi-line message and a short `reason`; reports want one line.
  const detail = ((error as { reason?: string }).reason ?? error.message).replace(/\s+/g, " ").trim();
  return code ? `${code} (${detail})` : detail;
}
