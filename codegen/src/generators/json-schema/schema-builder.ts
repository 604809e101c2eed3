// Smithy shapes → JSON Schema (draft 2020-12), shared by the JSON Schema files,
// the ajv validators and the OpenAPI 3.1 components (whose Schema Object is
// 2020-12), so the three can never disagree. Mapping after smithy-jsonschema
// (JsonSchemaShapeVisitor) with the awsJson1_0 wire in mind:
//
// - simple shapes are inlined into the member that targets them, with the
//   member's constraints merged over the target's (constraintsOf); enums,
//   intEnums, structures, unions, lists and maps are named definitions
//   referenced with `$ref` (sibling keywords next to `$ref` are legal in
//   2020-12, which carries member documentation and member-level refinements);
// - structures never set `additionalProperties: false`: clients must ignore
//   members they do not know, and adding an optional member is a compatible
//   change (smithy guides/evolving-models);
// - timestamps default to epoch-seconds numbers and blobs to base64 strings,
//   as awsJson1_0 serializes them; NaN/Infinity floats travel as strings.

import { BASE64_SOURCE, base64LengthSource, DATE_TIME_SOURCE, HTTP_DATE_SOURCE, MAX_EPOCH_SECONDS } from "../../../../packages/server-runtime/src/wire-text.js";
import { effectiveRange } from "../../model/integer-bounds.js";
import type { NodeValue } from "../../model/ast.js";
import { type Member, type ModelIndex, Trait } from "../../model/knowledge.js";
import { byCodeUnits } from "../../model/order.js";
import { hasOwn, setOwn } from "../../model/own-properties.js";
import { exampleToWire } from "../../model/wire-values.js";

/** A JSON Schema object; built from plain data only, so it serializes as is. */
export type JsonSchema = { [keyword: string]: NodeValue };

export interface SchemaBuilderOptions {
  /** Prefix of `$ref`s to named definitions: `#/$defs/` or `#/components/schemas/`. */
  refPrefix: string;
}

/**
 * Extra top-level body fields an error response may carry: under awsJson the
 * error type travels in the `X-Amzn-ErrorType` header, a `__type` body field
 * or a `code` body field (servers SHOULD send `__type`; clients accept any).
 * Error schemas describe them, optional (the header alone is conforming), with
 * a pattern that pins the value to this error: any namespace (`ns#Name`,
 * which awsJson1_0 servers SHOULD send, or a bare name) and any `:…` suffix,
 * exactly the forms clients must sanitize.
 */
export const ERROR_TYPE_FIELDS = ["__type", "code"] as const;

const NON_NUMERIC_FLOATS = ["NaN", "Infinity", "-Infinity"];

/**
 * A new empty object for keys that differ from one object to the next (a
 * structure's members, a document's `$defs`). V8 gives each new sequence of
 * keys added to a fresh `{}` hidden classes of its own, which on SageMaker's
 * ~20,000 members cost more than building their schemas; an object already
 * in dictionary mode (here: by deleting keys it was made with) takes new keys
 * without them, ~2.5x faster, and JSON.stringify, Object.keys and every reader
 * see the same own keys in the same order. Add keys with setOwn (a member
 * may be named `__proto__`).
 */
export function keyedObject(): JsonSchema {
  const object: JsonSchema = { dictionary: null, mode: null };
  delete object.dictionary;
  delete object.mode;
  return object;
}

/** Shape types that become named definitions rather than being inlined. */
const NAMED_TYPES = new Set(["enum", "intEnum", "structure", "union", "list", "set", "map"]);

export class SchemaBuilder {
  private readonly definitions = new Map<string, JsonSchema>();
  private readonly names = new Map<string, string>();
  private readonly refs = new Map<string, string>();

  constructor(
    private readonly index: ModelIndex,
    private readonly options: SchemaBuilderOptions,
  ) {}

