// Where an event about a shape is reported: as Smithy places it, a member's
// event at the member's name, a shape's at the start of its statement.

import type { AssembledModel } from "../assembler.js";
import type { Location } from "../diagnostics.js";

export function shapeSite(model: AssembledModel, id: string): Location {
  const syntax = model.definitions.get(id.split("$")[0]!)!.syntax;
  return model.memberAt.get(id) ?? syntax.typeAt ?? syntax.at;
}

/** A shape of the model itself (not the prelude or a bundled trait library). */
export function isOwn(model: AssembledModel, id: string): boolean {
  const definition = model.definitions.get(id.split("$")[0]!);
  return definition !== undefined && !definition.bundled;
}
