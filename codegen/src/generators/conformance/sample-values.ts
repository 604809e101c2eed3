// Valid sample values for any member of the model, built from its
// constraints: a string of the smallest allowed length that satisfies the
// pattern, a number inside the range, a structure with its required members,
// one-element lists and maps. The baseline request of an operation starts from
// its first successful @examples input (realistic values) and fills gaps from
// here; each conformance case then changes one member of that baseline.

import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { Constraints, Member, ModelIndex } from "../../model/knowledge.js";
import { type RegexNode, exampleOfLength, hasLookaround, maxLength, minLength, parsePattern, patternRegExp, substituteForLookarounds } from "./regex-examples.js";
import { setOwn } from "../../model/own-properties.js";

/** How deep nested structures are filled: recursive shapes stop here. */
const MAX_DEPTH = 6;

export type JsonValue = NodeValue;

/** The length bounds a string must respect: the @length trait and what the pattern can produce. */
export function stringBounds(constraints: Constraints): { min: number; max: number } {
  return { min: constraints.length?.min ?? 0, max: constraints.length?.max ?? Infinity };
}

/**
 * A string of exactly `length` characters satisfying the member's pattern (or
 * any string of that length without a pattern); undefined when impossible.
 */
export function stringOfLength(constraints: Constraints, length: number): string | undefined {
  if (length < 0) return undefined;
  if (!constraints.pattern) return "a".repeat(length);
  // Memoised by pattern and length: AWS models share a few patterns among
  // hundreds of members, and building a value is the costly part.
  let byLength = builtStrings.get(constraints.pattern);
  if (byLength === undefined) {
    byLength = new Map();
    builtStrings.set(constraints.pattern, byLength);
  } else if (byLength.has(length)) return byLength.get(length);
  let built: string | undefined;
  let tree: RegexNode | undefined;
  try {
    tree = parsePattern(constraints.pattern);
    built = exampleOfLength(tree, length);
  } catch {
    built = undefined;
  }
  const regex = patternRegExp(constraints.pattern);
  if (built !== undefined && !regex.test(built)) {
    // Built as if the pattern's lookarounds were absent: a value one or two
    // characters away may satisfy them too (checked by the pattern itself).
    built = tree !== undefined && hasLookaround(tree) ? substituteForLookarounds(built, (candidate) => regex.test(candidate)) : undefined;
  }
  byLength.set(length, built);
  return built;
}

/** Built strings by pattern, then by length. */
const builtStrings = new Map<string, Map<number, string | undefined>>();

/** Shortest valid string for the constraints (length and pattern together). */
export function validString(constraints: Constraints): string | undefined {
  const key = stringKey(constraints);
  if (validStrings.has(key)) return validStrings.get(key);
  const value = shortestValidString(constraints);
  validStrings.set(key, value);
  return value;
}

const validStrings = new Map<string, string | undefined>();

/** What a string value's validity depends on: the pattern and the length bounds. */
export function stringKey(constraints: Constraints): string {
  // Remembered per constraints object (the index gives each member one): the
  // same key string then hashes once, not once per lookup.
  let key = stringKeys.get(constraints);
  if (key === undefined) {
    key = `${constraints.length?.min ?? ""}\u0000${constraints.length?.max ?? ""}\u0000${constraints.pattern ?? ""}`;
    stringKeys.set(constraints, key);
  }
  return key;
}

const stringKeys = new WeakMap<Constraints, string>();

