// The rules engine's type checking of an endpoint rule set, as Smithy's
// rules engine does it when it loads @smithy.rules#endpointRuleSet (and
// throws, refusing the model). Written from the rules engine's
// specification and checked against the pinned Smithy
// (test/idl/endpoint-rule-set.oracle.test.ts); there is no JavaScript
// library that type-checks a rule set (@smithy/util-endpoints only
// evaluates one, and fails at run time on what this refuses).
//
// What a rule set's values are:
// - a parameter is a string, a boolean or an array of strings, optional
//   unless `required` (a `default` needs `required`, and has the type);
// - a reference has its parameter's or variable's type, without the option
//   once `isSet` of it has held in an earlier condition of this rule or an
//   enclosing one;
// - a condition's `assign` binds its value, without the option (the
//   condition held, so it was set);
// - a template's every `{...}` part must be a string, not an optional one;
// - a function's arguments must have the types of its signature; getAttr
//   walks a record's fields and an array's items (an item is optional).
// Which rules engine version a function needs is endpoint-rule-set.ts's
// (Smithy checks it apart, as an event, and only at the top of expressions).

import type { NodeValue } from "../../model/ast.js";

export type RuleType =
  | { kind: "string" | "boolean" | "integer" | "empty" | "unknown" }
  | { kind: "array"; member: RuleType }
  | { kind: "tuple"; members: RuleType[] }
  | { kind: "record"; fields: Map<string, RuleType> }
  | { kind: "optional"; inner: RuleType };

const STRING: RuleType = { kind: "string" };
const BOOLEAN: RuleType = { kind: "boolean" };
const INTEGER: RuleType = { kind: "integer" };
const optional = (inner: RuleType): RuleType => ({ kind: "optional", inner });
const array = (member: RuleType): RuleType => ({ kind: "array", member });
const record = (fields: Record<string, RuleType>): RuleType => ({ kind: "record", fields: new Map(Object.entries(fields)) });

/** Signatures of the standard library and the AWS extensions; the functions typed by their own rules are checked apart. */
const SIGNATURES: Record<string, { argv: RuleType[]; returns: RuleType }> = {
  booleanEquals: { argv: [BOOLEAN, BOOLEAN], returns: BOOLEAN },
  stringEquals: { argv: [STRING, STRING], returns: BOOLEAN },
  isValidHostLabel: { argv: [STRING, BOOLEAN], returns: BOOLEAN },
  parseURL: {
    argv: [STRING],
    returns: optional(record({ scheme: STRING, authority: STRING, path: STRING, normalizedPath: STRING, isIp: BOOLEAN })),
  },
  substring: { argv: [STRING, INTEGER, INTEGER, BOOLEAN], returns: optional(STRING) },
  uriEncode: { argv: [STRING], returns: STRING },
  split: { argv: [STRING, STRING, INTEGER], returns: array(STRING) },
  "aws.partition": {
    argv: [STRING],
    returns: optional(
      record({ name: STRING, dnsSuffix: STRING, dualStackDnsSuffix: STRING, supportsDualStack: BOOLEAN, supportsFIPS: BOOLEAN, implicitGlobalRegion: STRING }),
    ),
  },
  "aws.parseArn": {
    argv: [STRING],
    returns: optional(record({ partition: STRING, service: STRING, region: STRING, accountId: STRING, resourceId: array(STRING) })),
  },
  "aws.isVirtualHostableS3Bucket": { argv: [STRING, BOOLEAN], returns: BOOLEAN },
};
const SPECIAL = new Set(["isSet", "not", "getAttr", "coalesce", "ite"]);

/** Whether `name` is a function of the rules engine (standard library or AWS extension). */
export function isRuleFunction(name: string): boolean {
  return Object.hasOwn(SIGNATURES, name) || SPECIAL.has(name);
}

/** Type equality; `unknown` (an untyped scope's names, below) matches anything. */
export function sameType(a: RuleType, b: RuleType): boolean {
  if (a.kind === "unknown" || b.kind === "unknown") return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "array":
      return sameType(a.member, (b as typeof a).member);
    case "optional":
      return sameType(a.inner, (b as typeof a).inner);
    case "tuple": {
      const other = (b as typeof a).members;
      return a.members.length === other.length && a.members.every((m, i) => sameType(m, other[i]!));
    }
    case "record": {
      const other = (b as typeof a).fields;
      if (a.fields.size !== other.size) return false;
      for (const [name, type] of a.fields) if (!other.has(name) || !sameType(type, other.get(name)!)) return false;
      return true;
    }
    default:
      return true;
  }
}

