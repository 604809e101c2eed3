// A small evaluator for the subset of Smithy selectors
// (https://smithy.io/2.0/spec/selectors.html) used by the bundled trait
// definitions: shape types (with simpleType/number/collection), `*`,
// `[trait|name]`, `>` (forward neighbours), `:is`, `:not`, `:test`.
// A trait may be applied to a shape when the shape is in the selector's
// result set, i.e. some path through the selector ends at that shape.

import type { Shape } from "../../model/ast.js";
import { localMembers } from "../assembler.js";

type Atom =
  | { kind: "any" }
  | { kind: "type"; name: string }
  | { kind: "trait"; trait: string }
  | { kind: "function"; name: "is" | "not" | "test"; args: Selector[] };
/** Steps joined by `>`; a step is a conjunction of atoms. */
type Selector = Atom[][];

const SIMPLE = ["blob", "boolean", "document", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "enum", "intEnum"];
const NUMBER = ["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"];

export class SelectorError extends Error {}

export function parseSelector(text: string): Selector {
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
      args.push(parsePath(true));
    }
  };
  const parseAtom = (): Atom => {
    if (text[i] === "*") {
      i++;
      return { kind: "any" };
    }
    if (text[i] === "[") {
      const end = text.indexOf("]", i);
      const body = text.slice(i + 1, end);
      i = end + 1;
      if (!body.startsWith("trait|")) throw new SelectorError(`unsupported attribute selector [${body}]`);
      const name = body.slice(6);
      return { kind: "trait", trait: name.includes("#") ? name : `smithy.api#${name}` };
    }
    if (text[i] === ":") {
      const match = /^:(is|not|test)\(/.exec(text.slice(i));
      if (!match) throw new SelectorError(`unsupported selector function at '${text.slice(i)}'`);
      i += match[0].length;
      return { kind: "function", name: match[1] as "is" | "not" | "test", args: parseList() };
    }
    const match = /^[A-Za-z]+/.exec(text.slice(i));
    if (!match) throw new SelectorError(`unexpected '${text[i]}' in selector '${text}'`);
    i += match[0].length;
    return { kind: "type", name: match[0] };
  };
  const parsePath = (inList: boolean): Selector => {
    const steps: Atom[][] = [[]];
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      const c = text[i];
      if (c === undefined || (inList && (c === "," || c === ")"))) break;
      if (c === ">") {
        i++;
        steps.push([]);
        continue;
      }
      steps[steps.length - 1]!.push(parseAtom());
    }
    return steps;
  };
  return parsePath(false);
}

export class SelectorEvaluator {
  private reverse?: Map<string, string[]>;

  constructor(private readonly shapes: Map<string, Shape>) {}

  /** True when `id` (a shape or member ID) is selected by the selector. */
  selects(id: string, selector: Selector): boolean {
    return this.endsAt(id, selector, selector.length - 1);
  }

  private endsAt(id: string, selector: Selector, step: number): boolean {
    if (!this.matchesStep(id, selector[step]!)) return false;
    if (step === 0) return true;
    return this.predecessors(id).some((p) => this.endsAt(p, selector, step - 1));
  }

  private startsAt(id: string, selector: Selector, step: number): boolean {
    if (step >= selector.length) return true;
    if (!this.matchesStep(id, selector[step]!)) return false;
    if (step === selector.length - 1) return true;
    return this.neighbours(id).some((n) => this.startsAt(n, selector, step + 1));
  }

  private matchesStep(id: string, atoms: Atom[]): boolean {
    return atoms.every((atom) => this.matchesAtom(id, atom));
  }

  private matchesAtom(id: string, atom: Atom): boolean {
    switch (atom.kind) {
      case "any":
        return true;
      case "trait":
        return atom.trait in (this.traitsOf(id) ?? {});
      case "type":
        return this.isType(id, atom.name);
      case "function":
        if (atom.name === "is") return atom.args.some((s) => this.selects(id, s));
        if (atom.name === "not") return !atom.args.some((s) => this.selects(id, s));
        // :test(x) keeps the shape when x, started from it, yields anything.
        return atom.args.some((s) => this.startsAt(id, s, 0));
    }
  }

  private isType(id: string, name: string): boolean {
    const type = this.typeOf(id);
    if (!type) return false;
    if (name === "simpleType") return SIMPLE.includes(type);
    if (name === "number") return NUMBER.includes(type);
    if (name === "collection") return type === "list" || type === "set";
    // enum is a specialised string, intEnum a specialised integer.
    if (name === "string" && type === "enum") return true;
    if (name === "integer" && type === "intEnum") return true;
    return type === name;
  }

  private typeOf(id: string): string | undefined {
    if (id.includes("$")) return this.memberOf(id) ? "member" : undefined;
    return this.shapes.get(id)?.type;
  }

  private traitsOf(id: string): Record<string, unknown> | undefined {
    if (id.includes("$")) return this.memberOf(id)?.traits;
    return this.shapes.get(id)?.traits;
  }

  private memberOf(id: string): { target: string; traits?: Record<string, unknown> } | undefined {
    const [root, name] = id.split("$") as [string, string];
    return localMembers(this.shapes.get(root))[name] ?? this.inheritedMember(root, name);
  }

  private inheritedMember(root: string, name: string): { target: string } | undefined {
    for (const mixin of this.shapes.get(root)?.mixins ?? []) {
      const found = localMembers(this.shapes.get(mixin.target))[name] ?? this.inheritedMember(mixin.target, name);
      if (found) return found;
    }
    return undefined;
  }

  /** Forward relationships: member → target, shape → members, operation → input/output/errors, ... */
  neighbours(id: string): string[] {
    if (id.includes("$")) {
      const member = this.memberOf(id);
      return member ? [member.target] : [];
    }
    const shape = this.shapes.get(id);
    if (!shape) return [];
    const out = Object.keys(localMembers(shape)).map((name) => `${id}$${name}`);
    const record = shape as unknown as Record<string, unknown>;
    for (const key of ["input", "output", "create", "put", "read", "update", "delete", "list"]) {
      const ref = record[key] as { target?: string } | undefined;
      if ((shape.type === "operation" || shape.type === "resource") && typeof ref?.target === "string") out.push(ref.target);
    }
    for (const key of ["errors", "operations", "resources", "collectionOperations"]) {
      const refs = record[key] as { target: string }[] | undefined;
      if (Array.isArray(refs)) out.push(...refs.map((r) => r.target));
    }
    return out;
  }

  private predecessors(id: string): string[] {
    if (id.includes("$")) return [id.slice(0, id.indexOf("$"))];
    if (!this.reverse) {
      this.reverse = new Map();
      for (const from of this.shapes.keys()) {
        for (const to of this.neighbours(from)) {
          if (to.includes("$")) continue;
          const list = this.reverse.get(to) ?? [];
          list.push(from);
          this.reverse.set(to, list);
        }
      }
    }
    return this.reverse.get(id) ?? [];
  }
}
