// A small evaluator for the Smithy selectors
// (https://smithy.io/2.0/spec/selectors.html) that the bundled trait
// definitions use — the pinned Smithy's own, unchanged: shape types (with
// simpleType/number/collection), `*`, `[trait|name]`, `[id=...]`,
// `[id|member=...]`, `>` (forward neighbours), `-[input, output]->`
// (named relationships), `~>` (recursive neighbours), `:is`, `:not`, `:test`.
// A trait may be applied to a shape when the shape is in the selector's
// result set, i.e. some path through the selector ends at that shape.
// Written here because no JavaScript library evaluates Smithy selectors.
// Any other selector (a model's own trait, a `@traitValidators` entry, a
// shape closure) is handed to the full evaluator, selector-engine.ts, which
// runs the whole grammar more slowly; the fast forms stay here because trait
// selectors run for every trait application of a model.

import type { Shape } from "../../model/ast.js";
import { allMembers, localMembers } from "../assembler.js";
import { type FullSelector, parseFullSelector, SelectorEngine, SelectorSyntaxError } from "./selector-engine.js";
import { selectorSyntaxError } from "./selector-syntax.js";

type Atom =
  | { kind: "any" }
  | { kind: "type"; name: string }
  | { kind: "trait"; trait: string }
  | { kind: "attribute"; attribute: "id" | "id|member"; value: string }
  | { kind: "function"; name: "is" | "not" | "test"; args: Selector[] };
/** How one step leads to the next: `>`, `-[names]->` or `~>`. */
type Link = { kind: "forward" } | { kind: "named"; names: string[] } | { kind: "recursive" };
/**
 * Steps (each a conjunction of atoms) joined by links: links[i] leads from
 * steps[i] to steps[i + 1]. A selector beyond the forms above (comparators,
 * scoped attributes, `<`, variables, `:in`, `:root`, ...) is run by the full
 * evaluator (selector-engine.ts) instead: `full` is set and the steps are empty.
 */
interface Selector {
  steps: Atom[][];
  links: Link[];
  full?: FullSelector;
}
/** A relationship, named as selectors name it (`input`, `member`, `put`, ...). */
interface Edge {
  to: string;
  name: string;
}

const SIMPLE = ["blob", "boolean", "document", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "enum", "intEnum"];
const AGGREGATE = ["list", "set", "map", "structure", "union"];
const NUMBER = ["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"];
const SINGLE_REFS = ["input", "output", "create", "put", "read", "update", "delete", "list"];
const LIST_REFS: Record<string, string> = { errors: "error", operations: "operation", resources: "resource", collectionOperations: "collectionOperation" };

export class SelectorError extends Error {}

/** Relationship names the fast edges carry as Smithy names them. */
const FAST_RELATIONSHIPS = new Set(["input", "output", "error", "operation", "resource", "collectionOperation", "member", "mixin", "identifier", "property", "create", "put", "read", "update", "delete", "list"]);

/**
 * Parses a selector: into the fast form when it uses only the forms above,
 * else into the full evaluator's form. Throws SelectorError only for a
 * selector Smithy cannot parse either.
 */
export function parseSelector(text: string): Selector {
  try {
    return parseSimpleSelector(text);
  } catch (error) {
    if (!(error instanceof SelectorError) || selectorSyntaxError(text) !== undefined) throw error;
    try {
      return { steps: [], links: [], full: parseFullSelector(text) };
    } catch (inner) {
      if (inner instanceof SelectorSyntaxError) throw new SelectorError(inner.message);
      throw inner;
    }
  }
}

