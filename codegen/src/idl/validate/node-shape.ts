// Checks a node value against the shape that defines it (a trait's shape,
// or a member's target for @default): JSON type, structure members and
// required members, enum values, and the value's own length/pattern/range.
// Problems point at the offending value inside the trait.

import { timestampValueProblem } from "./timestamp-values.js";
import { compareNumberTexts, javaNumberKey, numberTextOf } from "../number-text.js";
import type { Shape } from "../../model/ast.js";
import type { EventTag, Location, Reporter } from "../diagnostics.js";
import type { NodeSyntax } from "../syntax.js";
import { allMembers } from "../assembler.js";
import { javaPattern } from "../../regex/java-pattern.js";
import { parseSelector, SelectorError, SelectorEvaluator } from "./selectors.js";

const ID_REF = "smithy.api#idRef";
/** An absolute shape id, member optional (ShapeId.from). */
export const ABSOLUTE_SHAPE_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*#_*[A-Za-z][A-Za-z0-9_]*(\$_*[A-Za-z][A-Za-z0-9_]*)?$/;
interface IdRef {
  failWhenMissing?: boolean;
  selector?: string;
  errorMessage?: string;
}

const INTEGERS = new Set(["byte", "short", "integer", "long", "bigInteger", "intEnum"]);
const DECIMALS = new Set(["float", "double", "bigDecimal"]);
/** Smithy refuses values beyond the Java type of byte, short and integer shapes (not long: it accepts 2^63). */
const INTEGER_BOUNDS: Record<string, [bigint, bigint]> = {
  byte: [-128n, 127n],
  short: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
};
const NO_TRAITS: Record<string, unknown> = Object.freeze({});

function hasKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

export class NodeShapeChecker {
  /** Event id and shape of the value being checked. */
  tag: EventTag = "TraitValue";
  /**
   * Event id of a value that breaks a constraint (@length, @range, @pattern,
   * @uniqueItems, an @idRef's selector): where it differs from `tag`. A
   * prelude trait's value of the wrong type is refused when Smithy builds the
   * trait ("Model"), but one that breaks a constraint is found later by
   * TraitValueValidator ("TraitValue"), after the loader's stage.
   */
  constraintTag: EventTag | undefined;
  /**
   * How a value that breaks a constraint trait (@length, @pattern, @range,
   * a missing @required member) is reported: an @examples entry with
   * `allowConstraintErrors` makes these WARNINGs, as Smithy does.
   */
  constraintSeverity: "error" | "warning" = "error";
  /**
   * @default values (DefaultTraitValidator): a value outside @range is only a
   * WARNING when the value is 0 (so 1.0 models, whose numbers defaulted to 0,
   * upgrade), as Smithy's RANGE_TRAIT_ZERO_VALUE_WARNING.
   */
  rangeEvents = false;

  constructor(
    private readonly shapes: Map<string, Shape>,
    private readonly reporter: Reporter,
  ) {}

  /** An enum's or intEnum's values, listed once per shape (every value checked against it asked for them). */
  private readonly enumValueLists = new Map<string, unknown[]>();

  /** A structure's required members' names, listed once per shape (a trait's shape checks every application). */
  private readonly requiredLists = new Map<string, string[]>();

  private requiredOf(shapeId: string, members: Record<string, { traits?: Record<string, unknown> }>): string[] {
    let names = this.requiredLists.get(shapeId);
    if (!names) {
      names = Object.keys(members).filter((name) => members[name]!.traits?.["smithy.api#required"] !== undefined);
      this.requiredLists.set(shapeId, names);
    }
    return names;
  }

  private enumValues(shapeId: string): unknown[] {
    let values = this.enumValueLists.get(shapeId);
    if (!values) {
      values = Object.values(allMembers(this.shapes, shapeId)).map((m) => m.traits?.["smithy.api#enumValue"]);
      this.enumValueLists.set(shapeId, values);
    }
    return values;
  }

