// Smithy validators about members and what they may reach, named after the
// event id each mirrors (proven against the pinned Smithy in
// test/idl/validators):
// - ExclusiveStructureMemberTrait: a trait defined with
//   `structurallyExclusive: "member"` (@httpPayload, @idempotencyToken ...) is
//   on one member of a structure at most; with `"target"` (@streaming ...) one
//   member at most targets a shape carrying it.
// - ShapeRecursion: a structure may not reach itself through members that are
//   all @required (such a value could never be built); lists, maps, unions and
//   optional members break a cycle. A list, set or map may not reach itself
//   through collections alone, and a union needs a member that can be built.
// - UnitType: only union members (and operation input/output) may target
//   smithy.api#Unit.
// - PrivateAccess: a @private shape is referenced only from its own namespace.
// - Union: a union has at least one member (its own or a mixin's).
// (StreamingTrait is validate/streaming.ts.)

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, ownShapes, shapeSite } from "./sites.js";

export function validateStructureRules(model: AssembledModel, reporter: Reporter): void {
  const own = ownShapes(model);
  exclusiveMembers(model, own, reporter);
  recursion(model, own, reporter);
  unitTargets(model, own, reporter);
  privateAccess(model, reporter);
  emptyUnions(model, own, reporter);
}

function emptyUnions(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  for (const [id, shape] of own) {
    if (shape.type !== "union" || Object.keys(allMembers(model.shapes, id)).length > 0) continue;
    reporter.error(shapeSite(model, id), "Tagged unions must have one or more members", { id: "Union", shapeId: id });
  }
}

/**
 * Two mixins giving a shape members of one name with different targets
 * conflict (Smithy refuses it while loading, "Model", at the later mixin's
 * member); the same member reached through two paths (a diamond) does not.
 */
export function validateMixinConflicts(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id) || (shape.mixins ?? []).length < 2) continue;
    const seen = new Map<string, string>();
    for (const mixin of shape.mixins ?? []) {
      for (const [name, member] of Object.entries(allMembers(model.shapes, mixin.target))) {
        const previous = seen.get(name);
        if (previous === undefined) {
          seen.set(name, member.target);
        } else if (previous !== member.target) {
          const origin = originOf(model, mixin.target, name);
          reporter.error(model.memberAt.get(origin) ?? shapeSite(model, id), `Member conflicts with an inherited mixin member: \`${id}$${name}\``, {
            id: "Model",
            shapeId: id,
          });
        }
      }
    }
  }
}

/** The shape that defines member `name` of `id`: itself, or the mixin it inherits it from. */
function originOf(model: AssembledModel, id: string, name: string): string {
  const shape = model.shapes.get(id);
  if (shape && name in localMembers(shape)) return `${id}$${name}`;
  for (const mixin of shape?.mixins ?? []) {
    if (name in allMembers(model.shapes, mixin.target)) return originOf(model, mixin.target, name);
  }
  return `${id}$${name}`;
}

/** Each trait's `structurallyExclusive`, looked up once per model (asked for every trait of every member). */
const exclusivities = new WeakMap<AssembledModel, Map<string, string | undefined>>();

function exclusivity(model: AssembledModel, trait: string): string | undefined {
  let known = exclusivities.get(model);
  if (!known) exclusivities.set(model, (known = new Map()));
  if (known.has(trait)) return known.get(trait);
  const definition = model.shapes.get(trait)?.traits?.["smithy.api#trait"] as { structurallyExclusive?: string } | undefined;
  known.set(trait, definition?.structurallyExclusive);
  return definition?.structurallyExclusive;
}

const NONE: ReadonlyMap<string, string[]> = new Map();

