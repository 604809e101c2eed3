// Smithy's AuthTraitValidator and HttpApiKeyAuthTraitValidator:
// - AuthTrait (DANGER): the schemes an @auth trait names, on a service or on
//   an operation the service contains, must be auth traits applied to that
//   service (traits whose definition has @authDefinition).
// - HttpApiKeyAuthTrait (ERROR): a `scheme` is only meaningful in the
//   Authorization header, so it requires `in: "header"`.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { containedOperations } from "./closure.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { isOwn } from "./sites.js";

const AUTH = "smithy.api#auth";
const AUTH_DEFINITION = "smithy.api#authDefinition";
const HTTP_API_KEY_AUTH = "smithy.api#httpApiKeyAuth";

/** `services`: the model's own services. */
export function validateAuth(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, services: string[]): void {
  for (const serviceId of services) {
    const service = model.shapes.get(serviceId)!;
    const schemes = new Set(Object.keys(service.traits ?? {}).filter((trait) => model.shapes.get(trait)?.traits?.[AUTH_DEFINITION] !== undefined));
    const check = (id: string): void => {
      const auth = model.shapes.get(id)?.traits?.[AUTH];
      if (!Array.isArray(auth)) return;
      const missing = [...new Set(auth.filter((s): s is string => typeof s === "string" && !schemes.has(s)))].sort();
      if (missing.length === 0) return;
      reporter.danger(traitAt(id, AUTH), `auth trait applies authentication that is not configured on the service shape, \`${serviceId}\`: [${missing.join(", ")}]`, {
        id: "AuthTrait",
        shapeId: id,
      });
    };
    check(serviceId);
    for (const op of containedOperations(model.shapes, serviceId)) if (isOwn(model, op)) check(op);
  }
}

export function validateHttpApiKeyAuth(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const id of withTrait(HTTP_API_KEY_AUTH)) {
    const trait = model.shapes.get(id)?.traits?.[HTTP_API_KEY_AUTH] as { scheme?: unknown; in?: unknown } | undefined;
    if (model.shapes.get(id)?.type !== "service" || trait?.scheme === undefined || trait.in === "header") continue;
    reporter.error(traitAt(id, HTTP_API_KEY_AUTH), `The httpApiKeyAuth trait must have an \`in\` value of \`header\` when a \`scheme\` is provided, found: ${String(trait.in)}`, {
      id: "HttpApiKeyAuthTrait",
      shapeId: id,
    });
  }
}
