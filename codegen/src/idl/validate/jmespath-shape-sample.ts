// A made-up value of a modeled shape, for linting a JMESPath expression over
// what an operation's input or output will look like (Smithy's
// ModelRuntimeTypeGenerator): a structure or union has every member; a list
// or map has two items (or as many as @length allows); a string is "aa"; a
// number 8 (within @range); a timestamp 0; a blob "blob"; a boolean true; a
// document, or a member met again below itself (recursion), is ANY.

import type { NodeValue, Shape } from "../../model/ast.js";
import { allMembers } from "../assembler.js";
import { ANY, type SampleValue } from "./jmespath-values.js";

const NUMBERS = new Set(["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"]);

/** The sample value of shape `id`; ANY when there is no such shape. */
export function shapeSample(shapes: ReadonlyMap<string, Shape>, id: string): SampleValue {
  return sampleOf(shapes, id, new Set());
}

/** `path`: the members being sampled, outermost first (a member on it again is recursion). */
function sampleOf(shapes: ReadonlyMap<string, Shape>, id: string, path: Set<string>): SampleValue {
  const shape = shapes.get(id);
  if (shape === undefined) return ANY;
  const member = (memberId: string, target: string): SampleValue => {
    if (path.has(memberId)) return ANY;
    const inner = new Set(path).add(memberId);
    return sampleOf(shapes, target, inner);
  };
  switch (shape.type) {
    case "blob":
      return "blob";
    case "boolean":
      return true;
    case "string":
    case "enum":
      return "a".repeat(lengthOf(shapes, id));
    case "timestamp":
      return 0;
    case "document":
      return ANY;
    case "list":
    case "set": {
      const item = member(`${id}$member`, shape.member.target);
      return Array.from({ length: lengthOf(shapes, id) }, () => item);
    }
    case "map": {
      const key = member(`${id}$key`, shape.key.target);
      const value = member(`${id}$value`, shape.value.target);
      const keys = Array.from({ length: lengthOf(shapes, id) }, (_, i) => `${String(key)}${i}`);
      return new Map(inJavaHashMapOrder(keys).map((name) => [name, value]));
    }
    case "structure":
    case "union": {
      // Smithy's visitor keeps the members it has met until the structure
      // is done: below a later member, the earlier ones count as met too.
      const values = new Map<string, SampleValue>();
      const met = new Set(path);
      for (const [name, { target }] of Object.entries(allMembers(shapes as Map<string, Shape>, id))) {
        const memberId = `${id}$${name}`;
        if (met.has(memberId)) {
          values.set(name, ANY);
          continue;
        }
        met.add(memberId);
        values.set(name, sampleOf(shapes, target, new Set(met)));
      }
      return values;
    }
    default:
      return NUMBERS.has(shape.type) ? rangeOf(shapes, id) : ANY;
  }
}

/** 2, raised to @length's min and then lowered to its max. */
function lengthOf(shapes: ReadonlyMap<string, Shape>, id: string): number {
  const length = traitOf(shapes, id, "smithy.api#length") as { min?: number; max?: number } | undefined;
  let size = 2;
  if (typeof length?.min === "number") size = Math.max(size, length.min);
  if (typeof length?.max === "number") size = Math.min(size, length.max);
  return Math.max(size, 0);
}

/** 8, raised to @range's min and then lowered to its max. */
function rangeOf(shapes: ReadonlyMap<string, Shape>, id: string): number {
  const range = traitOf(shapes, id, "smithy.api#range") as { min?: number; max?: number } | undefined;
  let value = 8;
  if (typeof range?.min === "number") value = Math.max(value, range.min);
  if (typeof range?.max === "number") value = Math.min(value, range.max);
  return value;
}

/** A trait of a shape, its own or from its mixins (not a mixin's local traits). */
function traitOf(shapes: ReadonlyMap<string, Shape>, id: string, trait: string, seen = new Set<string>()): NodeValue | undefined {
  const shape = shapes.get(id);
  if (shape === undefined || seen.has(id)) return undefined;
  seen.add(id);
  if (shape.traits?.[trait] !== undefined) return shape.traits[trait];
  for (const mixin of [...(shape.mixins ?? [])].reverse()) {
    const local = (shapes.get(mixin.target)?.traits?.["smithy.api#mixin"] as { localTraits?: unknown } | undefined)?.localTraits;
    if (Array.isArray(local) && local.includes(trait)) continue;
    const inherited = traitOf(shapes, mixin.target, trait, seen);
    if (inherited !== undefined) return inherited;
  }
  return undefined;
}

/**
 * `keys` in the order a java.util.HashMap holding them iterates (Smithy's map
 * samples are HashMaps; the order shows in messages listing an object's
 * properties): by bucket — String.hashCode, spread, masked by the table size
 * (16, doubled past three quarters full) — then in order of insertion.
 */
function inJavaHashMapOrder(keys: readonly string[]): string[] {
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const bucket = (key: string): number => {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
    return (hash ^ (hash >>> 16)) & (capacity - 1);
  };
  return keys.map((key, i) => ({ key, i, bucket: bucket(key) })).sort((a, b) => a.bucket - b.bucket || a.i - b.i).map(({ key }) => key);
}