  /** `what` names the value in messages, e.g. "@length" or "@length.min". */
  check(node: NodeSyntax, shapeId: string, what: string, memberTraits: Record<string, unknown> = NO_TRAITS): void {
    const shape = this.shapes.get(shapeId);
    if (!shape) return; // an unresolved target is reported by the reference check
    const type = shape.type;
    // Messages (and their reporting) are made only when something is wrong: no closure per value checked.
    const text = node.kind === "string" ? node.value : node.kind === "shapeId" ? (node.resolved ?? node.text) : undefined;
    // A member's own traits win over its target's. Read only: without member
    // traits (most checks) the target's own object serves, not a copy per value.
    const traits = hasKeys(memberTraits) ? { ...(shape.traits ?? {}), ...memberTraits } : (shape.traits ?? NO_TRAITS);
    // @length, @pattern, @range and @idRef are checked where each is written, the member's and its target's
    // apart (Smithy's MemberAndShapeTraitPlugin): a value may break both, and a @range's event says which.
    const constraints: [own: Record<string, unknown>, onMember: boolean][] = hasKeys(memberTraits)
      ? [[shape.traits ?? NO_TRAITS, false], [memberTraits, true]]
      : [[shape.traits ?? NO_TRAITS, false]];
    switch (type) {
      case "document":
        return;
      case "string":
      case "blob": {
        if (text === undefined) return this.fail(node.at, what, `must be a string, found ${describe(node)}`);
        // A blob's length is in bytes: its text's UTF-8 bytes, as Smithy counts them ("é" is 2).
        for (const [own] of constraints) this.checkLength(type === "blob" ? utf8Length(text) : text.length, own, node, what, false);
        // Smithy 1.0's @enum on a string shape (never a member's: that is a TraitTarget error): the value is one
        // of its values (an ERROR, as an enum shape's).
        const legacy = type === "string" ? shape.traits?.["smithy.api#enum"] : undefined;
        if (Array.isArray(legacy)) {
          const values = legacy.map((entry) => (entry as { value?: unknown }).value);
          // Its @pattern and @idRef are still checked, as Smithy does.
          if (!values.includes(text)) this.fail(node.at, what, `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, found "${text}"`);
        }
        for (const [own] of constraints) if (own[ID_REF] !== undefined) this.checkIdRef(text, own[ID_REF] as IdRef, node, what);
        for (const [own] of constraints) {
          const pattern = own["smithy.api#pattern"];
          if (type !== "string" || typeof pattern !== "string") continue;
          try {
            if (!patternOf(pattern).test(text)) this.breaks(node, what, `"${text}" does not match the pattern ${pattern}`);
          } catch {
            // an invalid pattern is reported where it is defined
          }
        }
        return;
      }
      case "enum": {
        const values = this.enumValues(shapeId);
        if (text === undefined) return this.fail(node.at, what, `must be a string, found ${describe(node)}`);
        if (!values.includes(text)) return this.fail(node.at, what, `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, found "${text}"`);
        return;
      }
      case "boolean":
        if (node.kind !== "boolean") this.fail(node.at, what, `must be true or false, found ${describe(node)}`);
        return;
      case "timestamp": {
        if (node.kind !== "number" && text === undefined) return this.fail(node.at, what, `must be a timestamp (string or number), found ${describe(node)}`);
        // By the @timestampFormat, as Smithy checks it (timestamp-values.ts).
        const problem = timestampValueProblem(text === undefined ? { number: true } : { text }, traits["smithy.api#timestampFormat"]);
        if (problem !== undefined) this.fail(node.at, what, problem);
        return;
      }
      case "list":
      case "set": {
        if (node.kind !== "array") return this.fail(node.at, what, `must be a list, found ${describe(node)}`);
        // A list's length and unique items are ERRORs even where constraint errors are allowed (Smithy's
        // CollectionLengthPlugin and UniqueItemsPlugin do not ask ALLOW_CONSTRAINT_ERRORS).
        for (const [own] of constraints) this.checkLength(node.items.length, own, node, what, true);
        if (traits["smithy.api#uniqueItems"] !== undefined) {
          const seen = new Set<string>();
          const repeated = new Set<string>();
          for (const item of node.items) {
            const key = canonical(item);
            if (seen.has(key)) repeated.add(key);
            seen.add(key);
          }
          if (repeated.size > 0) this.failConstraint(node.at, what, `must have unique items, but these items appear more than once: ${[...repeated].join(", ")}`);
        }
        const member = (shape as { member?: { target: string; traits?: Record<string, unknown> } }).member;
        const sparse = traits["smithy.api#sparse"] !== undefined;
        node.items.forEach((item, i) => {
          // A null item of a list that is not @sparse: refused as such, besides what the member's target says of null.
          if (item.kind === "null" && !sparse) this.failConstraint(item.at, `${what}[${i}]`, "is null, which a list that is not @sparse cannot hold");
          if (member) this.check(item, member.target, `${what}[${i}]`, member.traits);
        });
        return;
      }
      case "map": {
        if (node.kind !== "object") return this.fail(node.at, what, `must be an object, found ${describe(node)}`);
        for (const [own] of constraints) this.checkLength(node.entries.length, own, node, what, false);
        type MapMember = { target: string; traits?: Record<string, unknown> };
        const { key, value } = shape as { key?: MapMember; value?: MapMember };
        for (const entry of node.entries) {
          // Keys are values of the key shape too (Smithy's NodeValidationVisitor: "<key> (map-key)"; @waitable's waiter
          // names have a @pattern), reported at the map as Smithy reports them.
          if (key) this.check({ kind: "string", value: entry.key, at: node.at }, key.target, `${what} key "${entry.key}"`, key.traits);
          if (entry.value.kind === "null" && traits["smithy.api#sparse"] === undefined) {
            this.failConstraint(entry.value.at, `${what}.${entry.key}`, "is null, which a map that is not @sparse cannot hold");
          }
          if (value) this.check(entry.value, value.target, `${what}.${entry.key}`, value.traits);
        }
        return;
      }
      case "structure":
      case "union": {
        if (node.kind !== "object") return this.fail(node.at, what, `must be an object, found ${describe(node)}`);
        // A union value setting more than one member is refused as that alone: Smithy looks no further into it.
        // One that sets none is taken (`{}`).
        if (type === "union" && node.entries.length > 1) return this.fail(node.at, what, `must set at most one member of the union, found ${node.entries.length}`);
        // Inherited members too: trait shapes use mixins (smithy.test#HttpMessageMixin).
        const members = allMembers(this.shapes, shapeId);
        for (const entry of node.entries) {
          const member = members[entry.key];
          if (!member) {
            // Smithy: <id>.UnknownMember.<shape>.<member> at the object (TraitValue's even for a prelude
            // trait's value, which is otherwise refused as "Model"): a WARNING in a structure, an
            // ERROR in a union (a union value must name one of its members).
            const base = typeof this.tag === "string" ? this.tag : this.tag.id;
            const names = Object.keys(members);
            this.reporter.emit(
              type === "union" ? "error" : "warning",
              node.at,
              `${what} has no member '${entry.key}'${names.length > 0 ? ` (known: ${names.join(", ")})` : ""}`,
              { id: `${base === "Model" ? "TraitValue" : base}.UnknownMember.${shapeId}.${entry.key}`, ...(typeof this.tag === "string" ? {} : { shapeId: this.tag.shapeId }) },
            );
            continue;
          }
          // A required member given as null: refused as such, besides what its target says of null, unless a
          // client may leave it out (Smithy's NullableIndex: @clientOptional, or a member of an @input structure).
          if (entry.value.kind === "null" && type === "structure" && isNonNullable(member, traits)) {
            this.failConstraint(entry.value.at, `${what}.${entry.key}`, "is required and cannot be null");
          }
          this.check(entry.value, member.target, `${what}.${entry.key}`, member.traits);
        }
        if (type === "structure") {
          for (const name of this.requiredOf(shapeId, members)) {
            if (!node.entries.some((e) => e.key === name)) {
              // A prelude trait missing a required member is refused when Smithy builds it (`tag`).
              this.reporter.emit(this.constraintSeverity, node.at, `${what} is missing the required member '${name}'`, this.tag);
            }
          }
        }
        return;
      }
      default:
        if (INTEGERS.has(type) || DECIMALS.has(type)) {
          // A float or double may be the string "NaN", "Infinity" or "-Infinity" (Smithy's node values for them).
          if ((type === "float" || type === "double") && node.kind === "string" && NON_FINITE.has(node.value)) {
            // Against @range as Smithy's RangeTraitPlugin: NaN is no number; the infinities are beyond any bound.
            const infinite = { kind: "number" as const, value: node.value === "Infinity" ? Infinity : -Infinity, source: node.value, at: node.at };
            for (const [own, onMember] of constraints) {
              const range = own["smithy.api#range"] as { min?: number; max?: number } | undefined;
              if (range === undefined) continue;
              if (node.value === "NaN") {
                this.breaks(node, what, `must be a number because @range applies, found "NaN"`);
                continue;
              }
              if (range.max !== undefined && infinite.value > range.max) this.rangeBreak(infinite, onMember, what)(`must be at most ${range.max}, found ${node.value}`);
              if (range.min !== undefined && infinite.value < range.min) this.rangeBreak(infinite, onMember, what)(`must be at least ${range.min}, found ${node.value}`);
            }
            return;
          }
          if (node.kind !== "number") return this.fail(node.at, what, `must be a number, found ${describe(node)}`);
          // Written with a point or an exponent, a number is a floating point one for Smithy, whole or not (1.0, 1e2).
          // A number its type cannot hold stops the target's checks (its enum values, its @range); a member's
          // own @range is still asked, as Smithy checks the member before it visits the target.
          let typeBroken = false;
          if (INTEGERS.has(type) && (!Number.isInteger(node.value) || /[.eE]/.test(node.source))) {
            this.fail(node.at, what, `must be an integer, found ${node.source}`);
            typeBroken = true;
          } else {
            const bounds = INTEGER_BOUNDS[type];
            // From the source text when it is plain digits, exactly.
            const exact = bounds && (/^-?\d+$/.test(node.source) ? BigInt(node.source) : BigInt(node.value));
            if (bounds && exact !== undefined && (exact < bounds[0] || exact > bounds[1])) {
              this.fail(node.at, what, `must be a ${type} (${bounds[0]} to ${bounds[1]}), found ${node.source}`);
              typeBroken = true;
            } else if (type === "intEnum") {
              const values = this.enumValues(shapeId);
              if (!values.includes(node.value)) this.fail(node.at, what, `must be one of ${values.join(", ")}, found ${node.source}`);
            }
          }
          for (const [own, onMember] of constraints) {
            if (typeBroken && !onMember) continue;
            const range = own["smithy.api#range"] as { min?: number; max?: number } | undefined;
            // Compared exactly, as decimals (Smithy's BigDecimal): the event's tag and severity are made only for a value out of range.
            if (range?.min !== undefined && compareNumberTexts(node.source, numberTextOf(range.min)) < 0) {
              this.rangeBreak(node, onMember, what)(`must be at least ${range.min}, found ${node.source}`);
            }
            if (range?.max !== undefined && compareNumberTexts(node.source, numberTextOf(range.max)) > 0) {
              this.rangeBreak(node, onMember, what)(`must be at most ${range.max}, found ${node.source}`);
            }
          }
        }
        return;
    }
  }

