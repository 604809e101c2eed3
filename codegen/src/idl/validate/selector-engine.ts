// The whole Smithy selector language (https://smithy.io/2.0/spec/selectors.html),
// evaluated as Smithy 1.73.0 evaluates it, for the validators a model defines
// in `metadata validators` (EmitEachSelector, EmitNoneSelector,
// UnreferencedShape, a definition's `selector`). selectors.ts keeps the small,
// fast evaluator that trait selectors need for every trait application; this
// one trades speed for the full grammar: shape types and categories,
// attributes with every comparator (`=`, `!=`, `^=`, `$=`, `*=`, `?=`, `>`,
// `>=`, `<`, `<=`, projections' `{=}`, `{!=}`, `{<}`, `{<<}`, `i`), attribute
// paths (`id|namespace|name|member|(length)`, `trait|x|nested|(keys)|(values)|(first)`,
// `service|version`, `var|x`), scoped attributes `[@path: @{a} = @{b} && ...]`,
// every relationship (`>`, `<`, `-[a, b]->`, `<-[a, b]-`, `~>`), the functions
// `:is`, `:each`, `:not`, `:test`, `:in`, `:root`, `:recursive`, `:topdown`,
// and variables (`$x(...)`, `${x}`).
//
// Smithy evaluates a selector by pushing each shape of the model (members
// included) through its steps; each step passes on zero or more shapes (a
// filter passes the shape itself, a neighbour step its neighbours, `:is` what
// its arguments yield). The same model here: steps are functions of one shape
// that call `emit` for each shape they pass on; `emit` returns true to stop
// early (`:test`, `:not`, `:in` need one answer only).
// Syntax errors are found by selector-syntax.ts (Smithy's messages); this
// parser assumes a selector that passed it. Written by hand: no JavaScript
// library reads Smithy selectors.

import type { NodeValue, Shape } from "../../model/ast.js";
import { allMembers, localMembers } from "../assembler.js";
import type { NodeSyntax } from "../syntax.js";
import { selectorSyntaxError } from "./selector-syntax.js";

type Comparator = "=" | "!=" | "^=" | "$=" | "*=" | "?=" | ">" | ">=" | "<" | "<=" | "{=}" | "{!=}" | "{<}" | "{<<}";
/** A scoped value: a literal, or `@{path}` read from the scope. */
type Scoped = { literal: string } | { path: string[] };
type Step =
  | { kind: "type"; test: (type: string) => boolean }
  | { kind: "attribute"; path: string[]; comparator?: Comparator; values: string[]; insensitive: boolean }
  | { kind: "scoped"; path: string[]; assertions: { lhs: Scoped; comparator: Comparator; rhs: Scoped[]; insensitive: boolean }[] }
  | { kind: "neighbour"; reverse: boolean; relationships: string[] }
  | { kind: "recursiveNeighbour" }
  | { kind: "function"; name: string; args: Step[][] }
  | { kind: "store"; name: string; selector: Step[] }
  | { kind: "get"; name: string };

export class SelectorSyntaxError extends Error {}

/** A parsed selector: its text (what Smithy prints of it), its steps and its `:root` subexpressions. */
export interface FullSelector {
  text: string;
  steps: Step[];
  roots: Step[][];
}

/** Shapes captured by variables on the way to a match. */
export type Vars = ReadonlyMap<string, ReadonlySet<string>>;
const NO_VARS: Vars = new Map();
const UNIT = "smithy.api#Unit";
/** Shapes Smithy gives a synthetic `@box`: booleans and numbers without a `@default` (may be null). */
const BOXED = new Set(["boolean", "byte", "short", "integer", "intEnum", "long", "float", "double"]);

const SIMPLE = new Set(["blob", "boolean", "document", "string", "enum", "timestamp", "byte", "short", "integer", "intEnum", "long", "float", "double", "bigInteger", "bigDecimal"]);
const AGGREGATE = new Set(["list", "set", "map", "structure", "union"]);
const SERVICE = new Set(["service", "operation", "resource"]);
const NUMBER = new Set(["byte", "short", "integer", "intEnum", "long", "float", "double", "bigInteger", "bigDecimal"]);

function typeTest(name: string): (type: string) => boolean {
  switch (name) {
    case "number":
      return (t) => NUMBER.has(t);
    case "simpleType":
      return (t) => SIMPLE.has(t);
    case "collection":
      return (t) => t === "list" || t === "set";
    case "aggregateType":
      return (t) => AGGREGATE.has(t);
    case "serviceType":
      return (t) => SERVICE.has(t);
    case "dataType":
      return (t) => SIMPLE.has(t) || AGGREGATE.has(t);
    // ShapeType.isShapeType: an enum is a string, an intEnum an integer, a set a list.
    case "string":
      return (t) => t === "string" || t === "enum";
    case "integer":
      return (t) => t === "integer" || t === "intEnum";
    case "list":
      return (t) => t === "list" || t === "set";
    default:
      return (t) => t === name;
  }
}

