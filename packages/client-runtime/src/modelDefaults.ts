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
//
// The generated schemas carry a member's default as the `default` member
// trait (its Smithy node value) and @clientOptional as `clientOptional`.

import { NormalizedSchema } from "@smithy/core/schema";
import type { StaticStructureSchema } from "@smithy/types";

type Mode = "input" | "output";

/** A Smithy node default as the client's runtime value (blobs bytes, timestamps Dates). */
function runtimeDefault(schema: NormalizedSchema, node: unknown): unknown {
  if (node === null || node === undefined) return undefined;
  if (schema.isBlobSchema() && typeof node === "string") return Uint8Array.from(Buffer.from(node, "base64"));
  if (schema.isTimestampSchema() && typeof node === "number") return new Date(node * 1000);
  if (schema.isTimestampSchema() && typeof node === "string") return new Date(node);
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
  if (schema.isStructSchema() && !schema.isUnionSchema()) return complete(schema, {}, "output", false);
  // Documents are null; unions have no member to choose; big numbers are left unset.
  return undefined;
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
    for (const [key, item] of Object.entries(value)) out[key] = complete(member, item, mode, false);
    return out;
  }
  if (!schema.isStructSchema() || typeof value !== "object" || value instanceof Uint8Array || value instanceof Date) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  if (schema.isUnionSchema()) {
    for (const [name, member] of schema.structIterator()) {
      if (source[name] !== undefined) out[name] = complete(member, source[name], mode, false);
    }
    return out;
  }
  const required = mode === "output" ? requiredMembers(schema) : new Set<string>();
  for (const [name, member] of schema.structIterator()) {
    const present = source[name];
    if (present !== undefined && present !== null) {
      out[name] = complete(member, present, mode, false);
      continue;
    }
    const traits = member.getMemberTraits() as Record<string, unknown>;
    const fillDefault = mode === "output" || (!topLevel && !traits.clientOptional);
    if (fillDefault && traits.default !== undefined && traits.default !== null) {
      out[name] = runtimeDefault(member, traits.default);
    } else if (required.has(name)) {
      const zero = zeroValue(member);
      if (zero !== undefined) out[name] = zero;
    }
  }
  return out;
}

/**
 * Whether anything at or below a structure can need completing (a member with
 * a default, or a required member): computed once per schema, so a call whose
 * shapes have neither (the common case) is not walked at all.
 */
const relevant = new WeakMap<object, boolean>();

function needsCompletion(schema: NormalizedSchema, visiting = new Set<object>()): boolean {
  const raw = schema.getSchema() as unknown;
  if (typeof raw !== "object" || raw === null) return false;
  const known = relevant.get(raw);
  if (known !== undefined) return known;
  // A recursive reference is answered by the outer call.
  if (visiting.has(raw)) return false;
  visiting.add(raw);
  let found = false;
  if (schema.isListSchema() || schema.isMapSchema()) {
    found = needsCompletion(schema.getValueSchema(), visiting);
  } else if (schema.isStructSchema()) {
    if (!schema.isUnionSchema() && requiredMembers(schema).size > 0) found = true;
    for (const [, member] of schema.structIterator()) {
      if (found) break;
      const traits = member.getMemberTraits() as Record<string, unknown>;
      found = (traits.default !== undefined && traits.default !== null) || needsCompletion(member, visiting);
    }
  }
  visiting.delete(raw);
  if (visiting.size === 0 || found) relevant.set(raw, found);
  return found;
}

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
