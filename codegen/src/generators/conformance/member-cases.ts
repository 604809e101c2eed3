// Cases for every input member, nested ones included (paths `Outer.Inner`,
// list items `Items.0`): each constraint at and just beyond its bounds,
// pattern accepted (one value per alternative of the pattern) and rejected,
// enum values, missing and null required members, wrong JSON types. Valid
// values are built to satisfy every other constraint of the member, so a case
// tests one thing.
//
// A structure or union shape is walked in full once per suite: at the first
// position the walk reaches it (operations in name order, members in model
// order). Every later position of the same shape gets two of those cases,
// moved there — one valid value inside the shape accepted, one invalid value
// inside it rejected, the smallest of each (record) — which prove validation reaches the shape at that
// position; the rest would only repeat, under another id, what the full walk
// already tests about the shape itself. Likewise every value of an enum shape
// is accepted once, and at later positions its first value and one outside
// value stand for the rest. Large AWS models reuse shapes across hundreds of
// operations (SageMaker's instance types, Glue's job graph nodes): without
// this, half of their cases were such repeats.

import { effectiveRange } from "../../model/integer-bounds.js";
import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { Constraints, Member, ModelIndex } from "../../model/knowledge.js";
import type { ConformanceCase, Expectation, OmittedCase } from "./case-format.js";
import {
  type OperationContext,
  SERIALIZATION_ERROR,
  VALIDATION_ERROR,
  acceptedExpectation,
  jsonRequest,
  makeCase,
  rejectedExpectation,
  valueAt,
  withValueAt,
} from "./operation-context.js";
import { alternativeExamples, parsePattern, patternRegExp } from "./regex-examples.js";
import {
  MAX_SAMPLE_CHARS,
  MAX_SAMPLE_ITEMS,
  SampleValues,
  codePointCount,
  distinctItems,
  distinctStrings,
  patternLengths,
  sampleTextSize,
  satisfies,
  stringKey,
  stringOfLength,
  validString,
} from "./sample-values.js";
import { setOwn } from "../../model/own-properties.js";

const MAX_DEPTH = 5;
const INVALID_ENUM_VALUE = "CONFORMANCE_KIT_NOT_A_MEMBER";
/** Characters that most identifier patterns reject, tried in order. */
const REJECTED_CHARS = ["!", " ", "#", "~", "\u00e9", "/", "-", "."];

type Path = (string | number)[];

// The expectations of rejected cases: one shared object each (rejectedExpectation).
const REJECTED_AS_INVALID = rejectedExpectation([VALIDATION_ERROR]);
const REJECTED_AS_WRONG_TYPE = rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]);
const REJECTED_AS_NULL = rejectedExpectation([VALIDATION_ERROR, SERIALIZATION_ERROR], [VALIDATION_ERROR]);
const REJECTED_AS_MALFORMED = rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR]);

interface Emit {
  cases: ConformanceCase[];
  omitted: OmittedCase[];
}

/** A case of a shape's full walk, to be moved to another position of the shape. */
interface Probe {
  /** The case id after the position's own id (`.Name.length.min`). */
  suffix: string;
  /** The description after the position's name. */
  description: string;
  source: ConformanceCase["source"];
  /** The whole value of the shape in that case. */
  value: NodeValue;
  /** Rejections carry their expectation; an accepted case takes the operation's own. */
  expect?: Expectation;
  /** Length of the case's request body where the shape was walked in full (the smallest case is moved: see record). */
  size: number;
}

interface Walked {
  /** Id of the position where the shape was walked in full (`Operation.Member`). */
  at: string;
  /** Nesting depth of that position. */
  depth: number;
  /** Whether the walk stopped at MAX_DEPTH somewhere inside the shape. */
  truncated?: boolean;
  accepted?: Probe;
  rejected?: Probe;
}

interface Recording {
  walked: Walked;
  path: Path;
  prefix: string;
  /** A rejection that is not a constraint case (a required member missing, a wrong type), if no constraint case comes. */
  fallback?: Probe;
}

/** What the walks of one suite share across operations (see the top of this file). */
export class CaseMemory {
  /** Structure and union shapes walked in full, by shape ID. */
  readonly aggregates = new Map<string, Walked>();
  /** Enum shapes every value of which has been accepted, by shape ID: where. */
  readonly enums = new Map<string, string>();
}

