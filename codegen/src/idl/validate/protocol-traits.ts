// Smithy's built-in validators of individual traits — @auth, @examples,
// @endpoint/@hostLabel, @http and @httpError codes, @idempotent,
// @eventPayload, @mediaType, @requestCompression, @cors, @httpApiKeyAuth,
// @xmlNamespace, @enum, protocols without inline documents, and what @http
// bindings mean for requests and responses — each in its
// own module, run from here. One pass over the model finds the own services
// and the own shapes and members that carry each trait (with the traits and
// members they have from mixins, as Smithy's validators see them), so every
// validator visits only its own shapes (no per-shape scans of the whole
// model: the front end's speed matters); where traits were applied is
// collected only when an event needs it.

import type { NodeValue, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { validateAuth, validateHttpApiKeyAuth } from "./auth.js";
import { traitSites } from "./closure.js";
import { validateEnumTraits } from "./enum-trait.js";
import { validateEventPayloads } from "./event-payload.js";
import { validateExamples } from "./examples.js";
import { validateHostLabels } from "./host-label.js";
import { validateResponseCodes } from "./http-response-codes.js";
import { validateHttpSemantics } from "./http-semantics.js";
import { validateMediaTypes } from "./media-type.js";
import { validateIdempotent, validateRequestCompression } from "./operation-traits.js";
import { validateCors, validateNoInlineDocuments } from "./service-traits.js";
import { shapeSite } from "./sites.js";
import { validateXmlNamespaces } from "./xml-namespace.js";

const MIXIN = "smithy.api#mixin";
/** Shapes with members. */
const AGGREGATES = new Set(["structure", "union", "list", "set", "map"]);

/**
 * The model as Smithy's validators see it: a shape with mixins has the
 * traits of its mixins too (not @mixin itself, nor a mixin's `localTraits`),
 * its own winning. Only such shapes are copied; the rest are shared.
 */
export function withMixinTraits(model: AssembledModel): AssembledModel {
  let mixed = false;
  for (const shape of model.shapes.values()) if (shape.mixins?.length) mixed = true;
  if (!mixed) return model;
  const shapes = new Map(model.shapes);
  const resolved = new Set<string>();
  const resolve = (id: string): Shape | undefined => {
    const shape = shapes.get(id);
    if (!shape?.mixins?.length || resolved.has(id)) return shape;
    resolved.add(id); // before recursing: a mixin cycle (refused elsewhere) ends here
    const traits: Record<string, NodeValue> = {};
    for (const ref of shape.mixins) {
      const mixin = resolve(ref.target);
      const local = (mixin?.traits?.[MIXIN] as { localTraits?: unknown } | undefined)?.localTraits;
      for (const [trait, value] of Object.entries(mixin?.traits ?? {})) {
        if (trait !== MIXIN && !(Array.isArray(local) && local.includes(trait))) traits[trait] = value;
      }
    }
    const merged = { ...shape, traits: { ...traits, ...shape.traits } } as Shape;
    shapes.set(id, merged);
    return merged;
  };
  for (const id of model.shapes.keys()) resolve(id);
  return { ...model, shapes };
}

/**
 * Where a trait of a shape or member was applied (its `@`), also when the
 * shape has it from a mixin (Smithy locates it there), else the shape's own
 * site. The sites are collected on the first call: only an event needs one.
 */
export function traitLocator(model: AssembledModel): TraitSite {
  let sites: Map<string, Location> | undefined;
  const siteOf = (target: string, trait: string, depth = 0): Location | undefined => {
    sites ??= traitSites(model);
    const direct = sites.get(`${target} ${trait}`);
    if (direct || depth > 32) return direct;
    const dollar = target.indexOf("$");
    const root = dollar === -1 ? target : target.slice(0, dollar);
    for (const mixin of model.shapes.get(root)?.mixins ?? []) {
      const found = siteOf(dollar === -1 ? mixin.target : `${mixin.target}${target.slice(dollar)}`, trait, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return (target, trait) => siteOf(target, trait) ?? shapeSite(model, target);
}

/** Where a trait was applied to a shape or member (its `@`), else the shape's own site. */
export type TraitSite = (target: string, trait: string) => Location;

/** Own shapes and members that carry a trait, by trait id, in model order. */
export type TraitIndex = (trait: string) => string[];

export function validateProtocolTraits(assembled: AssembledModel, reporter: Reporter): void {
  const model = withMixinTraits(assembled);
  const traitAt = traitLocator(model);
  const byTrait = new Map<string, string[]>();
  const note = (id: string, traits: Shape["traits"]): void => {
    if (traits === undefined) return;
    for (const trait in traits) {
      const ids = byTrait.get(trait);
      if (ids) ids.push(id);
      else byTrait.set(trait, [id]);
    }
  };
  const services: string[] = [];
  for (const [id, shape] of model.shapes) {
    if (model.definitions.get(id)?.bundled !== false) continue;
    if (shape.type === "service") services.push(id);
    note(id, shape.traits);
    if (!AGGREGATES.has(shape.type)) continue;
    const members = shape.mixins?.length ? allMembers(model.shapes, id) : "members" in shape ? shape.members : localMembers(shape);
    for (const name in members) if (members[name]!.traits !== undefined) note(`${id}$${name}`, members[name]!.traits);
  }
  const withTrait: TraitIndex = (trait) => byTrait.get(trait) ?? [];

  validateAuth(model, reporter, traitAt, services);
  validateHttpApiKeyAuth(model, reporter, traitAt, withTrait);
  validateCors(model, reporter, traitAt, withTrait);
  validateNoInlineDocuments(model, reporter, traitAt, services);
  validateExamples(model, reporter, traitAt, withTrait);
  validateHostLabels(model, reporter, traitAt, withTrait);
  validateResponseCodes(model, reporter, traitAt, withTrait);
  validateHttpSemantics(model, reporter, traitAt, withTrait, services);
  validateIdempotent(model, reporter, traitAt, withTrait);
  validateRequestCompression(model, reporter, traitAt, withTrait);
  validateEventPayloads(model, reporter, withTrait);
  validateMediaTypes(model, reporter, traitAt, withTrait);
  validateXmlNamespaces(model, reporter, withTrait);
  validateEnumTraits(model, reporter, traitAt, withTrait);
}
