// awsJson value encodings the generated codec uses outside the fast paths:
// timestamps (epoch seconds by default, @timestampFormat otherwise), blobs
// (base64), floats (NaN and ±Infinity travel as strings), list uniqueness.

import { malformed, typeMismatch } from "./errors.js";
import { decodeBase64, encodeBase64 } from "./validation.js";
import { dateTimeMillis, httpDateMillis, MAX_EPOCH_SECONDS } from "./wire-text.js";

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

export function readTimestamp(value: unknown, path: string, format: TimestampFormat): Date {
  if (format === "epoch-seconds") {
    if (typeof value !== "number") typeMismatch(path, "a timestamp in epoch seconds", value);
    if (!Number.isFinite(value)) malformed(path, "must be a finite number of epoch seconds");
    // Beyond ±8.64e12 seconds a Date is invalid (and would fail only when the answer is written: a 500).
    if (Math.abs(value) > MAX_EPOCH_SECONDS) malformed(path, "is outside the range of timestamps (±8.64e12 epoch seconds)");
    return new Date(Math.round(value * 1000));
  }
  if (typeof value !== "string") typeMismatch(path, `a ${format} timestamp string`, value);
  // The forms the JSON Schemas carry (wire-text.ts), calendar included.
  const ms = format === "date-time" ? dateTimeMillis(value) : httpDateMillis(value);
  if (ms === undefined) malformed(path, format === "date-time" ? "must be an RFC 3339 date-time" : "must be an IMF-fixdate http-date");
  return new Date(ms);
}

export function writeTimestamp(value: unknown, format: TimestampFormat): unknown {
  if (!(value instanceof Date)) return value;
  if (format === "epoch-seconds") return value.getTime() / 1000;
  // RFC 3339 without a fractional part when there is none, as AWS services send it.
  if (format === "date-time") return value.getUTCMilliseconds() === 0 ? value.toISOString().replace(".000Z", "Z") : value.toISOString();
  return value.toUTCString();
}

export function readFloatText(value: unknown, path: string): number {
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  return typeMismatch(path, "a number", value);
}

/** Characters JSON.stringify escapes in a string: quote, backslash, controls, and surrogates (lone ones are escaped). */
// eslint-disable-next-line no-control-regex -- the controls are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Strings already found free of anything JSON escapes. Responses carry the
 * same stored values (ARNs, ids, enum values) again and again, and V8 keeps a
 * string's hash with the string, so for those a check is one set probe
 * where a scan costs about 2.5 ns per character (the largest single cost of
 * serializing an output, measured under load). Bounded: cleared when full;
 * long strings are scanned every time.
 */
const PLAIN = new Set<string>();
const PLAIN_LIMIT = 4096;
const PLAIN_MAX_LENGTH = 256;

/** True when JSON.stringify would escape something in `text` (the generated serializers then fall back to it). */
export function needsEscaping(text: string): boolean {
  if (PLAIN.has(text)) return false;
  if (NEEDS_ESCAPE.test(text)) return true;
  if (text.length <= PLAIN_MAX_LENGTH) {
    if (PLAIN.size >= PLAIN_LIMIT) PLAIN.clear();
    PLAIN.add(text);
  }
  return false;
}

export function writeFloat(value: unknown): unknown {
  if (typeof value !== "number" || Number.isFinite(value)) return value;
  return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
}

export function readBlob(value: unknown, path: string): Uint8Array {
  if (typeof value !== "string") typeMismatch(path, "a base64 string", value);
  const bytes = decodeBase64(value);
  if (!bytes) malformed(path, "must be base64-encoded");
  return bytes;
}

export function writeBlob(value: unknown): unknown {
  return value instanceof Uint8Array ? encodeBase64(value) : value;
}

export function writeList(value: unknown, item: (v: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map((v) => (v === null || v === undefined ? v : item(v))) : value;
}

export function writeMap(value: unknown, item: (v: unknown) => unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = v === null || v === undefined ? v : item(v);
  }
  return out;
}

/** @uniqueItems: items compared by their JSON form (structures are read in model member order). */
export function hasDuplicates(items: readonly unknown[]): boolean {
  if (items.length < 2) return false;
  const seen = new Set<string>();
  for (const item of items) {
    const key = typeof item === "string" ? `s${item}` : `j${JSON.stringify(item)}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
