import type { IncomingMessage } from "node:http";

/** awsJson1_0 bodies are small; 1 MiB is what the team's server enforces too. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Thrown when a request body is larger than the configured limit (→ 413). */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * Reads the whole body, refusing early when Content-Length already says it is
 * too big, so an oversized upload is never buffered.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** The body as the front understood it. */
export type ParsedBody =
  | { kind: "json"; value: unknown }
  | { kind: "malformed"; reason: string }
  | { kind: "text"; text: string };

/** Media types whose bodies are JSON: the awsJson ones plus the JSON family Prism knows. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  return (
    /^application\/x-amz-json-1\.[01]$/.test(essence) ||
    essence === "application/json" ||
    /^application\/[^/]+\+json$/.test(essence)
  );
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses a request or response body by its Content-Type. Prism itself only
 * parses application/json and +json (http-server parseRequestBody), which is
 * why an x-amz-json body would reach its validator as a string; parsing it
 * here lets Prism validate the object against the schema.
 *
 * An empty awsJson body counts as `{}`: servers MUST accept an empty body for
 * an operation without input members (awsJson1_0 spec, "Empty input").
 */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (!isJsonMediaType(contentType)) return { kind: "text", text: raw.toString("utf8") };
  if (raw.length === 0) return { kind: "json", value: {} };
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { kind: "malformed", reason: "The body is not valid UTF-8" };
  }
  try {
    return { kind: "json", value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: "malformed", reason: `The body is not valid JSON: ${(error as Error).message}` };
  }
}
