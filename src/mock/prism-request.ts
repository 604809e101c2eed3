import type { IncomingHttpHeaders } from "node:http";
import type { IHttpNameValue, IHttpNameValues, IHttpRequest } from "@stoplight/prism-http";
import type { HttpMethod } from "@stoplight/types";
import { setHeader } from "./exchange.js";

/** Node's headers as Prism wants them: lower-case names, one string each. */
export function headersOf(headers: IncomingHttpHeaders): IHttpNameValue {
  const result: IHttpNameValue = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    setHeader(result, name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
  }
  return result;
}

function queryOf(url: URL): IHttpNameValues {
  const query: IHttpNameValues = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/**
 * The request as Prism's validators see it. `body` is already parsed when the
 * media type is JSON, so Prism validates the object against the schema
 * instead of a string. Content-Length is set from the bytes actually read:
 * Prism skips its media-type check when the header is absent or 0, which a
 * chunked request would otherwise slip through.
 */
export function toPrismRequest(
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
  bodyLength: number,
  body: unknown,
): IHttpRequest {
  return {
    method: method.toLowerCase() as HttpMethod,
    url: { path: url.pathname, query: queryOf(url) },
    headers: { ...headersOf(headers), "content-length": String(bodyLength) },
    body,
  };
}
