// Smithy's HTTP binding validators (ERROR and DANGER rules), as the pinned
// Smithy 1.73.0 applies them, proven against it in test/idl/validators:
// - @http's URI itself (checked when Smithy builds the trait, "Model", so
//   before any validator): uri-pattern.ts.
// - HttpBindingsMissing: only when some shape has @http; then, when a
//   service's protocol supports @http (its @protocolDefinition lists
//   smithy.api#http), every operation it contains needs @http (ERROR);
//   without such a protocol, a service where some operations have @http
//   warns on the others (WARNING).
// - HttpLabelTrait: every `{label}` of the URI has an @httpLabel input member
//   of its name, every @httpLabel member names a label, a greedy `{label+}`
//   targets a string.
// - HttpUriGreedyLabel (DANGERs): a label after a greedy label, a second
//   greedy label.
// - HttpPrefixHeaders: no @httpHeader of the structure starts with the
//   @httpPrefixHeaders prefix (case-insensitively); an empty prefix, which
//   takes every header, is only a NOTE.
// - HttpHeaderTrait: two members of one structure may not bind the same
//   header (case-insensitively); a header the HTTP stack owns
//   (Authorization, Content-Length, Host ...) or a name that is no RFC 9110
//   token is a DANGER to bind.
// - HttpQueryTrait: two members of one structure may not bind the same query
//   parameter, nor one that the URI of an operation taking the structure as
//   input already has as a literal.
// HttpBindingTraitIgnored (WARNING) and HttpQueryParamsTrait (NOTE) are in
// http-binding-ignored.ts, run from here.
// HttpPayload, HttpMethodSemantics, HttpUriFormat and HttpUriConflict, which
// depend on how an operation's request and response bind members, are in
// http-semantics.ts.

import type { MemberShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers, UNIT } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { containedOperations, operationOf } from "./closure.js";
import { BINDING_TRAITS, validateHttpBindingsIgnored } from "./http-binding-ignored.js";
import { traitLocator, withMixinTraits } from "./protocol-traits.js";
import { isOwn, rootOf, shapeSite } from "./sites.js";
import { labelNamed, parseUriPattern, type UriPattern, uriPattern } from "./uri-pattern.js";

const HTTP = "smithy.api#http";
const LABEL = "smithy.api#httpLabel";
const HEADER = "smithy.api#httpHeader";
const QUERY = "smithy.api#httpQuery";

interface HttpTrait {
  method: string;
  uri: string;
}

/**
 * Errors of @http URIs that Smithy reports while building the trait: before
 * the validators, which they stop. Smithy builds the trait wherever it is
 * applied, so a URI on a shape @http does not belong to is refused here too.
 */
export function validateHttpUris(model: AssembledModel, reporter: Reporter): void {
  for (const app of model.traits) {
    if (app.trait !== HTTP || model.definitions.get(rootOf(app.target))?.bundled !== false) continue;
    const uri = (app.value as { uri?: unknown } | null)?.uri;
    const problem = typeof uri === "string" ? parseUriPattern(uri) : undefined;
    if (typeof problem === "string") reporter.error(app.at, `Error creating trait \`http\`: ${problem}`, { id: "Model", shapeId: app.target });
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
  // Every check below starts from a shape or member carrying one of these
  // traits: a model with none (any awsJson service) has nothing to check,
  // and skipping the passes over its shapes is most of a large model's cost here.
  if (!assembled.traits.some((app) => app.trait === HTTP || BINDING_TRAITS.includes(app.trait))) return;
  // As Smithy sees the model: with the traits and members shapes have from their mixins.
  const model = withMixinTraits(assembled);
  const traitAt = traitLocator(model);
  bindingsMissing(model, reporter);
  // Smithy's validators stop early when no member anywhere carries their trait.
  let anyQuery = false;
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    if (shape.type === "operation" && shape.traits?.[HTTP]) {
      const http = shape.traits[HTTP] as unknown as HttpTrait;
      if (typeof http.uri !== "string") continue;
      const pattern = uriPattern(http.uri);
      labels(model, reporter, id, pattern, traitAt);
      greedyLabels(reporter, id, http.uri, pattern, traitAt(id, HTTP));
    }
    if (shape.type !== "structure") continue;
    const members = allMembers(model.shapes, id);
    if (!bindsHeadersOrQuery(members)) continue;
    uniqueBindings(model, reporter, id, members, HEADER, (value, names) => ({
      id: "HttpHeaderTrait",
      message: `\`httpHeader\` field name binding conflicts found for the \`${value}\` header in the following structure members: ${ticked(names)}`,
      key: value.toLowerCase(),
    }));
    uniqueBindings(model, reporter, id, members, QUERY, (value, names) => ({
      id: "HttpQueryTrait",
      message: `\`httpQuery\` parameter name binding conflicts found for the \`${value}\` parameter in the following structure members: ${ticked(names)}`,
      key: value,
    }));
    prefixHeaders(model, reporter, id, traitAt);
    for (const [name, member] of Object.entries(shape.mixins?.length ? members : localMembers(shape))) {
      if (typeof member.traits?.[QUERY] === "string") anyQuery = true;
      const header = member.traits?.[HEADER];
      if (typeof header !== "string") continue;
      const problem = headerProblem(header);
      if (problem !== undefined) reporter.danger(traitAt(`${id}$${name}`, HEADER), problem, { id: "HttpHeaderTrait", shapeId: `${id}$${name}` });
    }
  }
  if (anyQuery) queryLiteralConflicts(model, reporter);
  validateHttpBindingsIgnored(model, reporter, traitAt);
}