/** Parses a selector, or throws SelectorSyntaxError with Smithy's message. */
export function parseFullSelector(text: string): FullSelector {
  const error = selectorSyntaxError(text);
  if (error !== undefined) throw new SelectorSyntaxError(error);
  const roots: Step[][] = [];
  let i = 0;
  const peek = (): string => text[i] ?? "";
  const ws = (): void => {
    while (" \t\r\n".includes(peek()) && i < text.length) i++;
  };
  const identifier = (): string => {
    const start = i;
    while (/[A-Za-z0-9_]/.test(peek()) && i < text.length) i++;
    return text.slice(start, i);
  };
  const value = (): string => {
    ws();
    const c = peek();
    let out: string;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      out = text.slice(i + 1, end);
      i = end + 1;
    } else if (c === "-" || /[0-9]/.test(c)) {
      const match = /^-?[0-9]*(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      out = match[0];
      i += out.length;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(#[A-Za-z_][A-Za-z0-9_]*)?/.exec(text.slice(i))!;
      out = match[0];
      i += out.length;
    }
    ws();
    return out;
  };
  const segment = (): string => {
    ws();
    if (peek() === "(") {
      i++;
      const name = identifier();
      i++; // ")"
      return `(${name})`;
    }
    return value();
  };
  const restOfPath = (): string[] => {
    const out: string[] = [];
    ws();
    while (peek() === "|") {
      i++;
      out.push(segment());
    }
    return out;
  };
  const attributePath = (): string[] => {
    ws();
    if (peek() === ":") return [];
    return [identifier(), ...restOfPath()];
  };
  const comparator = (first: string): Comparator => {
    let out: Comparator;
    if (first === "=") out = "=";
    else if ("!^$*?".includes(first)) {
      i++; // "="
      out = `${first}=` as Comparator;
    } else if (first === ">" || first === "<") {
      if (peek() === "=") {
        i++;
        out = `${first}=` as Comparator;
      } else out = first;
    } else {
      // "{" then "<", "<<", "=" or "!=" then "}"
      const close = text.indexOf("}", i);
      out = `{${text.slice(i, close)}}` as Comparator;
      i = close + 1;
    }
    ws();
    return out;
  };
  const insensitive = (): boolean => {
    ws();
    if (peek() === "i") {
      i++;
      ws();
      return true;
    }
    return false;
  };
  const scopedValue = (): Scoped => {
    ws();
    if (peek() === "@") {
      i += 2; // "@{"
      const path = [segment(), ...restOfPath()];
      i++; // "}"
      ws();
      return { path };
    }
    const literal = value();
    ws();
    return { literal };
  };
  const args = (): Step[][] => {
    ws();
    i++; // "("
    const out: Step[][] = [];
    for (;;) {
      out.push(sequence());
      ws();
      if (text[i++] === ")") return out;
    }
  };
  const step = (): Step | undefined => {
    ws();
    const c = peek();
    i++;
    switch (c) {
      case ":": {
        const name = identifier();
        const list = args();
        if (name === "root") {
          roots.push(list[0]!);
          return { kind: "function", name, args: [[{ kind: "get", name: `\0root${roots.length - 1}` }]] };
        }
        return { kind: "function", name, args: list };
      }
      case "[": {
        if (peek() === "@") {
          i++;
          const path = attributePath();
          ws();
          i++; // ":"
          const assertions: Extract<Step, { kind: "scoped" }>["assertions"] = [];
          for (;;) {
            const lhs = scopedValue();
            const cmp = comparator(text[i++]!);
            const rhs = [scopedValue()];
            while (peek() === ",") {
              i++;
              rhs.push(scopedValue());
            }
            assertions.push({ lhs, comparator: cmp, rhs, insensitive: insensitive() });
            ws();
            if (peek() !== "&") break;
            i += 2;
          }
          i++; // "]"
          return { kind: "scoped", path, assertions };
        }
        const path = attributePath();
        ws();
        const next = text[i++]!;
        if (next === "]") return { kind: "attribute", path, values: [], insensitive: false };
        const cmp = comparator(next);
        const values = [value()];
        ws();
        while (peek() === ",") {
          i++;
          values.push(value());
          ws();
        }
        const ci = insensitive();
        i++; // "]"
        return { kind: "attribute", path, comparator: cmp, values, insensitive: ci };
      }
      case ">":
        return { kind: "neighbour", reverse: false, relationships: [] };
      case "<": {
        if (peek() !== "-") return { kind: "neighbour", reverse: true, relationships: [] };
        i += 2; // "-["
        const end = text.indexOf("]", i);
        const relationships = text.slice(i, end).split(",").map((r) => r.trim());
        i = end + 2; // "]-"
        return { kind: "neighbour", reverse: true, relationships };
      }
      case "~":
        i++;
        return { kind: "recursiveNeighbour" };
      case "-": {
        i++; // "["
        const end = text.indexOf("]", i);
        const relationships = text.slice(i, end).split(",").map((r) => r.trim());
        i = end + 3; // "]->"
        return { kind: "neighbour", reverse: false, relationships };
      }
      case "*":
        return undefined;
      case "$": {
        ws();
        if (peek() === "{") {
          i++;
          ws();
          const name = identifier();
          ws();
          i++; // "}"
          return { kind: "get", name };
        }
        const name = identifier();
        ws();
        i++; // "("
        const selector = sequence();
        ws();
        i++; // ")"
        return { kind: "store", name, selector };
      }
      default: {
        i--;
        return { kind: "type", test: typeTest(identifier()) };
      }
    }
  };
  const sequence = (): Step[] => {
    const out: Step[] = [];
    ws();
    while (i < text.length && !",])".includes(peek())) {
      const before = i;
      const s = step();
      if (s) out.push(s);
      ws();
      // Never loop on text selector-syntax.ts accepted but this parser does not read.
      if (i <= before) throw new SelectorSyntaxError(`Unexpected selector text at ${before}: ${text.slice(before)}`);
    }
    return out;
  };
  const steps = sequence();
  return { text, steps, roots };
}

// ---- attribute values (Smithy's AttributeValue): what `[path]` and `@{path}` read

type Value =
  | { kind: "empty" }
  | { kind: "literal"; value: string }
  | { kind: "node"; value: Json }
  | { kind: "projection"; values: Value[] }
  | { kind: "id"; id: string }
  | { kind: "service"; id: string }
  | { kind: "traits"; id: string }
  | { kind: "shape"; id: string; vars: Vars }
  | { kind: "vars"; vars: Vars };

const EMPTY: Value = { kind: "empty" };

function present(v: Value): boolean {
  if (v.kind === "empty") return false;
  if (v.kind === "node") return v.value !== null;
  if (v.kind === "projection") return v.values.length > 0;
  return true;
}

function flattened(v: Value): Value[] {
  return v.kind === "projection" ? v.values.flatMap(flattened) : [v];
}

/**
 * A number as Smithy's Node holds it, by its text: an integer as written
 * (Long or BigInteger, exact), a decimal as Java prints a Double (`1.0`,
 * `1000.0` for `1e3`, `1.0E21`). Attribute comparisons and message
 * templates see this text.
 */
class JavaNumber {
  constructor(readonly text: string) {}
}

/** A trait value as selectors read it: JSON with numbers as Smithy prints them. */
type Json = null | boolean | string | JavaNumber | Json[] | { [key: string]: Json };

/** Java's Double.toString, for the values JavaScript prints the same digits of. */
function javaDouble(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const text = String(n);
    return text.includes(".") ? text : `${text}.0`;
  }
  const [mantissa, exponent] = n.toExponential().split("e");
  return `${mantissa!.includes(".") ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** A number's text as written in the model (IDL or JSON AST). */
function numberText(source: string, value: number): JavaNumber {
  return new JavaNumber(/[.eE]/.test(source) ? javaDouble(value) : source.replace(/^\+/, "").replace(/^(-?)0+(?=\d)/, "$1"));
}

function jsonOfSyntax(node: NodeSyntax): Json {
  switch (node.kind) {
    case "string":
      return node.value;
    case "shapeId":
      return node.resolved ?? node.text;
    case "number":
      return numberText(node.source, node.value);
    case "boolean":
      return node.value;
    case "null":
      return null;
    case "array":
      return node.items.map(jsonOfSyntax);
    case "object": {
      const out: { [key: string]: Json } = {};
      for (const entry of node.entries) out[entry.key] = jsonOfSyntax(entry.value);
      return out;
    }
  }
}

/** A value without its text: an integer prints as one, anything else as a Double. */
function jsonOfValue(value: NodeValue): Json {
  if (typeof value === "number") return new JavaNumber(Number.isInteger(value) && Math.abs(value) < 2 ** 53 ? String(value) : javaDouble(value));
  if (Array.isArray(value)) return value.map(jsonOfValue);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) out[key] = jsonOfValue(item);
    return out;
  }
  return value;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof JavaNumber);
}

function nodeString(value: Json): string {
  if (typeof value === "string") return value;
  if (value instanceof JavaNumber) return value.text;
  if (typeof value === "boolean") return String(value);
  return "";
}

/** Node.printJson: compact JSON, numbers as Smithy holds them. */
function printJson(value: Json): string {
  if (value instanceof JavaNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(printJson).join(",")}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${printJson(v)}`).join(",")}}`;
  return JSON.stringify(value);
}

// ---- the evaluator

interface Edge {
  to: string;
  /** The selector label: "" for a member's target. */
  label: string;
}

type Emit = (id: string, vars: Vars) => boolean;

/** Evaluates full selectors over one model (shapes and members of `shapes`). */
export class SelectorEngine {
  private readonly forward = new Map<string, Edge[]>();
  private reverseIndex?: Map<string, Edge[]>;
  private reverseWithTraits?: Map<string, Edge[]>;
  private allIds?: string[];
  private readonly traitCache = new Map<string, Record<string, NodeValue>>();
  private readonly rootResults = new Map<FullSelector, Set<string>[]>();

  /** Each trait application's value as written, by `target trait` (one application only). */
  private readonly written = new Map<string, NodeSyntax | null>();

  /** `applications`: the model's trait applications with their syntax, for numbers as written. */
  constructor(
    private readonly shapes: ReadonlyMap<string, Shape>,
    applications: readonly { target: string; trait: string; node?: NodeSyntax }[] = [],
    /** The type a shape was declared with, where the AST changed it (an IDL 1.0 `set` is a list there). */
    private readonly declaredType: (id: string) => string | undefined = () => undefined,
  ) {
    for (const app of applications) {
      const key = `${app.target} ${app.trait}`;
      // Applied twice (a list trait merged by `apply`): the merged value, not one text.
      this.written.set(key, this.written.has(key) || !app.node ? null : app.node);
    }
  }

  /** A trait's value on a shape or member as selectors read it: from its syntax where there is one. */
  private traitJson(id: string, trait: string): Json {
    const syntax = this.writtenValue(id, trait, new Set());
    return syntax ? jsonOfSyntax(syntax) : jsonOfValue(this.traitsOf(id)[trait] ?? null);
  }

  private writtenValue(id: string, trait: string, seen: Set<string>): NodeSyntax | undefined {
    const origin = this.traitOrigin(id, trait, seen);
    return origin === undefined ? undefined : (this.written.get(`${origin} ${trait}`) ?? undefined);
  }

  /**
   * The shape or member a trait of `id` was applied to: `id` itself, or,
   * for a trait it has from a mixin, the mixin (or its member) it comes from
   * (a later mixin's over an earlier one's, as traitsOf merges them).
   */
  traitOrigin(id: string, trait: string, seen = new Set<string>()): string | undefined {
    if (this.written.has(`${id} ${trait}`)) return id;
    const dollar = id.indexOf("$");
    const root = dollar === -1 ? id : id.slice(0, dollar);
    if (seen.has(root)) return undefined;
    seen.add(root);
    const own = dollar === -1 ? this.shapes.get(root)?.traits : localMembers(this.shapes.get(root))[id.slice(dollar + 1)]?.traits;
    if (own && Object.hasOwn(own, trait)) return id;
    const mixins = this.shapes.get(root)?.mixins ?? [];
    for (let i = mixins.length - 1; i >= 0; i--) {
      const from = dollar === -1 ? mixins[i]!.target : `${mixins[i]!.target}${id.slice(dollar)}`;
      if (Object.hasOwn(this.traitsOf(from), trait)) return this.traitOrigin(from, trait, seen);
    }
    return undefined;
  }


  /** Every shape and member of the model: where Smithy's `select(model)` starts. */
  ids(): string[] {
    if (!this.allIds) {
      const out: string[] = [];
      for (const id of this.shapes.keys()) {
        out.push(id);
        for (const name of Object.keys(allMembers(this.shapes as Map<string, Shape>, id))) out.push(`${id}$${name}`);
      }
      this.allIds = out;
    }
    return this.allIds;
  }

  exists(id: string): boolean {
    return this.typeOf(id) !== undefined;
  }

  /** The shapes the selector yields from every shape of the model. */
  select(selector: FullSelector): Set<string> {
    const out = new Set<string>();
    this.matches(selector, (id) => {
      out.add(id);
      return false;
    });
    return out;
  }

  /** The shapes the selector yields when started from `starts` alone (Smithy's select with a starting context). */
  selectFrom(starts: Iterable<string>, selector: FullSelector): Set<string> {
    const out = new Set<string>();
    for (const id of starts) {
      this.run(selector, selector.steps, 0, id, NO_VARS, (match) => {
        out.add(match);
        return false;
      });
    }
    return out;
  }

  /** Each match with the variables captured on its way (Smithy's consumeMatches); a shape may match more than once. */
  matches(selector: FullSelector, emit: Emit): void {
    for (const id of this.ids()) this.run(selector, selector.steps, 0, id, NO_VARS, emit);
  }

  /** The result of the selector's `:root(...)` number `index`: evaluated once, over the whole model, with no variables. */
  private rootResult(selector: FullSelector, index: number): Set<string> {
    let results = this.rootResults.get(selector);
    if (!results) this.rootResults.set(selector, (results = []));
    let result = results[index];
    if (!result) {
      // A root nested in another is computed first, when the outer one reads it.
      const out = new Set<string>();
      for (const id of this.ids()) {
        this.run(selector, selector.roots[index]!, 0, id, NO_VARS, (match) => {
          out.add(match);
          return false;
        });
      }
      results[index] = result = out;
    }
    return result;
  }

  /** Pushes `id` through steps[at..]; returns true when `emit` asked to stop. */
  private run(selector: FullSelector, steps: Step[], at: number, id: string, vars: Vars, emit: Emit): boolean {
    if (at === steps.length) return emit(id, vars);
    const step = steps[at]!;
    const next: Emit = (to, v) => this.run(selector, steps, at + 1, to, v, emit);
    switch (step.kind) {
      case "type": {
        const type = this.typeOf(id);
        return type !== undefined && step.test(type) ? next(id, vars) : false;
      }
      case "attribute":
        return this.attributeMatches(id, vars, step) ? next(id, vars) : false;
      case "scoped":
        return this.scopedMatches(id, vars, step) ? next(id, vars) : false;
      case "neighbour": {
        const traits = step.relationships.includes("trait");
        const edges = step.reverse ? this.reverseEdges(id, traits) : this.edges(id, traits);
        for (const edge of edges) {
          // `>` and `<` follow declared relationships only: a `bound` one must be named.
          if (step.relationships.length > 0 ? !step.relationships.includes(edge.label) : edge.label === "bound") continue;
          if (next(edge.to, vars)) return true;
        }
        return false;
      }
      case "recursiveNeighbour": {
        // The shape itself is never one of its recursive neighbours, even in a cycle.
        const seen = new Set<string>([id]);
        const queue = [id];
        while (queue.length > 0) {
          for (const edge of this.edges(queue.shift()!, false)) {
            // `~>` follows relationships as they are declared: never back up a `bound` one.
            if (seen.has(edge.to) || edge.label === "bound") continue;
            seen.add(edge.to);
            if (next(edge.to, vars)) return true;
            queue.push(edge.to);
          }
        }
        return false;
      }
      case "get": {
        const root = /^\0root(\d+)$/.exec(step.name);
        const shapes = root ? this.rootResult(selector, Number(root[1])) : (vars.get(step.name) ?? new Set<string>());
        for (const to of shapes) if (next(to, vars)) return true;
        return false;
      }
      case "store": {
        const captured = new Set<string>();
        this.run(selector, step.selector, 0, id, vars, (match) => {
          captured.add(match);
          return false;
        });
        const inner = new Map(vars);
        inner.set(step.name, captured);
        return next(id, inner);
      }
      case "function":
        return this.runFunction(selector, step, id, vars, next);
    }
  }

  private yieldsAny(selector: FullSelector, steps: Step[], id: string, vars: Vars): boolean {
    return this.run(selector, steps, 0, id, vars, () => true);
  }

  private runFunction(selector: FullSelector, step: Extract<Step, { kind: "function" }>, id: string, vars: Vars, next: Emit): boolean {
    switch (step.name) {
      case "is":
      case "each":
        // Passes on whatever each argument yields from the shape (not only the shape itself).
        for (const arg of step.args) if (this.run(selector, arg, 0, id, vars, next)) return true;
        return false;
      case "not":
        return this.yieldsAny(selector, step.args[0]!, id, vars) ? false : next(id, vars);
      case "test":
        return step.args.some((arg) => this.yieldsAny(selector, arg, id, vars)) ? next(id, vars) : false;
      case "in":
        return this.run(selector, step.args[0]!, 0, id, vars, (match) => match === id) ? next(id, vars) : false;
      case "root":
        // Parsed into a variable read of the root's result (see parseFullSelector).
        return this.run(selector, step.args[0]!, 0, id, vars, next);
      case "recursive": {
        const seen = new Set<string>();
        const queue = [id];
        while (queue.length > 0) {
          const from = queue.shift()!;
          const stop = this.run(selector, step.args[0]!, 0, from, vars, (match) => {
            if (seen.has(match)) return false;
            seen.add(match);
            if (next(match, vars)) return true;
            queue.push(match);
            return false;
          });
          if (stop) return true;
        }
        return false;
      }
      case "topdown":
        return this.topDown(selector, step, id, vars, next);
      default:
        // Smithy accepts an unknown function (with a logged warning) and it yields nothing.
        return false;
    }
  }

  private topDown(selector: FullSelector, step: Extract<Step, { kind: "function" }>, id: string, vars: Vars, next: Emit): boolean {
    const type = this.typeOf(id);
    if (type !== "service" && type !== "resource" && type !== "operation") return false;
    const [qualifier, disqualifier] = step.args;
    const visited = new Set<string>();
    const walk = (shape: string, qualifiedAbove: boolean): boolean => {
      if (visited.has(shape)) return false;
      visited.add(shape);
      let qualified = qualifiedAbove || this.yieldsAny(selector, qualifier!, shape, vars);
      if (qualified && disqualifier && this.yieldsAny(selector, disqualifier, shape, vars)) qualified = false;
      if (qualified && next(shape, vars)) return true;
      for (const edge of this.edges(shape, false)) {
        if ((edge.label === "resource" || edge.label === "operation") && edge.to !== shape && walk(edge.to, qualified)) return true;
      }
      return false;
    };
    return walk(id, false);
  }

  // ---- attributes

  private attributeMatches(id: string, vars: Vars, step: Extract<Step, { kind: "attribute" }>): boolean {
    const lhs = this.path({ kind: "shape", id, vars }, step.path);
    if (step.comparator === undefined) return present(lhs);
    return step.values.some((v) => compare(step.comparator!, lhs, { kind: "literal", value: v }, step.insensitive));
  }

  private scopedMatches(id: string, vars: Vars, step: Extract<Step, { kind: "scoped" }>): boolean {
    const scope = this.path({ kind: "shape", id, vars }, step.path);
    if (!present(scope)) return false;
    const read = (s: Scoped, value: Value): Value => ("literal" in s ? { kind: "literal", value: s.literal } : this.path(value, s.path));
    return flattened(scope).some((value) =>
      step.assertions.every((a) => {
        const lhs = read(a.lhs, value);
        return a.rhs.some((r) => compare(a.comparator, lhs, read(r, value), a.insensitive));
      }),
    );
  }

  /** Follows a path of properties from a value (AttributeValue.getPath). */
  path(from: Value, path: readonly string[]): Value {
    let value = from;
    for (const key of path) value = this.property(value, key);
    return value;
  }

  /** A shape (with the variables of its match) as an attribute value. */
  shapeValue(id: string, vars: Vars): Value {
    return { kind: "shape", id, vars };
  }

  private property(value: Value, key: string): Value {
    switch (value.kind) {
      case "empty":
        return EMPTY;
      case "literal":
        return key === "(length)" ? { kind: "literal", value: String(value.value.length) } : EMPTY;
      case "node": {
        const node = value.value;
        if (node instanceof JavaNumber) return EMPTY;
        if (Array.isArray(node)) {
          if (key === "(values)") return { kind: "projection", values: node.map((v) => ({ kind: "node", value: v })) };
          if (key === "(length)") return { kind: "literal", value: String(node.length) };
          return EMPTY;
        }
        if (isObject(node)) {
          if (key === "(keys)") return { kind: "projection", values: Object.keys(node).map((k) => ({ kind: "node", value: k })) };
          if (key === "(values)") return { kind: "projection", values: Object.values(node).map((v) => ({ kind: "node", value: v })) };
          if (key === "(length)") return { kind: "literal", value: String(Object.keys(node).length) };
          return Object.hasOwn(node, key) ? { kind: "node", value: node[key]! } : EMPTY;
        }
        if (typeof node === "string" && key === "(length)") return { kind: "literal", value: String(node.length) };
        return EMPTY;
      }
      case "projection": {
        if (key === "(first)") return value.values.length === 0 ? EMPTY : flattened(value)[0] ?? EMPTY;
        return { kind: "projection", values: value.values.map((v) => this.property(v, key)).filter(present) };
      }
      case "id": {
        const hash = value.id.indexOf("#");
        const dollar = value.id.indexOf("$");
        if (key === "name") return { kind: "literal", value: value.id.slice(hash + 1, dollar === -1 ? undefined : dollar) };
        if (key === "namespace") return { kind: "literal", value: value.id.slice(0, hash) };
        if (key === "member") return dollar === -1 ? EMPTY : { kind: "literal", value: value.id.slice(dollar + 1) };
        if (key === "(length)") return { kind: "literal", value: String(value.id.length) };
        return EMPTY;
      }
      case "service": {
        if (key === "version") {
          const version = (this.shapes.get(value.id) as { version?: string } | undefined)?.version;
          return { kind: "literal", value: version ?? "" };
        }
        if (key === "id") return { kind: "id", id: value.id };
        return EMPTY;
      }
      case "traits": {
        const traits = this.traitsOf(value.id);
        if (key === "(keys)") return { kind: "projection", values: Object.keys(traits).map((id) => ({ kind: "id", id })) };
        if (key === "(values)") return { kind: "projection", values: Object.keys(traits).map((t) => ({ kind: "node", value: this.traitJson(value.id, t) })) };
        if (key === "(length)") return { kind: "literal", value: String(Object.keys(traits).length) };
        const traitId = key.includes("#") ? key : `smithy.api#${key}`;
        return Object.hasOwn(traits, traitId) ? { kind: "node", value: this.traitJson(value.id, traitId) } : EMPTY;
      }
      case "shape": {
        if (key === "trait") return { kind: "traits", id: value.id };
        if (key === "id") return { kind: "id", id: value.id };
        if (key === "service") return this.typeOf(value.id) === "service" ? { kind: "service", id: value.id } : EMPTY;
        if (key === "var") return { kind: "vars", vars: value.vars };
        return EMPTY;
      }
      case "vars": {
        const shapes = value.vars.get(key) ?? new Set<string>();
        return { kind: "projection", values: [...shapes].map((id) => ({ kind: "shape", id, vars: value.vars })) };
      }
    }
  }

  // ---- the model: types, traits, relationships

  private readonly memberTypes = new Map<string, string | undefined>();

  typeOf(id: string): string | undefined {
    const dollar = id.indexOf("$");
    if (dollar !== -1) {
      // Asked for every member at every step: looked up once.
      if (this.memberTypes.has(id)) return this.memberTypes.get(id);
      const container = id.slice(0, dollar);
      const type = Object.hasOwn(allMembers(this.shapes as Map<string, Shape>, container), id.slice(dollar + 1)) ? "member" : undefined;
      this.memberTypes.set(id, type);
      return type;
    }
    if (dollar === -1) {
      const type = this.shapes.get(id)?.type;
      return type === "list" && this.declaredType(id) === "set" ? "set" : type;
    }
    const container = id.slice(0, dollar);
    return Object.hasOwn(allMembers(this.shapes as Map<string, Shape>, container), id.slice(dollar + 1)) ? "member" : undefined;
  }

  /**
   * The traits a shape or member has once mixins are applied: a mixin's
   * traits (but `@mixin` itself and its `localTraits`) and its members'
   * traits, under the shape's own.
   */
  traitsOf(id: string): Record<string, NodeValue> {
    let traits = this.traitCache.get(id);
    if (traits) return traits;
    traits = {};
    const dollar = id.indexOf("$");
    const root = dollar === -1 ? id : id.slice(0, dollar);
    const shape = this.shapes.get(root);
    for (const mixin of shape?.mixins ?? []) {
      const inherited = this.traitsOf(dollar === -1 ? mixin.target : `${mixin.target}${id.slice(dollar)}`);
      const local = dollar === -1 ? localTraitsOf(this.shapes.get(mixin.target)?.traits) : new Set<string>();
      for (const [trait, value] of Object.entries(inherited)) if (!local.has(trait)) traits[trait] = value;
    }
    const own = dollar === -1 ? shape?.traits : localMembers(shape)[id.slice(dollar + 1)]?.traits;
    Object.assign(traits, own ?? {});
    // What Smithy's loaded shapes carry beyond the AST: a synthetic `@box` on
    // booleans and numbers, and an enum's values as `smithy.synthetic#enum`.
    if (dollar === -1 && shape && BOXED.has(shape.type) && !Object.hasOwn(traits, "smithy.api#default")) traits["smithy.api#box"] = {};
    if (dollar === -1 && shape?.type === "enum") traits["smithy.synthetic#enum"] = this.syntheticEnum(id);
    this.traitCache.set(id, traits);
    return traits;
  }

  private syntheticEnum(id: string): NodeValue {
    return Object.entries(allMembers(this.shapes as Map<string, Shape>, id)).map(([name, member]) => {
      const t = member.traits ?? {};
      const out: Record<string, NodeValue> = { value: t["smithy.api#enumValue"] ?? name, name };
      if (t["smithy.api#documentation"] !== undefined) out.documentation = t["smithy.api#documentation"]!;
      if (t["smithy.api#tags"] !== undefined) out.tags = t["smithy.api#tags"]!;
      if (t["smithy.api#deprecated"] !== undefined) out.deprecated = true;
      return out;
    });
  }

  /** Forward relationships (Smithy's NeighborProvider), without a member's way back to its container. */
  edges(id: string, withTraits: boolean): Edge[] {
    let edges = this.forward.get(id);
    if (!edges) {
      edges = this.computeEdges(id).filter((e) => this.exists(e.to));
      this.forward.set(id, edges);
    }
    if (!withTraits) return edges;
    return [...edges, ...Object.keys(this.traitsOf(id)).filter((t) => this.shapes.has(t)).map((to) => ({ to, label: "trait" }))];
  }

  private computeEdges(id: string): Edge[] {
    const out: Edge[] = [];
    const dollar = id.indexOf("$");
    if (dollar !== -1) {
      const container = id.slice(0, dollar);
      const member = allMembers(this.shapes as Map<string, Shape>, container)[id.slice(dollar + 1)];
      // An enum's members hold values, not shapes: Smithy gives them no target.
      const type = this.shapes.get(container)?.type;
      if (member && type !== "enum" && type !== "intEnum") out.push({ to: member.target, label: "" });
      return out;
    }
    const shape = this.shapes.get(id);
    if (!shape) return out;
    for (const name of Object.keys(allMembers(this.shapes as Map<string, Shape>, id))) out.push({ to: `${id}$${name}`, label: "member" });
    for (const mixin of shape.mixins ?? []) out.push({ to: mixin.target, label: "mixin" });
    const record = shape as unknown as Record<string, unknown>;
    const ref = (key: string): string | undefined => (record[key] as { target?: string } | undefined)?.target;
    const refs = (key: string): string[] => ((record[key] as { target: string }[] | undefined) ?? []).map((r) => r.target);
    if (shape.type === "operation") {
      // An operation without input or output (smithy.api#Unit) has no such relationship.
      for (const key of ["input", "output"]) {
        const to = ref(key);
        if (to && to !== UNIT) out.push({ to, label: key });
      }
      for (const to of refs("errors")) out.push({ to, label: "error" });
    } else if (shape.type === "service") {
      for (const to of refs("operations")) out.push({ to, label: "operation" });
      for (const to of refs("resources")) out.push({ to, label: "resource" });
      for (const to of refs("errors")) out.push({ to, label: "error" });
    } else if (shape.type === "resource") {
      for (const key of ["identifiers", "properties"]) {
        const map = (record[key] as Record<string, { target: string }> | undefined) ?? {};
        for (const value of Object.values(map)) out.push({ to: value.target, label: key === "identifiers" ? "identifier" : "property" });
      }
      // As the pinned Smithy relates them: `operation` is the `operations`
      // list alone, `collectionOperation` the `collectionOperations` list,
      // `instanceOperation` the `operations` list and put/read/update/delete.
      for (const key of ["create", "put", "read", "update", "delete", "list"]) {
        const to = ref(key);
        if (!to) continue;
        out.push({ to, label: key });
        if (key !== "create" && key !== "list") out.push({ to, label: "instanceOperation" });
      }
      for (const to of refs("operations")) out.push({ to, label: "operation" }, { to, label: "instanceOperation" });
      for (const to of refs("collectionOperations")) out.push({ to, label: "collectionOperation" });
      for (const to of refs("resources")) out.push({ to, label: "resource" });
      // A resource leads back to what binds it (`bound`); in the pinned Smithy an operation does not.
      for (const binder of this.binders().get(id) ?? []) out.push({ to: binder, label: "bound" });
    }
    return out;
  }

  private binderIndex?: Map<string, string[]>;

  /** Resource → the services and resources whose `resources` list it. */
  private binders(): Map<string, string[]> {
    if (!this.binderIndex) {
      const index = new Map<string, string[]>();
      for (const [id, shape] of this.shapes) {
        if (shape.type !== "service" && shape.type !== "resource") continue;
        for (const ref of shape.resources ?? []) index.set(ref.target, [...(index.get(ref.target) ?? []), id]);
      }
      this.binderIndex = index;
    }
    return this.binderIndex;
  }

  /** Who reaches `id` by a forward relationship, and by which label. */
  reverseEdges(id: string, withTraits: boolean): Edge[] {
    let index = withTraits ? this.reverseWithTraits : this.reverseIndex;
    if (!index) {
      index = new Map();
      // As the pinned Smithy answers (measured, see validator-definitions.oracle.test.ts):
      // no `instanceOperation` relationship is found backwards, and `<-[bound]-`
      // from a resource leads, like `-[bound]->`, to what binds it.
      for (const from of this.ids()) {
        for (const edge of this.edges(from, withTraits)) {
          if (edge.label === "instanceOperation") continue;
          if (edge.label === "bound") {
            const list = index.get(from);
            if (list) list.push({ to: edge.to, label: "bound" });
            else index.set(from, [{ to: edge.to, label: "bound" }]);
            continue;
          }
          const list = index.get(edge.to);
          if (list) list.push({ to: from, label: edge.label });
          else index.set(edge.to, [{ to: from, label: edge.label }]);
        }
      }
      if (withTraits) this.reverseWithTraits = index;
      else this.reverseIndex = index;
    }
    return index.get(id) ?? [];
  }
}