function shortestValidString(constraints: Constraints): string | undefined {
  const { min, max } = stringBounds(constraints);
  let from = Math.max(min, 1);
  if (constraints.pattern) {
    try {
      from = Math.max(from, minLength(parsePattern(constraints.pattern)));
    } catch {
      return undefined;
    }
  }
  const upper = Math.min(max, from + 64);
  for (let length = from; length <= upper; length++) {
    const value = stringOfLength(constraints, length);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The lengths a pattern's matches can have, in words ("68 to any number of characters"). */
export function patternLengths(pattern: string | undefined): string {
  if (!pattern) return "of any length";
  // Memoised: said in the omitted reason of every bound case the pattern cannot reach.
  let said = lengthsSaid.get(pattern);
  if (said === undefined) {
    said = describeLengths(pattern);
    lengthsSaid.set(pattern, said);
  }
  return said;
}

const lengthsSaid = new Map<string, string>();

function describeLengths(pattern: string): string {
  try {
    const tree = parsePattern(pattern);
    const max = maxLength(tree);
    // Lookarounds can only narrow what the rest of the pattern matches.
    const narrowed = hasLookaround(tree) ? " at most (its lookarounds narrow them)" : "";
    return `${minLength(tree)} to ${max === Infinity ? "any number of" : max} characters long${narrowed}`;
  } catch {
    return "not analysable";
  }
}

/** Whether a value satisfies a member's own (top-level) constraints. */
export function satisfies(value: JsonValue, constraints: Constraints): boolean {
  if (typeof value === "string") {
    const length = codePointCount(value);
    const { min, max } = stringBounds(constraints);
    if (length < min || length > max) return false;
    if (constraints.pattern && !patternRegExp(constraints.pattern).test(value)) return false;
    if (constraints.enumValues && !constraints.enumValues.includes(value)) return false;
  }
  if (typeof value === "number") {
    if (constraints.range?.min !== undefined && value < constraints.range.min) return false;
    if (constraints.range?.max !== undefined && value > constraints.range.max) return false;
    if (constraints.intEnumValues && !constraints.intEnumValues.includes(value)) return false;
  }
  return true;
}

/** `[...value].length` (a surrogate pair counts once) without building the array. */
export function codePointCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export class SampleValues {
  constructor(private readonly index: ModelIndex) {}

  /** A valid value for a member (its constraints merged over its target's). */
  forMember(member: Member, depth = 0): JsonValue | undefined {
    return this.forTarget(member.target, this.index.constraintsOf(member), depth);
  }

  forTarget(target: string, constraints: Constraints, depth = 0): JsonValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const type = this.index.typeOf(target);
    switch (type) {
      case "string":
        if (constraints.enumValues) return constraints.enumValues[0];
        return validString(constraints);
      case "enum":
        return constraints.enumValues?.[0];
      case "intEnum":
        return constraints.intEnumValues?.[0];
      case "boolean":
        return true;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger":
        return clampInteger(1, constraints);
      case "float":
      case "double":
      case "bigDecimal":
        return clampNumber(0.5, constraints);
      case "timestamp":
        return 1764000000;
      case "blob":
        return "AAAA";
      case "document":
        return {};
      case "structure":
        return this.structure(target, depth);
      case "union": {
        for (const member of this.index.membersOf(target)) {
          const value = this.forMember(member, depth + 1);
          if (value !== undefined) return { [member.name]: value };
        }
        return undefined;
      }
      case "list":
      case "set": {
        const item = this.forMember(this.index.listMemberOf(target), depth + 1);
        const count = Math.max(constraints.length?.min ?? 1, 1);
        return item === undefined ? undefined : Array.from({ length: count }, () => item);
      }
      case "map": {
        const { key, value } = this.index.mapMembersOf(target);
        const keyValue = this.forMember(key, depth + 1);
        const valueValue = this.forMember(value, depth + 1);
        if (typeof keyValue !== "string" || valueValue === undefined) return undefined;
        return { [keyValue]: valueValue };
      }
      default:
        return undefined;
    }
  }

  /**
   * Why forMember gives no value, naming the constraint that defeats it and
   * where (`Outer$Inner: ...`), for the warning of an operation left without
   * cases. Only asked once a value could not be built.
   */
  whyNoValue(member: Member, depth = 0): string {
    const constraints = this.index.constraintsOf(member);
    const type = this.index.typeOf(member.target);
    const at = `${member.id}: `;
    if (depth > MAX_DEPTH) return `${at}nesting deeper than ${MAX_DEPTH} levels (a recursive shape with a required member)`;
    switch (type) {
      case "string":
        return at + whyNoString(constraints);
      case "enum":
      case "intEnum":
        return `${at}an enum without values`;
      case "structure":
        for (const m of this.index.membersOf(member.target)) {
          if (m.required && this.forMember(m, depth + 1) === undefined) return this.whyNoValue(m, depth + 1);
        }
        break;
      case "union": {
        const reasons = this.index.membersOf(member.target).map((m) => this.whyNoValue(m, depth + 1));
        return `${at}no member of the union can be built (${reasons.join("; ") || "it has none"})`;
      }
      case "list":
      case "set":
        return this.whyNoValue(this.index.listMemberOf(member.target), depth + 1);
      case "map": {
        const { key, value } = this.index.mapMembersOf(member.target);
        return this.forMember(key, depth + 1) === undefined ? this.whyNoValue(key, depth + 1) : this.whyNoValue(value, depth + 1);
      }
      default:
        break;
    }
    return `${at}no value of its type (${type}) can be built`;
  }

  /** A structure with every required member (optional ones left out). */
  structure(structureId: string, depth = 0): NodeObject | undefined {
    const result: NodeObject = {};
    for (const member of this.index.membersOf(structureId)) {
      if (!member.required) continue;
      const value = this.forMember(member, depth + 1);
      if (value === undefined) return undefined;
      setOwn(result, member.name, value);
    }
    return result;
  }
}

/** Why validString finds nothing: the pattern cannot be read, or it and @length leave no length, or none was found. */
function whyNoString(constraints: Constraints): string {
  const { min, max } = stringBounds(constraints);
  const lengths = `@length ${min}..${max === Infinity ? "" : max}`;
  if (!constraints.pattern) return `${lengths} allows no length`;
  const pattern = `@pattern ${JSON.stringify(constraints.pattern)}`;
  let tree: RegexNode;
  try {
    tree = parsePattern(constraints.pattern);
  } catch (error) {
    return `${pattern} is outside what the value builder reads (${(error as Error).message.replace(/^pattern ".*": /s, "")})`;
  }
  const low = Math.max(min, 1, minLength(tree));
  const high = Math.min(max, maxLength(tree));
  if (low > high) {
    return `${lengths} and ${pattern}, whose matches are ${patternLengths(constraints.pattern)}, leave no length in common: no valid value exists`;
  }
  return `no value of ${low} to ${Math.min(high, low + 64)} characters built from ${pattern} matches it (${lengths})`;
}

function clampNumber(preferred: number, constraints: Constraints): number {
  const min = constraints.range?.min ?? -Infinity;
  const max = constraints.range?.max ?? Infinity;
  if (constraints.intEnumValues?.length) return constraints.intEnumValues[0]!;
  return Math.min(Math.max(preferred, min), max);
}

function clampInteger(preferred: number, constraints: Constraints): number {
  const value = clampNumber(preferred, constraints);
  return Number.isInteger(value) ? value : Math.ceil(value);
}
