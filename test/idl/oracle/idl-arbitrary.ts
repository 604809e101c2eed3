// A fast-check generator of Smithy IDL model file-sets (IDL 2.0 and 1.0) that
// covers the grammar broadly: every shape kind, every node value form, traits
// in every position (shapes, members, enum members, inline input/output,
// apply), mixins (structures, enums, intEnums), target elision (mixins and
// resources), resources with identifiers and properties, doc comments, line
// comments, commas, varied whitespace and line breaks, string escapes and
// text blocks, `use` across namespaces, metadata and control statements.
// Mutations then break a fraction of the models (syntax and semantics); the
// real Smithy is the judge of which are valid.
//
// The generator is imperative over fc.gen() so that one draw can depend on
// earlier ones (names defined before they are referenced) while fast-check
// still records every choice.
import fc from "fast-check";

export interface GeneratedModel {
  files: { path: string; text: string }[];
  /** What was done to it, for failure messages. */
  notes: string[];
}

type Gen = fc.GeneratorValue;

class Draw {
  constructor(private readonly g: Gen) {}
  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  bool(p = 0.5): boolean {
    return this.int(0, 999) < p * 1000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  some<T>(items: readonly T[], max: number): T[] {
    const n = this.int(0, Math.min(max, items.length));
    const out: T[] = [];
    for (let i = 0; i < n; i++) {
      const item = this.pick(items);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}

const SIMPLE = ["blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "document"] as const;
const PRELUDE_TARGETS = ["String", "Integer", "Boolean", "Long", "Timestamp", "Blob", "Document", "smithy.api#String", "BigDecimal", "BigInteger", "Float", "Double", "Byte", "Short"];
const PRELUDE_KIND: Record<string, string> = {
  String: "string", Integer: "integer", Boolean: "boolean", Long: "long", Timestamp: "timestamp", Blob: "blob",
  Document: "document", "smithy.api#String": "string", BigDecimal: "bigDecimal", BigInteger: "bigInteger",
  Float: "float", Double: "double", Byte: "byte", Short: "short",
};
const WORDS = ["Alpha", "beta", "Gamma", "delta", "Foo", "Bar", "baz", "Qux", "Widget", "Item", "Thing", "value", "Name", "list", "Map", "Order", "order", "Run", "A", "b", "X1", "y_2", "_Under", "Zed", "__proto__", "constructor", "toString", "hasOwnProperty"];

interface Defined {
  name: string;
  error?: boolean;
  kind: string;
  /** Member names (structures, unions, enums), with target kind. */
  members: { name: string; kind: string }[];
  mixin: boolean;
}

export class IdlWriter {
  private readonly d: Draw;
  readonly notes: string[] = [];
  private readonly v1: boolean;
  private readonly defined: Defined[] = [];
  private readonly used = new Set<string>();
  private readonly mutate: boolean;
  private docTraitUsed = new Set<string>();

  constructor(g: Gen, opts: { v1: boolean; mutate: boolean }) {
    this.d = new Draw(g);
    this.v1 = opts.v1;
    this.mutate = opts.mutate;
  }

  // ----------------------------------------------------------- layout

  /** Optional whitespace where the grammar allows WS: spaces, newlines, commas, comments. */
  ws(allowEmpty = true): string {
    const r = this.d.int(0, 20);
    if (r < 6 && allowEmpty) return "";
    if (r < 11) return " ";
    if (r < 13) return "\n";
    if (r < 14) return ", ";
    if (r < 15) return "\t";
    if (r < 16) return "\n\n    ";
    if (r < 17) return " // a comment, with {braces} and \"quotes\"\n";
    if (r < 18) return "\r\n";
    if (r < 19) return ",\n  ,";
    return "  ";
  }

  /** Required whitespace where the grammar asks for SP (spaces and tabs only). */
  sp(): string {
    return this.d.pick([" ", " ", " ", "  ", "\t", " \t "]);
  }

  /** Optional SP. */
  osp(): string {
    return this.d.bool(0.6) ? "" : this.sp();
  }

  /** A line break ending a statement. */
  br(): string {
    return this.d.pick(["\n", "\n", "\n\n", " // trailing comment\n", "\r\n", "\n// comment line\n\n", "  \n \n"]);
  }

  // ----------------------------------------------------------- names

  freshName(upper = true): string {
    for (;;) {
      let name = this.d.pick(WORDS);
      if (this.d.bool(0.5)) name += this.d.pick(WORDS);
      if (this.d.bool(0.3)) name += String(this.d.int(0, 99));
      if (upper) name = name[0]!.toUpperCase() + name.slice(1);
      const key = name.toLowerCase();
      if (this.used.has(key)) {
        if (this.mutate && this.d.bool(0.02)) {
          this.notes.push(`duplicate or case-conflicting name ${name}`);
          this.used.add(key);
          return name;
        }
        continue;
      }
      if (["string", "integer", "boolean", "long", "timestamp", "blob", "document", "float", "double", "byte", "short", "unit", "bigdecimal", "biginteger", "primitiveinteger", "primitiveboolean", "primitivelong"].includes(key)) continue;
      this.used.add(key);
      return name;
    }
  }

  memberName(taken: Set<string>): string {
    for (;;) {
      let name = this.d.pick(WORDS);
      if (this.d.bool(0.3)) name += this.d.pick(WORDS);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  }

  // ----------------------------------------------------------- node values

  quoted(): string {
    const parts = ["plain", "with space", "esc\\n", "tab\\t", "quote\\\"", "back\\\\slash", "uni\\u00e9", "slash\\/", "\\b\\f\\r", "é literal", "emoji 🎉", "'single'", "", "#hash", "line\\\ncontinued"];
    let s = "";
    const n = this.d.int(0, 3);
    for (let i = 0; i < n; i++) s += this.d.pick(parts);
    return `"${s}"`;
  }

  textBlock(indent: string): string {
    const lines = this.d.some(["first line", "  indented", "", "with \"quote\" inside", "esc \\n kept", "trailing   ", "\\u0041 escape", "\"\"\\\"\" quotes"], 4);
    const body = lines.map((l) => (l === "" ? "" : `${indent}    ${l}`)).join("\n");
    const end = this.d.bool() ? `\n${indent}    """` : `"""`;
    return `"""\n${body}${end}`;
  }

  number(): string {
    return this.d.pick(["0", "1", "-1", "42", "3.5", "-0.25", "1e3", "2E-2", "-1.5e+2", "123456789012", "9007199254740993", "0.1"]);
  }

  node(depth: number, indent = ""): string {
    const r = this.d.int(0, depth > 2 ? 6 : 9);
    switch (r) {
      case 0:
      case 1:
        return this.quoted();
      case 2:
        return this.number();
      case 3:
        return this.d.pick(["true", "false", "null"]);
      case 4:
        return this.textBlock(indent);
      case 5: {
        const shape = this.defined.find((s) => !s.mixin);
        return shape ? shape.name : this.quoted();
      }
      case 6:
        return this.quoted();
      case 7:
      case 8: {
        const n = this.d.int(0, 3);
        const items: string[] = [];
        for (let i = 0; i < n; i++) items.push(this.node(depth + 1, indent));
        return `[${this.ws()}${items.map((x) => x + this.sep()).join("")}]`;
      }
      default: {
        const n = this.d.int(0, 3);
        const keys = new Set<string>();
        const entries: string[] = [];
        for (let i = 0; i < n; i++) {
          const key = this.memberName(keys);
          const k = this.d.bool(0.3) ? `"${key}"` : key;
          entries.push(`${k}${this.ws()}:${this.ws()}${this.node(depth + 1, indent)}`);
        }
        return `{${this.ws()}${entries.map((x) => x + this.sep()).join("")}}`;
      }
    }
  }

  /** Between items of arrays, objects and lists of shape IDs: whitespace with at least one space or comma. */
  sep(): string {
    const s = this.ws(false);
    return s;
  }

  // ----------------------------------------------------------- traits

  /** A value of the given kind, for defaults. */
  valueOf(kind: string, target?: Defined): string | undefined {
    switch (kind) {
      case "string":
        return this.d.pick(['""', '"x"', '"default value"']);
      case "boolean":
        return this.d.pick(["true", "false"]);
      case "byte":
      case "short":
      case "integer":
      case "long":
        return this.d.pick(["0", "1", "-5", "100"]);
      case "float":
      case "double":
        return this.d.pick(["0", "1.5", "-2.25"]);
      case "bigInteger":
        return this.d.pick(["0", "123456789012345678901234567890"]);
      case "bigDecimal":
        return this.d.pick(["0", "1.5", "3.14159265358979323846264338327950288"]);
      case "timestamp":
        return this.d.pick(['"1985-04-12T23:20:50.52Z"', "0", "1515531081"]);
      case "blob":
        return this.d.pick(['""', '"aGVsbG8="']);
      case "document":
        return this.d.pick(["null", "{}", "[]", '"d"', "true", "1"]);
      case "list":
        return "[]";
      case "map":
        return "{}";
      case "enum":
        return target && target.members.length > 0 ? `"${this.enumValues.get(target.name)?.[0] ?? target.members[0]!.name}"` : undefined;
      case "intEnum":
        return target && target.members.length > 0 ? String(this.intEnumValues.get(target.name)?.[0] ?? 1) : undefined;
      default:
        return undefined;
    }
  }

  private readonly enumValues = new Map<string, string[]>();
  private inAggregate = false;
  /** Shapes with constraint traits: defaults of members targeting them would have to satisfy them. */
  private readonly constrained = new Set<string>();
  private readonly intEnumValues = new Map<string, number[]>();

  trait(name: string, value?: string): string {
    if (value === undefined) return this.d.bool(0.8) ? `@${name}` : `@${name}()`;
    return `@${name}(${this.ws()}${value}${this.ws()})`;
  }

  docTraits(owner: string, indent: string): string {
    let out = "";
    const r = this.d.int(0, 9);
    if (r < 2) {
      const lines = this.d.some([" Documentation line.", "", " With `code` and *markdown*.", "  Indented two.", "No leading space", " Trailing /// inside"], 3);
      if (lines.length > 0) {
        out += lines.map((l) => `${indent}///${l}\n`).join("");
        this.docTraitUsed.add(owner);
      }
    } else if (r < 3) {
      out += `${indent}${this.trait("documentation", this.d.bool() ? this.quoted() : this.textBlock(indent))}\n`;
      this.docTraitUsed.add(owner);
    }
    return out;
  }

  commonTraits(kind: string, indent: string, member: boolean, memberTargetKind?: string, constraints = true): string[] {
    const out: string[] = [];
    const add = (t: string): void => {
      out.push(t);
    };
    if (this.d.bool(0.1)) add(this.trait("deprecated", this.d.bool() ? undefined : `message: ${this.quoted()}${this.sep()}since: "1.0"`));
    if (this.d.bool(0.08)) add(this.trait("since", '"2020-01-01"'));
    if (this.d.bool(0.08)) add(this.trait("tags", `[${this.quoted()}${this.sep()}"b"]`));
    if (this.d.bool(0.05)) add(this.trait("unstable"));
    if (this.d.bool(0.05)) add(this.trait("internal"));
    if (this.d.bool(0.05)) add(this.trait("externalDocumentation", `"Home Page": "https://example.com"`));
    if (this.custom && this.d.bool(0.12)) add(this.trait("meta", this.node(0, indent)));
    if (this.custom && this.d.bool(0.06)) add(this.trait("conf", `name: ${this.quoted()}${this.sep()}count: ${this.d.int(0, 9)}`));
    if (this.custom && this.d.bool(0.04)) add(this.trait("flag"));
    const k = constraints ? (member ? memberTargetKind : kind) : "none";
    if (k === "string" && this.d.bool(0.15)) add(this.trait("length", `min: ${this.d.int(0, 3)}${this.sep()}max: 100`));
    if (k === "string" && this.d.bool(0.1)) add(this.trait("pattern", this.d.pick(['"^[a-z]+$"', '"\\\\w+"', '"^[A-Z]\\\\d{2}$"'])));
    if (["integer", "long", "bigInteger", "bigDecimal", "double", "short", "byte", "float"].includes(k ?? "") && this.d.bool(0.15)) {
      add(this.trait("range", this.d.pick(["min: 0", "max: 10", "min: -1, max: 1", ...(["float", "double", "bigDecimal"].includes(k ?? "") ? ["min: 1.5"] : []), "max: 1000000000000000000000000000001"])));
    }
    if (["string", "blob", "structure", "union", "list", "map", "integer", "timestamp"].includes(kind) && !member && this.d.bool(0.05)) add(this.trait("sensitive"));
    if (member && k === "timestamp" && this.d.bool(0.2)) add(this.trait("timestampFormat", this.d.pick(['"epoch-seconds"', '"date-time"', '"http-date"'])));
    if (member && this.inAggregate && this.d.bool(0.08)) add(this.trait("jsonName", `"json_${this.d.int(0, 1e6)}"`));
    if (this.mutate && this.d.bool(0.03)) {
      const bad = this.d.pick([
        this.trait("length", `min: "one"`),
        this.trait("undefinedTrait"),
        this.trait("required"),
        this.trait("range", `min: 10, max: 1`),
        this.trait("pattern", '"[unclosed"'),
        this.trait("documentation", "42"),
        this.trait("tags", '"notAList"'),
        this.trait("error", '"sometimes"'),
        this.trait("meta", "NotDefinedShape"),
        this.trait("conf", "nope: 1"),
      ]);
      this.notes.push(`bad trait ${bad}`);
      add(bad);
    }
    return out;
  }

  traitLines(traits: string[], indent: string): string {
    if (traits.length === 0) return "";
    if (this.d.bool(0.3)) return `${indent}${traits.join(this.d.pick([" ", "\n" + indent, "  ", ", "]))}\n`;
    return traits.map((t) => `${indent}${t}\n`).join("");
  }

  // ----------------------------------------------------------- shapes

  target(exclude?: string): { text: string; kind: string; shape?: Defined } {
    const candidates = this.defined.filter((s) => !s.mixin && s.name !== exclude && !["service", "operation", "resource"].includes(s.kind));
    if (candidates.length > 0 && this.d.bool(0.6)) {
      const s = this.d.pick(candidates);
      return { text: s.name, kind: s.kind, shape: s };
    }
    const p = this.d.pick(PRELUDE_TARGETS);
    return { text: p, kind: PRELUDE_KIND[p]! };
  }

  members(kind: "structure" | "union", indent: string, taken: Set<string>, elidable: string[]): { text: string; members: { name: string; kind: string }[] } {
    const n = kind === "union" ? this.d.int(1, 4) : this.d.int(0, 5);
    const parts: string[] = [];
    const members: { name: string; kind: string }[] = [];
    for (let i = 0; i < n; i++) {
      let line = "";
      if (!this.v1 && elidable.length > 0 && this.d.bool(0.3)) {
        const name = this.d.pick(elidable);
        elidable = elidable.filter((e) => e !== name);
        line += this.traitLines(this.d.bool(0.5) ? [this.trait("required")] : [], indent);
        line += `${indent}$${name}`;
        parts.push(line + this.ws(false));
        continue;
      }
      const name = this.memberName(taken);
      const t = this.target();
      line += this.docTraits("m", indent);
      let defaultValue: string | undefined;
      const wantsDefault = kind === "structure" && !this.v1 && this.d.bool(0.2) && !(t.shape && this.constrained.has(t.shape.name));
      this.inAggregate = true;
      const traits = this.commonTraits(t.kind, indent, true, t.kind, !wantsDefault);
      this.inAggregate = false;
      if (kind === "structure") {
        if (wantsDefault) defaultValue = this.valueOf(t.kind, t.shape);
        else if (this.d.bool(0.2)) traits.push(this.trait("required"));
        if (this.v1 && ["boolean", "byte", "short", "integer", "long", "float", "double"].includes(t.kind) && this.d.bool(0.3)) traits.push(this.trait("box"));
        if (!this.v1 && this.d.bool(0.05)) traits.push(this.trait("clientOptional"));
      }
      line += this.traitLines(traits, indent);
      line += `${indent}${name}${this.osp()}:${this.osp()}${t.text}`;
      if (defaultValue !== undefined) {
        line += `${this.osp()}=${this.osp()}${defaultValue}${this.d.bool(0.3) ? "," : ""}${this.br()}`;
      } else {
        line += this.d.bool(0.5) ? "\n" : this.ws(false);
      }
      members.push({ name, kind: t.kind });
      parts.push(line);
    }
    return { text: parts.join(""), members };
  }

  mixinsClause(kind: string): { text: string; inherited: { name: string; kind: string }[]; mixins: Defined[] } {
    if (this.v1) return { text: "", inherited: [], mixins: [] };
    const candidates = this.defined.filter((s) => s.mixin && s.kind === kind);
    if (candidates.length === 0 || this.d.bool(0.5)) return { text: "", inherited: [], mixins: [] };
    const chosen = this.d.some(candidates, 2);
    if (chosen.length === 0) return { text: "", inherited: [], mixins: [] };
    const inherited = chosen.flatMap((m) => m.members);
    return { text: `${this.osp() || " "}with${this.ws()}[${this.ws()}${chosen.map((c) => c.name + this.sep()).join("")}]`, inherited, mixins: chosen };
  }

  shape(): string {
    const kinds = this.v1
      ? ["simple", "simple", "list", "set", "map", "structure", "structure", "union", "operation", "service", "resource"]
      : ["simple", "simple", "enum", "intEnum", "list", "map", "structure", "structure", "union", "operation", "service", "resource", "mixin", "mixin", "enumMixin"];
    const kind = this.d.pick(kinds);
    const name = this.freshName();
    let out = this.docTraits(name, "");
    const head = (k: string): string => `${k}${this.sp()}${name}`;
    switch (kind) {
      case "simple": {
        const k = this.d.pick(SIMPLE);
        const traits = this.commonTraits(k, "", false);
        if (traits.some((t) => /^@(length|range|pattern)/.test(t))) this.constrained.add(name);
        out += this.traitLines(traits, "");
        const mix = this.mixinsClause(k);
        out += head(k) + mix.text;
        this.defined.push({ name, kind: k, members: [], mixin: false });
        return out;
      }
      case "enum":
      case "enumMixin": {
        const isMixin = kind === "enumMixin";
        out += this.traitLines([...this.commonTraits("enum", "", false), ...(isMixin ? [this.trait("mixin")] : [])], "");
        const mix = this.mixinsClause("enum");
        const n = this.d.int(this.mutate && this.d.bool(0.05) ? 0 : 1, 4);
        const taken = new Set(mix.inherited.map((m) => m.name.toLowerCase()));
        const members: string[] = [];
        const values: string[] = [...mix.mixins.flatMap((m) => this.enumValues.get(m.name) ?? [])];
        const memberDefs: { name: string; kind: string }[] = [...mix.inherited];
        for (let i = 0; i < n; i++) {
          const m = this.memberName(taken).toUpperCase().replace(/^_/, "A");
          let line = this.docTraits("m", "    ") + this.traitLines(this.commonTraits("string", "    ", true, "unit"), "    ");
          if (this.d.bool(0.5)) {
            const v = `v_${m.toLowerCase()}_${i}`;
            values.push(v);
            line += `    ${m}${this.osp()}=${this.osp()}"${v}"${this.br()}`;
          } else {
            values.push(m);
            line += `    ${m}${this.d.bool() ? "\n" : this.ws(false)}`;
          }
          members.push(line);
          memberDefs.push({ name: m, kind: "unit" });
        }
        if (n === 0) this.notes.push("empty enum");
        out += `${head("enum")}${mix.text}${this.ws()}{${this.ws()}\n${members.join("")}}`;
        this.enumValues.set(name, values);
        this.defined.push({ name, kind: "enum", members: memberDefs, mixin: isMixin });
        return out;
      }
      case "intEnum": {
        const isMixin = this.d.bool(0.3);
        out += this.traitLines([...this.commonTraits("intEnum", "", false), ...(isMixin ? [this.trait("mixin")] : [])], "");
        const mix = this.mixinsClause("intEnum");
        const n = this.d.int(1, 4);
        const taken = new Set(mix.inherited.map((m) => m.name.toLowerCase()));
        const values: number[] = [...mix.mixins.flatMap((m) => this.intEnumValues.get(m.name) ?? [])];
        const members: string[] = [];
        const memberDefs: { name: string; kind: string }[] = [...mix.inherited];
        for (let i = 0; i < n; i++) {
          const m = this.memberName(taken).toUpperCase().replace(/^_/, "A");
          let v = 100 + values.length * 3 + i;
          if (this.mutate && this.d.bool(0.05)) {
            v = 2147483648;
            this.notes.push("intEnum value beyond int32");
          }
          values.push(v);
          members.push(`${this.docTraits("m", "  ")}  ${m}${this.osp()}=${this.osp()}${v}${this.br()}`);
          memberDefs.push({ name: m, kind: "unit" });
        }
        out += `${head("intEnum")}${mix.text}${this.ws()}{${this.ws()}\n${members.join("")}}`;
        this.intEnumValues.set(name, values);
        this.defined.push({ name, kind: "intEnum", members: memberDefs, mixin: isMixin });
        return out;
      }
      case "list":
      case "set": {
        let t = this.target();
        while (kind === "set" && ["float", "double", "document"].includes(t.kind)) t = this.target();
        out += this.traitLines(this.commonTraits("list", "", false), "");
        const mt = this.traitLines(this.commonTraits(t.kind, "    ", true, t.kind), "    ");
        out += `${head(kind)}${this.ws()}{${this.ws()}\n${mt}    member${this.osp()}:${this.osp()}${t.text}${this.ws()}\n}`;
        this.defined.push({ name, kind: "list", members: [], mixin: false });
        return out;
      }
      case "map": {
        const stringTargets = this.defined.filter((s) => s.kind === "string" && !s.mixin);
        const key = stringTargets.length > 0 && this.d.bool() ? this.d.pick(stringTargets).name : "String";
        const v = this.target();
        out += this.traitLines(this.commonTraits("map", "", false), "");
        out += `${head("map")}${this.ws()}{${this.ws()}key${this.osp()}:${this.osp()}${key}${this.sep()}${this.traitLines(this.commonTraits(v.kind, "  ", true, v.kind), "  ")}value: ${v.text}${this.ws()}}`;
        this.defined.push({ name, kind: "map", members: [], mixin: false });
        return out;
      }
      case "structure":
      case "union":
      case "mixin": {
        const k = kind === "union" ? "union" : "structure";
        const isMixin = kind === "mixin";
        const traits = this.commonTraits(k, "", false);
        if (isMixin) traits.push(this.trait("mixin"));
        const isError = !isMixin && k === "structure" && this.d.bool(0.15);
        if (isError) traits.push(this.trait("error", this.d.pick(['"client"', '"server"'])));
        out += this.traitLines(traits, "");
        const mix = k === "structure" ? this.mixinsClause("structure") : { text: "", inherited: [], mixins: [] };
        const taken = new Set(mix.inherited.map((m) => m.name.toLowerCase()));
        const body = this.members(k, "    ", taken, mix.inherited.map((m) => m.name));
        out += `${head(k)}${mix.text}${this.ws()}{${this.ws()}\n${body.text}}`;
        this.defined.push({ name, kind: k, members: [...mix.inherited, ...body.members], mixin: isMixin, error: isError });
        return out;
      }
      case "operation": {
        const traits = this.commonTraits("operation", "", false);
        const r = this.d.int(0, 3);
        if (r === 1) traits.push(this.trait("readonly"));
        if (r === 2) traits.push(this.trait("idempotent"));
        out += this.traitLines(traits, "");
        const props: string[] = [];
        for (const role of ["input", "output"] as const) {
          const c = this.d.int(0, 3);
          if (c === 0) continue;
          if (c === 1 || this.v1) {
            const structs = this.defined.filter((s) => s.kind === "structure" && !s.mixin && !s.error);
            if (structs.length > 0) props.push(`${role}${this.ws()}:${this.ws()}${this.d.pick(structs).name}`);
            continue;
          }
          const taken = new Set<string>();
          const mix = this.mixinsClause("structure");
          const trait = this.d.bool(0.3) ? `${this.trait("documentation", this.quoted())}${this.ws(false)}` : "";
          const body = this.members("structure", "        ", taken, mix.inherited.map((m) => m.name));
          props.push(`${role}${this.osp()}:=${this.ws()}${trait}${mix.text.trimStart()}${this.ws()}{\n${body.text}    }`);
          this.used.add(`${name}${role}`.toLowerCase());
        }
        const errors = this.defined.filter((s) => s.error);
        if (errors.length > 0 && this.d.bool(0.4)) props.push(`errors${this.ws()}:${this.ws()}[${this.d.some(errors, 2).map((e) => e.name + this.sep()).join("")}]`);
        out += `${head("operation")}${this.ws()}{${this.ws()}\n${props.map((p) => `    ${p}\n`).join("")}}`;
        this.defined.push({ name, kind: "operation", members: [], mixin: false });
        return out;
      }
      case "resource": {
        const idName = this.memberName(new Set());
        const propName = this.memberName(new Set([idName.toLowerCase()]));
        out += this.traitLines(this.commonTraits("resource", "", false), "");
        const props: string[] = [`identifiers: { ${idName}: String }`];
        const withProperties = !this.v1 && this.d.bool(0.6);
        const read = withProperties ? this.freshName() : "";
        if (withProperties) props.push(`properties: {${this.ws()}${propName}: Integer${this.sep()}}`, `read: ${read}`);
        out += `${head("resource")}${this.ws()}{\n${props.map((p) => `    ${p}\n`).join("")}}`;
        if (withProperties) {
          this.used.add(`${read}input`.toLowerCase()).add(`${read}output`.toLowerCase());
          out += `${this.br()}@readonly${this.br()}operation ${read} {\n    input := for ${name} {\n        @required\n        $${idName}\n    }\n    output${this.osp()}:=${this.sp()}for ${name} {\n        @required${this.ws(false)}$${idName}\n        ${this.d.bool() ? `$${propName}` : `${propName}: Integer`}\n    }\n}`;
          this.defined.push({ name: read, kind: "operation", members: [], mixin: false });
        }
        this.defined.push({ name, kind: "resource", members: [], mixin: false });
        if (!this.v1 && this.d.bool(0.6)) {
          // A structure bound to the resource: its members' targets elided.
          const s = this.freshName();
          const elided = props.length > 1 && this.d.bool() ? `$${idName}\n    $${propName}` : `$${idName}`;
          out += `${this.br()}structure ${s}${this.sp()}for${this.sp()}${name}${this.ws()}{\n    ${elided}\n}`;
          this.defined.push({ name: s, kind: "structure", members: [], mixin: false });
        }
        return out;
      }
      default: {
        // service
        const ops = this.defined.filter((s) => s.kind === "operation");
        const props: string[] = [`version: ${this.quoted()}`];
        if (ops.length > 0) props.push(`operations: [${this.d.some(ops, 3).map((o) => o.name + this.sep()).join("")}]`);
        const res = this.defined.filter((s) => s.kind === "resource");
        if (res.length > 0 && this.d.bool()) props.push(`resources: [${this.d.pick(res).name}]`);
        out += this.traitLines(this.commonTraits("service", "", false), "");
        out += `${head("service")}${this.ws()}{${this.ws()}\n${props.map((p) => `    ${p}${this.sep()}\n`).join("")}}`;
        this.defined.push({ name, kind: "service", members: [], mixin: false });
        return out;
      }
    }
  }

  applies(): string {
    let out = "";
    const targets = this.defined.filter((s) => !this.docTraitUsed.has(s.name));
    for (const t of this.d.some(targets, 2)) {
      if (this.d.bool()) out += `apply${this.sp()}${t.name}${this.ws(false)}${this.trait("documentation", this.quoted())}${this.br()}`;
      else out += `apply${this.sp()}${t.name}${this.ws(false)}{${this.ws()}${this.trait("tags", '["applied"]')}${this.ws()}${this.trait("unstable")}${this.ws()}}${this.br()}`;
      this.docTraitUsed.add(t.name);
    }
    const withMembers = this.defined.filter((s) => s.kind === "structure" && s.members.length > 0 && !s.mixin);
    if (withMembers.length > 0 && this.d.bool(0.3)) {
      const s = this.d.pick(withMembers);
      out += `apply ${s.name}$${s.members[0]!.name} @tags(["member"])${this.br()}`;
    }
    return out;
  }

  file(namespace: string, uses: string[]): string {
    let out = "";
    if (this.v1) {
      const r = this.d.int(0, 2);
      if (r === 1) out += `$version: "1.0"${this.br()}`;
      if (r === 2) out += `$version:${this.osp()}"1"${this.br()}`;
    } else {
      out += `$version${this.osp()}:${this.osp()}${this.d.pick(['"2"', '"2.0"'])}${this.br()}`;
      if (this.d.bool(0.1)) out += `$operationInputSuffix: "In"${this.br()}$operationOutputSuffix: "Out"${this.br()}`;
    }
    if (this.d.bool(0.3)) out += `metadata ${this.d.pick([`foo${namespace.length}`, `"quoted.key${namespace.length}"`, `k_2${namespace.length}`])}${this.osp()}=${this.osp()}${this.node(0)}${this.br()}`;
    out += `namespace${this.sp()}${namespace}${this.br()}`;
    for (const u of uses) out += `use${this.sp()}${u}${this.br()}`;
    this.custom = this.d.bool(0.8);
    if (this.custom) {
      out += `@trait${this.br()}document meta${this.br()}`;
      out += `@trait(selector: "*")${this.br()}structure conf {\n    name: String\n    count: Integer\n}${this.br()}`;
      out += `@trait${this.br()}structure flag {}${this.br()}`;
      this.used.add("meta").add("conf").add("flag");
    } else {
      this.used.add("meta").add("conf").add("flag");
      out += `// no custom traits\n`;
      this.custom = false;
    }
    const n = this.d.int(1, 12);
    for (let i = 0; i < n; i++) out += this.shape() + this.br();
    out += this.applies();
    return out;
  }

  private custom = true;

  /** Shapes a second file may `use`. */
  exported(namespace: string): string[] {
    return this.defined.filter((s) => !["service", "operation", "resource"].includes(s.kind) && !s.mixin).map((s) => `${namespace}#${s.name}`);
  }
}

const MUTATIONS = ["deleteChar", "insertChar", "newlineToSpace", "spaceToNewline", "truncate", "duplicateLine", "swapBrace"] as const;

function textMutation(text: string, g: Gen, notes: string[]): string {
  const d = new Draw(g);
  const kind = d.pick(MUTATIONS);
  const at = d.int(0, Math.max(0, text.length - 1));
  notes.push(`mutation ${kind} at ${at}`);
  switch (kind) {
    case "deleteChar":
      return text.slice(0, at) + text.slice(at + 1);
    case "insertChar":
      return text.slice(0, at) + d.pick(["{", "}", "(", ")", "[", "]", "@", "$", ":", "=", '"', "#", "\n", "/", "x", "1", ".", "`"]) + text.slice(at);
    case "newlineToSpace": {
      const nl = text.indexOf("\n", at);
      return nl < 0 ? text : text.slice(0, nl) + " " + text.slice(nl + 1);
    }
    case "spaceToNewline": {
      const sp = text.indexOf(" ", at);
      return sp < 0 ? text : text.slice(0, sp) + "\n" + text.slice(sp + 1);
    }
    case "truncate":
      return text.slice(0, at);
    case "duplicateLine": {
      const lines = text.split("\n");
      const i = d.int(0, lines.length - 1);
      lines.splice(i, 0, lines[i]!);
      return lines.join("\n");
    }
    default:
      return text.replace(d.bool() ? "{" : "}", d.bool() ? "[" : "");
  }
}

/** Model file-sets: mostly valid, some semantically or syntactically broken. */
export function idlModel(): fc.Arbitrary<GeneratedModel> {
  return fc.gen().map((g) => {
    const d = new Draw(g);
    const v1 = d.bool(0.2);
    const mode = d.int(0, 9); // 0..5 as written, 6..7 semantic mutations, 8..9 text mutation
    const w = new IdlWriter(g, { v1, mutate: mode >= 6 && mode <= 7 });
    const notes = [v1 ? "IDL 1.0" : "IDL 2.0"];
    const ns = d.pick(["ex", "example.weather", "com.acme_1", "a.b.c"]);
    const files = [{ path: "gen/main.smithy", text: w.file(ns, []) }];
    if (d.bool(0.2)) {
      const exported = w.exported(ns);
      const w2 = new IdlWriter(g, { v1: d.bool(0.2), mutate: false });
      const uses = d.some(exported, 2);
      let text = w2.file(`${ns}.other`, uses);
      if (uses.length > 0) text += `\nstructure UsesImported {\n    a: ${uses[0]!.split("#")[1]}\n}\n`;
      files.push({ path: "gen/other.smithy", text });
      notes.push("two files with use");
    }
    if (mode >= 8) files[0]!.text = textMutation(files[0]!.text, g, notes);
    notes.push(...w.notes);
    return { files, notes };
  });
}
