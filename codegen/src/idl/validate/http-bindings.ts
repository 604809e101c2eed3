// Smithy's HTTP binding validators (ERROR and DANGER rules), as their
// documentation and behaviour describe them, proven against the pinned
// Smithy in test/idl/validators:
// - HttpBindingsMissing: when a service's protocol supports @http (its
//   @protocolDefinition lists smithy.api#http), every operation it contains
//   needs @http (ERROR); without such a protocol, a service where some
//   operations have @http warns on the others (WARNING).
// - HttpLabelTrait: every `{label}` of the URI has an @httpLabel input member,
//   every @httpLabel member names a label, a greedy `{label+}` targets a string.
// - @http's URI itself (checked when Smithy builds the trait, "Model", so
//   before any validator): a label appears once, one greedy label at most.
// - HttpUriGreedyLabel.GreedyLabelIsNotLastLabel (DANGER): a label after a
//   greedy label, once per such label.
// - HttpPrefixHeaders: no @httpHeader of the structure starts with the
//   @httpPrefixHeaders prefix (case-insensitively); an empty prefix, which
//   takes every header, is only a NOTE.
// - HttpHeaderTrait / HttpQueryTrait: two members of one structure may not bind
//   the same header (case-insensitively) or the same query parameter; a
//   header the HTTP stack owns (Authorization, Content-Length, Host ...) is a
//   DANGER to bind.
// HttpPayload, HttpMethodSemantics, HttpUriFormat and HttpUriConflict, which
// depend on how an operation's request and response bind members, are in
// http-semantics.ts.

import type { MemberShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { containedOperations, operationOf, traitSites } from "./closure.js";
import { traitLocator, withMixinTraits } from "./protocol-traits.js";
import { isOwn, shapeSite } from "./sites.js";

const HTTP = "smithy.api#http";
const LABEL = "smithy.api#httpLabel";
const HEADER = "smithy.api#httpHeader";
const QUERY = "smithy.api#httpQuery";

interface HttpTrait {
  method: string;
  uri: string;
}

interface Segment {
  content: string;
  label: boolean;
  greedy: boolean;
}

/** Errors of @http URIs that Smithy reports while building the trait: before the validators, which they stop. */
export function validateHttpUris(model: AssembledModel, reporter: Reporter): void {
  const sites = traitSites(model);
  for (const [id, shape] of model.shapes) {
    const http = shape.traits?.[HTTP] as unknown as HttpTrait | undefined;
    if (shape.type !== "operation" || typeof http?.uri !== "string" || !isOwn(model, id)) continue;
    const labels = parseUri(http.uri).segments.filter((s) => s.label);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const label of labels) {
      if (seen.has(label.content.toLowerCase())) problems.push(`label \`${label.content}\` appears more than once`);
      seen.add(label.content.toLowerCase());
    }
    if (labels.filter((l) => l.greedy).length > 1) problems.push("it has more than one greedy label");
    // Smithy stops building the trait at the first problem.
    if (problems.length > 0) {
      reporter.error(sites.get(`${id} ${HTTP}`) ?? shapeSite(model, id), `Invalid \`http\` URI \`${http.uri}\`: ${problems[0]}`, { id: "Model", shapeId: id });
    }
  }
}

/** Headers Smithy refuses as bindings (DANGER): the transport or the signer sets them. */
const BLOCKED_HEADERS = new Set([
  "authorization",
  "connection",
  "content-length",
  "expect",
  "host",
  "max-forwards",
  "proxy-authenticate",
  "server",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "www-authenticate",
  "x-forwarded-for",
]);

