// Where an event about a shape is reported: as Smithy places it, a member's
// event at the member's name, a shape's at the start of its statement.

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Location } from "../diagnostics.js";

export function shapeSite(model: AssembledModel, id: string): Location {
  const syntax = model.definitions.get(rootOf(id))!.syntax;
  return model.memberAt.get(id) ?? syntax.typeAt ?? syntax.at;
}

const ownShapesOf = new WeakMap<AssembledModel, readonly [string, Shape][]>();

/**
 * The model's own shapes as [id, shape], in the shapes map's order: listed
 * once per model and shared (validators used to copy and filter the whole
 * map, prelude included, each time). The model does not change while it is
 * validated; the list is frozen so that no caller changes it for the others.
 */
export function ownShapes(model: AssembledModel): readonly [string, Shape][] {
  let own = ownShapesOf.get(model);
  if (!own) {
    const list: [string, Shape][] = [];
    for (const entry of model.shapes) if (isOwn(model, entry[0])) list.push(entry);
    ownShapesOf.set(model, (own = Object.freeze(list)));
  }
  return own;
}

/** A shape of the model itself (not the prelude or a bundled trait library). */
export function isOwn(model: AssembledModel, id: string): boolean {
  const definition = model.definitions.get(rootOf(id));
  return definition !== undefined && !definition.bundled;
}

/**
 * The shape of a shape or member ID. Validators ask this for every shape and
 * trait of a model; `split` built an array and a string each time.
 */
export function rootOf(id: string): string {
  const dollar = id.indexOf("$");
  return dollar === -1 ? id : id.slice(0, dollar);
}

/**
 * The member a mixed-in copy comes from, for what Smithy reports at the copy
 * with the mixin's source location: `memberId` itself when `has` holds for it,
 * else the nearest mixin's member it holds for (later mixins first, as
 * members are collected).
 */
export function mixinSource(model: AssembledModel, memberId: string, has: (id: string) => boolean, seen = new Set<string>()): string | undefined {
  if (has(memberId)) return memberId;
  const root = rootOf(memberId);
  if (seen.has(root)) return undefined;
  seen.add(root);
  const name = memberId.slice(root.length + 1);
  const mixins = model.shapes.get(root)?.mixins ?? [];
  for (let i = mixins.length - 1; i >= 0; i--) {
    const found = mixinSource(model, `${mixins[i]!.target}$${name}`, has, seen);
    if (found) return found;
  }
  return undefined;
}
