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
  // Lower-cased id → the ids that have it: one id (nearly always), or a group.
  // Sites and ownership are looked up only for a conflict (this runs over
  // every shape and member of the model).
  const groups = new Map<string, string | string[]>();
  // Smithy lower-cases with Locale.ENGLISH: plain Unicode lower-casing, no locale rules.
  const add = (id: string, key = id.toLowerCase()): void => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, id);
    else if (typeof group === "string") groups.set(key, [group, id]);
    else group.push(id);
  };
  // Shape names and member names are ASCII identifiers, so `S$m` lower-cases
  // to lower(S)$lower(m): two member ids collide only when their shapes'
  // ids do (the same shape, or shapes that collide themselves) and their
  // names do. Member ids are added only for such shapes, in the same order as
  // before, sparing a string, a lower-casing and a map entry per member of
  // the model (the rest can collide with nothing).
  const shapesByKey = new Map<string, number>();
  const shapeKeys: string[] = []; // each shape's key, in the map's order: lower-cased once
  for (const id of model.shapes.keys()) {
    const key = id.toLowerCase();
    shapeKeys.push(key);
    shapesByKey.set(key, (shapesByKey.get(key) ?? 0) + 1);
  }
  const names = new Set<string>();
  let index = 0;
  for (const [id, shape] of model.shapes) {
    const key = shapeKeys[index++]!;
    // A shape id alone in its key is in no conflict (shape ids and member ids,
    // with a `$`, never share a key): only colliding ones are grouped.
    const sharing = shapesByKey.get(key)!;
    if (sharing > 1) add(id, key);
    // Bundled shapes cannot collide among themselves; only own shapes' members can.
    if (!isOwn(model, id)) continue;
    const members = shape.mixins?.length ? Object.keys(allMembers(model.shapes, id)) : Object.keys(membersOf(shape));
    if (members.length === 0) continue;
    if (sharing < 2 && !namesCollide(members, names)) continue;
    for (const name of members) add(`${id}$${name}`);
  }
  for (const group of groups.values()) {
    if (typeof group === "string") continue;
    for (const id of group) {
      if (!isOwn(model, id)) continue;
      const others = group
        .filter((e) => e !== id)
        .sort(byShapeId)
        .map((e) => `\`${e}\``)
        .join(", ");
      reporter.error(siteOf(model, id), `Shape ID \`${id}\` conflicts with other shape IDs in the model: [${others}]`, {
        id: "ShapeIdConflict",
        shapeId: id,
      });
    }
  }
}

/**
 * Whether two of a shape's member names are equal but for case. Few names
 * (nearly every shape): compared pairwise, ASCII letters folded in place (member
 * names are ASCII identifiers), with no lower-cased copy of each name;
 * more: through `seen`, a set of lower-cased names.
 */
function namesCollide(members: string[], seen: Set<string>): boolean {
  if (members.length < 2) return false;
  if (members.length > 16) {
    seen.clear();
    for (const name of members) seen.add(name.toLowerCase());
    return seen.size !== members.length;
  }
  for (let i = 1; i < members.length; i++) {
    const a = members[i]!;
    for (let j = 0; j < i; j++) if (equalFolded(a, members[j]!)) return true;
  }
  return false;
}

const UPPER_A = 65;
const UPPER_Z = 90;

function equalFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    let x = a.charCodeAt(k);
    let y = b.charCodeAt(k);
    if (x === y) continue;
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase();
    if (x >= UPPER_A && x <= UPPER_Z) x += 32;
    if (y >= UPPER_A && y <= UPPER_Z) y += 32;
    if (x !== y) return false;
  }
  return true;
}

/** A shape's site, or a member's (its own statement or the mixin member it comes from). */
function siteOf(model: AssembledModel, id: string): Location {
  const dollar = id.indexOf("$");
  return dollar === -1 ? shapeSite(model, id) : memberSite(model, id.slice(0, dollar), id.slice(dollar + 1));
}

function membersOf(shape: object): Record<string, unknown> {
  if ("members" in shape) return (shape as { members: Record<string, unknown> }).members;
  const out: Record<string, unknown> = {};
  for (const key of ["member", "key", "value"]) if (key in shape) out[key] = (shape as Record<string, unknown>)[key];
  return out;
}
