// A made-up value of a modeled shape, for linting a JMESPath expression over
// what an operation's input or output will look like (Smithy's
// ModelRuntimeTypeGenerator): a structure or union has every member; a list
// or map has two items (or as many as @length allows); a string is "aa"; a
// number 8 (within @range); a timestamp 0; a blob "blob"; a boolean true; a
// document, or a member met again below itself (recursion), is ANY.

import type { NodeValue, Shape } from "../../model/ast.js";
import { forEachComponent } from "../../model/strongly-connected.js";
import { allMembers } from "../assembler.js";
import { MAX_JMESPATH_DEPTH } from "./jmespath-syntax.js";
import { ANY, type SampleValue } from "./jmespath-values.js";

const NUMBERS = new Set(["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"]);

/**
 * The sample of `id`, and whether it was cut short (see Sampler). Built as
 * Smithy builds it, which expands every member's target anew: a shape two
 * members of each level target doubles with each level (20 levels, 10 s;
 * 30 would not end). So a shape from which no recursion can be reached has
 * one sample wherever it is met (its sample cannot depend on the members
 * met above it, since meeting one of them again below would be recursion),
 * shared rather than built again; the rest is built as before.
 */
export function shapeSample(shapes: ReadonlyMap<string, Shape>, id: string): SampleValue {
  let model = models.get(shapes);
  if (!model) models.set(shapes, (model = { acyclic: recursionFree(shapes), shared: new Map() }));
  return new Sampler(shapes, model).sample(id, new Set(), 0).value;
}

/** Per model (its shapes): the recursion-free shapes, and their samples once built (every waiter of a model reads them). */
interface ModelSamples {
  readonly acyclic: ReadonlySet<string>;
  readonly shared: Map<string, Built>;
}
const models = new WeakMap<ReadonlyMap<string, Shape>, ModelSamples>();

/**
 * Deeper than this a sample is ANY: no path reads it (paths nest at most
 * MAX_JMESPATH_DEPTH levels), and building it recursed once per level (a
 * model of 6,000 structures nested in each other overflowed the stack).
 */
const MAX_SAMPLE_DEPTH = MAX_JMESPATH_DEPTH + 1;
/**
 * The most values one sample is built of: a model that still needs more
 * (recursion through many wide structures) is refused (SampleTooLarge)
 * rather than checked for minutes. Every waiter botocore describes needs at
 * most 141 (SageMaker's), shared samples counted once.
 */
export const MAX_SAMPLE_VALUES = 100_000;

/** Thrown when a sample needs more than MAX_SAMPLE_VALUES values. */
export class SampleTooLarge extends Error {}

interface Built {
  value: SampleValue;
  /** Whether MAX_SAMPLE_DEPTH cut it: such a sample depends on where it was met, and is not shared. */
  cut: boolean;
}

class Sampler {
  private values = 0;
  private readonly shared: Map<string, Built>;
  private readonly acyclic: ReadonlySet<string>;

  constructor(
    private readonly shapes: ReadonlyMap<string, Shape>,
    model: ModelSamples,
  ) {
    this.acyclic = model.acyclic;
    this.shared = model.shared;
  }

  /** `path`: the members being sampled, outermost first (a member on it again is recursion). */
  sample(id: string, path: Set<string>, depth: number): Built {
    const known = this.shared.get(id);
    if (known) return known;
    if (depth > MAX_SAMPLE_DEPTH) return { value: ANY, cut: true };
    if (++this.values > MAX_SAMPLE_VALUES) throw new SampleTooLarge();
    const built = this.build(id, path, depth);
    if (!built.cut && this.acyclic.has(id)) this.shared.set(id, built);
    return built;
  }

  private build(id: string, path: Set<string>, depth: number): Built {
    const shapes = this.shapes;
    const shape = shapes.get(id);
    if (shape === undefined) return { value: ANY, cut: false };
    let cut = false;
    const member = (memberId: string, target: string): SampleValue => {
      if (path.has(memberId)) return ANY;
      const inner = this.sample(target, new Set(path).add(memberId), depth + 1);
      cut ||= inner.cut;
      return inner.value;
    };
    const done = (value: SampleValue): Built => ({ value, cut });
    switch (shape.type) {
      case "blob":
        return done("blob");
      case "boolean":
        return done(true);
      case "string":
      case "enum":
        return done("a".repeat(lengthOf(shapes, id)));
      case "timestamp":
        return done(0);
      case "document":
        return done(ANY);
      case "list":
      case "set": {
        const item = member(`${id}$member`, shape.member.target);
        return done(Array.from({ length: lengthOf(shapes, id) }, () => item));
      }
      case "map": {
        const key = member(`${id}$key`, shape.key.target);
        const value = member(`${id}$value`, shape.value.target);
        const keys = Array.from({ length: lengthOf(shapes, id) }, (_, i) => `${String(key)}${i}`);
        return done(new Map(inJavaHashMapOrder(keys).map((name) => [name, value])));
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
          const inner = this.sample(target, new Set(met), depth + 1);
          cut ||= inner.cut;
          values.set(name, inner.value);
        }
        return done(values);
      }
      default:
        return done(NUMBERS.has(shape.type) ? rangeOf(shapes, id) : ANY);
    }
  }
}

/** The shapes a sample is built from below `id`: member, key and value targets. */
function targetsOf(shapes: ReadonlyMap<string, Shape>, id: string): string[] {
  const shape = shapes.get(id);
  switch (shape?.type) {
    case "list":
    case "set":
      return [shape.member.target];
    case "map":
      return [shape.key.target, shape.value.target];
    case "structure":
    case "union":
      return Object.values(allMembers(shapes as Map<string, Shape>, id)).map((m) => m.target);
    default:
      return [];
  }
}

/**
 * The shapes from which no recursion can be reached (no shape below them
 * targets, through its members, a shape it was reached from). A component
 * comes after every one it reaches, so whether it reaches recursion is known
 * from theirs.
 */
function recursionFree(shapes: ReadonlyMap<string, Shape>): Set<string> {
  const free = new Set<string>();
  const reachesRecursion = new Set<string>();
  const edgesOf = (id: string): string[] => targetsOf(shapes, id).filter((target) => shapes.has(target));
  forEachComponent(shapes.keys(), edgesOf, (component) => {
    const recursive =
      component.length > 1 || edgesOf(component[0]!).includes(component[0]!) || component.some((id) => edgesOf(id).some((t) => reachesRecursion.has(t)));
    for (const id of component) (recursive ? reachesRecursion : free).add(id);
  });
  return free;
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