export function typeName(type: RuleType): string {
  switch (type.kind) {
    case "array":
      return `array<${typeName(type.member)}>`;
    case "optional":
      return `optional<${typeName(type.inner)}>`;
    case "tuple":
      return `tuple<${type.members.map(typeName).join(", ")}>`;
    case "record":
      return `record{${[...type.fields.keys()].join(", ")}}`;
    default:
      return type.kind;
  }
}

/** A refusal, with what Smithy's rules engine would have thrown over. */
export class RuleSetTypeError extends Error {}
const fail = (message: string): never => {
  throw new RuleSetTypeError(message);
};
const inner = (type: RuleType): RuleType => (type.kind === "optional" ? type.inner : type);

/**
 * Names in scope and their types, in layers: a rule's conditions add to its
 * own layer, which its tree's rules see and its siblings do not. `set` marks
 * a reference proven by isSet.
 */
export class RuleScope {
  private readonly layers: { types: Map<string, RuleType>; set: Set<string> }[] = [{ types: new Map(), set: new Set() }];

  inScope<T>(body: () => T): T {
    this.layers.push({ types: new Map(), set: new Set() });
    try {
      return body();
    } finally {
      this.layers.pop();
    }
  }

  declare(name: string, type: RuleType): void {
    if (this.lookup(name) !== undefined) fail(`a condition assigns ${name}, which is already in scope`);
    this.layers.at(-1)!.types.set(name, type);
  }

  markSet(name: string): void {
    this.layers.at(-1)!.set.add(name);
  }

  lookup(name: string): RuleType | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const type = this.layers[i]!.types.get(name);
      if (type !== undefined) return type;
    }
    return undefined;
  }

  /** A reference's type: its declared one, without the option once isSet of it held. */
  reference(name: string): RuleType {
    const declared = this.lookup(name) ?? fail(`a reference names ${JSON.stringify(name)}, which is neither a parameter nor a variable in scope`);
    return this.layers.some((layer) => layer.set.has(name)) && declared.kind === "optional" ? declared.inner : declared;
  }
}

/**
 * A scope where every name is in scope, of a type not known: for what is
 * parsed but not type-checked, as an endpoint decision diagram's conditions
 * and results are when Smithy loads them (their variables are assigned in
 * whatever order the diagram takes). The checker then refuses only what does
 * not parse: unknown functions, malformed expressions, templates and paths.
 */
export class UntypedScope extends RuleScope {
  override declare(): void {}
  override markSet(): void {}
  override reference(): RuleType {
    return { kind: "unknown" };
  }
}

