// Smithy's validators of what HTTP bindings mean for a request or response,
// proven against the pinned Smithy in test/idl/validators:
// - HttpPayload (ERROR): in the input of an @http operation, its output, or
//   an @error structure, a member bound with @httpPayload takes the body, so
//   every other member must be bound elsewhere — in a request to a header,
//   label, query or prefix headers; in a response to a header, prefix
//   headers or the status code. Structures used nowhere in HTTP are not
//   checked; one used by several operations is reported for each.
// - HttpMethodSemantics: GET, HEAD, OPTIONS, TRACE and DELETE send no body
//   (UnexpectedPayload, DANGER); GET/HEAD/OPTIONS/TRACE are @readonly,
//   DELETE and PUT @idempotent, POST/DELETE/PUT/PATCH not @readonly, GET/HEAD/
//   OPTIONS/TRACE not @idempotent (WARNINGs), a standard method is written
//   in upper case, OPTIONS is not modelled (WARNINGs).
// - HttpUriFormat (ERROR): an @http URI is ASCII.
// - HttpUriConflict (ERROR): two operations of a service with the same
//   method conflict when their URIs have the same shape (equal literals,
//   labels where labels are, greedy where greedy) and the same query
//   literals — unless one of them has @endpoint and the other not, or the
//   two host prefixes cannot evaluate to the same host (a label whose
//   @pattern excludes the other's literal).
// The AWS protocols' HTTP rules (ProtocolHttp, ProtocolHttpPayload) are in
// aws-protocol-http.ts, aws.protocols#httpChecksum's (HttpChecksumTrait) in
// aws-http-checksum.ts, both run from here.

