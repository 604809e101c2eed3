// Constraint violations and their wording. The generated readers (codec.ts)
// push one Violation per failed constraint; the messages follow the Smithy
// server frameworks (smithy `restJson1/validation/malformed-*.smithy`,
// smithy-typescript generateValidationMessage) so clients and people see the
// wording AWS services use. Values are never echoed: they may be sensitive and
// could break the ErrorMessage pattern of the response.

import { BASE64_SOURCE } from "./wire-text.js";

export interface Violation {
  /** JSON Pointer from the input root built from member names: `/Outer/Inner`, `/Items/0`. */
  readonly path: string;
  readonly message: string;
}

export type Violations = Violation[];

const prefix = (path: string): string => `Value at '${path}' failed to satisfy constraint: `;

export function requiredViolation(path: string): Violation {
  return { path, message: `${prefix(path)}Member must not be null` };
}

export function lengthViolation(path: string, length: number, min: number | undefined, max: number | undefined): Violation {
  return {
    path,
    message: `Value with length ${length} at '${path}' failed to satisfy constraint: Member must have length ${bounds(min, max)}`,
  };
}

export function rangeViolation(path: string, min: number | undefined, max: number | undefined): Violation {
  const rule =
    min !== undefined && max !== undefined
      ? `be between ${min} and ${max}, inclusive`
      : min !== undefined
        ? `be greater than or equal to ${min}`
        : `be less than or equal to ${max}`;
  return { path, message: `${prefix(path)}Member must ${rule}` };
}

export function patternViolation(path: string, pattern: string): Violation {
  return { path, message: `${prefix(path)}Member must satisfy regular expression pattern: ${pattern}` };
}

export function enumViolation(path: string, values: readonly (string | number)[]): Violation {
  return { path, message: `${prefix(path)}Member must satisfy enum value set: [${values.join(", ")}]` };
}

export function uniqueItemsViolation(path: string): Violation {
  return { path, message: `${prefix(path)}Member must have unique values` };
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}, inclusive`;
  if (min !== undefined) return `greater than or equal to ${min}`;
  return `less than or equal to ${max}`;
}

/**
 * Length of a string in Unicode code points (what @length counts), computed
 * only when the UTF-16 length cannot decide: a string of n code units has
 * between ceil(n/2) and n code points.
 */
export function stringLengthOutside(value: string, min: number, max: number): number {
  const units = value.length;
  if (units <= max && (units + 1) >> 1 >= min) return -1;
  let points = 0;
  for (let i = 0; i < units; i++) {
    const code = value.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < units) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points < min || points > max ? points : -1;
}

/** FieldList `Name` for a pointer: `/Outer/Inner` → `Outer.Inner` (team wire decision). */
export function memberPathName(pointer: string): string {
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

/**
 * JSON Pointer segment for a map key (RFC 6901 escaping). Line breaks are
 * shown escaped: paths end up in messages that must stay on one line (the
 * model's message patterns, e.g. `^.*$`, reject them).
 */
export function pointerSegment(key: string): string {
  return key
    .replace(/~/g, "~0")
    .replace(/\//g, "~1")
    .replace(/[\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The summary message: `1 validation error detected. <message>` or
 * `N validation errors detected. <m1>; <m2>…`, cut to `maxLength` code points
 * (what the model's @length counts) so the error still satisfies the
 * model's constraints on its message.
 */
export function validationSummary(violations: readonly Violation[], maxLength = Number.POSITIVE_INFINITY): string {
  const count = violations.length;
  const head = count === 1 ? "1 validation error detected. " : `${count} validation errors detected. `;
  return fit(head + violations.map((v) => v.message).join("; "), maxLength);
}

const BASE64 = new RegExp(BASE64_SOURCE);

/** Decodes a blob member; undefined when the text is not canonical base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  return Buffer.from(text, "base64");
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Property lookup that ignores inherited members (`constructor`, `toString`…). */
export function own(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * Text cut to at most `max` code points (error members have @length limits
 * too, counted in code points), ending in "..." when cut. A surrogate pair is
 * never split: half a pair is not a character, and some JSON readers reject it.
 */
export function fit(text: string, max: number | undefined): string {
  // Fewer UTF-16 units than the limit means fewer code points too: no count needed.
  if (max === undefined || text.length <= max) return text;
  let points = 0;
  let end = 0; // UTF-16 index where the first `max - 3` code points end
  const keep = Math.max(0, max - 3);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
    if (points === keep) end = i + 1;
    if (points > max) return `${text.slice(0, end)}...`;
  }
  return text;
}
