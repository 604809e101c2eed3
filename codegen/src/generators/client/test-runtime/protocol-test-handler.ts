// template: Copied verbatim into generated/client/test/ by the client
// template: generator (static-files.ts). Keep it free of service names.
//
// Fake request handlers for the generated protocol tests, as smithy-typescript
// uses: one captures the request the client would send, one returns a canned
// response. Neither touches the network.

import { HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import { gunzipSync } from "node:zlib";
import { expect } from "vitest";

export interface ExpectedRequest {
  method?: string;
  uri?: string;
  headers: Record<string, string>;
  requireHeaders: string[];
  forbidHeaders: string[];
  body?: string;
  bodyMediaType?: string;
  /** The host the request must go to (the case's resolvedHost, else its host). */
  host?: string;
}

/** A handler that records the request and answers 200 `{}`. */
export function capturingHandler(): { handler: { handle: (request: HttpRequest) => Promise<{ response: HttpResponse }> }; captured: () => HttpRequest } {
  let last: HttpRequest | undefined;
  return {
    handler: {
      handle: async (request: HttpRequest) => {
        last = request;
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { "content-type": "application/x-amz-json-1.0" },
            body: new TextEncoder().encode("{}"),
          }),
        };
      },
    },
    captured: () => {
      if (!last) throw new Error("the client sent no request");
      return last;
    },
  };
}

/** A handler that returns the given status, headers and body to every request. */
export function cannedHandler(
  statusCode: number,
  headers: Record<string, string>,
  body: string,
): { handle: () => Promise<{ response: HttpResponse }> } {
  return {
    handle: async () => ({
      response: new HttpResponse({ statusCode, headers: { ...headers }, body: new TextEncoder().encode(body) }),
    }),
  };
}

function headerOf(request: HttpRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : request.headers[key];
}

function bodyText(request: HttpRequest): string {
  const body: unknown = request.body;
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) {
    // A gzipped body (@requestCompression) is compared by what it holds.
    const gzipped = /(^|,)\s*gzip\s*$/i.test(headerOf(request, "content-encoding") ?? "");
    return new TextDecoder().decode(gzipped ? gunzipSync(body) : body);
  }
  throw new Error(`unexpected request body type ${typeof body}`);
}

/** Asserts a captured request against an httpRequestTests case. */
export function expectRequestMatches(request: HttpRequest, expected: ExpectedRequest): void {
  if (expected.method) expect(request.method).toBe(expected.method);
  if (expected.uri) expect(request.path, "request path").toBe(expected.uri);
  if (expected.host) expect(request.hostname, "request host").toBe(expected.host);
  for (const [name, value] of Object.entries(expected.headers)) {
    expect(headerOf(request, name), `header ${name}`).toBe(value);
  }
  for (const name of expected.requireHeaders) expect(headerOf(request, name), `header ${name}`).toBeDefined();
  for (const name of expected.forbidHeaders) expect(headerOf(request, name), `header ${name}`).toBeUndefined();
  if (expected.body !== undefined) {
    const actual = bodyText(request);
    if (expected.bodyMediaType === "application/json" && expected.body !== "") {
      expect(JSON.parse(actual)).toEqual(JSON.parse(expected.body));
    } else {
      expect(actual).toBe(expected.body);
    }
  }
}
