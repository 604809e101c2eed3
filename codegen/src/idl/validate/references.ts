// Every shape reference must resolve, and to the right kind of shape: an
// operation's errors must be @error structures, its input and output
// structures, a service binds operations and resources, mixins carry @mixin,
// a map's key targets a string.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { Reference, ReferenceRole } from "../resolve.js";
import { typeOf } from "./shape-lookup.js";
import { allMembers, localMembers } from "../assembler.js";
import { mixinSource, rootOf, shapeSite } from "./sites.js";

const OPERATION_ROLES: ReferenceRole[] = [
  "service operation",
  "resource operation",
  "resource lifecycle operation",
  "resource collection operation",
];
const NOT_TARGETABLE = new Set(["operation", "service", "resource", "member"]);

export function validateReferences(model: AssembledModel, reporter: Reporter): void {
  let sawDeprecatedMember = false;
  // Most models deprecate nothing of their own: then only a target's own traits are looked at.
  let anyDeprecated = false;
  for (const app of model.traits) {
    if (app.trait === "smithy.api#deprecated") {
      anyDeprecated = true;
      break;
    }
  }
  for (const ref of model.references) {
    const fromRoot = rootOf(ref.from);
    if (model.definitions.get(fromRoot)?.bundled) continue;
    const type = typeOf(model.shapes, ref.target);
    if (type === undefined) {
      // Smithy reports it on the referring shape or member (TargetValidator).
      reporter.error(shapeSite(model, ref.from), `${ref.role} '${ref.target}' does not resolve to a shape`, { id: "Target.UnresolvedShape", shapeId: ref.from });
      continue;
    }
    const traits = model.shapes.get(ref.target)?.traits ?? NO_TRAITS;
    // Through mixins only when the model itself deprecates something (a bundled shape has no mixins).
    const deprecated = anyDeprecated ? deprecatedTrait(model, ref.target, new Set()) : "smithy.api#deprecated" in traits ? traits["smithy.api#deprecated"] : undefined;
    const what = deprecated === undefined ? undefined : DEPRECATED_TARGET[ref.role];
    if (what !== undefined) {
      if (ref.role === "member target") sawDeprecatedMember = true;
      // TargetValidator's WARNING, one id per deprecated shape so that it can be suppressed alone.
      reporter.warning(shapeSite(model, ref.from), `${what}, ${ref.target}${deprecation(deprecated)}`, {
        id: `DeprecatedShape.${ref.target}`,
        shapeId: ref.from,
      });
    }
    const problem = problemOf(ref, type, traits);
    if (problem) reporter.error(shapeSite(model, ref.from), `${ref.role} '${ref.target}' ${problem}`, { id: "Target", shapeId: ref.from });
    else if (ref.role === "member target" && ref.from.endsWith("$key") && type !== "string" && type !== "enum" && model.shapes.get(fromRoot)?.type === "map") {
      // A map's keys are strings (TargetValidator reports it at the map, in these words).
      reporter.error(shapeSite(model, fromRoot), `Map key member targets (${type}: \`${ref.target}\`), but is expected to target a string`, { id: "Target", shapeId: fromRoot });
    }
  }
  if (sawDeprecatedMember) deprecatedMemberCopies(model, reporter);
}

/**
 * Smithy checks the copy of a mixin's member in every shape that mixes it in
 * as a member of its own: one targeting a deprecated shape is reported under
 * the copy's id, at the member it was copied from.
 */
function deprecatedMemberCopies(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    if (!shape.mixins?.length || model.definitions.get(id)?.bundled) continue;
    const own = localMembers(shape);
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      if (name in own) continue;
      const deprecated = deprecatedTrait(model, member.target, new Set());
      if (deprecated === undefined) continue;
      const memberId = `${id}$${name}`;
      const from = mixinSource(model, memberId, (m) => model.memberAt.get(m) !== undefined);
      const at = (from === undefined ? undefined : model.memberAt.get(from)) ?? shapeSite(model, id);
      reporter.warning(at, `Member targets a deprecated shape, ${member.target}${deprecation(deprecated)}`, { id: `DeprecatedShape.${member.target}`, shapeId: memberId });
    }
  }
}

const NO_TRAITS: Record<string, unknown> = Object.freeze({});

/** TargetValidator's words for a reference to a deprecated shape, by the kind of reference (Smithy 1.73.0's map of relationship types; lifecycle and collection operations are not in it). */
const DEPRECATED_TARGET: Partial<Record<ReferenceRole, string>> = {
  "member target": "Member targets a deprecated shape",
  mixin: "Applies a deprecated mixin",
  "operation input": "Operation input targets a deprecated shape",
  "operation output": "Operation output targets a deprecated shape",
  "operation error": "Operation error targets a deprecated shape",
  "service error": "Operation error targets a deprecated shape",
  "service operation": "Binds a deprecated operation",
  "resource operation": "Binds a deprecated operation",
  "service resource": "Binds a deprecated resource",
  "resource child": "Binds a deprecated resource",
  "resource identifier": "Resource identifier targets a deprecated shape",
  "resource property": "Resource property targets a deprecated shape",
};

/** A shape's @deprecated value, its own or from its mixins (later mixins win), or undefined. */
function deprecatedTrait(model: AssembledModel, id: string, seen: Set<string>): unknown {
  const shape = model.shapes.get(id);
  if (!shape || seen.has(id)) return undefined;
  seen.add(id);
  if (shape.traits && "smithy.api#deprecated" in shape.traits) return shape.traits["smithy.api#deprecated"];
  const mixins = shape.mixins ?? [];
  for (let i = mixins.length - 1; i >= 0; i--) {
    const found = deprecatedTrait(model, mixins[i]!.target, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What Smithy's DeprecatedTrait adds to the message: `. message (since x)`. */
function deprecation(value: unknown): string {
  const { message, since } = (value && typeof value === "object" ? value : {}) as { message?: unknown; since?: unknown };
  return `${typeof message === "string" ? `. ${message}` : ""}${typeof since === "string" ? ` (since ${since})` : ""}`;
}

/** What is wrong with a reference to a shape of this type and traits, if anything. */
function problemOf(ref: Reference, type: string, traits: Record<string, unknown>): string | undefined {
  if (ref.role === "mixin") return "smithy.api#mixin" in traits ? undefined : "is not a mixin (it has no @mixin trait)";
  if (ref.role === "resource identifier" && type !== "string") return `is a ${type}; resource identifiers must target a string shape`;
  if (ref.role === "member target" || ref.role === "resource identifier" || ref.role === "resource property") {
    if (NOT_TARGETABLE.has(type)) return `is a ${type}, which a member cannot target`;
    if ("smithy.api#mixin" in traits) return "is a mixin, which can only be used with 'with [...]'";
    return undefined;
  }
  if (ref.role === "operation input" || ref.role === "operation output") {
    if (type !== "structure") return `is a ${type}; ${ref.role} must be a structure`;
    return "smithy.api#error" in traits ? `is marked with the @error trait, which an ${ref.role} may not be` : undefined;
  }
  if (ref.role === "operation error" || ref.role === "service error") {
    if (type !== "structure") return `is a ${type}; errors must be structures with the @error trait`;
    return "smithy.api#error" in traits ? undefined : "is not an error: add @error(\"client\") or @error(\"server\")";
  }
  if (OPERATION_ROLES.includes(ref.role)) return type === "operation" ? undefined : `is a ${type}, not an operation`;
  if (ref.role === "service resource" || ref.role === "resource child" || ref.role === "for resource") {
    return type === "resource" ? undefined : `is a ${type}, not a resource`;
  }
  return undefined;
}