/** RFC 9110 tchar: a header field name is one or more of these. */
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;

/** Smithy's HttpHeaderTrait DANGERs: a header the HTTP stack owns, else a name that is no RFC 9110 token. */
function headerProblem(header: string): string | undefined {
  if (BLOCKED_HEADERS.has(header.toLowerCase())) return `\`${header}\` is not an allowed HTTP header binding`;
  if (!TCHAR.test(header)) return `\`${header}\` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110`;
  return undefined;
}

const ticked = (names: string[]): string =>
  [...names]
    .sort()
    .map((n) => `\`${n}\``)
    .join(", ");

/** Whether a member has @httpHeader, @httpQuery or @httpPrefixHeaders: the structure checks below find nothing in any other structure. */
function bindsHeadersOrQuery(members: Record<string, MemberShape>): boolean {
  for (const name in members) {
    const traits = members[name]!.traits;
    if (traits && (traits[HEADER] !== undefined || traits[QUERY] !== undefined || traits["smithy.api#httpPrefixHeaders"] !== undefined)) return true;
  }
  return false;
}

/**
 * Smithy's HttpBindingsMissing: nothing at all unless some shape of the model
 * has @http; then, in a service whose protocol supports @http (its
 * @protocolDefinition lists smithy.api#http), every operation without @http
 * is an ERROR; in another service, a WARNING when some of its operations
 * have @http, else nothing.
 */
function bindingsMissing(model: AssembledModel, reporter: Reporter): void {
  let anyHttp = false;
  for (const shape of model.shapes.values()) if (shape.traits?.[HTTP] !== undefined) anyHttp = true;
  if (!anyHttp) return;
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
      reporter.emit(protocol ? "error" : "warning", shapeSite(model, op), `${reason} operations in the \`${serviceId}\` service define the \`http\` trait, but this operation is missing the \`http\` trait.`, {
        id: "HttpBindingsMissing",
        shapeId: op,
      });
    }
  }
}

/**
 * Smithy's HttpLabelTrait: every @httpLabel member of an @http operation's
 * input names a label of the URI — by its member name (a @resourceIdentifier
 * does not rename it), found case-insensitively as Smithy's getLabel does;
 * a greedy label's member targets a string; and every label has a member of
 * exactly its name (that check is case-sensitive in Smithy).
 */
function labels(model: AssembledModel, reporter: Reporter, opId: string, pattern: UriPattern, traitAt: (t: string, trait: string) => Location): void {
  const op = operationOf(model.shapes, opId)!;
  const input = op.input?.target ?? UNIT;
  const unmatched = new Set(pattern.segments.filter((s) => s.label).map((s) => s.content));
  for (const [name, member] of Object.entries(allMembers(model.shapes, input))) {
    if (member.traits?.[LABEL] === undefined) continue;
    const memberId = `${input}$${name}`;
    unmatched.delete(name);
    const segment = labelNamed(pattern, name);
    if (!segment) {
      reporter.error(
        traitAt(memberId, LABEL),
        `This \`${name}\` structure member is marked with the \`httpLabel\` trait, but no corresponding \`http\` URI label could be found when used as the input of the \`${opId}\` operation.`,
        { id: "HttpLabelTrait", shapeId: memberId },
      );
      continue;
    }
    const target = model.shapes.get(member.target);
    if (segment.greedy && target !== undefined && target.type !== "string") {
      reporter.error(
        traitAt(memberId, LABEL),
        `The \`${name}\` structure member corresponds to a greedy label when used as the input of the \`${opId}\` operation. This member targets (${target.type}: \`${member.target}\`), but greedy labels must target string shapes.`,
        { id: "HttpLabelTrait", shapeId: memberId },
      );
    }
  }
  if (unmatched.size > 0) {
    reporter.error(
      shapeSite(model, opId),
      `This operation uses \`${input}\` as input, but the following URI labels found in the operation's \`http\` trait do not have a corresponding member marked with the \`httpLabel\` trait: ${ticked([...unmatched])}`,
      { id: "HttpLabelTrait", shapeId: opId },
    );
  }
}