export function memberCases(index: ModelIndex, context: OperationContext, memory = new CaseMemory()): Emit {
  const emit: Emit = { cases: [], omitted: [] };
  if (!context.inputId) return emit;
  const walker = new MemberWalker(index, context, emit, memory);
  walker.structure(context.inputId, [], context.baseline, 0);
  emit.cases.push(
    makeCase(context, {
      id: `${context.operation}.unknown-member`,
      description: "An input member the model does not define is ignored (adding members is a compatible change)",
      source: "unknown-member",
      request: jsonRequest(context, { ...context.baseline, ConformanceKitUnknownMember: "ignored" }),
      expect: acceptedExpectation(context),
    }),
  );
  return emit;
}

class MemberWalker {
  private readonly samples: SampleValues;
  /** The full walks in progress (nested shapes inside one another), innermost last. */
  private readonly recordings: Recording[] = [];

  constructor(
    private readonly index: ModelIndex,
    private readonly context: OperationContext,
    private readonly emit: Emit,
    private readonly memory: CaseMemory,
  ) {
    this.samples = new SampleValues(index);
  }

  structure(structureId: string, path: Path, baseline: NodeObject, depth: number): void {
    if (depth > MAX_DEPTH) {
      for (const recording of this.recordings) recording.walked.truncated = true;
      return;
    }
    for (const member of this.index.membersOf(structureId)) {
      this.member(member, [...path, member.name], baseline, depth);
    }
  }

  private member(member: Member, path: Path, baseline: NodeObject, depth: number): void {
    const constraints = this.index.constraintsOf(member);
    const id = this.idOf(path);
    let base = baseline;
    if (valueAt(base, path) === undefined) {
      const sample = this.samples.forMember(member);
      if (sample === undefined) {
        this.emit.omitted.push({ id, reason: "no valid value can be built for this member" });
        return;
      }
      base = withValueAt(base, path, sample);
    }
    if (this.index.requiredOnTheWire(member)) this.requiredCases(path, base);
    this.jsonTypeCases(member.target, path, base);
    this.valueCases(member.target, constraints, path, base, depth);
  }

  /** Cases for a value position (a member, a list item, a map value). */
  private valueCases(target: string, constraints: Constraints, path: Path, base: NodeObject, depth: number): void {
    switch (this.index.typeOf(target)) {
      case "string":
        if (constraints.enumValues) this.enumCases(target, constraints.enumValues, path, base);
        else this.stringCases(constraints, path, base);
        break;
      case "enum":
        this.enumCases(target, constraints.enumValues ?? [], path, base);
        break;
      case "intEnum":
        this.intEnumCases(target, constraints.intEnumValues ?? [], path, base);
        break;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger":
      case "float":
      case "double":
      case "bigDecimal":
        this.rangeCases(constraints, path, base, this.index.typeOf(target));
        break;
      case "list":
      case "set": {
        const item = this.index.listMemberOf(target);
        const itemValue = valueAt(base, [...path, 0]) ?? null;
        // A @uniqueItems list of repeated items is invalid: its count cases need distinct items.
        const itemType = this.index.typeOf(item.target);
        this.countCases(constraints, path, base, (count) =>
          constraints.uniqueItems ? distinctItems(itemType, this.index.constraintsOf(item), itemValue, count) : Array.from({ length: count }, () => itemValue),
        );
        this.valueCases(item.target, this.index.constraintsOf(item), [...path, 0], base, depth + 1);
        break;
      }
      case "map": {
        const { key: keyMember, value } = this.index.mapMembersOf(target);
        const keyConstraints = this.index.constraintsOf(keyMember);
        const current = valueAt(base, path) as NodeObject;
        const key = Object.keys(current)[0];
        if (key === undefined) break;
        this.countCases(constraints, path, base, (count) => mapOfSize(current, keyConstraints, count));
        this.mapKeyCases(keyConstraints, path, base, current[key]!);
        this.valueCases(value.target, this.index.constraintsOf(value), [...path, key], base, depth + 1);
        break;
      }
      case "structure":
        this.aggregate(target, path, base, depth, () => this.structure(target, path, base, depth + 1));
        break;
      case "union":
        this.aggregate(target, path, base, depth, () => this.unionCases(target, path, base, depth));
        break;
      default:
        break;
    }
  }

