// Smithy's StreamingTraitValidator (ERROR), once a model uses @streaming:
// - a structure holding a member that targets a stream is used only as an
//   operation's input or output (or as a mixin): not as a member's target,
//   not as an error; as an output not when the stream has @requiresLength;
// - every member of an event stream (a @streaming union) targets a structure;
// - in a service whose protocol supports @httpPayload (restJson1, restXml
//   ...), a member targeting a stream carries @httpPayload;
// - a member targeting a @streaming blob is @required or has a @default.

import type { MemberShape, ServiceShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { serviceClosure } from "./service.js";
import { isOwn, shapeSite } from "./sites.js";
import { memberSite } from "./trait-sites.js";

const STREAMING = "smithy.api#streaming";
const REQUIRES_LENGTH = "smithy.api#requiresLength";
const HTTP_PAYLOAD = "smithy.api#httpPayload";
const PROTOCOL_DEFINITION = "smithy.api#protocolDefinition";

export function validateStreaming(model: AssembledModel, reporter: Reporter): void {
  const streams = new Set<string>();
  for (const [id, shape] of model.shapes) if (shape.traits?.[STREAMING] !== undefined) streams.add(id);
  if (streams.size === 0) return;
  const fail = (at: ReturnType<typeof shapeSite>, shapeId: string, message: string): void => reporter.error(at, message, { id: "StreamingTrait", shapeId });

  // One pass over the model's members: who targets what, and which structures hold a stream.
  const containers = new Map<string, string[]>(); // structure holding a stream → the streams
  const targetedBy = new Map<string, string[]>(); // shape → members targeting it
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      const memberId = `${id}$${name}`;
      targetedBy.set(member.target, [...(targetedBy.get(member.target) ?? []), memberId]);
      if (!streams.has(member.target)) continue;
      containers.set(id, [...(containers.get(id) ?? []), member.target]);
      const target = model.shapes.get(member.target)!;
      if (target.type === "blob" && member.traits?.["smithy.api#required"] === undefined && member.traits?.["smithy.api#default"] === undefined) {
        fail(memberSite(model, id, name), memberId, "Members that target blobs marked with the `streaming` trait MUST also be marked with the `required` or `default` trait.");
      }
    }
    if (shape.type === "union" && streams.has(id)) {
      const invalid = Object.entries(allMembers(model.shapes, id))
        .filter(([, m]) => model.shapes.get(m.target)?.type !== "structure")
        .map(([name]) => name);
      if (invalid.length > 0) {
        fail(shapeSite(model, id), id, `Each member of an event stream union must target a structure shape, but the following union members do not: [${invalid.join(", ")}]`);
      }
    }
  }

  // What refers to a structure holding a stream.
  for (const [container, targets] of containers) {
    const requiresLength = targets.some((t) => model.shapes.get(t)?.traits?.[REQUIRES_LENGTH] !== undefined);
    for (const member of targetedBy.get(container) ?? []) {
      fail(memberSiteOf(model, member), member, `Members cannot target structures that contain a stream, but this member targets ${container}`);
    }
    for (const [id, shape] of model.shapes) {
      if (!isOwn(model, id)) continue;
      if (shape.type === "operation") {
        if (requiresLength && shape.output?.target === container && isOwn(model, container)) {
          fail(shapeSite(model, container), container, `Structures that contain a reference to a stream marked with the @requiresLength trait can only be used as operation inputs, but this structure is referenced from \`${id}\` as output`);
        }
        if ((shape.errors ?? []).some((e) => e.target === container)) {
          fail(shapeSite(model, id), id, `This shape has an invalid \`ERROR\` relationship to a structure, \`${container}\`, that contains a stream`);
        }
      } else if (shape.type === "service" && ((shape as ServiceShape).errors ?? []).some((e) => e.target === container)) {
        fail(shapeSite(model, id), id, `This shape has an invalid \`ERROR\` relationship to a structure, \`${container}\`, that contains a stream`);
      }
    }
  }

  // Protocols that support @httpPayload want it on every member targeting a stream.
  for (const [serviceId, shape] of model.shapes) {
    if (shape.type !== "service" || !isOwn(model, serviceId)) continue;
    const payloadProtocol = Object.keys(shape.traits ?? {}).some((trait) => {
      const definition = model.shapes.get(trait)?.traits?.[PROTOCOL_DEFINITION] as { traits?: string[] } | undefined;
      return definition?.traits?.includes(HTTP_PAYLOAD) === true;
    });
    if (!payloadProtocol) continue;
    for (const id of serviceClosure(model.shapes, serviceId)) {
      for (const [name, member] of Object.entries(allMembers(model.shapes, id)) as [string, MemberShape][]) {
        if (!streams.has(member.target) || member.traits?.[HTTP_PAYLOAD] !== undefined || !isOwn(model, id)) continue;
        fail(
          memberSite(model, id, name),
          `${id}$${name}`,
          `Member \`${id}$${name}\` referencing @streaming shape \`${member.target}\` must have the @httpPayload trait, as service \`${serviceId}\` has a protocol that supports @httpPayload.`,
        );
      }
    }
  }
}

function memberSiteOf(model: AssembledModel, memberId: string): ReturnType<typeof shapeSite> {
  const dollar = memberId.indexOf("$");
  return memberSite(model, memberId.slice(0, dollar), memberId.slice(dollar + 1));
}