  /** True when a shape is emitted as a named definition. */
  isNamed(shapeId: string): boolean {
    return NAMED_TYPES.has(this.index.typeOf(shapeId));
  }

  /** Definition name of a shape (its name in the service closure), remembered: sorts and `$ref`s ask for it again and again. */
  nameOf(shapeId: string): string {
    let name = this.names.get(shapeId);
    if (name === undefined) {
      name = this.index.nameOf(shapeId);
      this.names.set(shapeId, name);
    }
    return name;
  }

  /** The `$ref` to a named shape's definition (one string per shape, however many members refer to it). */
  refTo(shapeId: string): string {
    let ref = this.refs.get(shapeId);
    if (ref === undefined) {
      ref = `${this.options.refPrefix}${this.nameOf(shapeId)}`;
      this.refs.set(shapeId, ref);
    }
    return ref;
  }

  /** The definition of a named shape (structure, union, enum, list, map), cached. */
  definition(shapeId: string): JsonSchema {
    const cached = this.definitions.get(shapeId);
    if (cached) return cached;
    const schema = this.buildDefinition(shapeId);
    this.definitions.set(shapeId, schema);
    return schema;
  }

  /**
   * Named shapes a definition refers to, transitively (itself only when
   * recursive), sorted by name: what a self-contained document needs in `$defs`.
   */
  referencedFrom(shapeId: string): string[] {
    const seen = new Set<string>();
    const visit = (id: string): void => {
      for (const target of this.childTargets(id)) {
        if (!this.isNamed(target) || seen.has(target)) continue;
        seen.add(target);
        visit(target);
      }
    };
    visit(shapeId);
    // The shape itself is only there when it is recursive (a KitchenSink
    // holding KitchenSinks): then its own `$ref`s need it in `$defs` too.
    return [...seen].sort((a, b) => byCodeUnits(this.nameOf(a), this.nameOf(b)));
  }

