// generated/server/src/codec.ts: for every structure and union of the
// service, `read<Name>` (JSON → typed value: wrong JSON types throw
// SerializationException, every constraint trait is checked in straight-line
// code and failures pushed as violations), `write<Name>` (typed value →
// JSON with the modelled members only) and `serialize<Name>` (the same JSON
// as text, built directly: the response path skips the intermediate object
// and JSON.stringify's walk of it). Regular expressions and enum sets
// are module constants, compiled once. Length is checked before a pattern
// and the pattern skipped for over-long values, bounding regex work.

import { INTEGER_TYPE_BOUNDS } from "../../model/integer-bounds.js";
import type { Member, ModelIndex } from "../../model/knowledge.js";
import { Trait } from "../../model/knowledge.js";
import { timestampNodeMillis } from "../../model/wire-values.js";
import { literal, TypeScriptWriter } from "../../writer/typescript-writer.js";
import { Code, Hoisted } from "./code.js";
import { assignOwn, emptyObjectFor, isInheritedName, readerName, readMember, serializerName, structureMembers, valueTypeName, writerName } from "./names.js";
import { SERVER_RUNTIME } from "./runtime-packages.js";

/** The numbers a float or double node value names as a string (Smithy's spelling), as TypeScript expressions. */
const NON_FINITE_NUMBERS: Readonly<Record<string, string>> = { NaN: "Number.NaN", Infinity: "Number.POSITIVE_INFINITY", "-Infinity": "Number.NEGATIVE_INFINITY" };

/** The malformed-number message of each integer type (model/integer-bounds.ts), as a literal. */
const INTEGER_RANGE_MESSAGE: Record<string, string> = Object.fromEntries(
  Object.entries(INTEGER_TYPE_BOUNDS).map(([type, [min, max]]) => [type, literal(`must be a whole number from ${min} to ${max}`)]),
);

type Constraints = ReturnType<ModelIndex["constraintsOf"]>;

interface EnumCheck {
  set: string;
  values: string;
}

/** What a value is read as: a member (its traits refine the target's) or a list/map member. */
interface ValueSpec {
  target: string;
  member?: Member;
}

export function codecFile(index: ModelIndex, serviceId: string): string {
  const w = new TypeScriptWriter(index.sourceFiles, "./codec.js");
  const gen = new CodecGenerator(index, w);
  const body = new Code();
  for (const id of index.structuresOf(serviceId)) {
    if (index.isMixin(id)) continue;
    const start = body.mark();
    gen.reader(body, id);
    body.line("");
    gen.writer(body, id);
    body.line("");
    gen.serializer(body, id);
    body.joinSince(start);
    body.line("");
  }
  const declarations = [...gen.patterns.declarations(), ...gen.enums.declarations()];
  for (const declaration of declarations) w.write(declaration);
  // The text of writing the body's ~150,000 lines (SageMaker) to the writer
  // after its hoisted constants, without copying them into it.
  return w.withBody(body.allLines());
}

class CodecGenerator {
  readonly patterns = new Hoisted("PATTERN");
  readonly enums = new Hoisted("ENUM");

  constructor(
    private readonly index: ModelIndex,
    private readonly w: TypeScriptWriter,
  ) {}

  /** Names already imported (each would otherwise be added to the writer's sets on every use). */
  private readonly imported = new Set<string>();
  private readonly modelTypes = new Set<string>();
  private readonly runtimeTypes = new Set<string>();
  /** literal() of texts that recur (member paths, model patterns), computed once per text. */
  private readonly literals = new Map<string, string>();
  /** The literal of `"Name":` per member name. */
  private readonly jsonKeys = new Map<string, string>();
  /** `path + "/Name"` per member name. */
  private readonly memberPaths = new Map<string, string>();
  /** Hoisted regex constant per translated pattern. */
  private readonly patternNames = new Map<string, string>();
  /** The enum check's set constant and values literal, per target shape. */
  private readonly enumChecks = new Map<string, EnumCheck>();

  private runtime(name: string): string {
    if (!this.imported.has(name)) {
      this.imported.add(name);
      this.w.addImport(SERVER_RUNTIME, name);
    }
    return name;
  }

  private modelType(name: string): void {
    if (!this.modelTypes.has(name)) {
      this.modelTypes.add(name);
      this.w.addTypeImport("./models.js", name);
    }
  }