function localTraitsOf(traits: Record<string, NodeValue> | undefined): Set<string> {
  const mixin = traits?.["smithy.api#mixin"];
  const local = new Set<string>(["smithy.api#mixin"]);
  const listed = mixin !== null && typeof mixin === "object" && !Array.isArray(mixin) ? mixin.localTraits : undefined;
  if (Array.isArray(listed)) for (const t of listed) if (typeof t === "string") local.add(t);
  return local;
}

// ---- comparisons (Smithy's AttributeComparator)

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function stringOf(v: Value): string {
  switch (v.kind) {
    case "literal":
      return v.value;
    case "node":
      return nodeString(v.value);
    case "id":
    case "service":
    case "shape":
      return v.id;
    default:
      return "";
  }
}

function compareOne(comparator: Comparator, lhs: Value, rhs: Value, insensitive: boolean): boolean {
  if (!present(lhs) || !present(rhs)) return false;
  let a = stringOf(lhs);
  let b = stringOf(rhs);
  if (insensitive) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  switch (comparator) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "^=":
      return a.startsWith(b);
    case "$=":
      return a.endsWith(b);
    case "*=":
      return a.includes(b);
    default: {
      // Numbers compare as BigDecimal; text that is not a number never matches.
      if (!NUMBER_TEXT.test(a) || !NUMBER_TEXT.test(b)) return false;
      const x = Number(a);
      const y = Number(b);
      if (comparator === ">") return x > y;
      if (comparator === ">=") return x >= y;
      if (comparator === "<") return x < y;
      return x <= y;
    }
  }
}

