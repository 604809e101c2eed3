// Smithy's EventPayloadTraitValidator (ERROR): in a structure with an
// @eventPayload member, every other member is an @eventHeader (the payload
// takes the whole event body). Two payload members are
// ExclusiveStructureMemberTrait's to report.

import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex } from "./protocol-traits.js";
import { shapeSite } from "./sites.js";

const EVENT_PAYLOAD = "smithy.api#eventPayload";
const EVENT_HEADER = "smithy.api#eventHeader";

export function validateEventPayloads(model: AssembledModel, reporter: Reporter, withTrait: TraitIndex): void {
  for (const memberId of withTrait(EVENT_PAYLOAD)) {
    const structureId = memberId.split("$")[0]!;
    if (model.shapes.get(structureId)?.type !== "structure") continue;
    const unmarked = Object.entries(allMembers(model.shapes, structureId))
      .filter(([, m]) => m.traits?.[EVENT_HEADER] === undefined && m.traits?.[EVENT_PAYLOAD] === undefined)
      .map(([name]) => `\`${name}\``);
    if (unmarked.length === 0) continue;
    reporter.error(
      shapeSite(model, structureId),
      `This event structure contains a member marked with the \`eventPayload\` trait, so all other members must be marked with the \`eventHeader\` trait. However, the following member(s) are not marked with the eventHeader trait: ${unmarked.sort().join(", ")}`,
      { id: "EventPayloadTrait", shapeId: structureId },
    );
  }
}
