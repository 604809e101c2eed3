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

const IDENTIFIER = /^(_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

/**
 * Why Smithy cannot build @endpoint from `hostPrefix` (its EndpointTrait
 * tokenizes on braces: labels whole and not adjacent, no stray `}`, value
 * identifiers as names, each once, none greedy), or undefined.
 */
export function hostPrefixError(hostPrefix: string): string | undefined {
  const tokens = hostPrefix.split(/([{}])/).filter((t) => t !== "");
  const labels = new Set<string>();
  let lastWasLabel = false;
  let position = 0;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    if (token === "{") {
      if (lastWasLabel) return `Host labels must not be adjacent in a pattern. Found ${hostPrefix}`;
      if (i + 2 >= tokens.length) return `Unclosed label found in pattern at: .${position}`;
      token += tokens[++i]! + tokens[++i]!;
    } else if (token === "}") {
      return `Literal segments must not contain \`}\`. Found at: ${position}`;
    }
    const label = token.length >= 2 && token.startsWith("{") && token.endsWith("}");
    if (label) {
      const greedy = token[token.length - 2] === "+";
      const content = token.slice(1, greedy ? -2 : -1);
      if (content === "") return `Empty label declaration in pattern at index ${position}.`;
      if (!IDENTIFIER.test(content)) return `Invalid label name in pattern: '${content}' at index ${position}. Labels must contain value identifiers.`;
      if (labels.has(content.toLowerCase())) return `Label \`${content}\` is defined more than once in pattern: ${hostPrefix}`;
      labels.add(content.toLowerCase());
      if (greedy) return `Pattern must not contain a greedy label. Found ${hostPrefix}`;
    } else if (token.includes("{") || token.includes("}")) {
      return `Literal segments must not contain \`{\` or \`}\` characters. Found segment \`${token}\` at index ${position}`;
    }
    lastWasLabel = label;
    position += token.length;
  }
  return undefined;
}

/** @endpoint values Smithy cannot build: a load error ("Model") before any validator runs. */
export function validateHostPrefixes(model: AssembledModel, reporter: Reporter): void {
  for (const app of model.traits) {
    if (app.trait !== ENDPOINT || model.definitions.get(app.target.split("$")[0]!)?.bundled !== false) continue;
    const hostPrefix = (app.value as { hostPrefix?: unknown } | null)?.hostPrefix;
    const problem = typeof hostPrefix === "string" ? hostPrefixError(hostPrefix) : undefined;
    if (problem !== undefined) reporter.error(app.at, `Error creating trait \`endpoint\`: ${problem}`, { id: "Model", shapeId: app.target });
  }
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
    // Smithy's getLabel finds a member's label case-insensitively; the label's own check is exact.
    const lowered = new Set([...labels].map((l) => l.toLowerCase()));
    for (const [name, member] of Object.entries(allMembers(model.shapes, input))) {
      if (member.traits?.[HOST_LABEL] === undefined) continue;
      unmatched.delete(name);
      if (lowered.has(name.toLowerCase())) continue;
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