/** A rule-set object (an expression, a rule, an endpoint …), as opposed to a list or a scalar. */
export function isObject(value: NodeValue | undefined): value is { [key: string]: NodeValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Versions as major.minor, compared; undefined when `version` is not one. */
export function rulesVersion(version: string): [number, number] | undefined {
  const parts = version.split(".");
  const [major, minor] = [Number(parts[0]), Number(parts[1])];
  return parts.length >= 2 && /^[+-]?\d+$/.test(parts[0]!) && /^[+-]?\d+$/.test(parts[1]!) ? [major, minor] : undefined;
}

/** Type-checks rule-set expressions. */
export class RuleTypeChecker {
  /** An expression where one is expected: a call, a reference, or a literal (a string is a template). */
  expression(node: NodeValue, scope: RuleScope): RuleType {
    if (isObject(node)) {
      const hasRef = node.ref !== undefined;
      const hasFn = node.fn !== undefined;
      if (hasRef === hasFn) return fail("an expression object must have exactly one of `ref` and `fn`");
      if (hasRef) return typeof node.ref === "string" ? scope.reference(node.ref) : fail("a `ref` is not a string");
      return this.call(node, scope);
    }
    return this.literal(node, scope);
  }

  /** A literal: a template string, a boolean, an integer ≥ 0, a list (a tuple) or an object (a record) of literals. */
  literal(node: NodeValue, scope: RuleScope): RuleType {
    if (typeof node === "string") return this.template(node, scope);
    if (typeof node === "boolean") return BOOLEAN;
    if (typeof node === "number") return Number.isInteger(node) && node >= 0 ? INTEGER : fail(`${node} is not an integer literal ≥ 0`);
    if (Array.isArray(node)) return { kind: "tuple", members: node.map((item) => this.literal(item, scope)) };
    if (isObject(node)) {
      const fields = new Map<string, RuleType>();
      for (const key of Object.keys(node)) fields.set(key, this.literal(node[key]!, scope));
      return { kind: "record", fields };
    }
    return fail("null is not a rule-set literal");
  }

  /** A condition: a call, whose value `assign` binds (proven set, so without the option). */
  condition(node: NodeValue, scope: RuleScope): void {
    if (!isObject(node)) fail("a condition is not an object");
    const condition = node as { [key: string]: NodeValue };
    if (typeof condition.fn !== "string") fail("a condition is not a function call (`fn`)");
    const type = this.call(condition, scope);
    if (condition.assign === undefined) return;
    if (typeof condition.assign !== "string") fail("a condition's assign is not a string");
    scope.declare(condition.assign as string, inner(type));
  }

  private call(node: { [key: string]: NodeValue }, scope: RuleScope): RuleType {
    const fn = node.fn;
    if (typeof fn !== "string" || !isRuleFunction(fn)) return fail(`${JSON.stringify(fn)} is not a function of the rules engine`);
    if (!Array.isArray(node.argv)) return fail(`the call of ${fn} has no argv list`);
    const argv = node.argv;
    switch (fn) {
      case "isSet":
        return this.isSet(argv, scope);
      case "not":
        return scope.inScope(() => {
          // Facts proven inside `not` (isSet) do not hold outside it.
          const type = this.expression(this.one(fn, argv), scope);
          return sameType(type, BOOLEAN) ? BOOLEAN : fail(`not expects a boolean, not ${typeName(type)}`);
        });
      case "getAttr":
        return this.getAttr(argv, scope);
      case "coalesce":
        return this.coalesce(argv, scope);
      case "ite":
        return this.ite(argv, scope);
      default: {
        const signature = SIGNATURES[fn]!;
        if (argv.length !== signature.argv.length) fail(`${fn} takes ${signature.argv.length} arguments, not ${argv.length}`);
        signature.argv.forEach((expected, i) => {
          const actual = this.expression(argv[i]!, scope);
          if (!sameType(expected, actual)) {
            const hint = actual.kind === "optional" && sameType(actual.inner, expected) ? " (prove it set with isSet, or assign it in a condition)" : "";
            fail(`argument ${i + 1} of ${fn} must be ${typeName(expected)}, not ${typeName(actual)}${hint}`);
          }
        });
        return signature.returns;
      }
    }
  }

  private one(fn: string, argv: NodeValue[]): NodeValue {
    return argv.length === 1 ? argv[0]! : fail(`${fn} takes 1 argument, not ${argv.length}`);
  }

  private isSet(argv: NodeValue[], scope: RuleScope): RuleType {
    const argument = this.one("isSet", argv);
    const type = this.expression(argument, scope);
    if (type.kind !== "optional" && type.kind !== "unknown") fail(`isSet expects an optional value, not ${typeName(type)}`);
    // Only a reference is proven set for what follows.
    if (isObject(argument) && typeof argument.ref === "string") scope.markSet(argument.ref);
    return BOOLEAN;
  }

  private getAttr(argv: NodeValue[], scope: RuleScope): RuleType {
    if (argv.length < 2) fail(`getAttr takes 2 arguments, not ${argv.length}`);
    const path = argv[1];
    if (typeof path !== "string") return fail("getAttr's path is not a string");
    return walkPath(this.expression(argv[0]!, scope), path);
  }

  private coalesce(argv: NodeValue[], scope: RuleScope): RuleType {
    if (argv.length !== 2) fail(`coalesce takes 2 arguments, not ${argv.length}`);
    const [left, right] = [this.expression(argv[0]!, scope), this.expression(argv[1]!, scope)];
    if (!sameType(inner(left), inner(right))) fail(`coalesce of ${typeName(left)} and ${typeName(right)}: not the same type`);
    return left.kind === "optional" && right.kind === "optional" ? left : inner(left);
  }

  private ite(argv: NodeValue[], scope: RuleScope): RuleType {
    if (argv.length !== 3) fail(`ite takes 3 arguments, not ${argv.length}`);
    const condition = this.expression(argv[0]!, scope);
    if (!sameType(condition, BOOLEAN)) fail(`ite's condition must be a boolean, not ${typeName(condition)}`);
    const [then, otherwise] = [this.expression(argv[1]!, scope), this.expression(argv[2]!, scope)];
    if (!sameType(inner(then), inner(otherwise))) fail(`ite's branches are ${typeName(then)} and ${typeName(otherwise)}: not the same type`);
    return then.kind === "optional" || otherwise.kind === "optional" ? optional(inner(then)) : then;
  }

  /**
   * A template string: `{name}` and `{name#path}` parts are expressions that
   * must be strings; `{{` and `}}` are literal braces (skipped wherever they
   * are, as the rules engine's parser does).
   */
  template(template: string, scope: RuleScope): RuleType {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < template.length; i++) {
      const c = template[i];
      if ((c === "{" || c === "}") && template[i + 1] === c) {
        i++;
        continue;
      }
      if (c === "{") {
        if (depth === 0) start = i + 1;
        depth++;
      } else if (c === "}") {
        depth--;
        if (depth < 0) fail(`the template ${JSON.stringify(template)} has an unmatched }`);
        if (depth === 0) {
          const part = template.slice(start, i);
          const hash = part.indexOf("#");
          const type = hash === -1 ? scope.reference(part) : walkPath(scope.reference(part.slice(0, hash)), part.slice(hash + 1));
          if (!sameType(type, STRING)) fail(`the template ${JSON.stringify(template)}: {${part}} is ${typeName(type)}, not a string`);
        }
      }
    }
    if (depth !== 0) fail(`the template ${JSON.stringify(template)} has an unclosed {`);
    return STRING;
  }
}

