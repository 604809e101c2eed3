// The HTTP rules of Smithy's AWS protocol traits (smithy-aws-traits), for a
// service with an AWS protocol (aws.protocols#restJson1, restXml, awsJson1_0,
// awsJson1_1), as the pinned Smithy 1.73.0 applies them:
// - ProtocolHttp (ERROR, at the protocol trait): every `eventStreamHttp`
//   version also appears in `http` (which defaults to ["http/1.1"];
//   `eventStreamHttp` defaults to `http`).
// - ProtocolHttpPayload (ERROR, at the member): an @httpPayload member of an
//   @http operation's input or output, or of an error of any operation of
//   the service, targets a string, enum, blob, structure, union or document.
//   Smithy checks per operation (and per error of each), so a structure
//   shared by several operations is reported once per operation; within one
//   structure, only the first offending member.

import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { containedOperations } from "./closure.js";
import type { TraitSite } from "./protocol-traits.js";
import { shapeSite } from "./sites.js";

const AWS_PROTOCOLS = ["aws.protocols#restJson1", "aws.protocols#restXml", "aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"];
const PAYLOAD_TYPES = new Set(["string", "enum", "blob", "structure", "union", "document"]);
const HTTP = "smithy.api#http";
const PAYLOAD = "smithy.api#httpPayload";

const stringList = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined);

/** `services`: the model's own services. */
export function validateAwsProtocolHttp(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, services: string[]): void {
  for (const serviceId of services) {
    const traits = model.shapes.get(serviceId)?.traits ?? {};
    const protocols = AWS_PROTOCOLS.filter((p) => traits[p] !== undefined);
    if (protocols.length === 0) continue;
    for (const protocol of protocols) {
      const value = traits[protocol] as { http?: unknown; eventStreamHttp?: unknown } | null;
      const http = stringList(value?.http) ?? ["http/1.1"];
      const eventStreamHttp = stringList(value?.eventStreamHttp) ?? http;
      const missing = eventStreamHttp.filter((v) => !http.includes(v));
      if (missing.length === 0) continue;
      reporter.error(
        traitAt(serviceId, protocol),
        `The following values of the \`eventStreamHttp\` property do not also appear in the \`http\` property of the ${protocol} protocol trait: [${missing.join(", ")}]`,
        { id: "ProtocolHttp", shapeId: serviceId },
      );
    }
    for (const opId of containedOperations(model.shapes, serviceId)) {
      const op = model.shapes.get(opId);
      if (op?.type !== "operation") continue;
      if (op.traits?.[HTTP] !== undefined) {
        payloadTarget(model, reporter, op.input?.target ?? UNIT);
        payloadTarget(model, reporter, op.output?.target ?? UNIT);
      }
      for (const error of op.errors ?? []) payloadTarget(model, reporter, error.target);
    }
  }
}

function payloadTarget(model: AssembledModel, reporter: Reporter, structureId: string): void {
  for (const [name, member] of Object.entries(allMembers(model.shapes, structureId))) {
    if (member.traits?.[PAYLOAD] === undefined) continue;
    const type = model.shapes.get(member.target)?.type;
    if (type === undefined || PAYLOAD_TYPES.has(type)) continue;
    const memberId = `${structureId}$${name}`;
    reporter.error(shapeSite(model, memberId), "AWS Protocols only support binding the following shape types to the payload: string, blob, structure, union, and document", {
      id: "ProtocolHttpPayload",
      shapeId: memberId,
    });
    return;
  }
}