  /** A value outside @range: `<id>.Member.InvalidRange` or `<id>.Target.InvalidRange` by where the @range is, as Smithy's RangeTraitPlugin. */
  private rangeBreak(node: NodeSyntax & { kind: "number" }, onMember: boolean, what: string): (message: string) => void {
    const constraint = this.constraintTag ?? this.tag;
    const base = typeof constraint === "string" ? { id: constraint } : constraint;
    const tag = { ...base, id: `${base.id}.${onMember ? "Member" : "Target"}.InvalidRange` };
    const severity = this.rangeEvents && node.value === 0 ? "warning" : this.constraintSeverity;
    return (message) => this.reporter.emit(severity, node.at, `${what} ${message}`, tag);
  }

  /** A value's own length against @length: an ERROR for a list (`always`), otherwise a constraint break. */
  private checkLength(length: number, traits: Record<string, unknown>, node: NodeSyntax, what: string, always: boolean): void {
    const bounds = traits["smithy.api#length"] as { min?: number; max?: number } | undefined;
    if (bounds === undefined) return;
    const report = always ? (message: string): void => this.failConstraint(node.at, what, message) : (message: string): void => this.breaks(node, what, message);
    if (bounds.min !== undefined && length < bounds.min) report(`must have a length of at least ${bounds.min}, found ${length}`);
    if (bounds.max !== undefined && length > bounds.max) report(`must have a length of at most ${bounds.max}, found ${length}`);
  }

