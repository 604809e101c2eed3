// Valid sample values for any member of the model, built from its
// constraints: a string of the smallest allowed length that satisfies the
// pattern, a number inside the range, a structure with its required members,
// one-element lists and maps. The baseline request of an operation starts from
// its first successful @examples input (realistic values) and fills gaps from
// here; each conformance case then changes one member of that baseline.

import { effectiveRange } from "../../model/integer-bounds.js";
import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { Constraints, Member, ModelIndex } from "../../model/knowledge.js";
import {
  type LengthIntervals,
  type RegexNode,
  alternativeExamples,
  exampleOfLength,
  hasLookaround,
  lookaheadCandidates,
  maxLength,
  minLength,
  parsePattern,
  patternRegExp,
  reachableLengths,
  substituteForLookarounds,
} from "./regex-examples.js";
import { setOwn } from "../../model/own-properties.js";
import { exampleToWire } from "../../model/wire-values.js";

/**
 * A safety net only: values stop at real recursion (a shape already on the
 * path, see SampleValues.nested). AWS inputs nest required members 7 levels
 * deep (bcm-dashboards' CreateDashboard) with nothing recursive.
 */
const MAX_NESTING = 32;
/** Lengths tried, shortest first, before a string is given up as unbuildable. */
const MAX_LENGTH_TRIES = 64;
/** The instant every timestamp sample stands for (2025-11-24T16:00:00Z), sent in the member's @timestampFormat. */
const SAMPLE_EPOCH_SECONDS = 1764000000;
/** Bytes of a blob sample when its @length allows them. */
const SAMPLE_BLOB_BYTES = 3;
/** Characters tried in turn at each position of a valid string to make more distinct ones (map keys). */
const VARIANT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-.:/";
/** Candidates checked while looking for distinct valid strings, at most. */
const MAX_VARIANT_CANDIDATES = 200_000;

/**
 * The most characters of JSON a value the kit sends may take: larger ones
 * would test the transport's body limit rather than a member's constraints.
 * It also keeps the builder finite on models Smithy takes whose smallest
 * valid value is huge (`@length(min: 300000000)` on a required string, a
 * list of 1,000 lists of 1,000 items ...): those values are refused here and
 * the operation's cases say why, instead of the generator running out of
 * memory.
 */
export const MAX_SAMPLE_CHARS = 70_000;
/** Lists and maps of more entries than this are not built. */
export const MAX_SAMPLE_ITEMS = 1_000;

/**
 * JSON.stringify(value).length, or MAX_SAMPLE_CHARS + 1 once past it
 * (strings counted without their escapes). Samples share their parts (a list
 * of 1,000 entries holds one item 1,000 times), so a value small in memory
 * may be huge as text: its size is counted, each shared part once.
 */
export function sampleTextSize(value: JsonValue): number {
  if (typeof value === "string") return value.length + 2;
  if (typeof value !== "object" || value === null) return String(value).length;
  const known = textSizes.get(value);
  if (known !== undefined) return known;
  // The brackets, and a comma before every entry but the first (one too many, taken back at the end).
  let size = 1;
  if (Array.isArray(value)) {
    for (const item of value) if ((size += 1 + sampleTextSize(item)) > MAX_SAMPLE_CHARS) break;
  } else {
    for (const key of Object.keys(value)) if ((size += key.length + 4 + sampleTextSize(value[key]!)) > MAX_SAMPLE_CHARS) break;
  }
  size = Math.min(Math.max(size, 2), MAX_SAMPLE_CHARS + 1);
  textSizes.set(value, size);
  return size;
}

const textSizes = new WeakMap<object, number>();