function subset(a: Value[], b: Value[], insensitive: boolean): boolean {
  return a.every((x) => b.some((y) => compareOne("=", x, y, insensitive)));
}

function compare(comparator: Comparator, lhs: Value, rhs: Value, insensitive: boolean): boolean {
  if (comparator === "?=") {
    const expected = stringOf(rhs);
    return (present(lhs) && expected === "true") || (!present(lhs) && expected === "false");
  }
  if (comparator.startsWith("{")) {
    const both = lhs.kind === "projection" && rhs.kind === "projection";
    const a = flattened(lhs);
    const b = flattened(rhs);
    const equal = both && subset(a, b, insensitive) && subset(b, a, insensitive);
    if (comparator === "{=}") return equal;
    if (comparator === "{!=}") return !equal;
    if (!both || !subset(a, b, insensitive)) return false;
    return comparator === "{<}" || !subset(b, a, insensitive);
  }
  for (const l of flattened(lhs)) for (const r of flattened(rhs)) if (compareOne(comparator, l, r, insensitive)) return true;
  return false;
}

/** A value as a message template prints it (AttributeValue.toMessageString). */
export function messageString(v: Value): string {
  if (v.kind === "node") return printJson(v.value);
  if (v.kind === "projection") return `[${flattened(v).map(messageString).sort().join(", ")}]`;
  if (v.kind === "traits" || v.kind === "vars" || v.kind === "empty") return "";
  return stringOf(v);
}

export type { Value as AttributeValue };