export function validateHttpBindings(assembled: AssembledModel, reporter: Reporter): void {
  // As Smithy sees the model: with the traits and members shapes have from their mixins.
  const model = withMixinTraits(assembled);
  const traitAt = traitLocator(model);
  bindingsMissing(model, reporter);
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    if (shape.type === "operation" && shape.traits?.[HTTP]) {
      const http = shape.traits[HTTP] as unknown as HttpTrait;
      labels(model, reporter, id, http, traitAt);
      greedyNotLast(reporter, id, http, traitAt(id, HTTP));
    }
    if (shape.type === "structure" && bindsHeadersOrQuery(allMembers(model.shapes, id))) {
      uniqueBindings(model, reporter, id, HEADER, "HttpHeaderTrait", "header", traitAt, (v) => v.toLowerCase());
      uniqueBindings(model, reporter, id, QUERY, "HttpQueryTrait", "query string parameter", traitAt, (v) => v);
      prefixHeaders(model, reporter, id, traitAt);
      for (const [name, member] of Object.entries(shape.mixins?.length ? allMembers(model.shapes, id) : localMembers(shape))) {
        const header = member.traits?.[HEADER];
        if (typeof header !== "string" || !BLOCKED_HEADERS.has(header.toLowerCase())) continue;
        reporter.danger(traitAt(`${id}$${name}`, HEADER), `\`${header}\` is not an allowed HTTP header binding`, { id: "HttpHeaderTrait", shapeId: `${id}$${name}` });
      }
    }
  }
}

/** Whether a member has @httpHeader, @httpQuery or @httpPrefixHeaders: the structure checks below find nothing in any other structure. */
function bindsHeadersOrQuery(members: Record<string, MemberShape>): boolean {
  for (const name in members) {
    const traits = members[name]!.traits;
    if (traits && (traits[HEADER] !== undefined || traits[QUERY] !== undefined || traits["smithy.api#httpPrefixHeaders"] !== undefined)) return true;
  }
  return false;
}

function bindingsMissing(model: AssembledModel, reporter: Reporter): void {
  for (const [serviceId, service] of model.shapes) {
    if (service.type !== "service" || !isOwn(model, serviceId)) continue;
    const operations = containedOperations(model.shapes, serviceId);
    const protocol = Object.keys(service.traits ?? {}).find((trait) => {
      const definition = model.shapes.get(trait)?.traits?.["smithy.api#protocolDefinition"] as { traits?: string[] } | undefined;
      return definition?.traits?.includes(HTTP) ?? false;
    });
    const hasHttp = (op: string): boolean => model.shapes.get(op)?.traits?.[HTTP] !== undefined;
    if (!protocol && !operations.some(hasHttp)) continue;
    for (const op of operations) {
      if (hasHttp(op) || !isOwn(model, op)) continue;
      const reason = protocol ? `The \`${protocol}\` protocol requires all` : "One or more";
      reporter.emit(protocol ? "error" : "warning", shapeSite(model, op), `${reason} operations in the \`${serviceId}\` service define the \`http\` trait, but this operation is missing the \`http\` trait`, {
        id: "HttpBindingsMissing",
        shapeId: op,
      });
    }
  }
}

export function parseUri(uri: string): { segments: Segment[]; query: string[] } {
  const [path = "", query = ""] = uri.split("?", 2) as [string, string?];
  const segments = path
    .split("/")
    .slice(1)
    .filter((s, i, all) => s !== "" || i < all.length - 1)
    .map((s): Segment => {
      const label = s.startsWith("{") && s.endsWith("}");
      const inner = label ? s.slice(1, -1) : s;
      const greedy = label && inner.endsWith("+");
      return { content: greedy ? inner.slice(0, -1) : inner, label, greedy };
    });
  return { segments, query: query === "" ? [] : query.split("&") };
}