/** Why a value is not built: it would be larger than the kit sends. */
function tooLarge(what: string): string {
  return `${what}: more than the kit sends (${MAX_SAMPLE_CHARS} characters of JSON)`;
}

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
    // characters away may satisfy them too (checked by the pattern itself),
    // or one that starts, where a lookahead stands, with what the lookahead
    // asks for (`arn:(?=[^:]+:fsx:…)`).
    built =
      tree !== undefined && hasLookaround(tree)
        ? (substituteForLookarounds(built, (candidate) => regex.test(candidate)) ?? lookaheadCandidates(tree, length).find((candidate) => regex.test(candidate)))
        : undefined;
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
  const lengths = lengthsToTry(constraints);
  if (lengths instanceof Error) return undefined;
  for (const length of lengths) {
    const value = stringOfLength(constraints, length);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The lengths a valid string can have (@length and what the pattern can
 * produce, lookarounds aside), the shortest non-empty ones first and the empty
 * string last: an empty value is often read as "not set", so it is sent only
 * when nothing else is valid (a NextToken of @length(max: 0)). The pattern's
 * reachable lengths skip the gaps an `|^$` branch opens (a 77-character ARN
 * or nothing). At most MAX_LENGTH_TRIES; an Error when the pattern cannot be read.
 */
function lengthsToTry(constraints: Constraints): number[] | Error {
  const { min, max } = stringBounds(constraints);
  let reachable: LengthIntervals = [[0, Infinity]];
  if (constraints.pattern) {
    try {
      reachable = reachableLengths(parsePattern(constraints.pattern));
    } catch (error) {
      return error as Error;
    }
  }
  const lengths: number[] = [];
  let empty = false;
  for (const [from, to] of reachable) {
    const last = Math.min(to, max, MAX_SAMPLE_CHARS);
    for (let length = Math.max(from, min); length <= last && lengths.length < MAX_LENGTH_TRIES; length++) {
      if (length === 0) empty = true;
      else lengths.push(length);
    }
  }
  if (empty) lengths.push(0);
  return lengths;
}

/**
 * Up to `count` distinct strings that satisfy the constraints (enum values,
 * length, pattern), the shortest valid one first: keys for a map of that many
 * entries. Fewer when the search finds no more (an enum of fewer values, a
 * key of at most two letters); memoised.
 */
export function distinctStrings(constraints: Constraints, count: number): string[] {
  if (constraints.enumValues) return constraints.enumValues.slice(0, count);
  const key = `${stringKey(constraints)}\u0000${count}`;
  let found = distinctByKey.get(key);
  if (found === undefined) {
    found = searchDistinctStrings(constraints, count);
    distinctByKey.set(key, found);
  }
  return found;
}

const distinctByKey = new Map<string, string[]>();

function searchDistinctStrings(constraints: Constraints, count: number): string[] {
  const found = new Set<string>();
  const offer = (candidate: string | undefined): boolean => {
    if (candidate !== undefined && !found.has(candidate) && satisfies(candidate, constraints)) found.add(candidate);
    return found.size >= count;
  };
  if (count <= 0 || offer(validString(constraints))) return [...found];
  // Seeds: one value per alternative of the pattern, one per length.
  if (constraints.pattern) {
    try {
      for (const value of alternativeExamples(parsePattern(constraints.pattern))) if (offer(value)) return [...found];
    } catch {
      // (An unreadable pattern has no valid value either: validString gave none.)
    }
  }
  const lengths = lengthsToTry(constraints);
  for (const length of lengths instanceof Error ? [] : lengths) {
    if (offer(stringOfLength(constraints, length))) return [...found];
  }
  // Then every value one character away from one already found.
  let tried = 0;
  for (const seed of found) {
    const chars = [...seed];
    for (let i = 0; i < chars.length; i++) {
      for (const c of VARIANT_CHARS) {
        if (c === chars[i]) continue;
        if (++tried > MAX_VARIANT_CANDIDATES) return [...found];
        const variant = chars.slice();
        variant[i] = c;
        if (offer(variant.join(""))) return [...found];
      }
    }
  }
  return [...found];
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

/**
 * `count` pairwise distinct items for a @uniqueItems list whose items have
 * `constraints` and shape type `type`, `first` (the list's own first item)
 * leading when it fits, or why there are not that many: a list that repeats
 * one item is not a valid value of a @uniqueItems list, so a count case
 * or a sample built that way would call an invalid request valid. Strings
 * and enums take distinctStrings, numbers count up from the first valid one,
 * booleans have two values; items of other types are not varied.
 */
export function distinctItems(type: string, constraints: Constraints, first: JsonValue, count: number): JsonValue[] | Error {
  if (count <= 1) return count === 1 ? [first] : [];
  const items: JsonValue[] = [first];
  const offer = (candidate: JsonValue): void => {
    if (items.length < count && !items.includes(candidate) && satisfies(candidate, constraints)) items.push(candidate);
  };
  switch (type) {
    case "string":
    case "enum":
      for (const value of distinctStrings(constraints, count + 1)) offer(value);
      break;
    case "intEnum":
      for (const value of constraints.intEnumValues ?? []) offer(value);
      break;
    case "boolean":
      offer(!first);
      break;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
    case "float":
    case "double":
    case "bigDecimal": {
      const start = typeof first === "number" ? first : (constraints.range?.min ?? 0);
      for (let i = 1; items.length < count && i <= count + 1; i++) offer(start + i);
      for (let i = 1; items.length < count && i <= count + 1; i++) offer(start - i);
      break;
    }
    default:
      return new Error(`${count} distinct items of a @uniqueItems list of ${type}s are not built`);
  }
  return items.length < count ? new Error(`${count} distinct items of a @uniqueItems list: only ${items.length} valid ones were found`) : items;
}

export class SampleValues {
  /** The aggregate shapes whose values are being built, outermost first. */
  private readonly path: string[] = [];

  constructor(private readonly index: ModelIndex) {}

  /** A valid value for a member (its constraints merged over its target's). */
  forMember(member: Member): JsonValue | undefined {
    return this.forTarget(member.target, this.index.constraintsOf(member), member);
  }

  /** A valid value of `target`; `member` (when there is one) gives member traits such as @timestampFormat. */
  forTarget(target: string, constraints: Constraints, member?: Member): JsonValue | undefined {
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
        return clampInteger(1, type, constraints);
      case "float":
      case "double":
      case "bigDecimal":
        return clampNumber(0.5, constraints);
      case "timestamp":
        // The wire form of the member's @timestampFormat: epoch seconds, an RFC 3339 or an IMF-fixdate string.
        return exampleToWire(this.index, target, SAMPLE_EPOCH_SECONDS, member);
      case "blob":
        return blobOfLength(constraints);
      case "document":
        return {};
      case "structure":
        return this.fitting(this.nested(target, () => this.structure(target)));
      case "union":
        return this.nested(target, () => {
          for (const unionMember of this.index.membersOf(target)) {
            const value = this.forMember(unionMember);
            if (value !== undefined) return { [unionMember.name]: value };
          }
          return undefined;
        });
      case "list":
      case "set":
        return this.nested(target, () => {
          const items = this.listItems(target, constraints);
          return Array.isArray(items) ? this.fitting(items) : undefined;
        });
      case "map":
        return this.fitting(this.nested(target, () => this.map(target, constraints)));
      default:
        return undefined;
    }
  }

  /**
   * As many items as @length's minimum asks (at least one), distinct for a
   * @uniqueItems list; undefined when no item can be built, an Error when not
   * enough distinct ones exist.
   */
  private listItems(target: string, constraints: Constraints): JsonValue[] | Error | undefined {
    const count = minimumEntries(constraints);
    if (count > MAX_SAMPLE_ITEMS) return new Error(tooManyEntries(count));
    const itemMember = this.index.listMemberOf(target);
    const item = this.forMember(itemMember);
    if (item === undefined) return undefined;
    if (!constraints.uniqueItems) return Array.from({ length: count }, () => item);
    return distinctItems(this.index.typeOf(itemMember.target), this.index.constraintsOf(itemMember), item, count);
  }

  /** As many entries as @length's minimum asks (at least one), each under a distinct valid key. */
  private map(target: string, constraints: Constraints): NodeObject | undefined {
    const { key, value } = this.index.mapMembersOf(target);
    const count = minimumEntries(constraints);
    if (count > MAX_SAMPLE_ITEMS) return undefined;
    const keys = distinctStrings(this.index.constraintsOf(key), count);
    const valueValue = this.forMember(value);
    if (keys.length < count || valueValue === undefined) return undefined;
    const map: NodeObject = {};
    for (const k of keys) setOwn(map, k, valueValue);
    return map;
  }

  /** `value`, unless its JSON would be larger than the kit sends (sampleTextSize). */
  private fitting<T extends JsonValue>(value: T | undefined): T | undefined {
    return value !== undefined && sampleTextSize(value) > MAX_SAMPLE_CHARS ? undefined : value;
  }

  /**
   * Builds the value of an aggregate shape with the shape on the path. A
   * shape met again inside its own value is recursion (a structure that
   * requires itself, directly or further down): no finite value goes that way.
   */
  private nested<T>(target: string, build: () => T | undefined): T | undefined {
    if (this.path.length >= MAX_NESTING || this.path.includes(target)) return undefined;
    this.path.push(target);
    try {
      return build();
    } finally {
      this.path.pop();
    }
  }

  /**
   * Why forMember gives no value, naming the constraint that defeats it and
   * where (`Outer$Inner: ...`), for the warning of an operation left without
   * cases. Only asked once a value could not be built.
   */
  whyNoValue(member: Member): string {
    const constraints = this.index.constraintsOf(member);
    const target = member.target;
    const type = this.index.typeOf(target);
    const at = `${member.id}: `;
    switch (type) {
      case "string":
        return at + whyNoString(constraints);
      case "enum":
      case "intEnum":
        return `${at}an enum without values`;
      case "structure":
      case "union":
      case "list":
      case "set":
      case "map": {
        if (this.path.includes(target)) {
          return `${at}a value of ${this.index.nameOf(target)} would have to hold another one (a recursive shape with a required member)`;
        }
        if (this.path.length >= MAX_NESTING) return `${at}nesting deeper than ${MAX_NESTING} levels`;
        return this.nested(target, () => this.whyNoAggregate(member, constraints)) ?? `${at}no value of its type (${type}) can be built`;
      }
      case "blob":
        return at + tooLarge(`a valid blob is ${base64Length(blobBytes(constraints))} characters of base64 (@length min ${constraints.length?.min})`);
      case "byte":
      case "short":
      case "integer":
      case "long":
        return `${at}no ${type} is within its @range (${constraints.range?.min ?? ""}..${constraints.range?.max ?? ""})`;
      default:
        return `${at}no value of its type (${type}) can be built`;
    }
  }

  /** whyNoValue of a structure, union, list or map (its shape on the path). */
  private whyNoAggregate(member: Member, constraints: Constraints): string | undefined {
    const target = member.target;
    const at = `${member.id}: `;
    switch (this.index.typeOf(target)) {
      case "structure":
        for (const m of this.index.membersOf(target)) {
          if (m.required && this.forMember(m) === undefined) return this.whyNoValue(m);
        }
        return at + tooLarge("a value with its required members");
      case "union": {
        const reasons = this.index.membersOf(target).map((m) => this.whyNoValue(m));
        return `${at}no member of the union can be built (${reasons.join("; ") || "it has none"})`;
      }
      case "list":
      case "set": {
        const items = this.listItems(target, constraints);
        if (Array.isArray(items)) return at + tooLarge(`a value of ${items.length} entries`);
        return items instanceof Error ? `${at}${items.message}` : this.whyNoValue(this.index.listMemberOf(target));
      }
      default: {
        const { key, value } = this.index.mapMembersOf(target);
        const count = minimumEntries(constraints);
        if (count > MAX_SAMPLE_ITEMS) return `${at}${tooManyEntries(count)}`;
        const keys = distinctStrings(this.index.constraintsOf(key), count);
        if (keys.length === 0) return this.whyNoValue(key);
        if (keys.length < count) return `${at}@length min ${count} needs ${count} distinct keys; only ${keys.length} valid ones were found`;
        return this.forMember(value) === undefined ? this.whyNoValue(value) : at + tooLarge(`a value of ${count} entries`);
      }
    }
  }

  /** A structure with every required member (optional ones left out). */
  structure(structureId: string): NodeObject | undefined {
    const result: NodeObject = {};
    for (const member of this.index.membersOf(structureId)) {
      if (!member.required) continue;
      const value = this.forMember(member);
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
  if (min > MAX_SAMPLE_CHARS) return tooLarge(`a valid value has at least ${min} characters (${lengths})`);
  if (!constraints.pattern) return `${lengths} allows no length`;
  const pattern = `@pattern ${JSON.stringify(constraints.pattern)}`;
  let tree: RegexNode;
  try {
    tree = parsePattern(constraints.pattern);
  } catch (error) {
    return `${pattern} is outside what the value builder reads (${(error as Error).message.replace(/^pattern ".*": /s, "")})`;
  }
  const tried = lengthsToTry(constraints);
  if (tried instanceof Error || tried.length === 0) {
    return `${lengths} and ${pattern}, whose matches are ${patternLengths(constraints.pattern)}, leave no length in common: no valid value exists`;
  }
  const shown = tried.length > 1 ? `${tried.length} lengths (${tried[0]} to ${Math.max(...tried)} characters)` : `${tried[0]} characters`;
  return `no value of ${shown} built from ${pattern} matches it (${lengths}${hasLookaround(tree) ? "; its lookarounds narrow it" : ""})`;
}

function tooManyEntries(count: number): string {
  return `@length min ${count}: more entries than the kit builds (${MAX_SAMPLE_ITEMS})`;
}

/** Entries a sample list or map holds: @length's minimum, at least one. */
function minimumEntries(constraints: Constraints): number {
  return Math.max(constraints.length?.min ?? 1, 1);
}

/**
 * A base64 blob of SAMPLE_BLOB_BYTES zero bytes, or as close as its @length
 * (which counts bytes) allows; undefined when its base64 would be larger than
 * the kit sends.
 */
function blobOfLength(constraints: Constraints): string | undefined {
  const bytes = blobBytes(constraints);
  return base64Length(bytes) > MAX_SAMPLE_CHARS ? undefined : Buffer.alloc(bytes).toString("base64");
}

function blobBytes(constraints: Constraints): number {
  return Math.max(Math.min(Math.max(SAMPLE_BLOB_BYTES, constraints.length?.min ?? 0), constraints.length?.max ?? Infinity), 0);
}

function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

function clampNumber(preferred: number, constraints: Constraints): number {
  const min = constraints.range?.min ?? -Infinity;
  const max = constraints.range?.max ?? Infinity;
  if (constraints.intEnumValues?.length) return constraints.intEnumValues[0]!;
  return Math.min(Math.max(preferred, min), max);
}

/** A whole number of `type` within @range (and the type's own bounds: model/integer-bounds.ts); undefined when none is. */
function clampInteger(preferred: number, type: string, constraints: Constraints): number | undefined {
  if (constraints.intEnumValues?.length) return constraints.intEnumValues[0]!;
  const { min = -Infinity, max = Infinity } = effectiveRange(type, constraints.range);
  const value = Math.ceil(Math.min(Math.max(preferred, min), max));
  return value >= min && value <= max ? value : undefined;
}
