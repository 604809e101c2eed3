// Smithy's IdempotentTraitValidator and RequestCompressionTraitValidator:
// - IdempotentTrait (ERROR): @idempotent's `exists` and `notFound` exclude
//   each other, and every error either lists is one of the operation's own
//   errors.
// - RequestCompressionTrait (ERROR): the operation has an input, none of
//   whose members targets a blob that is both @streaming and
//   @requiresLength (compression changes the length); `encodings` lists at
//   least one algorithm, each one Smithy supports (gzip, any case).

import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { shapeSite } from "./sites.js";

const IDEMPOTENT = "smithy.api#idempotent";
const REQUEST_COMPRESSION = "smithy.api#requestCompression";
const SUPPORTED_COMPRESSION = new Set(["gzip"]);

const ticked = (values: Iterable<string>): string =>
  [...values]
    .map((v) => `\`${v}\``)
    .sort()
    .join(", ");

export function validateIdempotent(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const opId of withTrait(IDEMPOTENT)) {
    const op = model.shapes.get(opId);
    const trait = op?.traits?.[IDEMPOTENT] as { exists?: unknown; notFound?: unknown } | undefined;
    if (op?.type !== "operation" || trait === undefined) continue;
    const at = traitAt(opId, IDEMPOTENT);
    const tag = { id: "IdempotentTrait", shapeId: opId };
    if (trait.exists !== undefined && trait.notFound !== undefined) {
      reporter.error(at, "The `exists` and `notFound` properties of the `@idempotent` trait are mutually exclusive. Only one may be specified.", tag);
    }
    const errors = new Set((op.errors ?? []).map((e) => e.target));
    for (const property of ["exists", "notFound"] as const) {
      const listed = trait[property];
      if (!Array.isArray(listed)) continue;
      for (const error of listed) {
        if (typeof error !== "string" || errors.has(error)) continue;
        reporter.error(at, `The \`${property}\` property references error \`${error}\`, but it is not in the operation's errors list. Expected one of ${ticked(errors)}`, tag);
      }
    }
  }
}

export function validateRequestCompression(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const opId of withTrait(REQUEST_COMPRESSION)) {
    const op = model.shapes.get(opId);
    const trait = op?.traits?.[REQUEST_COMPRESSION] as { encodings?: unknown } | undefined;
    if (op?.type !== "operation" || trait === undefined) continue;
    const tag = { id: "RequestCompressionTrait", shapeId: opId };
    const input = op.input?.target ?? UNIT;
    if (input === UNIT) {
      reporter.error(shapeSite(model, opId), "The `requestCompression` trait can only be applied to operations which have an input shape defined", tag);
    } else {
      for (const [name, member] of Object.entries(allMembers(model.shapes, input))) {
        const target = model.shapes.get(member.target)?.traits ?? {};
        if (target["smithy.api#streaming"] === undefined || target["smithy.api#requiresLength"] === undefined) continue;
        reporter.error(
          shapeSite(model, opId),
          `The \`requestCompression\` trait can only be applied to operations which do not have input members that target shapes with both the \`streaming\` and \`requiresLength\` traits applied, but found member \`${input}$${name}\` targeting \`${member.target}\``,
          tag,
        );
      }
    }
    const encodings = Array.isArray(trait.encodings) ? trait.encodings.filter((e): e is string => typeof e === "string") : [];
    if (encodings.length === 0) {
      reporter.error(traitAt(opId, REQUEST_COMPRESSION), `There must be at least one compression algorithm in \`encodings\` for the \`requestCompression\` trait applied to \`${opId}\``, tag);
      continue;
    }
    const invalid = encodings.filter((e) => !SUPPORTED_COMPRESSION.has(e.toLowerCase()));
    if (invalid.length > 0) {
      reporter.error(
        traitAt(opId, REQUEST_COMPRESSION),
        `Invalid compression algorithm${invalid.length === 1 ? "" : "s"} found in \`requestCompression\` trait applied to \`${opId}\`: ${ticked(invalid)}`,
        tag,
      );
    }
  }
}
