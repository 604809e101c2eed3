// schemas/schemas_0.ts: the static schema tuples @smithy/core's schema-based
// serde reads (the format SDK v3 clients ship since 2025): one tuple per
// structure, error, list, map and operation, and an error registry that maps
// each error schema to its class. The protocol (AwsJson1_0Protocol) does the
// serialising; these tuples only describe the shapes.
//
// Tuple layouts (@smithy/types static-schemas.d.ts):
//   structure [3, ns, name, traits, memberNames, memberSchemas, requiredCount]
//   error     [-3, ns, name, traits, memberNames, memberSchemas, requiredCount]
//   union     [4, ns, name, traits, memberNames, memberSchemas]
//   list      [1, ns, name, traits, memberSchema]
//   map       [2, ns, name, traits, keySchema, valueSchema]
//   simple    [0, ns, name, traits, simpleSchema]
//   operation [9, ns, name, traits, input, output]
// Required members come first; requiredCount says how many there are.

import { Trait, type Member, type ModelIndex } from "../../model/knowledge.js";
import { numberTextsOf } from "../../idl/number-text.js";
import { timestampNodeMillis } from "../../model/wire-values.js";
import { TypeScriptWriter, literal } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { memberIsSensitive } from "./models.js";
import { schemaName, typeName, type ClientSymbols } from "./symbols.js";

/** Simple-schema sentinels (@smithy/types schema/sentinels.d.ts). */
const SIMPLE: Record<string, number> = {
  string: 0,
  enum: 0,
  boolean: 2,
  byte: 1,
  short: 1,
  integer: 1,
  long: 1,
  float: 1,
  double: 1,
  intEnum: 1,
  bigInteger: 17,
  bigDecimal: 19,
  blob: 21,
  document: 15,
};
const TIMESTAMP: Record<string, number> = { "date-time": 5, "http-date": 6, "epoch-seconds": 7 };
/** Trait bit vector positions (@smithy/types schema/traits.d.ts). */
const IDEMPOTENCY_TOKEN = 4;
const SENSITIVE = 8;

function simpleSchema(index: ModelIndex, id: string, member?: Member): number | undefined {
  const type = index.typeOf(id);
  if (type === "timestamp") {
    const format = (member?.traits[Trait.timestampFormat] ?? index.traitOf(id, Trait.timestampFormat)) as string | undefined;
    return format ? TIMESTAMP[format] : 4;
  }
  return SIMPLE[type];
}

class SchemaEmitter {
  private readonly w: TypeScriptWriter;
  /** Simple shapes that need their own tuple (sensitive strings, timestamps with formats…). */
  private readonly simpleTuples = new Map<string, string>();

  constructor(
    private readonly index: ModelIndex,
    private readonly symbols: ClientSymbols,
  ) {
    this.w = new TypeScriptWriter(index.sourceFiles, "./schemas_0.js");
  }

  private ns(id: string): string {
    return id.slice(0, id.indexOf("#")) === this.symbols.service.namespace ? "n0" : literal(id.slice(0, id.indexOf("#")));
  }

  /** A reference to the schema of a member's target, with member traits as a bit vector. */
  private ref(member: Member): string {
    const { index } = this;
    let bits = 0;
    if ("smithy.api#idempotencyToken" in member.traits) bits |= IDEMPOTENCY_TOKEN;
    if (memberIsSensitive(index, member)) bits |= SENSITIVE;
    const target = this.targetRef(member.target, member);
    // Traits the bit vector cannot say go in the object form: @default (read
    // by the client runtime's modelDefaults.ts), @clientOptional, @hostLabel (read by
    // @smithy/core to fill the @endpoint host prefix).
    const extra: Record<string, unknown> = {};
    const defaultValue = member.traits[Trait.default];
    if (defaultValue !== undefined && defaultValue !== null) extra.default = runtimeDefaultNode(index, member, defaultValue);
    if ("smithy.api#clientOptional" in member.traits) extra.clientOptional = 1;
    if ("smithy.api#hostLabel" in member.traits) extra.hostLabel = 1;
    if (Object.keys(extra).length > 0) {
      const traits: Record<string, unknown> = {};
      if (bits & IDEMPOTENCY_TOKEN) traits.idempotencyToken = 1;
      if (bits & SENSITIVE) traits.sensitive = 1;
      return `[${target}, ${literal({ ...traits, ...extra })}]`;
    }
    return bits ? `[${target}, ${bits}]` : target;
  }