import type { OperationShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { validateHttpChecksums } from "./aws-http-checksum.js";
import { validateAwsProtocolHttp } from "./aws-protocol-http.js";
import { containedOperations } from "./closure.js";
import { hostSegments } from "./host-label.js";
import { uriPattern } from "./uri-pattern.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { isOwn, shapeSite } from "./sites.js";

const HTTP = "smithy.api#http";
const ENDPOINT = "smithy.api#endpoint";
const PAYLOAD = "smithy.api#httpPayload";
const PATTERN = "smithy.api#pattern";
const REQUEST_BINDINGS = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpQuery", "smithy.api#httpQueryParams", "smithy.api#httpLabel"];
const RESPONSE_BINDINGS = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpResponseCode"];

interface HttpTrait {
  method: string;
  uri: string;
}

/** Where Smithy's HttpBindingIndex puts each member: bound somewhere, the payload, the document body, or nowhere (beside a payload). */
type Binding = "bound" | "payload" | "document" | "unbound";

function bindingsOf(model: AssembledModel, structureId: string, request: boolean): [string, Binding][] {
  const members = Object.entries(allMembers(model.shapes, structureId));
  const traits = request ? REQUEST_BINDINGS : RESPONSE_BINDINGS;
  const hasPayload = members.some(([, m]) => m.traits?.[PAYLOAD] !== undefined);
  return members.map(([name, m]): [string, Binding] => {
    if (m.traits?.[PAYLOAD] !== undefined) return [name, "payload"];
    if (traits.some((t) => m.traits?.[t] !== undefined)) return [name, "bound"];
    return [name, hasPayload ? "unbound" : "document"];
  });
}

const ticked = (names: string[]): string =>
  names
    .map((n) => `\`${n}\``)
    .sort()
    .join(", ");

/** Standard methods: readonly, idempotent, body allowed (undefined: no rule), as Smithy's table. */
const METHODS: Record<string, [boolean, boolean | undefined, boolean]> = {
  GET: [true, false, false],
  HEAD: [true, false, false],
  OPTIONS: [true, false, true],
  TRACE: [true, false, false],
  POST: [false, undefined, true],
  DELETE: [false, true, false],
  PUT: [false, true, true],
  PATCH: [false, undefined, true],
};

const OPTIONS_WARNING =
  "OPTIONS requests are typically used as part of CORS and should not be modeled explicitly. They are an implementation detail that should not appear in generated client or server code. Instead, tooling should use the `cors` trait on a service to automatically configure CORS on clients and servers. It is the responsibility of service frameworks and API gateways to automatically manage OPTIONS requests. For example, OPTIONS requests are automatically created when using Smithy models with Amazon API Gateway.";

/** `services`: the model's own services. */
export function validateHttpSemantics(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex, services: string[]): void {
  // Checked once per operation that uses the structure (Smithy reports a
  // shared input or output once per operation), and once per error.
  const checkPayload = (structureId: string, request: boolean): void => {
    if (!isOwn(model, structureId)) return;
    const unbound = bindingsOf(model, structureId, request)
      .filter(([, b]) => b === "unbound")
      .map(([n]) => n);
    if (unbound.length === 0) return;
    reporter.error(
      shapeSite(model, structureId),
      `A member of this structure is marked with the \`httpPayload\` trait, but the following structure members are not explicitly bound to the HTTP message: ${ticked(unbound)}`,
      { id: "HttpPayload", shapeId: structureId },
    );
  };

  for (const opId of withTrait(HTTP)) {
    const op = model.shapes.get(opId);
    const http = op?.traits?.[HTTP] as HttpTrait | undefined;
    if (op?.type !== "operation" || http === undefined) continue;
    const input = op.input?.target ?? UNIT;
    checkPayload(input, true);
    checkPayload(op.output?.target ?? UNIT, false);
    if (typeof http.uri === "string" && hasNonAscii(http.uri)) {
      reporter.error(traitAt(opId, HTTP), `@http trait \`uri\` is invalid: ${http.uri}`, { id: "HttpUriFormat", shapeId: opId });
    }
    if (typeof http.method === "string") methodSemantics(model, reporter, traitAt, opId, op, http.method, input);
  }
  for (const id of withTrait("smithy.api#error")) if (model.shapes.get(id)?.type === "structure") checkPayload(id, false);
  if (withTrait(HTTP).length > 0) for (const id of services) uriConflicts(model, reporter, id);
  validateAwsProtocolHttp(model, reporter, traitAt, services);
  validateHttpChecksums(model, reporter, traitAt, withTrait);
}

/** What Java's US-ASCII encoder cannot encode: any code unit above 0x7f. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function methodSemantics(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, opId: string, op: OperationShape, written: string, input: string): void {
  const method = written.toUpperCase();
  const rules = METHODS[method];
  if (!rules) return;
  const [readonly, idempotent, bodyAllowed] = rules;
  const at = traitAt(opId, HTTP);
  const warn = (message: string, sub?: string): void => reporter.warning(at, message, { id: sub ? `HttpMethodSemantics.${sub}` : "HttpMethodSemantics", shapeId: opId });
  if (written !== method) warn(`This operation uses the \`${written}\` method in the \`http\` trait, but expected \`${method}\`.`);
  if (method === "OPTIONS") warn(OPTIONS_WARNING, "OPTIONS");
  const isReadonly = op.traits?.["smithy.api#readonly"] !== undefined;
  if (readonly !== isReadonly) {
    warn(`This operation uses the \`${method}\` method in the \`http\` trait, but ${isReadonly ? "is" : "is not"} marked with the readonly trait`, isReadonly ? "UnnecessaryReadonlyTrait" : "MissingReadonlyTrait");
  }
  const isIdempotent = op.traits?.["smithy.api#idempotent"] !== undefined;
  if (idempotent !== undefined && idempotent !== isIdempotent) {
    warn(
      `This operation uses the \`${method}\` method in the \`http\` trait, but ${isIdempotent ? "is" : "is not"} marked with the idempotent trait`,
      isIdempotent ? "UnnecessaryIdempotentTrait" : "MissingIdempotentTrait",
    );
  }
  if (bodyAllowed) return;
  const bindings = bindingsOf(model, input, true);
  const payload = bindings.find(([, b]) => b === "payload");
  const document = bindings.filter(([, b]) => b === "document").map(([n]) => n);
  const tag = { id: "HttpMethodSemantics.UnexpectedPayload", shapeId: opId };
  if (payload) {
    reporter.danger(
      at,
      `This operation uses the \`${method}\` method in the \`http\` trait, but the \`${payload[0]}\` member is sent as the payload of the request because it is marked with the \`httpPayload\` trait. Many HTTP clients do not support payloads with ${method} requests. Consider binding this member to other parts of the HTTP request such as a query string parameter using the \`httpQuery\` trait, a header using the \`httpHeader\` trait, or a path segment using the \`httpLabel\` trait.`,
      tag,
    );
  } else if (document.length > 0) {
    reporter.danger(
      at,
      `This operation uses the \`${method}\` method in the \`http\` trait, but the following members are sent as part of the payload of the request: ${ticked(document)}. These members are sent as part of the payload because they are not explicitly configured to be sent in headers, in the query string, or in a URI segment. Many HTTP clients do not support payloads with ${method} requests. Consider binding these members to other parts of the HTTP request such as query string parameters using the \`httpQuery\` trait, headers using the \`httpHeader\` trait, or URI segments using the \`httpLabel\` trait.`,
      tag,
    );
  }
}

interface PatternSegment {
  content: string;
  label: boolean;
  greedy: boolean;
}

interface RoutedOperation {
  id: string;
  http: HttpTrait;
  segments: PatternSegment[];
  query: Map<string, string>;
  hostPrefix?: PatternSegment[];
}

function uriConflicts(model: AssembledModel, reporter: Reporter, serviceId: string): void {
  // Only operations of one method and one number of segments can conflict.
  const buckets = new Map<string, RoutedOperation[]>();
  for (const id of containedOperations(model.shapes, serviceId)) {
    const traits = model.shapes.get(id)?.traits;
    const http = traits?.[HTTP] as HttpTrait | undefined;
    if (typeof http?.uri !== "string" || typeof http.method !== "string") continue;
    const uri = uriPattern(http.uri);
    const query = uri.query;
    const hostPrefix = (traits?.[ENDPOINT] as { hostPrefix?: unknown } | undefined)?.hostPrefix;
    const routed: RoutedOperation = { id, http, segments: uri.segments, query };
    if (traits?.[ENDPOINT] !== undefined) routed.hostPrefix = hostSegments(typeof hostPrefix === "string" ? hostPrefix : "").map((s) => ({ ...s, greedy: false }));
    const key = `${http.method} ${uri.segments.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(routed);
    else buckets.set(key, [routed]);
  }
  for (const bucket of buckets.values()) {
    for (const a of bucket) {
      if (!isOwn(model, a.id)) continue;
      const conflicts = bucket.filter((b) => b !== a && sameRoute(a, b) && endpointsConflict(model, a, b));
      if (conflicts.length === 0) continue;
      reporter.error(
        shapeSite(model, a.id),
        `Operation URI, \`${a.http.uri}\`, conflicts with other operation URIs in the same service: [${conflicts
          .map((c) => `\`${c.id}\` (${c.http.uri})`)
          .sort()
          .join(", ")}]`,
        { id: "HttpUriConflict", shapeId: a.id },
      );
    }
  }
}

/** Smithy's UriPattern.conflictsWith: segment by segment the same kind (and equal literals), and the same query literals. */
function sameRoute(a: RoutedOperation, b: RoutedOperation): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.label !== y.label || x.greedy !== y.greedy || (!x.label && x.content !== y.content)) return false;
  }
  if (a.query.size !== b.query.size) return false;
  for (const [k, v] of a.query) if (b.query.get(k) !== v) return false;
  return true;
}

