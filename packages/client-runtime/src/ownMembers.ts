// Members named like what every JavaScript object inherits: `constructor`,
// `toString`, `valueOf`, `hasOwnProperty`, `__proto__` … are valid Smithy
// member names. The SDK's JSON serde reads members as `value[name]`, so an
// unset `constructor` reads as Object (and is sent, or handed to the caller,
// as if set), and writes them as `out[name] = v`, so a `__proto__` member
// replaces the object's prototype instead of becoming a key. @smithy/core
// offers no hook for member access, hence this module (written here because no
// library does it): for schemas with such names, and only for those, values
// are read and written through own properties, and structures are
// null-prototype objects (an unset `toString` then reads as undefined, as its
// type says). Schemas without such names keep the SDK's own code paths.

import { JsonCodec2, JsonShapeDeserializer2, parseJsonBody } from "@smithy/core/protocols";
import { NormalizedSchema } from "@smithy/core/schema";
import type { DocumentType, Schema, SerdeFunctions } from "@smithy/types";
import { anywhereBelow } from "./schemaWalk.js";

/** Names every plain object inherits (Object.prototype's own properties). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Member `key` of `object`: for a name every object inherits, only the
 * object's own value (undefined when it has none); any other name is read as
 * the SDK reads it (a getter on a caller's class still counts).
 */
export function ownValue(object: unknown, key: string): unknown {
  if (typeof object !== "object" || object === null) return undefined;
  if (INHERITED.has(key) && !hasOwn(object, key)) return undefined;
  return (object as Record<string, unknown>)[key];
}

/**
 * Sets `key` as an own enumerable property. Only `__proto__` is an accessor
 * on Object.prototype; every other inherited name is a writable data
 * property, which a plain assignment shadows with an own one.
 */
export function setOwn(object: object, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else (object as Record<string, unknown>)[key] = value;
}

/** A shallow copy with the same prototype and every own enumerable property (a spread when that is the same). */
export function copyOwn<T extends object>(source: T): T {
  if (Object.getPrototypeOf(source) === Object.prototype && !hasOwn(source, "__proto__")) return { ...source };
  const copy = Object.create(Object.getPrototypeOf(source) as object | null) as T;
  for (const key of Object.keys(source)) setOwn(copy, key, (source as Record<string, unknown>)[key]);
  return copy;
}

/**
 * Whether reading or writing `schema` needs own-property handling: a
 * structure or union at or below it has a member with an inherited name, or
 * a map below it holds values the SDK converts, or a document is below it
 * (computed once per schema).
 */
export const hasInheritedNames: (schema: NormalizedSchema) => boolean = anywhereBelow((schema) => {
  // A document, or a map whose values the SDK converts: its reader redefines
  // a "__proto__" key as undefined before reading that key's value.
  if (schema.isDocumentSchema()) return true;
  if (schema.isMapSchema()) {
    const value = schema.getValueSchema();
    return !(value.isStringSchema() || value.isBooleanSchema());
  }
  return hasStructMemberNamedInherited(schema);
});

/** The empty value a structure of this schema starts from. */
export function emptyStructure(schema: NormalizedSchema): Record<string, unknown> {
  return hasStructMemberNamedInherited(schema) ? (Object.create(null) as Record<string, unknown>) : {};
}

function hasStructMemberNamedInherited(schema: NormalizedSchema): boolean {
  if (!schema.isStructSchema()) return false;
  for (const [name] of schema.structIterator()) if (INHERITED.has(name)) return true;
  return false;
}

/**
 * The value to hand the SDK's serializer: every structure below `schema`
 * that has inherited member names becomes a null-prototype copy of its own
 * properties, so the serializer's `value[name]` finds only what the caller set.
 */
