// Where an event about a shape is reported: as Smithy places it, a member's
// event at the member's name, a shape's at the start of its statement.

import type { AssembledModel } from "../assembler.js";
import type { Location } from "../diagnostics.js";

export function shapeSite(model: AssembledModel, id: string): Location {
  const syntax = model.definitions.get(rootOf(id))!.syntax;
  return model.memberAt.get(id) ?? syntax.typeAt ?? syntax.at;
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
