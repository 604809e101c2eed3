// Smithy's @deprecated as the text of a JSDoc `@deprecated` tag: how the
// generated TypeScript marks deprecated shapes, members and operations, so
// that editors strike them through, as smithy-typescript's clients do.

import type { NodeObject, NodeValue } from "./ast.js";
import { Trait, type Member, type ModelIndex } from "./knowledge.js";

/** The tag's text for a shape or operation ("" without a message), or undefined when it is not deprecated. */
export function deprecationOf(index: ModelIndex, id: string): string | undefined {
  return tagText(index.hasShape(id) ? index.traitOf(id, Trait.deprecated) : undefined);
}

/** The same for a member: its own @deprecated, else its target's. */
export function memberDeprecation(index: ModelIndex, member: Member): string | undefined {
  return tagText(member.traits[Trait.deprecated]) ?? deprecationOf(index, member.target);
}

/** `message (since X)`, either part left out when the trait does not say it. */
function tagText(trait: NodeValue | undefined): string | undefined {
  if (trait === undefined) return undefined;
  const { message, since } = (typeof trait === "object" && trait !== null && !Array.isArray(trait) ? trait : {}) as NodeObject;
  const parts = [typeof message === "string" ? message : "", typeof since === "string" ? `(since ${since})` : ""];
  // One line: a tag's text continues on the comment's next lines otherwise.
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