/** Smithy's HttpUriGreedyLabel (DANGERs): for each greedy label, every later greedy label is one too many and every later label is after it. */
function greedyLabels(reporter: Reporter, id: string, uri: string, pattern: UriPattern, at: Location): void {
  const segments = pattern.segments;
  for (let i = 0; i < segments.length; i++) {
    if (!segments[i]!.greedy) continue;
    for (let j = i + 1; j < segments.length; j++) {
      if (segments[j]!.greedy) {
        reporter.danger(at, `At most one greedy label segment may exist in a pattern: ${uri}`, { id: "HttpUriGreedyLabel.MultipleGreedyLabels", shapeId: id });
      }
      if (segments[j]!.label) {
        reporter.danger(at, `A greedy label must be the last label in its pattern: ${uri}`, { id: "HttpUriGreedyLabel.GreedyLabelIsNotLastLabel", shapeId: id });
      }
    }
  }
}

function uniqueBindings(
  model: AssembledModel,
  reporter: Reporter,
  id: string,
  members: Record<string, MemberShape>,
  trait: string,
  describe: (value: string, names: string[]) => { id: string; message: string; key: string },
): void {
  const byKey = new Map<string, [value: string, names: string[]]>();
  for (const [name, member] of Object.entries(members)) {
    const value = member.traits?.[trait];
    if (typeof value !== "string") continue;
    const key = describe(value, []).key;
    const entry = byKey.get(key);
    if (entry) entry[1].push(name);
    else byKey.set(key, [value, [name]]);
  }
  for (const [key, [, names]] of byKey) {
    if (names.length < 2) continue;
    const event = describe(key, names);
    reporter.error(shapeSite(model, id), event.message, { id: event.id, shapeId: id });
  }
}

/**
 * Smithy's HttpQueryTrait, second rule: an @httpQuery name of a structure may
 * not be a literal query parameter of the URI of an @http operation that
 * takes it as input (`/items?code` or `/items?code=x` against
 * @httpQuery("code")) — one ERROR on the structure per operation and literal.
 */
function queryLiteralConflicts(model: AssembledModel, reporter: Reporter): void {
  for (const [opId, op] of model.shapes) {
    const http = op.traits?.[HTTP] as HttpTrait | undefined;
    if (op.type !== "operation" || typeof http?.uri !== "string") continue;
    const input = op.input?.target ?? UNIT;
    if (!isOwn(model, input) || model.shapes.get(input)?.type !== "structure") continue;
    const names = new Set<string>();
    for (const member of Object.values(allMembers(model.shapes, input))) {
      const name = member.traits?.[QUERY];
      if (typeof name === "string") names.add(name);
    }
    for (const literal of uriPattern(http.uri).query.keys()) {
      if (!names.has(literal)) continue;
      reporter.error(shapeSite(model, input), `\`httpQuery\` name \`${literal}\` conflicts with the \`http\` trait of the \`${opId}\` operation: \`${http.uri}\``, {
        id: "HttpQueryTrait",
        shapeId: input,
      });
    }
  }
}

function prefixHeaders(model: AssembledModel, reporter: Reporter, id: string, traitAt: (t: string, trait: string) => Location): void {
  const members = Object.entries(allMembers(model.shapes, id));
  for (const [prefixName, prefixMember] of members) {
    const value = prefixMember.traits?.["smithy.api#httpPrefixHeaders"];
    if (typeof value !== "string") continue;
    const prefix = value.toLowerCase();
    for (const [name, member] of members) {
      const header = member.traits?.[HEADER];
      if (typeof header !== "string" || !header.toLowerCase().startsWith(prefix)) continue;
      // An empty prefix takes every header: Smithy only notes the ambiguity.
      const consequence =
        prefix === ""
          ? `The service will not be able to disambiguate between header parameters intended for the \`${id}$${prefixName}\` member and those explicitly bound to the \`httpHeader\` members.`
          : "`httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings.";
      reporter.emit(
        prefix === "" ? "note" : "error",
        traitAt(`${id}$${name}`, HEADER),
        `\`httpHeader\` binding of \`${header.toLowerCase()}\` conflicts with the \`httpPrefixHeaders\` binding of \`${id}$${prefixName}\` to \`${prefix}\`. ${consequence}`,
        { id: "HttpPrefixHeadersTrait", shapeId: `${id}$${name}` },
      );
    }
  }
}
