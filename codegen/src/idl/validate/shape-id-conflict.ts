// Smithy's ShapeIdConflictValidator: no two shape ids of the model — shapes
// and members, members inherited through mixins included — may differ only
// in case (`ex#Foo` and `ex#foo`, `ex#S$a` and `ex#S$A`). Each id of a
// conflicting group gets an ERROR naming the others. One pass, one map.

import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { byShapeId } from "../../model/order.js";
import { isOwn, shapeSite } from "./sites.js";
import { memberSite } from "./trait-sites.js";

export function validateShapeIdConflicts(model: AssembledModel, reporter: Reporter): void {
  const groups = new Map<string, { id: string; at: () => Location; own: boolean }[]>();
  const add = (id: string, at: () => Location, own: boolean): void => {
    // Smithy lower-cases with Locale.ENGLISH: plain Unicode lower-casing, no locale rules.
    const key = id.toLowerCase();
    const group = groups.get(key);
    if (group) group.push({ id, at, own });
    else groups.set(key, [{ id, at, own }]);
  };
  for (const [id, shape] of model.shapes) {
    const own = isOwn(model, id);
    add(id, () => shapeSite(model, id), own);
    // Bundled shapes cannot collide among themselves; only own shapes' members can.
    if (!own) continue;
    const members = shape.mixins?.length ? Object.keys(allMembers(model.shapes, id)) : Object.keys(membersOf(shape));
    for (const name of members) add(`${id}$${name}`, () => memberSite(model, id, name), true);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      if (!entry.own) continue;
      const others = group
        .filter((e) => e.id !== entry.id)
        .map((e) => e.id)
        .sort(byShapeId)
        .map((id) => `\`${id}\``)
        .join(", ");
      reporter.error(entry.at(), `Shape ID \`${entry.id}\` conflicts with other shape IDs in the model: [${others}]`, {
        id: "ShapeIdConflict",
        shapeId: entry.id,
      });
    }
  }
}

function membersOf(shape: object): Record<string, unknown> {
  if ("members" in shape) return (shape as { members: Record<string, unknown> }).members;
  const out: Record<string, unknown> = {};
  for (const key of ["member", "key", "value"]) if (key in shape) out[key] = (shape as Record<string, unknown>)[key];
  return out;
}
