// Smithy's HostLabelTraitValidator, for every operation with @endpoint:
// - the hostPrefix, its labels replaced by a stub, must be an RFC 3986 host
//   (ERROR);
// - a hostPrefix with labels should end in a period, else a label can
//   change the domain the client sends to (DANGER);
// - every @hostLabel member of the input names a label of the hostPrefix,
//   and every label has such a member (ERROR; an operation without input
//   has smithy.api#Unit, which has none).

import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { shapeSite } from "./sites.js";

const ENDPOINT = "smithy.api#endpoint";
const HOST_LABEL = "smithy.api#hostLabel";
/** Smithy's check of the expanded host (its `(?>...)` atomic group changes nothing here: each repetition starts at a '.'). */
const EXPANDED_HOST = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}(?:\.[a-zA-Z0-9-]{1,63})*\.?$/;

interface HostSegment {
  content: string;
  label: boolean;
}

/** The literal and `{label}` segments of a hostPrefix (its syntax is checked when the trait is built). */
export function hostSegments(hostPrefix: string): HostSegment[] {
  const segments: HostSegment[] = [];
  let i = 0;
  while (i < hostPrefix.length) {
    const open = hostPrefix.indexOf("{", i);
    const close = open === -1 ? -1 : hostPrefix.indexOf("}", open);
    if (open === -1 || close === -1) {
      segments.push({ content: hostPrefix.slice(i), label: false });
      break;
    }
    if (open > i) segments.push({ content: hostPrefix.slice(i, open), label: false });
    segments.push({ content: hostPrefix.slice(open + 1, close), label: true });
    i = close + 1;
  }
  return segments;
}

export function validateHostLabels(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const opId of withTrait(ENDPOINT)) {
    const op = model.shapes.get(opId);
    const hostPrefix = (op?.traits?.[ENDPOINT] as { hostPrefix?: unknown } | undefined)?.hostPrefix;
    if (op?.type !== "operation" || typeof hostPrefix !== "string") continue;
    const tag = { id: "HostLabelTrait", shapeId: opId };
    const segments = hostSegments(hostPrefix);
    const labels = new Set(segments.filter((s) => s.label).map((s) => s.content));
    const stub = segments.map((s) => (s.label ? "foo" : s.content)).join("");
    if (!EXPANDED_HOST.test(stub)) {
      reporter.error(traitAt(opId, ENDPOINT), `The \`endpoint\` trait hostPrefix, ${hostPrefix}, could not expand in to a valid RFC 3986 host: ${stub}`, tag);
    }
    if (labels.size > 0 && !hostPrefix.endsWith(".")) {
      reporter.danger(
        traitAt(opId, ENDPOINT),
        "`endpoint` trait hostPrefix contains host labels and does not end in a period (`.`). This can result in clients inadvertently sending data to domains you do not control.",
        tag,
      );
    }
    const input = op.input?.target ?? UNIT;
    if (model.shapes.get(input)?.type !== "structure") continue;
    const unmatched = new Set(labels);
    for (const [name, member] of Object.entries(allMembers(model.shapes, input))) {
      if (member.traits?.[HOST_LABEL] === undefined) continue;
      unmatched.delete(name);
      if (labels.has(name)) continue;
      const memberId = `${input}$${name}`;
      reporter.error(
        traitAt(memberId, HOST_LABEL),
        `This \`${name}\` structure member is marked with the \`hostLabel\` trait, but no corresponding \`endpoint\` label could be found when used as the input of the \`${opId}\` operation.`,
        { id: "HostLabelTrait", shapeId: memberId },
      );
    }
    if (unmatched.size > 0) {
      reporter.error(
        shapeSite(model, opId),
        `This operation uses ${input} as input, but the following host labels found in the operation's \`endpoint\` trait do not have a corresponding member marked with the \`hostLabel\` trait: ${[...unmatched]
          .sort()
          .map((l) => `\`${l}\``)
          .join(", ")}`,
        tag,
      );
    }
  }
}