  private targetRef(id: string, member?: Member): string {
    const simple = simpleSchema(this.index, id, member);
    if (simple !== undefined) {
      if (!this.index.hasTrait(id, Trait.sensitive)) return String(simple);
      const name = schemaName(this.index, id);
      this.simpleTuples.set(name, `[0, ${this.ns(id)}, ${literal(typeName(this.index, id))}, ${SENSITIVE}, ${simple}]`);
      return `() => ${name}`;
    }
    return `() => ${schemaName(this.index, id)}`;
  }

  private members(id: string): { names: string; refs: string; required: number } {
    const all = this.index.membersOf(id);
    const ordered = [...all.filter((m) => m.required), ...all.filter((m) => !m.required)];
    return {
      names: `[${ordered.map((m) => literal(m.name)).join(", ")}]`,
      refs: `[${ordered.map((m) => this.ref(m)).join(", ")}]`,
      required: ordered.filter((m) => m.required).length,
    };
  }

  emit(): string {
    const { index, symbols, w } = this;
    w.addImport("@smithy/core/schema", "TypeRegistry");
    w.addTypeImport("@smithy/types", "StaticErrorSchema");
    w.addImport(`../models/${symbols.baseException}.js`, symbols.baseException);
    const body = w;
    // Type annotations import what they name, so no import is left unused.
    const t = (name: string): string => {
      w.addTypeImport("@smithy/types", name);
      return name;
    };
    const { namespace } = symbols.service;

    body.write(`const n0 = ${literal(namespace)};`);
    body.write(`const _s = ${literal(`smithy.ts.sdk.synthetic.${namespace}`)};`);
    body.blankLine();
    body.write("const _s_registry = new TypeRegistry(_s);");
    body.write(`export const ${symbols.baseException}$: StaticErrorSchema = [-3, _s, ${literal(symbols.baseException)}, 0, [], []];`);
    body.write(`_s_registry.registerError(${symbols.baseException}$, ${symbols.baseException});`);
    body.write("const n0_registry = new TypeRegistry(n0);");
    body.blankLine();

    for (const id of index.errorsOfService()) {
      const info = index.errorInfo(id);
      const name = typeName(index, id);
      w.addImport("../models/errors.js", name);
      const m = this.members(id);
      const queryError = index.traitOf<{ code: string; httpResponseCode: number }>(id, "aws.protocols#awsQueryError");
      // awsQueryError is what an awsQueryCompatible protocol matches the x-amzn-query-error code against.
      const traits = queryError
        ? `{ error: ${literal(info.fault)}, httpError: ${info.status}, awsQueryError: ${literal([queryError.code, queryError.httpResponseCode])} }`
        : `{ error: ${literal(info.fault)}, httpError: ${info.status} }`;
      body.write(`export const ${name}$: StaticErrorSchema = [-3, ${this.ns(id)}, ${literal(name)}, ${traits}, ${m.names}, ${m.refs}, ${m.required}];`);
      body.write(`n0_registry.registerError(${name}$, ${name});`);
    }
    body.blankLine();
    body.write("/** Registries the protocol consults to turn an error response into its class. */");
    body.write("export const errorTypeRegistries = [_s_registry, n0_registry];");
    body.blankLine();

    for (const id of index.structuresOf()) {
      if (index.isError(id)) continue;
      const m = this.members(id);
      const name = schemaName(index, id);
      const traits = index.hasTrait(id, Trait.sensitive) ? SENSITIVE : 0;
      if (index.typeOf(id) === "union") {
        body.write(`export const ${name}: ${t("StaticUnionSchema")} = [4, ${this.ns(id)}, ${literal(typeName(index, id))}, ${traits}, ${m.names}, ${m.refs}];`);
      } else {
        body.write(`export const ${name}: ${t("StaticStructureSchema")} = [3, ${this.ns(id)}, ${literal(typeName(index, id))}, ${traits}, ${m.names}, ${m.refs}, ${m.required}];`);
      }
    }
    for (const id of index.closureOf()) {
      const type = index.typeOf(id);
      const name = schemaName(index, id);
      // @sparse has no bit: the object form, which the JSON serde reads to keep nulls.
      const traits = index.hasTrait(id, Trait.sparse)
        ? literal(index.hasTrait(id, Trait.sensitive) ? { sensitive: 1, sparse: 1 } : { sparse: 1 })
        : index.hasTrait(id, Trait.sensitive) ? SENSITIVE : 0;
      if (type === "list" || type === "set") {
        const member = index.listMemberOf(id);
        body.write(`export const ${name}: ${t("StaticListSchema")} = [1, ${this.ns(id)}, ${literal(typeName(index, id))}, ${traits}, ${this.ref(member)}];`);
      } else if (type === "map") {
        const { key, value } = index.mapMembersOf(id);
        body.write(`export const ${name}: ${t("StaticMapSchema")} = [2, ${this.ns(id)}, ${literal(typeName(index, id))}, ${traits}, ${this.ref(key)}, ${this.ref(value)}];`);
      }
    }
    for (const [name, tuple] of [...this.simpleTuples].sort()) {
      body.write(`export const ${name}: ${t("StaticSimpleSchema")} = ${tuple};`);
    }
    body.blankLine();
    for (const op of index.operationsOf()) {
      const input = index.inputOf(op);
      const output = index.outputOf(op);
      const unit = '"unit"';
      const inRef = input ? `() => ${schemaName(index, input)}` : unit;
      const outRef = output ? `() => ${schemaName(index, output)}` : unit;
      const traits = operationTraits(index, op);
      body.write(`export const ${schemaName(index, op)}: ${t("StaticOperationSchema")} = [9, n0, ${literal(typeName(index, op))}, ${traits}, ${inRef}, ${outRef}];`);
    }
    return w.toString();
  }
}