function parseSimpleSelector(text: string): Selector {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
  };
  const parseList = (): Selector[] => {
    const args: Selector[] = [];
    for (;;) {
      skip();
      if (text[i] === ")") {
        i++;
        return args;
      }
      if (i >= text.length) throw new SelectorError(`unterminated function in selector '${text}'`);
      args.push(parsePath(true));
    }
  };
  const parseAttribute = (): Atom => {
    const end = text.indexOf("]", i);
    if (end === -1) throw new SelectorError(`unterminated attribute in selector '${text}'`);
    const body = text.slice(i + 1, end);
    i = end + 1;
    // Traits Smithy's loaded shapes carry beyond the AST (box, the synthetic enum): the full evaluator's.
    if (/^trait\|(box|smithy\.api#box|smithy\.synthetic#.*)$/.test(body)) throw new SelectorError(`synthetic trait in '${text}'`);
    if (/^trait\|[A-Za-z0-9_.#]+$/.test(body)) {
      const name = body.slice(6);
      return { kind: "trait", trait: name.includes("#") ? name : `smithy.api#${name}` };
    }
    // Only a single plain or quoted value; anything else goes to the full evaluator.
    const match = /^(id|id\|member)=("[^"]*"|'[^']*'|[A-Za-z0-9_.#$]+)$/.exec(body);
    if (!match) throw new SelectorError(`unsupported attribute selector [${body}]`);
    return { kind: "attribute", attribute: match[1] as "id" | "id|member", value: match[2]!.replace(/^(["'])(.*)\1$/, "$2") };
  };
  const parseAtom = (): Atom => {
    if (text[i] === "*") {
      i++;
      return { kind: "any" };
    }
    if (text[i] === "[") return parseAttribute();
    if (text[i] === ":") {
      const match = /^:(is|not|test)\(/.exec(text.slice(i));
      if (!match) throw new SelectorError(`unsupported selector function at '${text.slice(i)}'`);
      i += match[0].length;
      return { kind: "function", name: match[1] as "is" | "not" | "test", args: parseList() };
    }
    const match = /^[A-Za-z]+/.exec(text.slice(i));
    if (!match) throw new SelectorError(`unexpected '${text[i]}' in selector '${text}'`);
    // An IDL 1.0 set is a list in the AST: the full evaluator tells them apart.
    if (match[0] === "set") throw new SelectorError(`set shapes in '${text}'`);
    i += match[0].length;
    return { kind: "type", name: match[0] };
  };
  const parsePath = (inList: boolean): Selector => {
    const selector: Selector = { steps: [[]], links: [] };
    const link = (l: Link): void => {
      selector.links.push(l);
      selector.steps.push([]);
    };
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      const c = text[i];
      if (c === undefined || (inList && (c === "," || c === ")"))) break;
      if (c === ">") {
        i++;
        link({ kind: "forward" });
      } else if (text.startsWith("~>", i)) {
        // Smithy's `~>` never returns to its start nor follows `bound`: the full evaluator's.
        throw new SelectorError(`recursive neighbours in '${text}'`);
      } else if (text.startsWith("-[", i)) {
        const end = text.indexOf("]->", i);
        if (end === -1) throw new SelectorError(`unterminated relationship in selector '${text}'`);
        const names = text.slice(i + 2, end).split(",").map((n) => n.trim()).filter(Boolean);
        // Relationships the fast edges do not name as Smithy does: the full evaluator has them.
        if (names.some((n) => !FAST_RELATIONSHIPS.has(n))) throw new SelectorError(`relationship beyond the fast forms in '${text}'`);
        i = end + 3;
        link({ kind: "named", names });
      } else {
        selector.steps[selector.steps.length - 1]!.push(parseAtom());
      }
    }
    return selector;
  };
  return parsePath(false);
}

export class SelectorEvaluator {
  private reverse?: Map<string, Edge[]>;
  private readonly members = new Map<string, { target: string; traits?: Record<string, unknown> } | null>();
  /** Edges of member ids, forward (to the target) and back (to the container); read only. */
  private readonly memberEdges = new Map<string, Edge[]>();
  private readonly memberContainers = new Map<string, Edge[]>();
  /** selectsByKind's answers, per selector, by the kind of shape asked about (see there). */
  private readonly byKind = new Map<Selector, Map<number, boolean>>();
  /** Each shape's kind for selectsByKind: its type; for a member, also its container's and target's. */
  private readonly kinds = new Map<string, number>();
  /** Shape types (and undefined: no such shape) numbered in the order first met. */
  private readonly typeNumbers = new Map<string | undefined, number>();
  /**
   * While selectsByKind evaluates: the shape asked about, and for a member its
   * container and target (their types make up its kind); `wider` turns true
   * when the evaluation looks at anything else.
   */
  private kindRoot: string | undefined;
  private kindContainer: string | undefined;
  private kindTarget: string | undefined;
  private wider = false;

  /** The full evaluator, for selectors beyond the fast forms; made when first needed. */
  private engine?: SelectorEngine;
  private readonly fullResults = new Map<FullSelector, Set<string>>();

  constructor(private readonly shapes: Map<string, Shape>) {}

  private fullEngine(): SelectorEngine {
    return (this.engine ??= new SelectorEngine(this.shapes));
  }

  /** Every shape a full selector yields from the whole model, computed once. */
  private fullResult(selector: FullSelector): Set<string> {
    let result = this.fullResults.get(selector);
    if (!result) this.fullResults.set(selector, (result = this.fullEngine().select(selector)));
    return result;
  }

  /**
   * selects(), answered once per selector and kind of shape where the answer
   * can depend on nothing else. A model applies each trait thousands of
   * times, and most trait selectors (\`:test(string, member > string)\`,
   * \`structure > member\`, \`operation\`) only look at the shape's type and,
   * for a member, at its container's and target's types. The first
   * evaluation for a kind records whether it looked any further (traits,
   * ids, other shapes' edges); only when it did not is its answer reused for
   * every shape of that kind.
   */
  selectsByKind(id: string, selector: Selector): boolean {
    if (selector.full) return this.fullResult(selector.full).has(id);
    let kind = this.kinds.get(id);
    if (kind === undefined) {
      // A number per kind: shape types numbered (a few dozen), a member's kind
      // from its container's and target's numbers. Kinds as built strings made
      // every lookup compare two unflattened strings character by character.
      const type = this.typeOf(id);
      kind = type === "member" ? 1 + this.typeNumber(this.typeOf(id.slice(0, id.indexOf("$")))) * 1024 + this.typeNumber(this.typeOf(this.memberOf(id)!.target)) : -1 - this.typeNumber(type);
      this.kinds.set(id, kind);
    }
    let answers = this.byKind.get(selector);
    if (answers === undefined) this.byKind.set(selector, (answers = new Map()));
    const known = answers.get(kind);
    if (known !== undefined) return known;
    this.kindRoot = id;
    const member = id.includes("$") ? this.memberOf(id) : undefined;
    this.kindContainer = member ? id.slice(0, id.indexOf("$")) : undefined;
    this.kindTarget = member?.target;
    this.wider = false;
    try {
      const answer = this.selects(id, selector);
      if (!this.wider) answers.set(kind, answer);
      return answer;
    } finally {
      this.kindRoot = undefined;
    }
  }

  private typeNumber(type: string | undefined): number {
    let n = this.typeNumbers.get(type);
    if (n === undefined) this.typeNumbers.set(type, (n = this.typeNumbers.size));
    return n;
  }

  /** Notes, during selectsByKind, that the evaluation looked at more than the shape's kind. */
  private beyondKind(): void {
    if (this.kindRoot !== undefined) this.wider = true;
  }

  /**
   * The shapes the selector yields when started from `starts` alone (Smithy's
   * Selector.select with a starting context): the first step filters the
   * starting shapes, each link then leads forward to the next step's shapes.
   */
  selectFrom(starts: Iterable<string>, selector: Selector): Set<string> {
    if (selector.full) return this.fullEngine().selectFrom(starts, selector.full);
    let current = new Set([...starts].filter((id) => this.matchesStep(id, selector.steps[0]!)));
    selector.links.forEach((link, i) => {
      const next = new Set<string>();
      for (const id of current) {
        for (const to of this.follow(id, link, (edge) => this.edges(edge))) {
          if (this.matchesStep(to, selector.steps[i + 1]!)) next.add(to);
        }
      }
      current = next;
    });
    return current;
  }

  /** True when `id` (a shape or member ID) is selected by the selector. */
  selects(id: string, selector: Selector): boolean {
    if (selector.full) return this.fullResult(selector.full).has(id);
    return this.endsAt(id, selector, selector.steps.length - 1);
  }

  // Both searches below run for every trait application of a model: a `>`
  // or named link walks the edges in place (the same shapes in the same
  // order as follow() lists them) rather than through arrays and closures.
  private endsAt(id: string, selector: Selector, step: number): boolean {
    if (!this.matchesStep(id, selector.steps[step]!)) return false;
    if (step === 0) return true;
    const link = selector.links[step - 1]!;
    if (link.kind === "recursive") return this.follow(id, link, (edge) => this.reverseEdges(edge)).some((p) => this.endsAt(p, selector, step - 1));
    for (const edge of this.reverseEdges(id)) {
      if (link.kind === "named" && !link.names.includes(edge.name)) continue;
      if (this.endsAt(edge.to, selector, step - 1)) return true;
    }
    return false;
  }

  /** True when the selector, started at `id`, yields any shape (Smithy's :test and :not). */
  private startsAt(id: string, selector: Selector, step: number): boolean {
    if (!this.matchesStep(id, selector.steps[step]!)) return false;
    if (step === selector.steps.length - 1) return true;
    const link = selector.links[step]!;
    if (link.kind === "recursive") return this.follow(id, link, (edge) => this.edges(edge)).some((n) => this.startsAt(n, selector, step + 1));
    for (const edge of this.edges(id)) {
      if (link.kind === "named" && !link.names.includes(edge.name)) continue;
      if (this.startsAt(edge.to, selector, step + 1)) return true;
    }
    return false;
  }

  /** Shapes one link away from `id` (for `~>`, any number ≥ 1 of links), in the direction `next` gives. */
  private follow(id: string, link: Link, next: (id: string) => Edge[]): string[] {
    if (link.kind === "forward") return next(id).map((e) => e.to);
    if (link.kind === "named") return next(id).filter((e) => link.names.includes(e.name)).map((e) => e.to);
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      for (const edge of next(queue.pop()!)) {
        if (!seen.has(edge.to)) {
          seen.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
    return [...seen];
  }

  private matchesStep(id: string, atoms: Atom[]): boolean {
    for (const atom of atoms) if (!this.matchesAtom(id, atom)) return false;
    return true;
  }

  private matchesAtom(id: string, atom: Atom): boolean {
    switch (atom.kind) {
      case "any":
        return true;
      case "trait":
        this.beyondKind();
        return atom.trait in (this.traitsOf(id) ?? {});
      case "type":
        return this.isType(id, atom.name);
      case "attribute":
        this.beyondKind();
        if (atom.attribute === "id") return id === atom.value;
        return id.includes("$") && id.slice(id.indexOf("$") + 1) === atom.value;
      case "function":
        // :is keeps a shape some argument selects; :test and :not push the
        // shape into each argument, as Smithy does, and keep it when one
        // (:test) or none (:not) yields anything.
        if (atom.name === "is") return atom.args.some((s) => this.selects(id, s));
        if (atom.name === "not") return !atom.args.some((s) => this.startsAt(id, s, 0));
        return atom.args.some((s) => this.startsAt(id, s, 0));
    }
  }

  private isType(id: string, name: string): boolean {
    const type = this.typeOf(id);
    if (!type) return false;
    if (name === "simpleType") return SIMPLE.includes(type);
    if (name === "number") return NUMBER.includes(type);
    if (name === "collection") return type === "list" || type === "set";
    // Smithy's shape type categories: aggregates hold members, service types
    // are the service closure's own; data types are simple or aggregate.
    if (name === "aggregateType") return AGGREGATE.includes(type);
    if (name === "serviceType") return type === "service" || type === "operation" || type === "resource";
    if (name === "dataType") return SIMPLE.includes(type) || AGGREGATE.includes(type);
    // enum is a specialised string, intEnum a specialised integer.
    if (name === "string" && type === "enum") return true;
    if (name === "integer" && type === "intEnum") return true;
    return type === name;
  }

  private typeOf(id: string): string | undefined {
    if (this.kindRoot !== undefined && id !== this.kindRoot && id !== this.kindContainer && id !== this.kindTarget) this.wider = true;
    if (id.includes("$")) return this.memberOf(id) ? "member" : undefined;
    return this.shapes.get(id)?.type;
  }

  private traitsOf(id: string): Record<string, unknown> | undefined {
    if (id.includes("$")) return this.memberOf(id)?.traits;
    return this.shapes.get(id)?.traits;
  }

  private memberOf(id: string): { target: string; traits?: Record<string, unknown> } | undefined {
    // Every step of every selector asks for the member behind an ID: looked
    // up once per evaluator (the model does not change while it validates).
    let member = this.members.get(id);
    if (member === undefined) {
      const dollar = id.indexOf("$");
      const root = id.slice(0, dollar);
      const name = id.slice(dollar + 1);
      member = localMembers(this.shapes.get(root))[name] ?? this.inheritedMember(root, name) ?? null;
      this.members.set(id, member);
    }
    return member ?? undefined;
  }

  private inheritedMember(root: string, name: string): { target: string } | undefined {
    for (const mixin of this.shapes.get(root)?.mixins ?? []) {
      const found = localMembers(this.shapes.get(mixin.target))[name] ?? this.inheritedMember(mixin.target, name);
      if (found) return found;
    }
    return undefined;
  }

  /** Forward relationships, named: shape → its members, member → its target, operation → input/output/errors, ... */
  private edges(id: string): Edge[] {
    // A member's one forward edge leads to its target, part of its kind.
    if (this.kindRoot !== undefined && (id !== this.kindRoot || this.kindContainer === undefined)) this.wider = true;
    if (id.includes("$")) {
      // A member's one edge, built once per evaluator (asked at each step through it).
      let edges = this.memberEdges.get(id);
      if (!edges) {
        const member = this.memberOf(id);
        // An enum's members hold values, not shapes: Smithy gives them no target.
        const container = this.shapes.get(id.slice(0, id.indexOf("$")))?.type;
        edges = member && container !== "enum" && container !== "intEnum" ? [{ to: member.target, name: "target" }] : [];
        this.memberEdges.set(id, edges);
      }
      return edges;
    }
    const shape = this.shapes.get(id);
    if (!shape) return [];
    // Members a shape has through its mixins are its members too.
    const out: Edge[] = Object.keys(allMembers(this.shapes, id)).map((name) => ({ to: `${id}$${name}`, name: "member" }));
    const record = shape as unknown as Record<string, unknown>;
    for (const key of SINGLE_REFS) {
      const ref = record[key] as { target?: string } | undefined;
      // No input or output relationship to smithy.api#Unit (Smithy's operation has none then).
      if ((shape.type === "operation" || shape.type === "resource") && typeof ref?.target === "string" && ref.target !== "smithy.api#Unit") out.push({ to: ref.target, name: key });
    }
    for (const [key, name] of Object.entries(LIST_REFS)) {
      const refs = record[key] as { target: string }[] | undefined;
      if (Array.isArray(refs)) out.push(...refs.map((r) => ({ to: r.target, name })));
    }
    // Mixins, and a resource's identifiers and properties, are relationships too (`>` follows them).
    for (const mixin of shape.mixins ?? []) out.push({ to: mixin.target, name: "mixin" });
    if (shape.type === "resource") {
      for (const [key, name] of [["identifiers", "identifier"], ["properties", "property"]] as const) {
        for (const ref of Object.values((record[key] as Record<string, { target: string }> | undefined) ?? {})) out.push({ to: ref.target, name });
      }
    }
    return out;
  }

  /** Forward neighbours (what `>` reaches). */
  neighbours(id: string): string[] {
    return this.edges(id).map((e) => e.to);
  }

  /** The same relationships, backwards: who reaches `id`, and by which name. */
  private reverseEdges(id: string): Edge[] {
    // A member's one backward edge leads to its container, part of its kind.
    if (this.kindRoot !== undefined && (id !== this.kindRoot || this.kindContainer === undefined)) this.wider = true;
    if (id.includes("$")) {
      let edges = this.memberContainers.get(id);
      if (!edges) this.memberContainers.set(id, (edges = [{ to: id.slice(0, id.indexOf("$")), name: "member" }]));
      return edges;
    }
    if (!this.reverse) {
      this.reverse = new Map();
      const add = (from: string): void => {
        for (const edge of this.edges(from)) {
          const list = this.reverse!.get(edge.to) ?? [];
          list.push({ to: from, name: edge.name });
          this.reverse!.set(edge.to, list);
          if (edge.name === "member") add(edge.to); // member → target
        }
      };
      for (const from of this.shapes.keys()) add(from);
    }
    return this.reverse.get(id) ?? [];
  }
}