  /**
   * A string of an @idRef shape or member names a shape (Smithy's IdRefPlugin):
   * an absolute shape ID; of a shape in the model unless `failWhenMissing` is
   * false; one the `selector` selects, else the trait's `errorMessage`.
   */
  private checkIdRef(text: string, idRef: IdRef, node: NodeSyntax, what: string): void {
    if (!ABSOLUTE_SHAPE_ID.test(text)) return this.fail(node.at, what, `Invalid shape ID: ${text}`);
    const target = this.shapes.get(text) ? text : undefined;
    if (target === undefined) {
      if (idRef.failWhenMissing === true) this.failConstraint(node.at, what, idRef.errorMessage ?? `Shape ID \`${text}\` was not found in the model`);
      return;
    }
    const selectorText = idRef.selector ?? "*";
    if (selectorText === "*") return;
    let selector = this.idRefSelectors.get(selectorText);
    if (selector === undefined) {
      try {
        selector = parseSelector(selectorText);
      } catch (error) {
        if (!(error instanceof SelectorError)) throw error;
        selector = null; // an invalid selector is reported where @idRef is applied
      }
      this.idRefSelectors.set(selectorText, selector);
    }
    this.evaluator ??= new SelectorEvaluator(this.shapes);
    if (selector && !this.evaluator.selects(target, selector)) {
      this.failConstraint(node.at, what, idRef.errorMessage ?? `Shape ID \`${target}\` does not match selector \`${selectorText}\``);
    }
  }