function exclusiveMembers(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  for (const [id, shape] of own) {
    if (shape.type !== "structure") continue;
    const members = allMembers(model.shapes, id);
    // Made only for a structure with such a trait (two maps per structure before).
    let onMembers: Map<string, string[]> | undefined;
    let onTargets: Map<string, string[]> | undefined;
    for (const name in members) {
      const member = members[name]!;
      for (const trait in member.traits) {
        if (exclusivity(model, trait) === "member") (onMembers ??= new Map()).set(trait, [...(onMembers.get(trait) ?? []), name]);
      }
      for (const trait in model.shapes.get(member.target)?.traits) {
        if (exclusivity(model, trait) === "target") (onTargets ??= new Map()).set(trait, [...(onTargets.get(trait) ?? []), name]);
      }
    }
    for (const [trait, names] of onMembers ?? NONE) {
      if (names.length < 2) continue;
      reporter.error(
        shapeSite(model, id),
        `The \`${trait}\` trait can be applied to only a single member of a structure, but it was found on the following members: ${names.map((n) => `\`${n}\``).sort().join(", ")}`,
        { id: "ExclusiveStructureMemberTrait", shapeId: id },
      );
    }
    for (const [trait, names] of onTargets ?? NONE) {
      if (names.length < 2) continue;
      reporter.error(
        shapeSite(model, id),
        `Only a single member of a structure can target a shape marked with the \`${trait}\` trait, but it was found on the following members: ${names.map((n) => `\`${n}\``).sort().join(", ")}`,
        { id: "ExclusiveStructureMemberTrait", shapeId: id },
      );
    }
  }
}

/** The edges of a shape that has none, shared (never changed). */
const NO_EDGES: [string, string][] = [];

function recursion(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  // Each structure's required edges are asked from every structure that reaches it: computed once.
  const edges = new Map<string, [string, string][]>();
  const requiredEdges = (id: string): [string, string][] => {
    let found = edges.get(id);
    if (!found) {
      found = NO_EDGES;
      const members = allMembers(model.shapes, id);
      for (const name in members) {
        const m = members[name]!;
        if (m.traits?.["smithy.api#required"] === undefined || model.shapes.get(m.target)?.type !== "structure") continue;
        if (found === NO_EDGES) found = [];
        found.push([`${id}$${name}`, m.target]);
      }
      edges.set(id, found);
    }
    return found;
  };
  const starts = own.filter(([, shape]) => shape.type === "structure" && !("smithy.api#mixin" in (shape.traits ?? {}))).map(([id]) => id);
  for (const [id, path] of recursivePaths(starts, requiredEdges)) {
    reporter.error(shapeSite(model, id), `Found invalid shape recursion: ${path.join(" > ")}. A structure cannot be mutually recursive through all required members.`, {
      id: "ShapeRecursion",
      shapeId: id,
    });
  }
  collectionRecursion(model, own, reporter);
  unionRecursion(model, own, reporter);
}

/**
 * Every simple path (member, target, member, target ...) from each start back
 * to itself, as Smithy's PathFinder lists them: one event per path. Only the
 * shapes of the start's strongly connected component can be on such a path,
 * so the search stays inside it (found once, linear, with Tarjan's
 * algorithm); a bounded number of paths per shape keeps hostile models cheap.
 */
function recursivePaths(starts: string[], next: (id: string) => [string, string][]): [string, string[]][] {
  const component = components(starts, next);
  const out: [string, string[]][] = [];
  for (const start of starts) {
    // No edges, no cycle (and no component computed: see components()).
    if (next(start).length === 0) continue;
    const scc = component.get(start)!;
    if (scc.size === 1 && !next(start).some(([, t]) => t === start)) continue;
    const onPath = new Set<string>([start]);
    let found = 0;
    let budget = 10_000;
    const walk = (current: string, path: string[]): void => {
      for (const [member, target] of next(current)) {
        if (found >= 16 || --budget < 0) return;
        if (target === start) {
          out.push([start, [...path, member, target]]);
          found++;
        } else if (scc.has(target) && !onPath.has(target)) {
          onPath.add(target);
          walk(target, [...path, member, target]);
          onPath.delete(target);
        }
      }
    };
    walk(start, []);
  }
  return out;
}

/**
 * Strongly connected components (Tarjan, iterative) of the graph `next` spans
 * from the starts: shape → its component. A start without edges (nearly
 * every shape) is alone in its component and on no cycle: it is not searched
 * from, so it has no entry unless another start reaches it.
 */
function components(starts: string[], next: (id: string) => [string, string][]): Map<string, Set<string>> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result = new Map<string, Set<string>>();
  let counter = 0;
  for (const root of starts) {
    if (next(root).length === 0 || index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const targets = next(v);
      if (i < targets.length) {
        frame[1]++;
        const w = targets[i]![1];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc = new Set<string>();
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.add(w);
          result.set(w, scc);
        } while (w !== v);
      }
    }
  }
  return result;
}

/**
 * A list, set or map may reach itself only through a structure or a union:
 * a path through collections and their members alone (`list L { member: L }`,
 * a list of maps of itself) is an ERROR, one per path, as Smithy's PathFinder
 * reports them.
 */
function collectionRecursion(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  const COLLECTIONS = new Set(["list", "set", "map"]);
  // Asked at every step of the component search and of each path walk: computed once per shape.
  // Only edges to collections: a path through anything else ends there (it
  // has no edges), so leaving those out finds the same paths, and most
  // collections (of strings, structures ...) then have no edges to search.
  const edges = new Map<string, [string, string][]>();
  const next = (id: string): [string, string][] => {
    let found = edges.get(id);
    if (found === undefined) {
      found = NO_EDGES;
      const shape = model.shapes.get(id);
      if (shape && COLLECTIONS.has(shape.type)) {
        const members = allMembers(model.shapes, id);
        for (const name in members) {
          const target = members[name]!.target;
          const type = model.shapes.get(target)?.type;
          if (type === undefined || !COLLECTIONS.has(type)) continue;
          if (found === NO_EDGES) found = [];
          found.push([`${id}$${name}`, target]);
        }
      }
      edges.set(id, found);
    }
    return found;
  };
  const starts = own.filter(([, shape]) => COLLECTIONS.has(shape.type) && !("smithy.api#mixin" in (shape.traits ?? {}))).map(([id]) => id);
  for (const [id, path] of recursivePaths(starts, next)) {
    reporter.error(
      shapeSite(model, id),
      `Found invalid shape recursion: ${path.join(" > ")}. A recursive list, set, or map shape is only valid if an intermediate reference is through a union or structure.`,
      { id: "ShapeRecursion", shapeId: id },
    );
  }
}

/**
 * A union must have a member from which a value can be built: one reaching a
 * simple shape, a collection, a structure with an optional member (or none),
 * without going round back to a member already tried.
 */
function unionRecursion(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  for (const [id, shape] of own) {
    if (shape.type !== "union" || "smithy.api#mixin" in (shape.traits ?? {})) continue;
    const members = allMembers(model.shapes, id);
    if (Object.keys(members).length === 0) continue;
    const visited = new Set<string>();
    const member = (container: string, name: string, target: string): boolean => {
      const key = `${container}$${name}`;
      if (visited.has(key)) return false;
      visited.add(key);
      return terminates(target);
    };
    const terminates = (target: string): boolean => {
      const t = model.shapes.get(target);
      if (!t || (t.type !== "structure" && t.type !== "union")) return true;
      const ms = Object.entries(allMembers(model.shapes, target));
      if (t.type === "union") return ms.some(([name, m]) => member(target, name, m.target));
      if (ms.length === 0) return true;
      if (ms.some(([, m]) => m.traits?.["smithy.api#required"] === undefined)) return true;
      return ms.some(([name, m]) => member(target, name, m.target));
    };
    if (!terminates(id)) {
      reporter.error(shapeSite(model, id), "It is impossible to create instances of this recursive union", { id: "ShapeRecursion", shapeId: id });
    }
  }
}

function unitTargets(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter): void {
  for (const [id, shape] of own) {
    if (shape.type === "union" || shape.type === "enum" || shape.type === "intEnum") continue;
    const members = localMembers(shape);
    for (const name in members) {
      if (members[name]!.target !== "smithy.api#Unit") continue;
      reporter.error(shapeSite(model, `${id}$${name}`), "Only members of a union can target smithy.api#Unit", {
        id: "UnitType",
        shapeId: `${id}$${name}`,
      });
    }
  }
}

function privateAccess(model: AssembledModel, reporter: Reporter): void {
  const namespaceOf = (id: string): string => id.split("#")[0]!;
  for (const ref of model.references) {
    const target = model.shapes.get(ref.target);
    if (!target || !("smithy.api#private" in (target.traits ?? {}))) continue;
    if (!isOwn(model, ref.from) || namespaceOf(ref.from) === namespaceOf(ref.target)) continue;
    reporter.error(shapeSite(model, ref.from), `This shape has an invalid reference to ${ref.target}, which has the @private trait`, {
      id: "PrivateAccess",
      shapeId: ref.from,
    });
  }
}