  private runtimeType(name: string): void {
    if (!this.runtimeTypes.has(name)) {
      this.runtimeTypes.add(name);
      this.w.addTypeImport(SERVER_RUNTIME, name);
    }
  }

  private validation(name: string): string {
    return this.runtime(name);
  }

  private errors(name: string): string {
    return this.runtime(name);
  }

  private values(name: string): string {
    return this.runtime(name);
  }

  private text(value: string): string {
    let cached = this.literals.get(value);
    if (cached === undefined) {
      cached = literal(value);
      this.literals.set(value, cached);
    }
    return cached;
  }

  /** `path + "/Name"`: a member's path expression. */
  private memberPath(name: string): string {
    let path = this.memberPaths.get(name);
    if (path === undefined) {
      path = "path + " + literal("/" + name);
      this.memberPaths.set(name, path);
    }
    return path;
  }

  /** The literal of a member's `"Name":` in JSON text, per member name. */
  private jsonKey(name: string): string {
    let key = this.jsonKeys.get(name);
    if (key === undefined) {
      key = literal(`${JSON.stringify(name)}:`);
      this.jsonKeys.set(name, key);
    }
    return key;
  }

  /** `object`'s member `name`, never an inherited property of the same name. */
  private member(object: string, name: string): string {
    if (isInheritedName(name)) this.values("own");
    return readMember(object, name);
  }

  reader(c: Code, shapeId: string): void {
    const type = valueTypeName(this.index, shapeId);
    const isUnion = this.index.typeOf(shapeId) === "union";
    this.modelType(type);
    this.runtimeType("Violations");
    const members = structureMembers(this.index, shapeId);
    c.line(`/** Reads ${type} from JSON at \`path\`; constraint failures go to \`violations\`. */`);
    // The signature names its third parameter `_violations` when the body
    // never uses it: known only once the body is written, in place.
    const signature = c.reserve();
    c.indent();
    const body = c.fork();
    const start = body.mark();
    body.line(`if (typeof json !== "object" || json === null || Array.isArray(json)) ${this.errors("typeMismatch")}(path, "a JSON object", json);`);
    if (members.length === 0) {
      body.line(`return {} as ${type};`);
    } else {
      body.line("const src = json as Record<string, unknown>;");
      body.line(`const out: Record<string, unknown> = ${emptyObjectFor(members)};`);
      if (isUnion) this.unionBody(body, shapeId, members);
      else for (const member of members) this.structureMember(body, member);
      body.line(`return out as unknown as ${type};`);
    }
    // One string for the body (the shape's functions are joined anyway), searched once.
    const violations = body.joinedSince(start).includes("violations") ? "violations" : "_violations";
    c.dedent();
    c.fill(signature, `export function ${readerName(this.index, shapeId)}(json: unknown, path: string, ${violations}: Violations): ${type} {`);
    c.line("}");
  }

  private structureMember(c: Code, member: Member): void {
    const constraints = this.index.constraintsOf(member);
    const value = c.local();
    const path = this.memberPath(member.name);
    c.line(`const ${value} = ${this.member("src", member.name)};`);
    const hasDefault = constraints.default !== undefined && constraints.default !== null;
    const sink = (x: string): string => assignOwn("out", member.name, x);
    if (hasDefault || constraints.required) {
      c.line(`if (${value} === undefined || ${value} === null) {`).indent();
      if (hasDefault) {
        c.line(assignOwn("out", member.name, this.defaultValue(member, constraints.default)));
      } else {
        c.line(`violations.push(${this.validation("requiredViolation")}(${path}));`);
      }
      c.dedent().line("} else {").indent();
      this.readValue(c, { target: member.target, member }, value, path, sink, constraints);
      c.dedent().line("}");
    } else {
      c.line(`if (${value} !== undefined && ${value} !== null) {`).indent();
      this.readValue(c, { target: member.target, member }, value, path, sink, constraints);
      c.dedent().line("}");
    }
  }

  /** Unions: exactly one member set; unknown members are malformed (restJson1 malformed-union tests), `__type` ignored. */
  private unionBody(c: Code, shapeId: string, members: Member[]): void {
    const name = this.index.nameOf(shapeId);
    c.line("let count = 0;");
    c.block("for (const key of Object.keys(src)) {", () => {
      c.line('if (key === "__type") continue;');
      c.line("const value = src[key];");
      c.line("if (value === null || value === undefined) continue;");
      c.line("count++;");
      c.block("switch (key) {", () => {
        for (const member of members) {
          c.block(`case ${literal(member.name)}: {`, () => {
            this.readValue(c, { target: member.target, member }, "value", this.memberPath(member.name), (x) => assignOwn("out", member.name, x));
            c.line("break;");
          });
        }
        c.line(
          `default: ${this.errors("malformed")}(path + "/" + ${this.validation("pointerSegment")}(key), ${literal(`is not a member of union ${name}`)});`,
        );
      });
    });
    c.line(`if (count !== 1) ${this.errors("malformed")}(path, ${literal(`must set exactly one member of union ${name}`)});`);
  }

