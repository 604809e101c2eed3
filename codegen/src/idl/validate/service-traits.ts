// Smithy's CorsTraitValidator and NoInlineDocumentSupportValidator:
// - CorsTrait (ERROR): @cors may set `origin` or `origins`, not both.
// - NoInlineDocumentSupport (ERROR): a service whose protocol's
//   @protocolDefinition says `noInlineDocumentSupport: true` may not reach a
//   document shape through its closure.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { serviceClosure } from "./service.js";
import { isOwn, shapeSite } from "./sites.js";

const CORS = "smithy.api#cors";
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";

export function validateCors(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const id of withTrait(CORS)) {
    const cors = model.shapes.get(id)?.traits?.[CORS] as { origin?: unknown; origins?: Record<string, unknown> } | undefined;
    if (model.shapes.get(id)?.type !== "service" || cors?.origin === undefined || Object.keys(cors.origins ?? {}).length === 0) continue;
    reporter.error(traitAt(id, CORS), "The `origin` and `origins` members of the `cors` trait are mutually exclusive.", { id: "CorsTrait", shapeId: id });
  }
}

/** `services`: the model's own services. */
export function validateNoInlineDocuments(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, services: string[]): void {
  // Protocols that say so are rare (Smithy's own now use @traitValidators):
  // look for them first, walk a service's closure only when one is applied.
  const protocols: string[] = [];
  if (services.length === 0) return;
  for (const [id, shape] of model.shapes) {
    const definition = shape.traits?.[PROTOCOL_DEFINITION] as { noInlineDocumentSupport?: unknown } | undefined;
    if (definition?.noInlineDocumentSupport === true) protocols.push(id);
  }
  if (protocols.length === 0) return;
  for (const serviceId of services) {
    const service = model.shapes.get(serviceId)!;
    for (const protocol of protocols.filter((p) => service.traits?.[p] !== undefined)) {
      const documents = [...serviceClosure(model.shapes, serviceId)].filter((id) => model.shapes.get(id)?.type === "document").sort();
      if (documents.length === 0) continue;
      const listed = documents.map((id) => {
        const at = isOwn(model, id) ? shapeSite(model, id) : undefined;
        return at ? `${id} @ ${at.path} [${at.line}, ${at.column}]` : id;
      });
      reporter.error(
        traitAt(serviceId, protocol),
        `This service uses the \`${protocol}\` protocol which does not support inline document types, but the following document types were found in the closure of the service: [${listed.join(", ")}]`,
        { id: "NoInlineDocumentSupport", shapeId: serviceId },
      );
    }
  }
}
