// Small helpers shared by the validators: what kind of shape an ID names
// (members included) and how to describe it in a message.

import type { MemberShape, Shape } from "../../model/ast.js";
import { localMembers } from "../assembler.js";

export function memberOf(shapes: Map<string, Shape>, id: string): MemberShape | undefined {
  const dollar = id.indexOf("$");
  if (dollar === -1) return undefined;
  const root = id.slice(0, dollar);
  const name = id.slice(dollar + 1);
  const shape = shapes.get(root);
  const local = localMembers(shape)[name];
  if (local) return local;
  for (const mixin of shape?.mixins ?? []) {
    const found = memberOf(shapes, `${mixin.target}$${name}`);
    if (found) return found;
  }
  return undefined;
}

/** Type of a shape, or "member"; undefined when no such shape exists. */
export function typeOf(shapes: Map<string, Shape>, id: string): string | undefined {
  if (id.includes("$")) return memberOf(shapes, id) ? "member" : undefined;
  return shapes.get(id)?.type;
}

/** The shape whose value a shape or member holds: a member's target, else itself. */
export function valueShapeOf(shapes: Map<string, Shape>, id: string): string | undefined {
  return id.includes("$") ? memberOf(shapes, id)?.target : id;
}