  private defaultValue(member: Member, value: unknown): string {
    const type = this.index.typeOf(member.target);
    if (type === "timestamp") {
      // The instant as the model states it (a text read by its @timestampFormat, as Smithy reads it), not as Date.parse would.
      const millis = timestampNodeMillis(this.index, member.target, value, member);
      return millis === undefined ? `new Date(${literal(value)})` : `new Date(${millis})`;
    }
    if (type === "blob" && typeof value === "string") return `Buffer.from(${literal(value)}, "base64")`;
    // A float or double's node value may be the string "NaN", "Infinity" or "-Infinity": the number it names.
    if ((type === "float" || type === "double") && typeof value === "string") return NON_FINITE_NUMBERS[value] ?? literal(value);
    return literal(value);
  }

  /**
   * Statements that check `src` (known not null/undefined) as a value of
   * `spec` and end with `sink(converted)`. `path` is an expression, evaluated
   * only when something fails (or a nested reader needs it).
   */
  private readValue(
    c: Code,
    spec: ValueSpec,
    src: string,
    path: string,
    sink: (expr: string) => string,
    constraints: Constraints = this.index.constraintsOf(spec.member ?? spec.target),
  ): void {
    const { index } = this;
    const type = index.typeOf(spec.target);
    switch (type) {
      case "string":
      case "enum": {
        c.line(`if (typeof ${src} !== "string") ${this.errors("typeMismatch")}(${path}, "a string", ${src});`);
        this.stringConstraints(c, src, path, constraints, spec.member ?? spec.target);
        c.line(sink(src));
        return;
      }
      case "boolean":
        c.line(`if (typeof ${src} !== "boolean") ${this.errors("typeMismatch")}(${path}, "a boolean", ${src});`);
        c.line(sink(src));
        return;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "intEnum": {
        const [min, max] = INTEGER_TYPE_BOUNDS[type]!;
        c.line(`if (typeof ${src} !== "number") ${this.errors("typeMismatch")}(${path}, "a number", ${src});`);
        c.line(
          `if (!Number.isInteger(${src}) || ${src} < ${min} || ${src} > ${max}) ${this.errors("malformed")}(${path}, ${INTEGER_RANGE_MESSAGE[type]});`,
        );
        this.numberConstraints(c, src, path, constraints);
        c.line(sink(src));
        return;
      }
      case "float":
      case "double": {
        const n = c.local("n");
        c.line(`const ${n} = typeof ${src} === "number" ? ${src} : ${this.values("readFloatText")}(${src}, ${path});`);
        this.numberConstraints(c, n, path, constraints);
        c.line(sink(n));
        return;
      }
      case "bigInteger":
      case "bigDecimal":
        c.line(`if (typeof ${src} !== "number") ${this.errors("typeMismatch")}(${path}, "a number", ${src});`);
        // A bigInteger has no bounds, but no fraction either (the JSON Schema says `integer`).
        if (type === "bigInteger") c.line(`if (!Number.isInteger(${src})) ${this.errors("malformed")}(${path}, "must be a whole number");`);
        this.numberConstraints(c, src, path, constraints);
        c.line(sink(src));
        return;
      case "timestamp": {
        const format = this.timestampFormat(spec);
        if (format === "epoch-seconds") {
          // Fast path inline; the helper only runs to produce the error.
          c.line(
            sink(
              // Within Date's range (±8.64e12 s, which also rules out NaN and ±Infinity); the helper rejects the rest.
              `typeof ${src} === "number" && Math.abs(${src}) <= 8.64e12 ? new Date(Math.round(${src} * 1000)) : ${this.values("readTimestamp")}(${src}, ${path}, "epoch-seconds")`,
            ),
          );
        } else {
          c.line(sink(`${this.values("readTimestamp")}(${src}, ${path}, ${this.text(format)})`));
        }
        return;
      }
      case "blob": {
        const bytes = c.local("b");
        c.line(`const ${bytes} = ${this.values("readBlob")}(${src}, ${path});`);
        if (constraints.length) this.lengthCheck(c, `${bytes}.byteLength`, path, constraints.length);
        c.line(sink(bytes));
        return;
      }
      case "document":
        c.line(sink(src));
        return;
      case "list":
      case "set":
        this.readList(c, spec.target, src, path, sink, constraints.length, constraints.uniqueItems === true || type === "set");
        return;
      case "map":
        this.readMap(c, spec.target, src, path, sink, constraints.length);
        return;
      case "structure":
      case "union":
        c.line(sink(`${readerName(index, spec.target)}(${src}, ${path}, violations)`));
        return;
      default:
        throw new Error(`server stub: cannot read '${spec.target}' of type ${type}`);
    }
  }