  /** Walks a structure or union in full the first time the suite reaches it; elsewhere moves two of its cases here. */
  private aggregate(target: string, path: Path, base: NodeObject, depth: number, walk: () => void): void {
    const seen = this.memory.aggregates.get(target);
    // A walk cut short by MAX_DEPTH (the shape first met deep inside another
    // operation's input) is done again where the shape sits higher up.
    if (seen && !(seen.truncated && depth < seen.depth)) {
      // (Also a recursive shape met again inside its own walk: the cases found so far.)
      this.probeCases(target, seen, path, base);
      return;
    }
    const walked: Walked = { at: this.idOf(path), depth };
    this.memory.aggregates.set(target, walked);
    const recording: Recording = { walked, path, prefix: this.idOf(path) };
    this.recordings.push(recording);
    try {
      walk();
    } finally {
      this.recordings.pop();
    }
    walked.rejected ??= recording.fallback;
  }

  private probeCases(target: string, walked: Walked, path: Path, base: NodeObject): void {
    const here = this.idOf(path);
    const shape = this.index.nameOf(target);
    for (const probe of [walked.accepted, walked.rejected]) {
      if (!probe) continue;
      this.push(`${here}${probe.suffix}`, `${this.nameOf(path)}${probe.description} (${shape} is tested in full at ${walked.at})`,
        probe.source, withValueAt(base, path, probe.value), probe.expect ?? acceptedExpectation(this.context));
    }
  }

  /**
   * Offers a case to the full walks in progress: the accepted and the rejected
   * constraint case with the shortest request body (the first of equals)
   * stand for the shape elsewhere. Every case of one walk is the same request
   * but for the shape's value, so the shortest body holds the smallest value:
   * a bound case of a 65,535-character key (dynamodb's AttributeValue maps)
   * moved to each of ~60 positions made most of that model's cases.json.
   */
  private record(id: string, description: string, source: ConformanceCase["source"], body: NodeObject, expect: Expectation, size: number): void {
    const accepted = expect.outcome === "accepted";
    if (!accepted && expect.outcome !== "error") return;
    const better = (held: Probe | undefined): boolean => held === undefined || size < held.size;
    for (const recording of this.recordings) {
      const { walked } = recording;
      // Which slot this case could fill: accepted and rejected constraint
      // cases; any other rejection (required, JSON type) only as a fallback.
      const slot = accepted
        ? source === "constraint" && better(walked.accepted) ? "accepted" : undefined
        : walked.rejected
          ? source === "constraint" && better(walked.rejected) ? "rejected" : undefined
          : source === "constraint" ? "rejected" : better(recording.fallback) ? "fallback" : undefined;
      if (slot === undefined || !id.startsWith(recording.prefix)) continue;
      const value = valueAt(body, recording.path);
      if (value === undefined) continue;
      const name = this.nameOf(recording.path);
      const probe: Probe = {
        suffix: id.slice(recording.prefix.length),
        description: description.startsWith(name) ? description.slice(name.length) : `: ${description}`,
        source,
        value,
        size,
      };
      if (!accepted) probe.expect = expect;
      if (slot === "accepted") walked.accepted = probe;
      else if (slot === "rejected") walked.rejected = probe;
      else recording.fallback = probe;
    }
  }

  private requiredCases(path: Path, base: NodeObject): void {
    const id = this.idOf(path);
    const name = this.nameOf(path);
    this.push(`${id}.required.missing`, `Required member ${name} missing -> ${VALIDATION_ERROR}`, "required",
      withValueAt(base, path, undefined), REJECTED_AS_INVALID);
    this.push(`${id}.required.null`, `Required member ${name} set to null -> rejected`, "required",
      withValueAt(base, path, null), REJECTED_AS_NULL);
  }

  private jsonTypeCases(target: string, path: Path, base: NodeObject): void {
    const wrong = wrongJsonValues(this.index.typeOf(target));
    for (const [label, value] of wrong) {
      this.push(`${this.idOf(path)}.json-type.${label}`, `${this.nameOf(path)} sent as ${label} (wrong JSON type) -> rejected`,
        "json-type", withValueAt(base, path, value),
        REJECTED_AS_WRONG_TYPE);
    }
  }

