// Smithy's built-in validators of individual traits — @auth, @examples,
// @endpoint/@hostLabel, @http and @httpError codes, @idempotent,
// @eventPayload, @mediaType, @requestCompression, @cors, @httpApiKeyAuth,
// @xmlNamespace, @enum, protocols without inline documents, and what @http
// bindings mean for requests and responses — each in its
// own module, run from here. One pass over the model finds the own shapes
// and members that carry any of these traits and the sites where traits were
// applied, so every validator visits only its own shapes (no per-shape
// scans of the whole model: the front end's speed matters).

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { localMembers } from "../assembler.js";
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
import { isOwn, shapeSite } from "./sites.js";
import { validateXmlNamespaces } from "./xml-namespace.js";

/** Where a trait was applied to a shape or member (its `@`), else the shape's own site. */
export type TraitSite = (target: string, trait: string) => Location;

/** Own shapes and members that carry a trait, by trait id, in model order. */
export type TraitIndex = (trait: string) => string[];

export function validateProtocolTraits(model: AssembledModel, reporter: Reporter): void {
  const sites = traitSites(model);
  const traitAt: TraitSite = (target, trait) => sites.get(`${target} ${trait}`) ?? shapeSite(model, target);
  const byTrait = new Map<string, string[]>();
  const note = (id: string, traits: Shape["traits"]): void => {
    for (const trait in traits) {
      const ids = byTrait.get(trait);
      if (ids) ids.push(id);
      else byTrait.set(trait, [id]);
    }
  };
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    note(id, shape.traits);
    for (const [name, member] of Object.entries(localMembers(shape))) note(`${id}$${name}`, member.traits);
  }
  const withTrait: TraitIndex = (trait) => byTrait.get(trait) ?? [];

  validateAuth(model, reporter, traitAt);
  validateHttpApiKeyAuth(model, reporter, traitAt, withTrait);
  validateCors(model, reporter, traitAt, withTrait);
  validateNoInlineDocuments(model, reporter, traitAt);
  validateExamples(model, reporter, traitAt, withTrait);
  validateHostLabels(model, reporter, traitAt, withTrait);
  validateResponseCodes(model, reporter, traitAt, withTrait);
  validateHttpSemantics(model, reporter, traitAt, withTrait);
  validateIdempotent(model, reporter, traitAt, withTrait);
  validateRequestCompression(model, reporter, traitAt, withTrait);
  validateEventPayloads(model, reporter, withTrait);
  validateMediaTypes(model, reporter, traitAt, withTrait);
  validateXmlNamespaces(model, reporter, withTrait);
  validateEnumTraits(model, reporter, traitAt, withTrait);
}