  /**
   * Named shapes the definitions of `roots` refer to, transitively, in no
   * particular order (roots only when referred to): what a document holding
   * every root's definition needs. One walk for all roots, where
   * referencedFrom would walk and sort once per root.
   */
  reachableFrom(roots: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...roots];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      for (const target of this.childTargets(id)) {
        if (seen.has(target) || !this.isNamed(target)) continue;
        seen.add(target);
        stack.push(target);
      }
    }
    return seen;
  }

  private childTargets(shapeId: string): string[] {
    switch (this.index.typeOf(shapeId)) {
      case "structure":
      case "union":
        return this.index.membersOf(shapeId).map((m) => m.target);
      case "list":
      case "set":
        return [this.index.listMemberOf(shapeId).target];
      case "map": {
        const { key, value } = this.index.mapMembersOf(shapeId);
        return [key.target, value.target];
      }
      default:
        return [];
    }
  }

  private buildDefinition(shapeId: string): JsonSchema {
    const schema: JsonSchema = { title: this.nameOf(shapeId) };
    const documentation = this.index.documentationOf(shapeId);
    if (documentation) schema.description = documentation;
    if (this.index.hasTrait(shapeId, Trait.deprecated)) schema.deprecated = true;
    const type = this.index.typeOf(shapeId);
    switch (type) {
      case "structure":
        return Object.assign(schema, this.structure(shapeId));
      case "union":
        return Object.assign(schema, this.union(shapeId));
      case "list":
      case "set":
        return Object.assign(schema, this.list(shapeId));
      case "map":
        return Object.assign(schema, this.map(shapeId));
      case "enum":
      case "intEnum":
        return Object.assign(schema, this.valueSchema(shapeId, this.index.constraintsOf(shapeId)));
      default:
        throw new Error(`'${shapeId}' (${type}) is not a named JSON Schema definition`);
    }
  }

  private structure(shapeId: string): JsonSchema {
    const properties = keyedObject();
    const required: string[] = [];
    for (const member of this.index.membersOf(shapeId)) {
      const mustBeThere = this.index.requiredOnTheWire(member);
      setOwn(properties, member.name, mustBeThere ? this.nonNullDocument(member, this.memberSchema(member)) : this.memberSchema(member));
      if (mustBeThere) required.push(member.name);
    }
    if (this.index.isError(shapeId)) {
      const name = this.nameOf(shapeId);
      for (const field of ERROR_TYPE_FIELDS) {
        if (hasOwn(properties, field)) continue;
        properties[field] = {
          type: "string",
          description: `The error type (awsJson): \`${name}\`, optionally prefixed with a namespace and \`#\` and followed by \`:\` and more.`,
          pattern: errorTypePattern([name]),
        };
      }
    }
    const schema: JsonSchema = { type: "object", properties };
    if (required.length > 0) schema.required = required;
    return schema;
  }

  /**
   * A union value is an object with exactly one of its members set. Written as
   * `oneOf` of "this member is present" rather than maxProperties: 1, because
   * deserializers MUST ignore an unrecognised `__type` member next to the set
   * member (awsJson "unions" rule); any other member is not one of the
   * union's (a malformed request to a server, as Smithy's malformed-union
   * cases have it, and the server's codec reads it so).
   */
  private union(shapeId: string): JsonSchema {
    const members = this.index.membersOf(shapeId);
    const properties = keyedObject();
    for (const member of members) setOwn(properties, member.name, this.memberSchema(member));
    return {
      type: "object",
      properties,
      patternProperties: { "^__type$": {} },
      additionalProperties: false,
      oneOf: members.map((member) => ({ required: [member.name] })),
    };
  }

  private list(shapeId: string): JsonSchema {
    const member = this.index.listMemberOf(shapeId);
    const constraints = this.index.constraintsOf(shapeId);
    const schema: JsonSchema = { type: "array", items: this.nullableIf(shapeId, this.nonNullDocument(member, this.memberSchema(member))) };
    if (constraints.length?.min !== undefined) schema.minItems = constraints.length.min;
    if (constraints.length?.max !== undefined) schema.maxItems = constraints.length.max;
    if (constraints.uniqueItems || this.index.typeOf(shapeId) === "set") schema.uniqueItems = true;
    return schema;
  }

  private map(shapeId: string): JsonSchema {
    const { key, value } = this.index.mapMembersOf(shapeId);
    const constraints = this.index.constraintsOf(shapeId);
    const schema: JsonSchema = {
      type: "object",
      additionalProperties: this.nullableIf(shapeId, this.nonNullDocument(value, this.memberSchema(value))),
    };
    const keySchema = this.memberSchema(key);
    delete keySchema.type; // property names are strings by definition
    delete keySchema.description;
    if (Object.keys(keySchema).length > 0) schema.propertyNames = keySchema;
    if (constraints.length?.min !== undefined) schema.minProperties = constraints.length.min;
    if (constraints.length?.max !== undefined) schema.maxProperties = constraints.length.max;
    return schema;
  }

  /**
   * A document's schema (`{}`) admits null as any JSON value, but where null
   * is not a value the server takes (a required member: null is missing;
   * an entry of a list or map that is not @sparse) it must not: `not: null`,
   * as every other type's `type` keyword already refuses null there.
   * (An optional member set to null is read as unset, so it stays `{}`.)
   */
  private nonNullDocument(member: Member, schema: JsonSchema): JsonSchema {
    return this.index.typeOf(member.target) === "document" ? { ...schema, not: { type: "null" } } : schema;
  }

  /** @sparse lists and maps allow null entries. */
  private nullableIf(shapeId: string, schema: JsonSchema): JsonSchema {
    return this.index.hasTrait(shapeId, Trait.sparse) ? { anyOf: [schema, { type: "null" }] } : schema;
  }

  /**
   * The schema of a member's value: a `$ref` for named shapes (plus the
   * member's own refinements), the inlined simple shape otherwise.
   */
  memberSchema(member: Member): JsonSchema {
    const documentation = member.documentation ?? this.index.documentationOf(member.target);
    let schema: JsonSchema;
    if (this.isNamed(member.target)) {
      // Refinements go beside an `allOf` rather than beside the `$ref`: 2020-12
      // allows `$ref` siblings, but tools that downgrade to draft-07 (Prism
      // does) ignore them.
      const ref: JsonSchema = { $ref: this.refTo(member.target) };
      const refinements = this.memberRefinements(member);
      schema = Object.keys(refinements).length > 0 ? { allOf: [ref], ...refinements } : ref;
      // A null default is no default (see constraintsOf).
      const defaultValue = member.traits[Trait.default];
      // In its wire form: a timestamp given as a date-time is epoch seconds on the awsJson wire, by default.
      if (defaultValue !== undefined && defaultValue !== null) schema.default = exampleToWire(this.index, member.target, defaultValue, member);
      if (member.documentation) schema.description = member.documentation;
    } else {
      schema = this.valueSchema(member.target, this.index.constraintsOf(member), member.traits);
      if (documentation) schema.description = documentation;
    }
    if (member.traits[Trait.deprecated] !== undefined) schema.deprecated = true;
    return schema;
  }

  /** Constraint traits written on a member that targets a named shape. */
  private memberRefinements(member: Member): JsonSchema {
    const refinements: JsonSchema = {};
    const length = member.traits[Trait.length];
    if (length && typeof length === "object" && !Array.isArray(length)) {
      const [minKey, maxKey] = this.lengthKeywords(member.target);
      if (typeof length.min === "number") refinements[minKey] = length.min;
      if (typeof length.max === "number") refinements[maxKey] = length.max;
    }
    if (Trait.uniqueItems in member.traits) refinements.uniqueItems = true;
    // Repeat the type beside the constraints: a keyword such as maxItems says
    // nothing about values of another type, and ajv's strict mode insists.
    if (Object.keys(refinements).length > 0) return { type: this.jsonTypeOf(member.target), ...refinements };
    return refinements;
  }

  private jsonTypeOf(shapeId: string): string {
    const type = this.index.typeOf(shapeId);
    if (type === "list" || type === "set") return "array";
    if (type === "intEnum") return "integer";
    if (type === "enum") return "string";
    return "object";
  }

  private lengthKeywords(shapeId: string): [string, string] {
    const type = this.index.typeOf(shapeId);
    if (type === "map") return ["minProperties", "maxProperties"];
    if (type === "list" || type === "set") return ["minItems", "maxItems"];
    return ["minLength", "maxLength"];
  }

  /**
   * Schema of a simple value (string, number, enum…) with its constraints.
   * `memberTraits` are the member's own traits (e.g. @timestampFormat).
   */
  private valueSchema(
    shapeId: string,
    constraints: ReturnType<ModelIndex["constraintsOf"]>,
    memberTraits: Record<string, NodeValue> = {},
  ): JsonSchema {
    const type = this.index.typeOf(shapeId);
    const schema: JsonSchema = {};
    switch (type) {
      case "string":
      case "enum":
        schema.type = "string";
        // Smithy @length counts Unicode code points; ajv's default `unicode`
        // option measures minLength/maxLength the same way (ucs2length).
        if (constraints.length?.min !== undefined) schema.minLength = constraints.length.min;
        if (constraints.length?.max !== undefined) schema.maxLength = constraints.length.max;
        // The model's pattern translated from Java's dialect (codegen/src/regex):
        // like JSON Schema's `pattern` it matches anywhere unless anchored. One
        // with no exact translation is left out (warned at generation).
        if (constraints.patternRegex !== undefined) schema.pattern = constraints.patternRegex;
        if (constraints.enumValues) schema.enum = constraints.enumValues;
        break;
      case "intEnum":
        schema.type = "integer";
        if (constraints.intEnumValues) schema.enum = constraints.intEnumValues;
        break;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger": {
        schema.type = "integer";
        // The type's own bounds hold under any @range (model/integer-bounds.ts).
        const { min, max } = effectiveRange(type, constraints.range);
        if (min !== undefined) schema.minimum = min;
        if (max !== undefined) schema.maximum = max;
        break;
      }
      case "float":
      case "double": {
        // awsJson sends NaN and ±Infinity as the strings below. Under @range,
        // as Smithy reads its own values (and the server's codec): NaN is no
        // number, and an infinity is beyond the bound on its side.
        const number: JsonSchema = { type: "number" };
        const { min, max } = constraints.range ?? {};
        if (min !== undefined) number.minimum = min;
        if (max !== undefined) number.maximum = max;
        const bounded = min !== undefined || max !== undefined;
        const texts = NON_NUMERIC_FLOATS.filter((text) => !bounded || (text === "Infinity" && max === undefined) || (text === "-Infinity" && min === undefined));
        if (texts.length === 0) Object.assign(schema, number);
        else schema.anyOf = [number, { type: "string", enum: texts }];
        break;
      }
      case "bigDecimal":
        schema.type = "number";
        if (constraints.range?.min !== undefined) schema.minimum = constraints.range.min;
        if (constraints.range?.max !== undefined) schema.maximum = constraints.range.max;
        break;
      case "boolean":
        schema.type = "boolean";
        break;
      case "blob":
        // The padded base64 the server reads (wire-text.ts), of as many
        // bytes as @length allows (it counts bytes: the pattern counts the
        // text's groups and its padding); the contentEncoding annotation
        // says what the text holds.
        schema.type = "string";
        schema.contentEncoding = "base64";
        schema.pattern = constraints.length ? base64LengthSource(constraints.length.min, constraints.length.max) : BASE64_SOURCE;
        break;
      case "timestamp":
        Object.assign(schema, this.timestampSchema(shapeId, memberTraits));
        break;
      case "document":
        // Any JSON value.
        break;
      default:
        throw new Error(`'${shapeId}' (${type}) has no JSON value schema`);
    }
    if (constraints.default !== undefined) schema.default = exampleToWire(this.index, shapeId, constraints.default, memberTraits && { traits: memberTraits });
    return schema;
  }

  /** awsJson1_0 timestamps are epoch seconds unless @timestampFormat says otherwise. */
  private timestampSchema(shapeId: string, memberTraits: Record<string, NodeValue>): JsonSchema {
    const format = memberTraits[Trait.timestampFormat] ?? this.index.traitOf(shapeId, Trait.timestampFormat);
    // The patterns are the server's own (server-runtime's wire-text.ts):
    // RFC 3339 section 5.6, which is what Smithy's date-time requires, and
    // IMF-fixdate, each naming a day its month has. `format` is an annotation
    // (formats are not asserted).
    if (format === "date-time") return { type: "string", format: "date-time", pattern: DATE_TIME_SOURCE };
    if (format === "http-date") return { type: "string", pattern: HTTP_DATE_SOURCE };
    // Within what a timestamp can be (a JavaScript Date's ±8.64e15 ms, year
    // ±275,760; the server's codec refuses beyond it), as the date forms are
    // within their four-digit years.
    return { type: "number", description: "Seconds since the Unix epoch.", minimum: -MAX_EPOCH_SECONDS, maximum: MAX_EPOCH_SECONDS };
  }
}

export { byCodeUnits };

/**
 * A `pattern` admitting exactly these error types in every form clients must
 * sanitize: an optional `namespace#` prefix and an optional `:…` suffix.
 */
export function errorTypePattern(names: readonly string[]): string {
  const alternatives = names.map(escapeRegExp);
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join("|")})`;
  return `^(?:[^#:]*#)?${body}(?::.*)?$`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