/**
 * getAttr's path (`a.b[2]`, `[0]`) from `type`: a key of a record, an index
 * of an array (its item optional: it may be out of range). Components are
 * split as Java's String.split splits them (trailing empty ones dropped), and
 * an index is any int Java's Integer.parseInt reads, as the rules engine does.
 */
function walkPath(type: RuleType, path: string): RuleType {
  const components = path === "" ? [""] : path.split(".");
  while (path !== "" && components.length > 0 && components.at(-1) === "") components.pop();
  if (components.length === 0) fail(`getAttr's path ${JSON.stringify(path)} is empty`);
  let current = type;
  for (const component of components) {
    const bracket = component.indexOf("[");
    if (bracket === -1) {
      current = field(current, component, path);
      continue;
    }
    const slice = component.slice(bracket);
    if (!slice.endsWith("]")) fail(`getAttr's path ${JSON.stringify(path)}: ${component} does not end with ]`);
    const index = slice.slice(1, -1);
    if (!/^[+-]?\d+$/.test(index) || Number(index) < -(2 ** 31) || Number(index) > 2 ** 31 - 1) fail(`getAttr's path ${JSON.stringify(path)}: ${slice} is not an index`);
    if (bracket > 0) current = field(current, component.slice(0, bracket), path);
    if (current.kind === "unknown") continue;
    if (current.kind !== "array") fail(`getAttr's path ${JSON.stringify(path)}: ${typeName(current)} is not an array`);
    current = optional((current as { member: RuleType }).member);
  }
  return current;
}

function field(type: RuleType, key: string, path: string): RuleType {
  if (type.kind === "unknown") return type;
  if (type.kind !== "record") return fail(`getAttr's path ${JSON.stringify(path)}: ${typeName(type)} is not a record`);
  return type.fields.get(key) ?? fail(`getAttr's path ${JSON.stringify(path)}: ${typeName(type)} has no field ${key}`);
}

/** A parameter's type as the rules see it, or what is wrong with its definition. */
export function parameterType(name: string, parameter: NodeValue): RuleType {
  if (!isObject(parameter)) return fail(`parameter ${name} is not an object`);
  for (const key of Object.keys(parameter)) {
    if (!["builtIn", "required", "type", "deprecated", "documentation", "default"].includes(key)) fail(`parameter ${name} has an unknown property ${key}`);
  }
  const { type, required = false, builtIn, documentation, deprecated } = parameter;
  if (typeof required !== "boolean") fail(`parameter ${name}'s required is not a boolean`);
  if (builtIn !== undefined && typeof builtIn !== "string") fail(`parameter ${name}'s builtIn is not a string`);
  if (documentation !== undefined && typeof documentation !== "string") fail(`parameter ${name}'s documentation is not a string`);
  if (deprecated !== undefined && !isObject(deprecated)) fail(`parameter ${name}'s deprecated is not an object`);
  // string and boolean in any case, stringArray exactly (as the rules engine reads them).
  const base =
    typeof type !== "string" ? undefined
    : type.toLowerCase() === "string" ? STRING
    : type.toLowerCase() === "boolean" ? BOOLEAN
    : type === "stringArray" ? array(STRING)
    : undefined;
  if (base === undefined) return fail(`parameter ${name} has no type of string, boolean or stringArray`);
  const fallback = parameter.default;
  if (fallback !== undefined) {
    if (!required) fail(`parameter ${name} has a default but is not required`);
    const given = valueType(fallback);
    if (given === undefined || !sameType(given, base)) fail(`parameter ${name}'s default is not a ${typeName(base)}`);
  }
  return required ? base : optional(base);
}

/** The type of a parameter value (a default): an empty list is an array of nothing, which no parameter type is. */
function valueType(value: NodeValue): RuleType | undefined {
  if (typeof value === "string") return STRING;
  if (typeof value === "boolean") return BOOLEAN;
  if (Array.isArray(value)) {
    if (value.length === 0) return array({ kind: "empty" });
    const first = valueType(value[0]!);
    return first !== undefined && value.every((item) => { const t = valueType(item); return t !== undefined && sameType(t, first); }) ? array(first) : undefined;
  }
  return undefined;
}
