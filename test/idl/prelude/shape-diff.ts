// Compares one shape of the JSON AST as Smithy prints it with ours and says,
// part by part, what differs: the type, the mixins, each member (present,
// order, target, traits) and each trait (present, value). Documentation is
// not compared: our bundle leaves Smithy's documentation text out (it is
// Smithy's prose, not part of the definition; see docs/smithy-front-end.md).
import { isDeepStrictEqual } from "node:util";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Traits = Record<string, Json>;
interface MemberJson {
  target: string;
  traits?: Traits;
}
export type ShapeJson = { type: string; traits?: Traits; mixins?: { target: string }[] } & Record<string, unknown>;

export const IGNORED_TRAITS: readonly string[] = ["smithy.api#documentation"];

/** Every difference of `ours` from `smithy`, each naming the part; [] when equal. */
export function shapeDifferences(smithy: ShapeJson, ours: ShapeJson | undefined): string[] {
  if (!ours) return ["missing from our bundle"];
  const out: string[] = [];
  if (smithy.type !== ours.type) out.push(`type: Smithy ${smithy.type}, ours ${ours.type}`);
  const mixins = (s: ShapeJson): string => (s.mixins ?? []).map((m) => m.target).join(", ");
  if (mixins(smithy) !== mixins(ours)) out.push(`mixins: Smithy [${mixins(smithy)}], ours [${mixins(ours)}]`);
  out.push(...traitDifferences("", smithy.traits, ours.traits));
  const theirs = membersOf(smithy);
  const mine = membersOf(ours);
  for (const [name, member] of Object.entries(theirs)) {
    const other = mine[name];
    if (!other) {
      out.push(`member ${name}: missing from our bundle`);
      continue;
    }
    if (member.target !== other.target) out.push(`member ${name}: target Smithy ${member.target}, ours ${other.target}`);
    out.push(...traitDifferences(`member ${name}: `, member.traits, other.traits));
  }
  for (const name of Object.keys(mine)) if (!(name in theirs)) out.push(`member ${name}: only in our bundle`);
  const order = (m: Record<string, MemberJson>): string => Object.keys(m).join(", ");
  if (out.length === 0 && order(theirs) !== order(mine)) out.push(`member order: Smithy [${order(theirs)}], ours [${order(mine)}]`);
  return out;
}

function membersOf(shape: ShapeJson): Record<string, MemberJson> {
  if (shape.members && typeof shape.members === "object") return shape.members as Record<string, MemberJson>;
  const out: Record<string, MemberJson> = {};
  for (const key of ["member", "key", "value"]) {
    const member = shape[key] as MemberJson | undefined;
    if (member) out[key] = member;
  }
  return out;
}

function traitDifferences(where: string, smithy: Traits = {}, ours: Traits = {}): string[] {
  const out: string[] = [];
  for (const [id, value] of Object.entries(smithy)) {
    if (IGNORED_TRAITS.includes(id)) continue;
    if (!(id in ours)) out.push(`${where}trait ${id}: missing from our bundle (Smithy: ${JSON.stringify(value)})`);
    // isDeepStrictEqual ignores object key order, which no trait value depends on.
    else if (!isDeepStrictEqual(value, ours[id])) {
      out.push(`${where}trait ${id}: Smithy ${JSON.stringify(value)}, ours ${JSON.stringify(ours[id])}`);
    }
  }
  for (const [id, value] of Object.entries(ours)) {
    if (!IGNORED_TRAITS.includes(id) && !(id in smithy)) out.push(`${where}trait ${id}: only in our bundle (${JSON.stringify(value)})`);
  }
  return out;
}