  private timestampFormat(spec: ValueSpec): string {
    const fromMember = spec.member?.traits[Trait.timestampFormat];
    const format = typeof fromMember === "string" ? fromMember : this.index.traitOf<string>(spec.target, Trait.timestampFormat);
    return format ?? "epoch-seconds";
  }

  private stringConstraints(c: Code, src: string, path: string, constraints: Constraints, owner: Member | string): void {
    // The pattern in ECMAScript (translated from the model's Java dialect); the
    // violation message quotes the model's own text, as Smithy's does.
    const { length, pattern: modelPattern, patternRegex: pattern, enumValues } = constraints;
    const max = length?.max;
    if (length) {
      const n = c.local("len");
      c.line(
        `const ${n} = ${this.validation("stringLengthOutside")}(${src}, ${length.min ?? 0}, ${max ?? "Number.POSITIVE_INFINITY"});`,
      );
      c.line(
        `if (${n} !== -1) violations.push(${this.validation("lengthViolation")}(${path}, ${n}, ${length.min ?? "undefined"}, ${max ?? "undefined"}));`,
      );
      if (pattern !== undefined) {
        // An over-long value already failed; do not spend regex time on it.
        const guard = max !== undefined ? `${n} <= ${max} && ` : "";
        c.line(`if (${guard}!${this.pattern(pattern)}.test(${src})) violations.push(${this.validation("patternViolation")}(${path}, ${this.text(modelPattern!)}));`);
      }
    } else if (pattern !== undefined) {
      c.line(`if (!${this.pattern(pattern)}.test(${src})) violations.push(${this.validation("patternViolation")}(${path}, ${this.text(modelPattern!)}));`);
    }
    if (enumValues) {
      const { set, values } = this.enumCheck(enumValues, owner);
      c.line(`if (!${set}.has(${src})) violations.push(${this.validation("enumViolation")}(${path}, ${values}));`);
    }
  }

  private numberConstraints(c: Code, src: string, path: string, constraints: Constraints): void {
    const { range, intEnumValues } = constraints;
    if (range && (range.min !== undefined || range.max !== undefined)) {
      // Within written as such, so that NaN (a float's "NaN") is outside any
      // range, as Smithy reads its own values and the JSON Schemas say.
      const within = [
        ...(range.min !== undefined ? [`${src} >= ${range.min}`] : []),
        ...(range.max !== undefined ? [`${src} <= ${range.max}`] : []),
      ];
      c.line(
        `if (!(${within.join(" && ")})) violations.push(${this.validation("rangeViolation")}(${path}, ${range.min ?? "undefined"}, ${range.max ?? "undefined"}));`,
      );
    }
    if (intEnumValues) {
      const values = literal(intEnumValues);
      const set = this.enums.name(`new Set<number>(${values})`);
      c.line(`if (!${set}.has(${src})) violations.push(${this.validation("enumViolation")}(${path}, ${values}));`);
    }
  }

  private lengthCheck(c: Code, lengthExpr: string, path: string, length: { min?: number; max?: number }): void {
    const tests = [
      ...(length.min !== undefined ? [`${lengthExpr} < ${length.min}`] : []),
      ...(length.max !== undefined ? [`${lengthExpr} > ${length.max}`] : []),
    ];
    if (tests.length === 0) return;
    c.line(
      `if (${tests.join(" || ")}) violations.push(${this.validation("lengthViolation")}(${path}, ${lengthExpr}, ${length.min ?? "undefined"}, ${length.max ?? "undefined"}));`,
    );
  }

