// What Smithy asks of a client around @default and @required
// (https://smithy.io/2.0/spec/aggregate-types.html#default-values and
// "client error correction"), which @smithy/core's schema serde leaves out:
//
// - input: a nested structure's members with a @default that the caller left
//   unset are sent with their default. The operation input's own (top-level)
//   members and @clientOptional members are not filled: their absence means
//   "not set" to the service.
// - output: members with a @default that the response leaves out get the
//   default; @required members without one are error-corrected to their
//   type's zero value ("" / 0 / false / empty blob, list, map / epoch 0 /
//   empty structure), so a server that forgot a member cannot break code that
//   trusts the model's types.
// - an operation without output (Unit) returns no members at all, whatever
//   the body holds.
// - modelled errors are error-corrected like outputs (their @required members
//   and every structure inside them), as Smithy asks of every structure a
//   client deserializes; see withErrorDefaults.
// - zero values follow Smithy's list: a union's is the unknown variant
//   (`$unknown`, as the SDK types it), a document's null.
//
// The generated schemas carry a member's default as the `default` member
// trait (its Smithy node value) and @clientOptional as `clientOptional`.

import { NormalizedSchema } from "@smithy/core/schema";
import { NumericValue } from "@smithy/core/serde";
import type { StaticStructureSchema } from "@smithy/types";
import { copyOwn, emptyStructure, hasOwn, ownValue, setOwn } from "./ownMembers.js";
import { anywhereBelow } from "./schemaWalk.js";

type Mode = "input" | "output";

/** A Smithy node default as the client's runtime value (blobs bytes, timestamps Dates, non-finite numbers numbers, big numbers bigints and NumericValues). */
function runtimeDefault(schema: NormalizedSchema, node: unknown): unknown {
  if (node === null || node === undefined) return undefined;
  if (schema.isBlobSchema() && typeof node === "string") return Uint8Array.from(Buffer.from(node, "base64"));
  if (schema.isTimestampSchema() && typeof node === "number") return new Date(node * 1000);
  if (schema.isTimestampSchema() && typeof node === "string") return new Date(node);
  // A float or double's default may be the string "NaN", "Infinity" or "-Infinity" (Smithy's spelling): the number it names.
  if (schema.isNumericSchema() && (node === "NaN" || node === "Infinity" || node === "-Infinity")) return Number(node);
  // Big numbers as the SDK reads them (a bigint, a NumericValue), from the digits the model wrote (generated as a string).
  if (schema.isBigIntegerSchema() && (typeof node === "number" || typeof node === "string")) return BigInt(node);
  if (schema.isBigDecimalSchema() && (typeof node === "number" || typeof node === "string")) return new NumericValue(String(node), "bigDecimal");
  // Lists, maps and documents: a fresh copy, so callers cannot share (and mutate) one default.
  if (typeof node === "object") return structuredClone(node);
  return node;
}

/** The zero value a missing @required member is error-corrected to, or undefined when there is none. */
function zeroValue(schema: NormalizedSchema): unknown {
  if (schema.isBooleanSchema()) return false;
  if (schema.isNumericSchema()) return 0;
  if (schema.isStringSchema()) return "";
  if (schema.isBlobSchema()) return new Uint8Array(0);
  if (schema.isTimestampSchema()) return new Date(0);
  if (schema.isListSchema()) return [];
  if (schema.isMapSchema()) return {};
  // The unknown variant, with no member name (no member of the union is "").
  if (schema.isUnionSchema()) return { $unknown: ["", null] };
  if (schema.isStructSchema()) return complete(schema, emptyStructure(schema), "output", false);
  if (schema.isDocumentSchema()) return null;
  // Big numbers are left unset.
  return undefined;
}

/** Fills `out`'s members from `source`: present ones completed below, missing ones defaulted or error-corrected. */
function completeMembers(schema: NormalizedSchema, source: object, out: object, mode: Mode, topLevel: boolean, skip?: (name: string) => boolean): void {
  const required = mode === "output" ? requiredMembers(schema) : new Set<string>();
  for (const [name, member] of schema.structIterator()) {
    if (skip?.(name)) continue;
    const present = ownValue(source, name);
    if (present !== undefined && present !== null) {
      setOwn(out, name, complete(member, present, mode, false));
      continue;
    }
    const traits = member.getMemberTraits() as Record<string, unknown>;
    const fillDefault = mode === "output" || (!topLevel && !traits.clientOptional);
    if (fillDefault && traits.default !== undefined && traits.default !== null) {
      setOwn(out, name, runtimeDefault(member, traits.default));
    } else if (required.has(name)) {
      const zero = zeroValue(member);
      if (zero !== undefined) setOwn(out, name, zero);
    }
  }
}

