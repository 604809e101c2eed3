// Smithy's HttpChecksumTraitValidator (smithy-aws-traits), for every
// operation with aws.protocols#httpChecksum, as the pinned Smithy 1.73.0
// applies it:
// - the trait defines request behaviour (`requestChecksumRequired` or
//   `requestAlgorithmMember`) or response behaviour (`responseAlgorithms` or
//   `requestValidationModeMember`), else an ERROR and nothing more;
// - `requestAlgorithmMember` / `requestValidationModeMember` name an input
//   member whose target is an enum (an `enum` shape, or a string with
//   @enum) of supported values only (the algorithms; "ENABLED"); response
//   behaviour needs both `requestValidationModeMember` and
//   `responseAlgorithms` (ERRORs at the trait);
// - a member bound to a header starting with `x-amz-checksum-` (WARNING) or
//   with @httpPrefixHeaders whose prefix starts that header name (DANGER)
//   conflicts with the checksum headers: in the input for request
//   behaviour, in the input, output and errors for response behaviour. These
//   events sit at the operation, and their message and id name the member by
//   its container's name — Smithy's ShapeId.getName(), kept as it is.

import type { OperationShape, Traits } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { rootOf, shapeSite } from "./sites.js";

const CHECKSUM = "aws.protocols#httpChecksum";
const PREFIX = "x-amz-checksum-";
const ALGORITHMS = ["CRC32", "CRC32C", "CRC64NVME", "MD5", "SHA1", "SHA256", "SHA512", "XXHASH64", "XXHASH3", "XXHASH128"];
const VALIDATION_MODES = ["ENABLED"];

interface ChecksumTrait {
  requestChecksumRequired?: unknown;
  requestAlgorithmMember?: unknown;
  requestValidationModeMember?: unknown;
  responseAlgorithms?: unknown;
}

export function validateHttpChecksums(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const opId of withTrait(CHECKSUM)) {
    const op = model.shapes.get(opId);
    if (op?.type !== "operation") continue;
    const trait = (op.traits?.[CHECKSUM] ?? {}) as ChecksumTrait;
    const at = traitAt(opId, CHECKSUM);
    const tag = { id: "HttpChecksumTrait", shapeId: opId };
    const algorithmMember = typeof trait.requestAlgorithmMember === "string" ? trait.requestAlgorithmMember : undefined;
    const modeMember = typeof trait.requestValidationModeMember === "string" ? trait.requestValidationModeMember : undefined;
    const responseAlgorithms = Array.isArray(trait.responseAlgorithms) ? trait.responseAlgorithms : [];
    const request = trait.requestChecksumRequired === true || algorithmMember !== undefined;
    const response = responseAlgorithms.length > 0 || modeMember !== undefined;
    if (!request && !response) {
      reporter.error(at, "The `httpChecksum` trait must define at least one of the `request` or `response` checksum behaviors.", tag);
      continue;
    }
    const input = op.input?.target ?? UNIT;
    if (model.shapes.get(input)?.type !== "structure") continue;
    const enumMember = (property: string, name: string, supported: string[]): void => {
      const problem = enumMemberProblem(model, input, name, supported);
      if (problem !== undefined) reporter.error(at, problem.replace("%s", property), tag);
    };
    if (request) {
      if (algorithmMember !== undefined) enumMember("requestAlgorithmMember", algorithmMember, ALGORITHMS);
      headerConflicts(model, reporter, opId, input);
    }
    if (response) {
      if (modeMember === undefined) {
        reporter.error(at, "The `httpChecksum` trait must model the `requestValidationModeMember` property to support response checksum behavior.", tag);
      } else {
        enumMember("requestValidationModeMember", modeMember, VALIDATION_MODES);
      }
      if (responseAlgorithms.length === 0) {
        reporter.error(at, "The `httpChecksum` trait must model the `responseAlgorithms` property to support response checksum behavior.", tag);
      }
      const output = (op as OperationShape).output?.target ?? UNIT;
      if (model.shapes.get(output)?.type === "structure") headerConflicts(model, reporter, opId, output);
      for (const error of (op as OperationShape).errors ?? []) headerConflicts(model, reporter, opId, error.target);
    }
  }
}

/** Why the member `name` of `structureId` is no enum of `supported` values (`%s` stands for the property), or undefined. */
function enumMemberProblem(model: AssembledModel, structureId: string, name: string, supported: string[]): string | undefined {
  const member = allMembers(model.shapes, structureId)[name];
  if (member === undefined) return "The `%s` property of the `httpChecksum` trait targets a member that does not exist.";
  const values = enumValues(model, member.target);
  if (values === undefined) return "The `%s` property of the `httpChecksum` trait targets a member that does not resolve an `enum` trait.";
  const unsupported = values.filter((v) => !supported.includes(v));
  if (unsupported.length === 0) return undefined;
  return `The \`%s\` property of the \`httpChecksum\` trait targets a member with an \`enum\` trait that contains unsupported values: ${[...unsupported]
    .sort()
    .map((v) => `\`${v}\``)
    .join(", ")}`;
}

/** The values of an enum shape or of a string's @enum trait (Smithy gives enum shapes a synthetic @enum), else undefined. */
function enumValues(model: AssembledModel, id: string): string[] | undefined {
  const shape = model.shapes.get(id);
  if (shape?.type === "enum") {
    return Object.entries(allMembers(model.shapes, id)).map(([name, m]) => {
      const value = (m.traits as Traits | undefined)?.["smithy.api#enumValue"];
      return typeof value === "string" ? value : name;
    });
  }
  const definitions = shape?.traits?.["smithy.api#enum"];
  if (!Array.isArray(definitions)) return undefined;
  return definitions.map((d) => (d as { value?: unknown } | null)?.value).filter((v): v is string => typeof v === "string");
}

function headerConflicts(model: AssembledModel, reporter: Reporter, opId: string, structureId: string): void {
  // Smithy names the member by ShapeId.getName(): its container's name.
  const name = rootOf(structureId).slice(rootOf(structureId).indexOf("#") + 1);
  for (const member of Object.values(allMembers(model.shapes, structureId))) {
    const prefix = member.traits?.["smithy.api#httpPrefixHeaders"];
    if (typeof prefix === "string" && PREFIX.startsWith(prefix)) {
      const lower = prefix.toLowerCase();
      reporter.danger(
        shapeSite(model, opId),
        `The \`httpPrefixHeaders\` binding of \`${name}\` uses the prefix \`${lower}\` that conflicts with the prefix \`${PREFIX}\` used by the \`httpChecksum\` trait.`,
        { id: `HttpChecksumTrait.HttpPrefixHeaders.${name}.${lower}`, shapeId: opId },
      );
    }
    const header = member.traits?.["smithy.api#httpHeader"];
    if (typeof header === "string" && header.startsWith(PREFIX)) {
      const lower = header.toLowerCase();
      reporter.warning(shapeSite(model, opId), `The \`httpHeader\` binding of \`${lower}\` on \`${name}\` starts with the prefix \`${PREFIX}\` used by the \`httpChecksum\` trait.`, {
        id: `HttpChecksumTrait.HttpHeader.${name}.${lower}`,
        shapeId: opId,
      });
    }
  }
}