function labels(model: AssembledModel, reporter: Reporter, opId: string, http: HttpTrait, traitAt: (t: string, trait: string) => Location): void {
  if (typeof http.uri !== "string") return;
  const op = operationOf(model.shapes, opId)!;
  const input = op.input?.target;
  const uriLabels = new Map(parseUri(http.uri).segments.filter((s) => s.label).map((s) => [s.content, s]));
  const unmatched = new Set(uriLabels.keys());
  if (input && input !== "smithy.api#Unit") {
    for (const [name, member] of Object.entries(allMembers(model.shapes, input))) {
      if (member.traits?.[LABEL] === undefined) continue;
      const memberId = `${input}$${name}`;
      const labelName = typeof member.traits["smithy.api#resourceIdentifier"] === "string" ? (member.traits["smithy.api#resourceIdentifier"] as string) : name;
      unmatched.delete(labelName);
      const segment = uriLabels.get(labelName);
      if (!segment) {
        reporter.error(
          traitAt(memberId, LABEL),
          `This \`${name}\` structure member is marked with the \`httpLabel\` trait, but no corresponding \`http\` URI label could be found when used as the input of the \`${opId}\` operation.`,
          { id: "HttpLabelTrait", shapeId: memberId },
        );
      } else if (segment.greedy && model.shapes.get(member.target)?.type !== "string") {
        reporter.error(
          traitAt(memberId, LABEL),
          `The \`${name}\` structure member corresponds to a greedy label when used as the input of the \`${opId}\` operation; greedy labels must target string shapes, not ${member.target}.`,
          { id: "HttpLabelTrait", shapeId: memberId },
        );
      }
    }
  }
  if (unmatched.size > 0) {
    reporter.error(
      shapeSite(model, opId),
      `This operation uses \`${input ?? "smithy.api#Unit"}\` as input, but the following URI labels found in the operation's \`http\` trait do not have a corresponding member marked with the \`httpLabel\` trait: ${[...unmatched].sort().map((l) => `\`${l}\``).join(", ")}`,
      { id: "HttpLabelTrait", shapeId: opId },
    );
  }
}

function greedyNotLast(reporter: Reporter, id: string, http: HttpTrait, at: Location): void {
  if (typeof http.uri !== "string") return;
  const labels = parseUri(http.uri).segments.filter((s) => s.label);
  const greedy = labels.findIndex((l) => l.greedy);
  if (greedy === -1) return;
  // One event per label after the greedy one, as Smithy reports them.
  for (let i = greedy + 1; i < labels.length; i++) {
    reporter.danger(at, `A greedy label must be the last label in its pattern: ${http.uri}`, {
      id: "HttpUriGreedyLabel.GreedyLabelIsNotLastLabel",
      shapeId: id,
    });
  }
}

function uniqueBindings(
  model: AssembledModel,
  reporter: Reporter,
  id: string,
  trait: string,
  eventId: string,
  what: string,
  traitAt: (t: string, trait: string) => Location,
  normalise: (value: string) => string,
): void {
  const byValue = new Map<string, string[]>();
  for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
    const value = member.traits?.[trait];
    if (typeof value !== "string") continue;
    const key = normalise(value);
    byValue.set(key, [...(byValue.get(key) ?? []), name]);
  }
  for (const [value, names] of byValue) {
    if (names.length < 2) continue;
    reporter.error(shapeSite(model, id), `\`${value}\` ${what} is bound to more than one member of \`${id}\`: ${names.map((n) => `\`${n}\``).join(", ")}`, {
      id: eventId,
      shapeId: id,
    });
  }
  void traitAt;
}

function prefixHeaders(model: AssembledModel, reporter: Reporter, id: string, traitAt: (t: string, trait: string) => Location): void {
  const members = Object.entries(allMembers(model.shapes, id));
  const prefixed = members.find(([, m]) => typeof m.traits?.["smithy.api#httpPrefixHeaders"] === "string");
  if (!prefixed) return;
  const prefix = (prefixed[1].traits!["smithy.api#httpPrefixHeaders"] as string).toLowerCase();
  for (const [name, member] of members) {
    const header = member.traits?.[HEADER];
    if (typeof header !== "string" || !header.toLowerCase().startsWith(prefix)) continue;
    // An empty prefix takes every header: Smithy only notes the ambiguity.
    const consequence =
      prefix === ""
        ? `The service will not be able to disambiguate between header parameters intended for the \`${prefixed[0]}\` member and those explicitly bound to the \`httpHeader\` members.`
        : "`httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings.";
    reporter.emit(
      prefix === "" ? "note" : "error",
      traitAt(`${id}$${name}`, HEADER),
      `\`httpHeader\` binding of \`${header.toLowerCase()}\` conflicts with the \`httpPrefixHeaders\` binding of \`${id}$${prefixed[0]}\` to \`${prefix}\`. ${consequence}`,
      { id: "HttpPrefixHeadersTrait", shapeId: `${id}$${name}` },
    );
  }
}

export type { Shape };