  private stringCases(constraints: Constraints, path: Path, base: NodeObject): void {
    const id = this.idOf(path);
    const name = this.nameOf(path);
    const length = constraints.length;
    if (length?.min !== undefined) {
      this.boundCase(`${id}.length.min`, `${name} at its minimum length ${length.min} -> accepted`, constraints, length.min, path, base, true);
      if (length.min > 0) {
        this.boundCase(`${id}.length.below-min`, `${name} one shorter than its minimum length (${length.min - 1}) -> ${VALIDATION_ERROR}`, constraints, length.min - 1, path, base, false);
      }
    }
    if (length?.max !== undefined) {
      this.boundCase(`${id}.length.max`, `${name} at its maximum length ${length.max} -> accepted`, constraints, length.max, path, base, true);
      this.boundCase(`${id}.length.above-max`, `${name} one longer than its maximum length (${length.max + 1}) -> ${VALIDATION_ERROR}`, constraints, length.max + 1, path, base, false);
    }
    if (constraints.pattern) this.patternCases(constraints, path, base);
  }

  private boundCase(id: string, description: string, constraints: Constraints, size: number, path: Path, base: NodeObject, valid: boolean): void {
    if (size > MAX_SAMPLE_CHARS) {
      this.emit.omitted.push({ id, reason: `a ${size}-character value is larger than the kit sends (${MAX_SAMPLE_CHARS})` });
      return;
    }
    // The bound under test is the only thing wrong (or right) with the value:
    // it satisfies the pattern whenever the pattern can produce that length.
    const patternOnly: Constraints = { ...constraints, length: undefined };
    const value = stringOfLength(patternOnly, size);
    if (valid) {
      if (value === undefined) {
        const reach = patternLengths(constraints.pattern);
        this.emit.omitted.push({ id, reason: `no value of length ${size} satisfies the pattern, whose matches are ${reach}` });
        return;
      }
      this.push(id, description, "constraint", withValueAt(base, path, value), acceptedExpectation(this.context));
      return;
    }
    this.push(id, value === undefined ? `${description} (the pattern cannot produce this length either)` : description,
      "constraint", withValueAt(base, path, value ?? "a".repeat(size)), REJECTED_AS_INVALID);
  }

  private patternCases(constraints: Constraints, path: Path, base: NodeObject): void {
    const id = this.idOf(path);
    const name = this.nameOf(path);
    let alternatives: string[] = [];
    const found = patternAlternatives(constraints);
    if (found instanceof Error) this.emit.omitted.push({ id: `${id}.pattern.alternative-*`, reason: found.message });
    else alternatives = found;
    if (alternatives.length > 1) {
      alternatives.forEach((value, i) => {
        this.push(`${id}.pattern.alternative-${i + 1}`, `${name} matching alternative ${i + 1} of its pattern (${abbreviate(value)}) -> accepted`,
          "constraint", withValueAt(base, path, value), acceptedExpectation(this.context));
      });
    } else {
      const value = alternatives[0] ?? validString(constraints);
      if (value !== undefined) {
        this.push(`${id}.pattern.accepted`, `${name} built from its pattern (${abbreviate(value)}) -> accepted`,
          "constraint", withValueAt(base, path, value), acceptedExpectation(this.context));
      }
    }
    const rejected = rejectedString(constraints);
    if (rejected === undefined) {
      // (Mutations of a valid value: without one, nothing is known about the pattern's rejections.)
      const reason = validString(constraints) === undefined
        ? "no valid value could be built from the pattern to change into a rejected one"
        : "every value of a valid length matches the pattern";
      this.emit.omitted.push({ id: `${id}.pattern.rejected`, reason });
      return;
    }
    this.push(`${id}.pattern.rejected`, `${name} of valid length not matching its pattern (${abbreviate(rejected)}) -> ${VALIDATION_ERROR}`,
      "constraint", withValueAt(base, path, rejected), REJECTED_AS_INVALID);
  }

  private enumCases(target: string, values: string[], path: Path, base: NodeObject): void {
    const id = this.idOf(path);
    const { tried, at } = this.enumValuesToTry(target, values, id);
    for (const value of tried) {
      this.push(`${id}.enum.${value}`, `${this.nameOf(path)} = enum value ${value} -> accepted${at}`, "constraint",
        withValueAt(base, path, value), acceptedExpectation(this.context));
    }
    this.push(`${id}.enum.rejected`, `${this.nameOf(path)} outside its enum values -> ${VALIDATION_ERROR}`, "constraint",
      withValueAt(base, path, INVALID_ENUM_VALUE), REJECTED_AS_INVALID);
  }

