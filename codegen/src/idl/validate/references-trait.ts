// Smithy's ReferencesTraitValidator (ERROR, at the @references trait):
// each reference names a resource; on a string it has no `ids` and the
// resource has exactly one identifier; on a structure, explicit `ids` bind
// exactly the resource's identifiers, and every bound member (implicitly, the
// members named like the identifiers) exists and targets a string.

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn } from "./sites.js";
import { traitSite } from "./trait-sites.js";

const REFERENCES = "smithy.api#references";

interface Reference {
  resource?: string;
  ids?: Record<string, string>;
  service?: string;
  rel?: string;
}

/** Reference.toString: its node, printed as JSON. */
function show(ref: Reference): string {
  const node: Reference = { resource: ref.resource };
  if (ref.ids !== undefined && Object.keys(ref.ids).length > 0) node.ids = ref.ids;
  if (ref.service !== undefined) node.service = ref.service;
  if (ref.rel !== undefined) node.rel = ref.rel;
  return `Reference${JSON.stringify(node)}`;
}

const ticked = (names: Iterable<string>): string => [...names].sort().map((n) => `\`${n}\``).join(", ");

export function validateReferencesTrait(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    const references = shape.traits?.[REFERENCES];
    if (!Array.isArray(references) || !isOwn(model, id)) continue;
    const fail = (message: string): void => reporter.error(traitSite(model, id, REFERENCES), message, { id: "ReferencesTrait", shapeId: id });
    for (const ref of references as Reference[]) {
      const ids = ref.ids ?? {};
      if (shape.type === "string" && Object.keys(ids).length > 0) fail(`References applied to string shapes cannot contain 'ids': ${show(ref)}`);
      const target = ref.resource === undefined ? undefined : model.shapes.get(ref.resource);
      if (!target) continue;
      if (target.type !== "resource") {
        fail(`\`references\` trait reference targets a ${target.type} shape not a resource: ${show(ref)}`);
        continue;
      }
      const identifiers = Object.keys(target.identifiers ?? {});
      if (shape.type === "string" && identifiers.length !== 1) {
        fail(
          `This string shape contains an invalid reference to ${ref.resource}: ${show(ref)}. References on a string shape can only refer to resource shapes with exactly one entry in its identifiers property, but this shape has the following identifiers: [${ticked(identifiers)}]`,
        );
      }
      if (shape.type === "structure") structureReference(model, id, ref, identifiers, fail);
    }
  }
}

function structureReference(model: AssembledModel, id: string, ref: Reference, identifiers: string[], fail: (message: string) => void): void {
  const explicit = ref.ids ?? {};
  const explicitNames = Object.keys(explicit);
  // Without `ids`, each identifier binds the member of its own name.
  const resolved = explicitNames.length > 0 ? explicit : Object.fromEntries(identifiers.map((n) => [n, n]));
  const implicit = explicitNames.length === 0 && identifiers.length > 0;
  if (!implicit) {
    if (explicitNames.length !== identifiers.length) {
      fail(
        `${identifiers.length < explicitNames.length ? "Too many identifiers" : "Not enough identifiers"} were provided in the \`ids\` properties of ${show(ref)}. Expected ${identifiers.length} identifiers(s), but found ${explicitNames.length}. This resource requires bindings for the following identifiers: [${ticked(identifiers)}].`,
      );
    }
    const extraneous = explicitNames.filter((n) => !identifiers.includes(n));
    if (extraneous.length > 0) {
      fail(
        `\`references\` trait ${show(ref)} contains extraneous resource identifier bindings, [${ticked(extraneous)}], that are not actually identifier names of the resource, \`${ref.resource}\`. This resource has the following identifier names: [${ticked(identifiers)}]`,
      );
    }
  }
  const members = allMembers(model.shapes, id);
  const reasons = new Set<string>();
  for (const name of new Set(Object.values(resolved))) {
    const member = members[name];
    if (!member) {
      reasons.add(
        implicit
          ? `implicit binding of \`${name}\` is not part of the structure (set "rel" to "collection" to create a collection binding)`
          : `\`${name}\` refers to a member that is not part of the structure`,
      );
    } else if (!isString(model.shapes.get(member.target))) {
      reasons.add(`\`${name}\` refers to a member that does not target a string shape`);
    }
  }
  if (reasons.size > 0) fail(`\`references\` trait ${show(ref)} is invalid for the following reasons: ${[...reasons].sort().join("; ")}`);
}

/** Shape.isStringShape: strings, and enums (a kind of string). */
const isString = (shape: Shape | undefined): boolean => shape?.type === "string" || shape?.type === "enum";