export function ownView(schema: NormalizedSchema, value: unknown): unknown {
  if (value === null || typeof value !== "object" || !hasInheritedNames(schema)) return value;
  if (schema.isListSchema()) {
    if (!Array.isArray(value)) return value;
    const member = schema.getValueSchema();
    return value.map((item) => ownView(member, item));
  }
  if (schema.isMapSchema()) {
    const member = schema.getValueSchema();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, ownView(member, (value as Record<string, unknown>)[key]));
    return out;
  }
  if (!schema.isStructSchema() || value instanceof Date || value instanceof Uint8Array) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) setOwn(out, key, (value as Record<string, unknown>)[key]);
  for (const [name, member] of schema.structIterator()) {
    if (hasOwn(out, name)) out[name] = ownView(member, out[name]);
  }
  return out;
}

/**
 * The SDK's JSON deserializer, reading structures (and lists and maps of
 * them) that have inherited member names through own properties into
 * null-prototype objects; everything else is the SDK's own reading.
 */
export class OwnMembersJsonDeserializer extends JsonShapeDeserializer2 {
  override async read(schema: Schema, data: string | Uint8Array): Promise<unknown> {
    const ns = NormalizedSchema.of(schema);
    if (!hasInheritedNames(ns) || (typeof data !== "string" && !(data instanceof Uint8Array))) return super.read(schema, data);
    if (data.length === 0) return emptyStructure(ns);
    // Parsed as the SDK parses it: with its reviver when the schema holds a
    // bigDecimal, bigInteger or document, so their digits are the body's own
    // (a plain JSON.parse would round them to doubles). Both keep a
    // "__proto__" key as an own property.
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    // Bytes are read as they are: of the serde context only its UTF-8 decoder is asked for (the SDK's when set).
    return this.readObject(schema, await parseJsonBody(bytes, (this.serdeContext ?? {}) as SerdeFunctions, schema));
  }

  override readObject(schema: Schema, data: unknown): unknown {
    const ns = NormalizedSchema.of(schema);
    if (data === null || typeof data !== "object" || !hasInheritedNames(ns)) return super.readObject(schema, data as DocumentType);
    // A document is the body's JSON as parsed (its big numbers already the
    // reviver's NumericValues), "__proto__" keys included: the SDK's reading
    // changes nothing else.
    if (ns.isDocumentSchema()) return data;
    if (ns.isListSchema()) {
      if (!Array.isArray(data)) return super.readObject(schema, data as DocumentType);
      const member = ns.getValueSchema();
      return data.map((item: unknown) => (item === null || item === undefined ? item : this.readObject(member, item)));
    }
    if (ns.isMapSchema()) {
      const member = ns.getValueSchema();
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(data)) {
        const item = (data as Record<string, unknown>)[key];
        setOwn(out, key, item === null || item === undefined ? item : this.readObject(member, item));
      }
      return out;
    }
    if (!ns.isStructSchema() || Array.isArray(data)) return super.readObject(schema, data as DocumentType);
    const record = data as Record<string, unknown>;
    const out = emptyStructure(ns);
    const known = new Set<string>();
    for (const [name, member] of ns.structIterator()) {
      known.add(name);
      const value = ownValue(record, name);
      if (value !== null && value !== undefined) setOwn(out, name, this.readObject(member, value));
    }
    if (ns.isUnionSchema() && Object.keys(out).length === 0) {
      // As the SDK does: one member this client does not know is `$unknown`.
      const unknown = Object.keys(record).filter((key) => key !== "__type" && !known.has(key));
      if (unknown.length === 1) setOwn(out, "$unknown", [unknown[0], record[unknown[0]!]]);
    }
    return out;
  }
}

/** The awsJson codec with OwnMembersJsonDeserializer; the SDK's settings for awsJson. */
export class OwnMembersJsonCodec extends JsonCodec2 {
  constructor() {
    super({ timestampFormat: { useTrait: true, default: 7 }, jsonName: false });
  }

  override createDeserializer(): JsonShapeDeserializer2 {
    const deserializer = new OwnMembersJsonDeserializer(this.settings);
    if (this.serdeContext) deserializer.setSerdeContext(this.serdeContext as SerdeFunctions);
    return deserializer;
  }
}