  private intEnumCases(target: string, values: number[], path: Path, base: NodeObject): void {
    const id = this.idOf(path);
    const { tried, at } = this.enumValuesToTry(target, values, id);
    for (const value of tried) {
      this.push(`${id}.enum.${value}`, `${this.nameOf(path)} = intEnum value ${value} -> accepted${at}`, "constraint",
        withValueAt(base, path, value), acceptedExpectation(this.context));
    }
    const outside = Math.max(0, ...values) + 1;
    this.push(`${id}.enum.rejected`, `${this.nameOf(path)} = ${outside}, outside its intEnum values -> ${VALIDATION_ERROR}`, "constraint",
      withValueAt(base, path, outside), REJECTED_AS_INVALID);
  }

  /** Every value the first time the suite meets the enum shape; its first value at later positions. */
  private enumValuesToTry<T>(target: string, values: T[], id: string): { tried: T[]; at: string } {
    const first = this.memory.enums.get(target);
    if (first !== undefined && values.length > 1) {
      return { tried: values.slice(0, 1), at: ` (every value of ${this.index.nameOf(target)} is tried at ${first})` };
    }
    this.memory.enums.set(target, id);
    return { tried: values, at: "" };
  }

  private rangeCases(constraints: Constraints, path: Path, base: NodeObject, type: string): void {
    const id = this.idOf(path);
    const name = this.nameOf(path);
    const range = constraints.range;
    if (!range) return;
    // A bound beyond what the type holds is not where values stop: the type's
    // own bound is, and a value past it is malformed, not a constraint
    // violation (model/integer-bounds.ts).
    const held = effectiveRange(type, undefined);
    const within = (side: "min" | "max", bound: number): boolean => {
      const outside = (held.min !== undefined && bound < held.min) || (held.max !== undefined && bound > held.max);
      if (outside) this.emit.omitted.push({ id: `${id}.range.${side}`, reason: `@range ${side} ${bound} is beyond what a ${type} holds (${held.min} to ${held.max})` });
      return !outside;
    };
    if (range.min !== undefined && within("min", range.min)) {
      this.atBound(`${id}.range.min`, `${name} = ${range.min}, its minimum -> accepted`, range.min, path, base);
      this.beyondBound(`${id}.range.below-min`, `${name} = ${range.min - 1}, below its minimum -> ${VALIDATION_ERROR}`, range.min, range.min - 1, path, base);
    }
    if (range.max !== undefined && within("max", range.max)) {
      this.atBound(`${id}.range.max`, `${name} = ${range.max}, its maximum -> accepted`, range.max, path, base);
      this.beyondBound(`${id}.range.above-max`, `${name} = ${range.max + 1}, above its maximum -> ${VALIDATION_ERROR}`, range.max, range.max + 1, path, base);
    }
  }

  /**
   * The accepted case at a range bound, when the number sent is the bound: an
   * integer bound beyond 2^53 reached the generator as the nearest double
   * (a long's 9223372036854775807 is 9223372036854775808 to JSON.parse,
   * printed 9223372036854776000), which may lie outside the range, and a
   * server reading longs exactly would rightly reject it.
   */
  private atBound(id: string, description: string, bound: number, path: Path, base: NodeObject): void {
    if (Number.isInteger(bound) && !Number.isSafeInteger(bound)) {
      this.emit.omitted.push({ id, reason: `${bound} is beyond 2^53: as a JSON number (a double) it may not be the bound itself` });
      return;
    }
    this.push(id, description, "constraint", withValueAt(base, path, bound), acceptedExpectation(this.context));
  }

  /**
   * The rejected case one past a range bound, when that number survives as
   * itself: beyond 2^53 a double has no room for bound ± 1 (fsx's
   * 22517998000000000 + 1 is 22517998000000000), and a JSON parser of
   * doubles reads the text of such a number as another one.
   */
  private beyondBound(id: string, description: string, bound: number, beyond: number, path: Path, base: NodeObject): void {
    if (beyond === bound || (Number.isInteger(bound) && !Number.isSafeInteger(beyond))) {
      this.emit.omitted.push({ id, reason: `${bound} ± 1 is beyond 2^53, where JSON numbers (doubles) cannot tell it from the bound itself` });
      return;
    }
    this.push(id, description, "constraint", withValueAt(base, path, beyond), REJECTED_AS_INVALID);
  }

