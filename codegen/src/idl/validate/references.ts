// Every shape reference must resolve, and to the right kind of shape: an
// operation's errors must be @error structures, its input and output
// structures, a service binds operations and resources, mixins carry @mixin.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { Reference, ReferenceRole } from "../resolve.js";
import { typeOf } from "./shape-lookup.js";
import { rootOf, shapeSite } from "./sites.js";

const OPERATION_ROLES: ReferenceRole[] = [
  "service operation",
  "resource operation",
  "resource lifecycle operation",
  "resource collection operation",
];
const NOT_TARGETABLE = new Set(["operation", "service", "resource", "member"]);

export function validateReferences(model: AssembledModel, reporter: Reporter): void {
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
    if (ref.role === "member target" && "smithy.api#deprecated" in traits) {
      // TargetValidator's WARNING, one id per deprecated shape so that it can be suppressed alone.
      reporter.warning(shapeSite(model, ref.from), `member targets a deprecated shape, ${ref.target}`, {
        id: `DeprecatedShape.${ref.target}`,
        shapeId: ref.from,
      });
    }
    const problem = problemOf(ref, type, traits);
    if (problem) reporter.error(shapeSite(model, ref.from), `${ref.role} '${ref.target}' ${problem}`, { id: "Target", shapeId: ref.from });
  }
}

const NO_TRAITS: Record<string, unknown> = Object.freeze({});

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
    return type === "structure" ? undefined : `is a ${type}; ${ref.role} must be a structure`;
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