/** Names of the @required members of a structure schema (required members come first in the tuple). */
function requiredMembers(schema: NormalizedSchema): Set<string> {
  const tuple = schema.getSchema() as unknown as StaticStructureSchema;
  const names = (tuple[4] ?? []) as string[];
  const count = typeof tuple[6] === "number" ? tuple[6] : 0;
  return new Set(names.slice(0, count));
}

/** `value` with defaults (and, for output, error corrections) applied below `schema`; a copy where anything changed. */
function complete(schema: NormalizedSchema, value: unknown, mode: Mode, topLevel: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (schema.isListSchema()) {
    if (!Array.isArray(value)) return value;
    const member = schema.getValueSchema();
    return value.map((item) => complete(member, item, mode, false));
  }
  if (schema.isMapSchema()) {
    if (typeof value !== "object") return value;
    const member = schema.getValueSchema();
    const out: Record<string, unknown> = {};
    // setOwn: a map key may be "__proto__".
    for (const [key, item] of Object.entries(value)) setOwn(out, key, complete(member, item, mode, false));
    return out;
  }
  if (!schema.isStructSchema() || typeof value !== "object" || value instanceof Uint8Array || value instanceof Date) return value;
  const source = value as Record<string, unknown>;
  // Own members only, written with setOwn: members may be named `constructor`, `__proto__` … (ownMembers.ts).
  const out = copyOwn(source);
  if (schema.isUnionSchema()) {
    for (const [name, member] of schema.structIterator()) {
      const present = ownValue(source, name);
      if (present !== undefined) setOwn(out, name, complete(member, present, mode, false));
    }
    return out;
  }
  completeMembers(schema, source, out, mode, topLevel);
  return out;
}

/**
 * Whether anything at or below a structure can need completing (a member with
 * a default, or a required member): computed once per schema, so a call whose
 * shapes have neither (the common case) is not walked at all.
 */
const needsCompletion = anywhereBelow((schema) => {
  if (!schema.isStructSchema()) return false;
  if (!schema.isUnionSchema() && requiredMembers(schema).size > 0) return true;
  for (const [, member] of schema.structIterator()) {
    const traits = member.getMemberTraits() as Record<string, unknown>;
    if (traits.default !== undefined && traits.default !== null) return true;
  }
  return false;
});

/** The input to serialise: nested @default members filled in (never the top-level ones). */
export function withInputDefaults(inputSchema: unknown, input: unknown): unknown {
  const schema = NormalizedSchema.of(inputSchema as never);
  if (!schema.isStructSchema() || !needsCompletion(schema)) return input;
  return complete(schema, input, "input", true);
}

/** The deserialised output with defaults filled in and missing @required members error-corrected. */
export function withOutputDefaults<T extends object>(outputSchema: unknown, output: T): T {
  const schema = NormalizedSchema.of(outputSchema as never);
  const { $metadata } = output as { $metadata?: unknown };
  if (schema.isUnitSchema()) return { $metadata } as unknown as T;
  if (!schema.isStructSchema() || !needsCompletion(schema)) return output;
  return complete(schema, output, "output", true) as T;
}

/**
 * Members the error keeps as the SDK set them: `message`/`Message` is
 * Error#message (never corrected to ""), and the generated error classes
 * leave out a member called `name` (Error#name is the error's type).
 */
function isMessageMember(name: string): boolean {
  return name.toLowerCase() === "message" || name === "name";
}

/**
 * A modelled error as Smithy asks a client to deserialize any structure:
 * every member read from the error's own body through `read` (the SDK's
 * reading finds inherited properties for members named `constructor`,
 * `toString` …), @default members filled, missing @required members
 * error-corrected, and the same below, in nested structures. Changes `error`
 * in place; the message member stays the SDK's (Error#message).
 */
export function withErrorDefaults<E extends object>(errorSchema: unknown, error: E, body: unknown, read: (member: NormalizedSchema, value: unknown) => unknown): E {
  const schema = NormalizedSchema.of(errorSchema as never);
  if (!schema.isStructSchema()) return error;
  const source: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, member] of schema.structIterator()) {
    if (isMessageMember(name)) continue;
    const value = ownValue(body, name);
    if (value !== undefined && value !== null) setOwn(source, name, read(member, value));
    // What the SDK set for a member the body does not carry came from elsewhere (an inherited property).
    else if (hasOwn(error, name)) setOwn(error, name, undefined);
  }
  completeMembers(schema, source, error, "output", false, isMessageMember);
  return error;
}