  /**
   * Length bounds of lists (item count) and maps (entry count). `build` gives
   * a valid collection of that many entries, or why none exists (a map's
   * keys must be distinct and valid).
   */
  private countCases(constraints: Constraints, path: Path, base: NodeObject, build: (count: number) => NodeValue | Error): void {
    const length = constraints.length;
    if (!length) return;
    const id = this.idOf(path);
    const name = this.nameOf(path);
    const bounds: [string, number, boolean, string][] = [];
    if (length.min !== undefined) {
      bounds.push(["min", length.min, true, `with ${length.min} entries, its minimum -> accepted`]);
      if (length.min > 0) bounds.push(["below-min", length.min - 1, false, `with ${length.min - 1} entries, below its minimum -> ${VALIDATION_ERROR}`]);
    }
    if (length.max !== undefined) {
      bounds.push(["max", length.max, true, `with ${length.max} entries, its maximum -> accepted`]);
      bounds.push(["above-max", length.max + 1, false, `with ${length.max + 1} entries, above its maximum -> ${VALIDATION_ERROR}`]);
    }
    for (const [check, count, valid, text] of bounds) {
      const caseId = `${id}.length.${check}`;
      if (count > MAX_SAMPLE_ITEMS) {
        this.emit.omitted.push({ id: caseId, reason: `${count} entries is more than the kit builds (${MAX_SAMPLE_ITEMS})` });
        continue;
      }
      const value = build(count);
      if (value instanceof Error) {
        this.emit.omitted.push({ id: caseId, reason: value.message });
        continue;
      }
      if (sampleTextSize(value) > MAX_SAMPLE_CHARS) {
        this.emit.omitted.push({ id: caseId, reason: `${count} entries take more than the kit sends (${MAX_SAMPLE_CHARS} characters of JSON)` });
        continue;
      }
      this.push(caseId, `${name} ${text}`, "constraint", withValueAt(base, path, value),
        valid ? acceptedExpectation(this.context) : REJECTED_AS_INVALID);
    }
  }

  /** Map keys are strings with their own constraints: one key breaking each. */
  private mapKeyCases(constraints: Constraints, path: Path, base: NodeObject, value: NodeValue): void {
    const id = this.idOf(path);
    const name = this.nameOf(path);
    const bad: [string, string | undefined, string][] = [];
    if (constraints.length?.min !== undefined && constraints.length.min > 0) {
      bad.push(["key.length.below-min", stringOfLength({ ...constraints, length: undefined }, constraints.length.min - 1) ?? "", `shorter than ${constraints.length.min}`]);
    }
    if (constraints.length?.max !== undefined && constraints.length.max < MAX_SAMPLE_CHARS) {
      const size = constraints.length.max + 1;
      bad.push(["key.length.above-max", stringOfLength({ ...constraints, length: undefined }, size) ?? "k".repeat(size), `longer than ${constraints.length.max}`]);
    }
    if (constraints.pattern) bad.push(["key.pattern.rejected", rejectedString(constraints), "not matching its pattern"]);
    for (const [check, key, text] of bad) {
      if (key === undefined) continue;
      this.push(`${id}.${check}`, `${name} with a key ${text} -> ${VALIDATION_ERROR}`, "constraint",
        withValueAt(base, path, { [key]: value }), REJECTED_AS_INVALID);
    }
  }

  private unionCases(unionId: string, path: Path, base: NodeObject, depth: number): void {
    const members = this.index.membersOf(unionId);
    const samples: NodeObject = {};
    for (const member of members) {
      const sample = this.samples.forMember(member);
      if (sample === undefined) continue;
      setOwn(samples, member.name, sample);
      // Recurse into each union member with only that member set.
      this.member(member, [...path, member.name], withValueAt(base, path, { [member.name]: sample }), depth + 1);
    }
    const two = Object.keys(samples).slice(0, 2);
    if (two.length === 2) {
      this.push(`${this.idOf(path)}.union.two-members`, `${this.nameOf(path)} with two members set (a union holds exactly one) -> rejected`,
        "constraint", withValueAt(base, path, { [two[0]!]: samples[two[0]!]!, [two[1]!]: samples[two[1]!]! }),
        REJECTED_AS_MALFORMED);
    }
  }

