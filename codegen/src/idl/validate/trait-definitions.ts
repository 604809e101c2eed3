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
  const check = (id: string, type: string, traits: Record<string, unknown> | undefined, at: () => ReturnType<typeof shapeSite>): void => {
    if (!traits) return;
    const lines: string[] = [];
    for (const trait of Object.keys(traits)) {
      for (const other of conflicting.get(trait) ?? []) {
        if (other in traits) lines.push(`\`${idiomatic(trait)}\` conflicts with \`${idiomatic(other)}\``);
      }
    }
    if (lines.length === 0) return;
    reporter.error(at(), `Found conflicting traits on ${type} shape: ${lines.sort().join(", ")}`, { id: "TraitConflict", shapeId: id });
  };
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    check(id, shape.type, shape.traits, () => shapeSite(model, id));
    const members = shape.mixins?.length ? allMembers(model.shapes, id) : undefined;
    for (const [name, member] of Object.entries(members ?? localMembersOf(shape))) {
      check(`${id}$${name}`, "member", member.traits, () => memberSite(model, id, name));
    }
  }
}

function localMembersOf(shape: Shape): Record<string, { traits?: Record<string, unknown> }> {
  if ("members" in shape) return shape.members;
  const out: Record<string, { traits?: Record<string, unknown> }> = {};
  const record = shape as unknown as Record<string, { target?: string; traits?: Record<string, unknown> } | undefined>;
  for (const key of ["member", "key", "value"]) {
    const member = record[key];
    if (member && typeof member === "object" && typeof member.target === "string") out[key] = member;
  }
  return out;
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