  private readList(
    c: Code,
    listId: string,
    src: string,
    path: string,
    sink: (expr: string) => string,
    length: { min?: number; max?: number } | undefined,
    unique: boolean,
  ): void {
    const item = this.index.listMemberOf(listId);
    const sparse = this.index.hasTrait(listId, Trait.sparse);
    c.line(`if (!Array.isArray(${src})) ${this.errors("typeMismatch")}(${path}, "a JSON array", ${src});`);
    if (length) this.lengthCheck(c, `${src}.length`, path, length);
    const items = c.local("items");
    const i = c.local("i");
    const value = c.local("item");
    c.line(`const ${items}: unknown[] = [];`);
    c.block(`for (let ${i} = 0; ${i} < ${src}.length; ${i}++) {`, () => {
      c.line(`const ${value}: unknown = ${src}[${i}];`);
      const itemPath = `${path} + "/" + ${i}`;
      c.block(`if (${value} === null || ${value} === undefined) {`, () => {
        if (sparse) c.line(`${items}.push(null);`);
        else c.line(`${this.errors("malformed")}(${itemPath}, "must not be null (the list is not @sparse)");`);
        c.line("continue;");
      });
      this.readValue(c, { target: item.target, member: item }, value, itemPath, (x) => `${items}.push(${x});`);
    });
    if (unique) {
      c.line(`if (${this.values("hasDuplicates")}(${items})) violations.push(${this.validation("uniqueItemsViolation")}(${path}));`);
    }
    c.line(sink(items));
  }

  private readMap(
    c: Code,
    mapId: string,
    src: string,
    path: string,
    sink: (expr: string) => string,
    length: { min?: number; max?: number } | undefined,
  ): void {
    const { key, value } = this.index.mapMembersOf(mapId);
    const sparse = this.index.hasTrait(mapId, Trait.sparse);
    c.line(`if (typeof ${src} !== "object" || ${src} === null || Array.isArray(${src})) ${this.errors("typeMismatch")}(${path}, "a JSON object", ${src});`);
    const keys = c.local("keys");
    const entries = c.local("entries");
    const k = c.local("key");
    const v = c.local("value");
    c.line(`const ${keys} = Object.keys(${src});`);
    if (length) this.lengthCheck(c, `${keys}.length`, path, length);
    // A null-prototype object: a `__proto__` key stays an ordinary entry.
    c.line(`const ${entries}: Record<string, unknown> = Object.create(null) as Record<string, unknown>;`);
    c.block(`for (const ${k} of ${keys}) {`, () => {
      // Key constraints are reported at the map's path, value failures below it.
      this.stringConstraints(c, k, path, this.index.constraintsOf(key), key);
      c.line(`const ${v}: unknown = (${src} as Record<string, unknown>)[${k}];`);
      const valuePath = `${path} + "/" + ${this.validation("pointerSegment")}(${k})`;
      c.block(`if (${v} === null || ${v} === undefined) {`, () => {
        if (sparse) c.line(`${entries}[${k}] = null;`);
        else c.line(`${this.errors("malformed")}(${valuePath}, "must not be null (the map is not @sparse)");`);
        c.line("continue;");
      });
      this.readValue(c, { target: value.target, member: value }, v, valuePath, (x) => `${entries}[${k}] = ${x};`);
    });
    c.line(sink(entries));
  }

  /**
   * An enum check's hoisted set and values literal. A member's enum values
   * are its target's (the enum's members, or a string's legacy @enum) unless
   * the member carries @enum itself, so they are worked out once per target.
   */
  private enumCheck(enumValues: readonly string[], owner: Member | string): EnumCheck {
    const target = typeof owner === "string" ? owner : owner.target;
    const cacheable = typeof owner === "string" || !("smithy.api#enum" in owner.traits);
    let check = cacheable ? this.enumChecks.get(target) : undefined;
    if (!check) {
      const values = literal(enumValues);
      check = { set: this.enums.name(`new Set<string>(${values})`), values };
      if (cacheable) this.enumChecks.set(target, check);
    }
    return check;
  }

  private pattern(pattern: string): string {
    let name = this.patternNames.get(pattern);
    if (name === undefined) {
      name = this.patterns.name(`new RegExp(${literal(pattern)}, "u")`);
      this.patternNames.set(pattern, name);
    }
    return name;
  }

  // ------------------------------------------------------------- writers

