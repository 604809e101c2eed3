import type { IncomingHttpHeaders } from "node:http";
import { posix } from "node:path";
import { Agent, request } from "undici";
import { setHeader } from "./exchange.js";

/** What the upstream answered, bytes untouched. */
export interface UpstreamResponse {
  statusCode: number;
  headers: Record<string, string>;
  raw: Buffer;
}

// RFC 9110 §7.6.1 hop-by-hop headers; undici also refuses to send several of them.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "expect",
]);

export function withoutHopByHop(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name)) setHeader(result, name, value);
  return result;
}

/**
 * Sends requests on to the implementation under test.
 *
 * The Host header is passed on as the client sent it. Prism's own forwarder
 * drops it (packages/http/src/forwarder), so the upstream sees its own
 * address instead, and a SigV4 signature — which covers Host — no longer
 * verifies. Keeping it means a client signing for the proxy's address
 * (endpoint = the proxy URL) is verified correctly by the upstream, which
 * recomputes the signature from the Host it receives.
 */
export class UpstreamForwarder {
  readonly #agent: Agent;

  constructor(
    readonly upstream: URL,
    timeoutMs: number,
  ) {
    this.#agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connect: { timeout: timeoutMs } });
  }

  async send(method: string, url: URL, headers: IncomingHttpHeaders, raw: Buffer): Promise<UpstreamResponse> {
    const target = new URL(this.upstream.href);
    target.pathname = posix.join(this.upstream.pathname || "/", url.pathname);
    target.search = url.search;
    const outgoing: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) setHeader(outgoing, name, value);
    }
    const response = await request(target, {
      method: method as "POST",
      headers: outgoing,
      body: raw.length > 0 || method === "POST" ? raw : null,
      dispatcher: this.#agent,
    });
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) setHeader(responseHeaders, name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
    }
    const raw_ = Buffer.from(await response.body.arrayBuffer());
    return { statusCode: response.statusCode, headers: withoutHopByHop(responseHeaders), raw: raw_ };
  }

  close(): Promise<void> {
    return this.#agent.close();
  }
}