/**
 * An operation's schema traits: the bit vector (idempotent) unless @endpoint
 * or @requestCompression need the object form, which @smithy/core reads for
 * the host prefix (`endpoint: [hostPrefix]`) and the client runtime's requestCompression.ts
 * for the encodings.
 */
function operationTraits(index: ModelIndex, op: string): string {
  const idempotent = index.hasTrait(op, Trait.idempotent);
  const endpoint = index.traitOf<{ hostPrefix?: string }>(op, "smithy.api#endpoint");
  const compression = index.traitOf<{ encodings?: string[] }>(op, "smithy.api#requestCompression");
  if (!endpoint && !compression) return idempotent ? "2" : "0";
  const traits: Record<string, unknown> = {};
  if (idempotent) traits.idempotent = 1;
  if (endpoint?.hostPrefix !== undefined) traits.endpoint = [endpoint.hostPrefix];
  if (compression?.encodings) traits.requestCompression = compression.encodings;
  return literal(traits);
}

export function schemasFile(index: ModelIndex, symbols: ClientSymbols): GeneratedFile {
  return { path: "client/src/schemas/schemas_0.ts", contents: new SchemaEmitter(index, symbols).emit() };
}

/**
 * A member's default as the client runtime reads it (modelDefaults.ts): a
 * timestamp's as epoch seconds, its text read here as Smithy reads it (by its
 * @timestampFormat), not by Date at run time; a bigInteger's or bigDecimal's
 * as the digits the model wrote (a string: the runtime makes the bigint or
 * NumericValue the SDK reads such members as, which a JSON number would have
 * rounded); anything else as it is.
 */
function runtimeDefaultNode(index: ModelIndex, member: Member, value: unknown): unknown {
  const type = index.typeOf(member.target);
  if (type === "timestamp") {
    const millis = timestampNodeMillis(index, member.target, value, member);
    return millis === undefined ? value : millis / 1000;
  }
  if ((type === "bigInteger" || type === "bigDecimal") && typeof value === "number") {
    return numberTextsOf(index.model)?.get(`${member.id}\0${Trait.default}`)?.get("") ?? String(value);
  }
  return value;
}