  private readonly idRefSelectors = new Map<string, ReturnType<typeof parseSelector> | null>();
  private evaluator?: SelectorEvaluator;

  private fail(at: Location, what: string, message: string): void {
    this.reporter.error(at, `${what} ${message}`, this.tag);
  }

  /** A value that breaks a constraint no setting allows (a list's length, unique items, an @idRef): always an ERROR. */
  private failConstraint(at: Location, what: string, message: string): void {
    this.reporter.error(at, `${what} ${message}`, this.constraintTag ?? this.tag);
  }

  /** A broken constraint trait: an ERROR, or a WARNING where constraint errors are allowed. */
  private breaks(node: NodeSyntax, what: string, message: string): void {
    this.reporter.emit(this.constraintSeverity, node.at, `${what} ${message}`, this.constraintTag ?? this.tag);
  }
}

/** A required member a client may not leave out or set to null: not @clientOptional, not in an @input structure (`structureTraits`). */
function isNonNullable(member: { traits?: Record<string, unknown> }, structureTraits: Record<string, unknown>): boolean {
  const own = member.traits ?? NO_TRAITS;
  return own["smithy.api#required"] !== undefined && own["smithy.api#clientOptional"] === undefined && structureTraits["smithy.api#input"] === undefined;
}

/** The strings a float or double node value may be. */
const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

/**
 * Bytes of `text` as Smithy counts a blob value's (Java's String.getBytes(UTF_8)):
 * UTF-8, but a lone surrogate is the one byte "?" Java's encoder writes for
 * it, where Buffer.byteLength and TextEncoder count U+FFFD's three.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}

/** A node value as text that is equal for equal values (object keys in order), for @uniqueItems. */
function canonical(node: NodeSyntax): string {
  switch (node.kind) {
    case "array":
      return `[${node.items.map(canonical).join(",")}]`;
    case "object":
      return `{${node.entries
        .map((e) => `${JSON.stringify(e.key)}:${canonical(e.value)}`)
        .sort()
        .join(",")}}`;
    case "number":
      // As Smithy's NumberNode.equals: 1 and 1.0 are two values, 1.0 and 1e0 one.
      return javaNumberKey(node.source);
    case "shapeId":
      return JSON.stringify(node.resolved ?? node.text);
    case "string":
      return JSON.stringify(node.value);
    default:
      return String(node.kind === "boolean" ? node.value : null);
  }
}

export function describe(node: NodeSyntax): string {
  switch (node.kind) {
    case "string":
      return `the string "${node.value}"`;
    case "shapeId":
      return `the shape ID ${node.text}`;
    case "number":
      return `the number ${node.source}`;
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    case "array":
      return "a list";
    case "object":
      return "an object";
  }
}

/** Compiled @pattern expressions, shared (without the g or y flag `test` keeps no state): a model checks many values against a few patterns. */
const compiledPatterns = new Map<string, RegExp>();

function patternOf(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    // The model's pattern is Java's; its exact ECMAScript translation is what
    // runs (one without an exact translation throws: the value is not checked).
    const { ecma, inexact } = javaPattern(pattern);
    if (ecma === undefined) throw new Error(inexact.join("; "));
    compiled = new RegExp(ecma, "u");
    if (compiledPatterns.size < 10_000) compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}