  private push(id: string, description: string, source: ConformanceCase["source"], body: NodeObject, expect: ConformanceCase["expect"]): void {
    const request = jsonRequest(this.context, body);
    if (this.recordings.length > 0) this.record(id, description, source, body, expect, request.body.length);
    // makeCase's object, built directly (same keys in the same order): one allocation less per case.
    this.emit.cases.push({ level: "MUST", operation: this.context.operation, id, description, source, request, expect });
  }

  private idOf(path: Path): string {
    return `${this.context.operation}.${this.nameOf(path)}`;
  }

  private nameOf(path: Path): string {
    return path.join(".");
  }
}

/**
 * A map of `count` entries, each holding the first entry's value, under
 * distinct keys valid for the key shape (its enum, pattern and length): the
 * count is then the only thing the case tests. The first key is kept.
 */
function mapOfSize(current: NodeObject, keyConstraints: Constraints, count: number): NodeObject | Error {
  const [first, value] = Object.entries(current)[0]!;
  const keys = satisfies(first, keyConstraints) ? [first] : [];
  for (const key of distinctStrings(keyConstraints, count + 1)) {
    if (keys.length >= count) break;
    if (key !== first) keys.push(key);
  }
  if (keys.length < count) {
    const what = keyConstraints.enumValues ? `the key's enum has only ${keyConstraints.enumValues.length} values` : `only ${keys.length} distinct valid keys were found`;
    return new Error(`${count} entries need ${count} distinct valid keys: ${what}`);
  }
  const map: NodeObject = {};
  for (const key of keys.slice(0, count)) setOwn(map, key, value);
  return map;
}

/** Wrong-type JSON values for a shape type (awsJson: a type mismatch is a SerializationException). */
function wrongJsonValues(type: string): [string, NodeValue][] {
  switch (type) {
    case "string":
    case "enum":
    case "blob":
      return [["number", 12345], ["object", { value: "x" }]];
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
      return [["string", "1"], ["fraction", 1.5]];
    case "intEnum":
      return [["string", "1"]];
    case "float":
    case "double":
    case "bigDecimal":
      return [["boolean", true]];
    case "timestamp":
      return [["boolean", true]];
    case "boolean":
      return [["string", "true"]];
    case "list":
    case "set":
      return [["object", { item: "x" }]];
    case "structure":
    case "union":
    case "map":
      return [["string", "x"], ["array", []]];
    default:
      return [];
  }
}

/** One valid value per alternative of the pattern (memoised like rejectedString), or why there are none. */
function patternAlternatives(constraints: Constraints): string[] | Error {
  const key = stringKey(constraints);
  let found = alternativesByKey.get(key);
  if (found === undefined) {
    const regex = patternRegExp(constraints.pattern!);
    try {
      found = alternativeExamples(parsePattern(constraints.pattern!)).filter((v) => satisfies(v, constraints) && regex.test(v));
    } catch (error) {
      found = error as Error;
    }
    alternativesByKey.set(key, found);
  }
  return found;
}

const alternativesByKey = new Map<string, string[] | Error>();

/** A string of valid length that the pattern rejects, built by mutating a valid one. */
function rejectedString(constraints: Constraints): string | undefined {
  const key = stringKey(constraints);
  if (!rejectedStrings.has(key)) rejectedStrings.set(key, buildRejectedString(constraints));
  return rejectedStrings.get(key);
}

/** Memoised: AWS models share a few patterns among thousands of members. */
const rejectedStrings = new Map<string, string | undefined>();

function buildRejectedString(constraints: Constraints): string | undefined {
  const regex = patternRegExp(constraints.pattern!);
  const valid = validString(constraints) ?? "a";
  const candidates: string[] = [];
  for (const c of REJECTED_CHARS) {
    candidates.push(c + valid.slice(1), valid.slice(0, -1) + c, c.repeat(Math.max(valid.length, 1)));
  }
  const min = constraints.length?.min ?? 0;
  const max = constraints.length?.max ?? Infinity;
  return candidates.find((candidate) => {
    const length = codePointCount(candidate);
    return length >= min && length <= max && !regex.test(candidate);
  });
}

function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 40)}... (${value.length} chars)` : JSON.stringify(value);
}
