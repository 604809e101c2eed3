// @requestCompression (https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait):
// an operation that lists "gzip" has its request body gzipped once it reaches
// the SDK's default minimum size (10 KiB), and "gzip" is appended to
// Content-Encoding. awsJson ignores HTTP binding traits, so a member bound to
// Content-Encoding with @httpHeader never reaches the header: the header holds
// only what the client applied. Done after serialisation and before signing,
// so the signature covers the compressed bytes, as in the AWS SDKs.

import { promisify } from "node:util";
import type { HttpRequest } from "@smithy/types";

// node:zlib is loaded at the first body to compress, not at import: most
// clients never compress, and a cold start should not pay for the module.
let gzipAsync: Promise<(bytes: Uint8Array) => Promise<Buffer>> | undefined;
const loadGzip = (): Promise<(bytes: Uint8Array) => Promise<Buffer>> =>
  (gzipAsync ??= import("node:zlib").then(({ gzip }) => promisify(gzip) as (bytes: Uint8Array) => Promise<Buffer>));

/** The SDK's default `requestMinCompressionSizeBytes`. */
export const MIN_COMPRESSION_BYTES = 10_240;

function bodyBytes(body: unknown): Uint8Array | undefined {
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  return undefined;
}

/** The client settings of the AWS SDKs' request compression (read from the client config). */
export interface CompressionSettings {
  /** Never compress (`disableRequestCompression`, default false). */
  disableRequestCompression?: unknown;
  /** Smallest body compressed, 0 to 10485760 (`requestMinCompressionSizeBytes`, default 10240). */
  requestMinCompressionSizeBytes?: unknown;
}

/** Gzips the request body in place when the operation's traits ask for it and the settings allow. */
export async function compressRequest(request: HttpRequest, operationTraits: unknown, settings: CompressionSettings = {}): Promise<void> {
  const encodings = (operationTraits as { requestCompression?: unknown } | undefined)?.requestCompression;
  if (!Array.isArray(encodings) || !encodings.includes("gzip")) return;
  if (settings.disableRequestCompression === true) return;
  const min = settings.requestMinCompressionSizeBytes ?? MIN_COMPRESSION_BYTES;
  if (typeof min !== "number" || !Number.isInteger(min) || min < 0 || min > 10_485_760) {
    throw new RangeError(`requestMinCompressionSizeBytes must be a whole number from 0 to 10485760, got ${String(min)}`);
  }
  const bytes = bodyBytes(request.body);
  if (!bytes || bytes.byteLength < min) return;
  const gzip = await loadGzip();
  request.body = new Uint8Array(await gzip(bytes));
  const name = Object.keys(request.headers).find((key) => key.toLowerCase() === "content-encoding");
  const current = name === undefined ? undefined : request.headers[name];
  if (name !== undefined) delete request.headers[name];
  request.headers["content-encoding"] = current ? `${current}, gzip` : "gzip";
  const length = Object.keys(request.headers).find((key) => key.toLowerCase() === "content-length");
  if (length !== undefined) request.headers[length] = String(request.body.byteLength);
}
