// Validators about trait definitions (shapes marked @trait), Smithy's:
// - TraitConflict: a shape (or member) carries a trait together with a trait
//   the first one's definition lists in `conflicts` (ERROR on the shape).
// - TraitBreakingChanges: every `path` of a definition's `breakingChanges`
//   walks members of the trait's shape (`/foo/member` through a list); a
//   segment naming no member is an ERROR at the @trait.

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";
import { memberSite, traitSite } from "./trait-sites.js";

const TRAIT = "smithy.api#trait";

interface TraitDefinition {
  conflicts?: string[];
  breakingChanges?: { path?: string }[];
}

const definitionOf = (shape: Shape | undefined): TraitDefinition | undefined => shape?.traits?.[TRAIT] as TraitDefinition | undefined;
/** Trait.getIdiomaticTraitName: prelude traits by their short name. */
const idiomatic = (id: string): string => (id.startsWith("smithy.api#") ? id.slice(11) : id);

export function validateTraitDefinitions(model: AssembledModel, reporter: Reporter): void {
  // Traits whose definition names conflicting traits, from the prelude and trait libraries too.
  const conflicting = new Map<string, string[]>();
  for (const [id, shape] of model.shapes) {
    const definition = definitionOf(shape);
    if (!definition) continue;
    if (definition.conflicts?.length) conflicting.set(id, definition.conflicts);
    if (isOwn(model, id)) breakingChangePaths(model, reporter, id, definition);
  }
  if (conflicting.size === 0) return;
  // Run over every shape and member of the model: nothing is built (no
  // member id, site or message) unless a conflict is found.
  const conflicts = (traits: Record<string, unknown> | undefined): string[] | undefined => {
    let lines: string[] | undefined;
    for (const trait in traits) {
      const others = conflicting.get(trait);
      if (others === undefined) continue;
      for (const other of others) {
        if (other in traits) (lines ??= []).push(`\`${idiomatic(trait)}\` conflicts with \`${idiomatic(other)}\``);
      }
    }
    return lines;
  };
  const message = (type: string, lines: string[]): string => `Found conflicting traits on ${type} shape: ${lines.sort().join(", ")}`;
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    const lines = conflicts(shape.traits);
    if (lines) reporter.error(shapeSite(model, id), message(shape.type, lines), { id: "TraitConflict", shapeId: id });
    const members = shape.mixins?.length ? allMembers(model.shapes, id) : localMembersOf(shape);
    for (const name in members) {
      const memberLines = conflicts(members[name]!.traits);
      if (memberLines) reporter.error(memberSite(model, id, name), message("member", memberLines), { id: "TraitConflict", shapeId: `${id}$${name}` });
    }
  }
}

const NO_MEMBERS: Record<string, { traits?: Record<string, unknown> }> = Object.freeze({});

function localMembersOf(shape: Shape): Record<string, { traits?: Record<string, unknown> }> {
  if ("members" in shape) return shape.members;
  const record = shape as unknown as Record<string, { target?: string; traits?: Record<string, unknown> } | undefined>;
  let out: Record<string, { traits?: Record<string, unknown> }> | undefined;
  for (const key of ["member", "key", "value"]) {
    const member = record[key];
    if (member && typeof member === "object" && typeof member.target === "string") (out ??= {})[key] = member;
  }
  return out ?? NO_MEMBERS;
}

/** JSON pointer segments (RFC 6901): `/a/b~1c` → ["a", "b/c"]. */
function pointerParts(path: string): string[] {
  return path
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function breakingChangePaths(model: AssembledModel, reporter: Reporter, id: string, definition: TraitDefinition): void {
  (definition.breakingChanges ?? []).forEach((rule, index) => {
    if (rule.path === undefined || rule.path === "") return;
    const parts = pointerParts(rule.path);
    let current = id;
    for (const part of parts) {
      const member = allMembers(model.shapes, current)[part];
      const next = member && model.shapes.has(member.target) ? member.target : undefined;
      if (!next) {
        const type = model.shapes.get(current)?.type ?? "shape";
        reporter.error(
          traitSite(model, id, TRAIT),
          `Invalid trait breakingChanges element ${index}, '${rule.path}', at segment '${part}': Evaluated shape \`${current}\`, a ${type}, has no member named \`${part}\``,
          { id: "TraitBreakingChanges", shapeId: id },
        );
        return;
      }
      current = next;
    }
  });
}
