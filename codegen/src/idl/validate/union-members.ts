// Smithy's UnionValidator beyond its one ERROR (a union needs a member,
// structure-rules.ts): a NOTE for each member (own or mixed in) whose target
// has a @default — defaults mean nothing in a union — and a WARNING for a
// member's @box (kept from IDL 1.0), which has no effect there. Located as
// Smithy locates them: a mixed-in copy at the mixin's member, the WARNING at
// the @box trait.

import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { isOwn, mixinSource, shapeSite } from "./sites.js";

const BOX = "smithy.api#box";
const DEFAULT = "smithy.api#default";

export function validateUnionMembers(model: AssembledModel, reporter: Reporter): void {
  let boxAt: Map<string, Location> | undefined;
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "union" || !isOwn(model, id)) continue;
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      const memberId = `${id}$${name}`;
      const written = mixinSource(model, memberId, (m) => model.memberAt.get(m) !== undefined) ?? memberId;
      const at = model.memberAt.get(written) ?? shapeSite(model, id);
      const target = model.shapes.get(member.target);
      if (target?.traits !== undefined && DEFAULT in target.traits) {
        reporter.note(
          at,
          `This union member targets \`${member.target}\`, a shape with a default value of \`${JSON.stringify(target.traits[DEFAULT])}\`. Note that default values are only applicable to structures and ignored in tagged unions. It is a best practice for union members to target shapes with no default value (for example, instead of targeting PrimitiveInteger, target Integer).`,
          { id: "Union", shapeId: memberId },
        );
      }
      if (member.traits !== undefined && BOX in member.traits) {
        if (boxAt === undefined) {
          boxAt = new Map();
          for (const app of model.traits) if (app.trait === BOX) boxAt.set(app.target, app.at);
        }
        const boxFrom = mixinSource(model, memberId, (m) => boxAt!.has(m));
        reporter.warning(
          (boxFrom === undefined ? undefined : boxAt.get(boxFrom)) ?? at,
          "Invalid box trait found on a union member. The box trait on union members has no effect because union members are implicitly nullable.",
          { id: "Union", shapeId: memberId },
        );
      }
    }
  }
}
