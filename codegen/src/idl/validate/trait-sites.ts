// Where a trait was applied, looked up by target and trait: Smithy reports
// many events "at the trait" (error(shape, trait, message)), i.e. at the `@`
// of its application (closure.ts keeps one map of sites per model).

import type { AssembledModel } from "../assembler.js";
import type { Location } from "../diagnostics.js";
import { traitSites } from "./closure.js";
import { shapeSite } from "./sites.js";

/** The `@` of `trait` applied to `target`, or the target's own site (a trait it has from elsewhere). */
export function traitSite(model: AssembledModel, target: string, trait: string): Location {
  return traitSites(model).get(`${target} ${trait}`) ?? shapeSite(model, target);
}

/**
 * Where member `name` of `shapeId` was written: its own statement, or, for a
 * member the shape has through a mixin, the mixin's member (as Smithy
 * locates the copies it makes of inherited members); else the shape itself.
 */
export function memberSite(model: AssembledModel, shapeId: string, name: string): Location {
  return writtenAt(model, shapeId, name, new Set()) ?? shapeSite(model, shapeId);
}

function writtenAt(model: AssembledModel, shapeId: string, name: string, seen: Set<string>): Location | undefined {
  const own = model.memberAt.get(`${shapeId}$${name}`);
  if (own || seen.has(shapeId)) return own;
  seen.add(shapeId);
  for (const mixin of model.shapes.get(shapeId)?.mixins ?? []) {
    const found = writtenAt(model, mixin.target, name, seen);
    if (found) return found;
  }
  return undefined;
}
