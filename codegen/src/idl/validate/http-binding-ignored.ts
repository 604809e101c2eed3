// Smithy's HttpBindingTraitIgnored (WARNING) and HttpQueryParamsTrait (NOTE),
// as the pinned Smithy 1.73.0 applies them.
//
// HttpBindingTraitIgnored: an HTTP binding trait on a member of a (non-mixin)
// structure means something only where the structure is used as an
// operation's input (@httpLabel, @httpQuery, @httpQueryParams), its output
// (@httpResponseCode), or either or an error (the others). Every other use
// of the structure — a member targeting it, a resource property, the wrong
// side of an operation — ignores the binding: one WARNING per member, at the
// binding trait, id suffix Input / Output / TopLevel. The message lists the
// ignoring uses by relationship kind (Smithy's RelationshipType order and
// name, lower case), or says "all contexts" when the number of uses equals the number
// of kinds of ignoring use — Smithy's own comparison, kept as it is.
//
// HttpQueryParamsTrait: a structure with an @httpQueryParams member and
// @httpQuery members cannot tell them apart (a NOTE at the structure).

import type { MemberShape, OperationShape, ResourceShape, ServiceShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

/** The relationship kinds that can point at a structure, in Smithy's RelationshipType order. */
const KINDS = ["PROPERTY", "MEMBER_TARGET", "INPUT", "OUTPUT", "ERROR"] as const;
type Kind = (typeof KINDS)[number];

const IGNORED_OUTSIDE_INPUT = ["smithy.api#httpLabel", "smithy.api#httpQueryParams", "smithy.api#httpQuery"];
const IGNORED_OUTSIDE_OUTPUT = ["smithy.api#httpResponseCode"];
export const BINDING_TRAITS = [
  "smithy.api#httpHeader",
  "smithy.api#httpLabel",
  "smithy.api#httpPayload",
  "smithy.api#httpPrefixHeaders",
  "smithy.api#httpQueryParams",
  "smithy.api#httpQuery",
  "smithy.api#httpResponseCode",
];

/** Who uses each shape, as Smithy's reverse neighbor provider sees it (member containers left out). */
function usesOf(model: AssembledModel): Map<string, [Kind, string][]> {
  const uses = new Map<string, [Kind, string][]>();
  const add = (target: string | undefined, kind: Kind, from: string): void => {
    if (target === undefined) return;
    const list = uses.get(target);
    if (list) list.push([kind, from]);
    else uses.set(target, [[kind, from]]);
  };
  for (const [id, shape] of model.shapes) {
    if (shape.type === "operation") {
      const op = shape as OperationShape;
      add(op.input?.target, "INPUT", id);
      add(op.output?.target, "OUTPUT", id);
      for (const e of op.errors ?? []) add(e.target, "ERROR", id);
    } else if (shape.type === "service") {
      for (const e of (shape as ServiceShape).errors ?? []) add(e.target, "ERROR", id);
    } else if (shape.type === "resource") {
      for (const ref of Object.values((shape as ResourceShape).properties ?? {})) add(ref.target, "PROPERTY", id);
    }
    if (shape.type === "structure" || shape.type === "union" || shape.type === "list" || shape.type === "map") {
      for (const [name, member] of Object.entries(allMembers(model.shapes, id))) add(member.target, "MEMBER_TARGET", `${id}$${name}`);
    }
  }
  return uses;
}

/** Whether a member of `id` comes from one of its mixins (Smithy's member.getMixins() is not empty). */
function mixedIn(model: AssembledModel, id: string, name: string): boolean {
  return (model.shapes.get(id)?.mixins ?? []).some((m) => allMembers(model.shapes, m.target)[name] !== undefined);
}

export function validateHttpBindingsIgnored(model: AssembledModel, reporter: Reporter, traitAt: (target: string, trait: string) => Location): void {
  let uses: Map<string, [Kind, string][]> | undefined;
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "structure" || !isOwn(model, id)) continue;
    const members = shape.mixins?.length ? allMembers(model.shapes, id) : localMembers(shape);
    queryParams(model, reporter, id, members);
    if (shape.traits?.["smithy.api#mixin"] !== undefined) continue;
    for (const [name, member] of Object.entries(members)) {
      const bindings = BINDING_TRAITS.filter((t) => member.traits?.[t] !== undefined);
      if (bindings.length === 0) continue;
      uses ??= usesOf(model);
      ignoredBinding(model, reporter, traitAt, id, name, bindings, uses.get(id) ?? []);
    }
  }
}

function ignoredBinding(
  model: AssembledModel,
  reporter: Reporter,
  traitAt: (target: string, trait: string) => Location,
  id: string,
  name: string,
  bindings: string[],
  uses: [Kind, string][],
): void {
  const outsideInput = bindings.filter((t) => IGNORED_OUTSIDE_INPUT.includes(t));
  const outsideOutput = bindings.filter((t) => IGNORED_OUTSIDE_OUTPUT.includes(t));
  const ignored = new Map<Kind, string[]>();
  for (const [kind, from] of uses) {
    const ignores =
      outsideInput.length > 0 ? kind !== "INPUT" : outsideOutput.length > 0 ? kind !== "OUTPUT" : kind !== "INPUT" && kind !== "OUTPUT" && kind !== "ERROR";
    if (!ignores) continue;
    const list = ignored.get(kind);
    if (list) list.push(from);
    else ignored.set(kind, [from]);
  }
  if (ignored.size === 0) return;
  const [suffix, trait] = outsideInput.length > 0 ? ["Input", outsideInput[0]!] : outsideOutput.length > 0 ? ["Output", outsideOutput[0]!] : ["TopLevel", bindings[0]!];
  const contexts =
    uses.length === ignored.size
      ? "ignored in all contexts."
      : `ignored in some contexts: {${KINDS.filter((k) => ignored.has(k))
          .map((k) => `${k.toLowerCase().replace("_", " ")}: [${[...new Set(ignored.get(k))].sort().join(", ")}]`)
          .join(", ")}}`;
  const memberId = `${id}$${name}`;
  reporter.warning(traitAt(memberId, trait), `The \`${trait.slice("smithy.api#".length)}\` trait applied to this${mixedIn(model, id, name) ? " mixed in" : ""} member is ${contexts}`, {
    id: `HttpBindingTraitIgnored.${suffix}`,
    shapeId: memberId,
  });
}

function queryParams(model: AssembledModel, reporter: Reporter, id: string, members: Record<string, MemberShape>): void {
  const entries = Object.entries(members);
  const query = entries.filter(([, m]) => m.traits?.["smithy.api#httpQuery"] !== undefined).map(([n]) => n);
  if (query.length === 0) return;
  for (const [name, member] of entries) {
    if (member.traits?.["smithy.api#httpQueryParams"] === undefined) continue;
    reporter.note(
      shapeSite(model, id),
      `Structure member \`${name}\` is marked with the \`httpQueryParams\` trait, and \`httpQuery\` traits are applied to the following members: ${[...query]
        .sort()
        .map((n) => `\`${n}\``)
        .join(", ")}. The service will not be able to disambiguate between query string parameters intended for the \`${name}\` member and those explicitly bound to the \`httpQuery\` members.`,
      { id: "HttpQueryParamsTrait", shapeId: id },
    );
  }
}