  writer(c: Code, shapeId: string): void {
    const type = valueTypeName(this.index, shapeId);
    this.modelType(type);
    const members = structureMembers(this.index, shapeId);
    c.line(`/** ${type} as awsJson: modelled members only, unset ones omitted. */`);
    c.line(`export function ${writerName(this.index, shapeId)}(value: ${type}): Record<string, unknown> {`).indent();
    c.line("const out: Record<string, unknown> = {};");
    for (const member of members) {
      const local = c.local();
      c.line(`const ${local}: unknown = ${this.member("value", member.name)};`);
      c.line(`if (${local} !== undefined && ${local} !== null) ${assignOwn("out", member.name, this.writeExpr({ target: member.target, member }, local))}`);
    }
    c.line("return out;");
    c.dedent().line("}");
  }

  /**
   * The JSON text JSON.stringify(write<Name>(value)) gives, built member by
   * member. String members are written between quotes as they are; one
   * holding a character JSON escapes sends the whole value down
   * JSON.stringify's own path instead. Nested structures use their own
   * serializer; everything else goes through JSON.stringify of its written
   * form. A member with no JSON text (undefined, a function) is left out, as
   * JSON.stringify leaves it.
   */
  serializer(c: Code, shapeId: string): void {
    const type = valueTypeName(this.index, shapeId);
    const members = structureMembers(this.index, shapeId);
    const writer = writerName(this.index, shapeId);
    c.line(`/** ${type} as awsJson text: the text of JSON.stringify(${writer}(value)). */`);
    c.line(`export function ${serializerName(this.index, shapeId)}(value: ${type}): string {`).indent();
    if (members.length === 0) {
      c.line('return "{}";');
    } else {
      c.line('let text = "{";');
      c.line('let comma = "";');
      c.line("let json: string | undefined;");
      for (const member of members) {
        const local = c.local();
        c.line(`const ${local}: unknown = ${this.member("value", member.name)};`);
        c.line(`if (${local} !== undefined && ${local} !== null) {`).indent();
        if (this.isStringLike(member.target)) {
          c.line(`if (typeof ${local} === "string" && ${this.values("needsEscaping")}(${local})) return JSON.stringify(${writer}(value));`);
        }
        c.line(`json = ${this.textExpr({ target: member.target, member }, local)};`);
        c.line("if (json !== undefined) {").indent();
        c.line(`text += comma + ${this.jsonKey(member.name)} + json;`);
        c.line('comma = ",";');
        c.dedent().line("}");
        c.dedent().line("}");
      }
      c.line('return text + "}";');
    }
    c.dedent().line("}");
  }

  private isStringLike(target: string): boolean {
    const type = this.index.typeOf(target);
    return type === "string" || type === "enum";
  }

  /** An expression giving the JSON text of the typed value `expr` (undefined when it has none). */
  private textExpr(spec: ValueSpec, expr: string): string {
    switch (this.index.typeOf(spec.target)) {
      case "string":
      case "enum":
        // serializer() has already sent strings that need escaping down JSON.stringify's path.
        return `typeof ${expr} === "string" ? '"' + ${expr} + '"' : JSON.stringify(${expr})`;
      case "structure":
      case "union":
        return `${serializerName(this.index, spec.target)}(${expr} as ${valueTypeName(this.index, spec.target)})`;
      default:
        return `JSON.stringify(${this.writeExpr(spec, expr)})`;
    }
  }

  /** An expression turning the typed value `expr` into its JSON form. */
  private writeExpr(spec: ValueSpec, expr: string): string {
    const type = this.index.typeOf(spec.target);
    switch (type) {
      case "float":
      case "double":
        return `${this.values("writeFloat")}(${expr})`;
      case "timestamp":
        return `${this.values("writeTimestamp")}(${expr}, ${this.text(this.timestampFormat(spec))})`;
      case "blob":
        return `${this.values("writeBlob")}(${expr})`;
      case "structure":
      case "union":
        this.modelType(valueTypeName(this.index, spec.target));
        return `${writerName(this.index, spec.target)}(${expr} as ${valueTypeName(this.index, spec.target)})`;
      case "list":
      case "set": {
        const item = this.index.listMemberOf(spec.target);
        const inner = this.writeExpr({ target: item.target, member: item }, "x");
        return inner === "x" ? expr : `${this.values("writeList")}(${expr}, (x) => ${inner})`;
      }
      case "map": {
        const { value } = this.index.mapMembersOf(spec.target);
        const inner = this.writeExpr({ target: value.target, member: value }, "x");
        return inner === "x" ? expr : `${this.values("writeMap")}(${expr}, (x) => ${inner})`;
      }
      default:
        return expr;
    }
  }
}