function endpointsConflict(model: AssembledModel, a: RoutedOperation, b: RoutedOperation): boolean {
  if (a.hostPrefix === undefined && b.hostPrefix === undefined) return true;
  if (a.hostPrefix === undefined || b.hostPrefix === undefined) return false;
  return !hostsKeptApart(a.hostPrefix, hostLabelPatterns(model, a.id), b.hostPrefix, hostLabelPatterns(model, b.id));
}

/**
 * Smithy's "allowable conflict" of two host prefixes: where one has a label
 * and the other a literal (up to the first differing literals), the label's
 * @pattern must exclude the literal; identical prefixes are never apart.
 */
function hostsKeptApart(a: PatternSegment[], aPatterns: Map<string, string>, b: PatternSegment[], bPatterns: Map<string, string>): boolean {
  const pairs = new Map<string, [PatternSegment, PatternSegment]>();
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.label !== y.label || x.greedy !== y.greedy) pairs.set(`${x.label ? "{" : ""}${x.content}`, [x, y]);
    else if (!x.label && x.content !== y.content) break;
  }
  if (pairs.size === 0) return false;
  return [...pairs.values()]
    .filter(([x, y]) => x.label !== y.label)
    .every(([x, y]) => {
      const pattern = x.label ? aPatterns.get(x.content) : bPatterns.get(y.content);
      const literal = x.label ? y.content : x.content;
      if (pattern === undefined) return false;
      try {
        return !new RegExp(pattern).test(literal);
      } catch {
        return false;
      }
    });
}

function hostLabelPatterns(model: AssembledModel, opId: string): Map<string, string> {
  const op = model.shapes.get(opId) as OperationShape | undefined;
  const patterns = new Map<string, string>();
  for (const [name, member] of Object.entries(allMembers(model.shapes, op?.input?.target ?? UNIT))) {
    const pattern = member.traits?.[PATTERN];
    if (member.traits?.["smithy.api#hostLabel"] !== undefined && typeof pattern === "string") patterns.set(name, pattern);
  }
  return patterns;
}
