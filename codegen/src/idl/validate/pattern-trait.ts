// Smithy's PatternTraitValidator (a WARNING only): a @pattern without a
// leading '^' or a trailing '$' matches any string that merely contains a
// match. Reported, as Smithy does, for every shape and member with the trait,
// mixed-in copies included (under the copy's id, at the mixin's trait).

import type { AssembledModel, TraitApplication } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { rootOf } from "./sites.js";

const PATTERN = "smithy.api#pattern";
const WHY =
  ", meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored.";

export function validatePatternAnchors(model: AssembledModel, reporter: Reporter): void {
  // Own applications, by the shape or member they are on (the last one written wins, as the trait's value).
  const own = new Map<string, TraitApplication>();
  let unanchored = false;
  for (const app of model.traits) {
    if (app.trait !== PATTERN || typeof app.value !== "string") continue;
    own.set(app.target, app);
    if (!app.value.startsWith("^") || !app.value.endsWith("$")) unanchored = true;
  }
  // A copy repeats a pattern written somewhere: nothing to report unless one is unanchored.
  if (!unanchored) return;
  const warn = (target: string, app: TraitApplication): void => {
    const pattern = app.value as string;
    const missing = [pattern.startsWith("^") ? "" : "a leading '^'", pattern.endsWith("$") ? "" : "trailing '$'"].filter(Boolean);
    if (missing.length === 0) return;
    const text = missing.length === 2 ? "a leading '^' and trailing '$'" : missing[0] === "trailing '$'" ? "a trailing '$'" : missing[0]!;
    reporter.warning(app.at, `A pattern trait is applied without ${text}${WHY}`, { id: "PatternTrait", shapeId: target });
  };
  for (const [target, app] of own) if (!model.definitions.get(rootOf(target))?.bundled) warn(target, app);
  // Mixed-in copies: later mixins win, as when members are collected.
  const fromMixins = (mixins: readonly { target: string }[], name: string | undefined, seen: Set<string>): TraitApplication | undefined => {
    for (let i = mixins.length - 1; i >= 0; i--) {
      const mixin = mixins[i]!.target;
      if (seen.has(mixin)) continue;
      seen.add(mixin);
      const found = own.get(name === undefined ? mixin : `${mixin}$${name}`) ?? fromMixins(model.shapes.get(mixin)?.mixins ?? [], name, seen);
      if (found) return found;
    }
    return undefined;
  };
  for (const [id, shape] of model.shapes) {
    if (!shape.mixins?.length || model.definitions.get(id)?.bundled) continue;
    if (!own.has(id)) {
      const inherited = fromMixins(shape.mixins, undefined, new Set());
      if (inherited) warn(id, inherited);
    }
    for (const name of Object.keys(allMembers(model.shapes, id))) {
      const memberId = `${id}$${name}`;
      if (own.has(memberId)) continue;
      const inherited = fromMixins(shape.mixins, name, new Set());
      if (inherited) warn(memberId, inherited);
    }
  }
}
