// Which trait a rule owns. A trait no rule owns is judged by its own
// definition's `@trait(breakingChanges: [...])`, as smithy-diff's
// TraitBreakingChange does: a change it declares breaking is an ERROR, one it
// declares risky a DANGER. A trait that declares nothing falls to the
// catch-all rules, as smithy-diff's ModifiedTrait judges it: removed is a
// DANGER (what it guaranteed is gone), added or changed a NOTE.

import type { NodeValue } from "../model/ast.js";
import { type ModelIndex, Trait } from "../model/knowledge.js";
import type { RuleId, Severity } from "./rules.js";

export const IDEMPOTENCY_TOKEN = "smithy.api#idempotencyToken";

/** Protocol traits (https://smithy.io/2.0/aws/protocols/, rpcv2Cbor). */
export const PROTOCOL_TRAITS = new Set([
  "aws.protocols#awsJson1_0",
  "aws.protocols#awsJson1_1",
  "aws.protocols#restJson1",
  "aws.protocols#restXml",
  "aws.protocols#awsQuery",
  "aws.protocols#ec2Query",
  "smithy.protocols#rpcv2Cbor",
]);

/** Auth scheme traits, and the traits choosing between them. */
export const AUTH_TRAITS = new Set([
  "aws.auth#sigv4",
  "aws.auth#sigv4a",
  "aws.auth#cognitoUserPools",
  "smithy.api#auth",
  "smithy.api#optionalAuth",
  "smithy.api#httpBasicAuth",
  "smithy.api#httpDigestAuth",
  "smithy.api#httpBearerAuth",
  "smithy.api#httpApiKeyAuth",
]);

/** Descriptive traits: docs, warnings and log redaction only. */
const ANNOTATION_TRAITS = new Set([
  Trait.title,
  Trait.deprecated,
  Trait.sensitive,
  "smithy.api#tags",
  "smithy.api#since",
  "smithy.api#externalDocumentation",
  "smithy.api#unstable",
  "smithy.api#internal",
  "smithy.api#recommended",
]);

/**
 * Traits compared elsewhere (as effective member constraints, member
 * required-ness, enum values) or that carry no contract
 * (@input/@output only mark inline structures; @mixin is flattened).
 */
export const COMPARED_ELSEWHERE = new Set<string>([
  Trait.required,
  Trait.length,
  Trait.pattern,
  Trait.range,
  Trait.uniqueItems,
  Trait.default,
  Trait.enumValue,
  "smithy.api#enum",
  Trait.input,
  Trait.output,
  Trait.mixin,
]);

/** Service traits compared field by field by the service comparison. */
export const SERVICE_IDENTITY_TRAITS = new Set<string>([Trait.awsService, ...PROTOCOL_TRAITS, ...AUTH_TRAITS]);

/** The rule that owns a change of this trait from `before` to `after` (undefined: absent). */
export function ruleForTrait(traitId: string, before: NodeValue | undefined, after: NodeValue | undefined, definitions?: ModelIndex): RuleId {
  const removed = after === undefined;
  if (traitId === Trait.documentation) return "documentation-changed";
  if (traitId === Trait.examples) return "examples-changed";
  if (traitId === Trait.httpRequestTests || traitId === Trait.httpResponseTests) return "protocol-tests-changed";
  if (traitId === Trait.idempotent || traitId === Trait.readonly || traitId === IDEMPOTENCY_TOKEN) return removed ? "idempotency-removed" : "idempotency-added";
  if (traitId === Trait.error) return "error-fault-changed";
  if (traitId === Trait.retryable) return removed ? "retryable-removed" : "retryable-changed";
  if (AUTH_TRAITS.has(traitId)) return "auth-changed";
  if (PROTOCOL_TRAITS.has(traitId)) return "protocol-changed";
  const declared = declaredSeverity(traitId, before, after, definitions);
  if (declared === "ERROR") return "trait-declared-breaking";
  if (declared === "DANGER") return "trait-declared-risky";
  if ((ANNOTATION_TRAITS as Set<string>).has(traitId)) return "annotation-changed";
  return removed ? "trait-removed" : "trait-changed";
}

// ------------------------------------------------------ declared changes

type ChangeKind = "add" | "remove" | "update" | "presence" | "any";

interface BreakingChange {
  change: ChangeKind;
  /** A JSON pointer into the trait value; only one level is compared (`/method`). */
  path?: string;
  severity?: "ERROR" | "DANGER" | "WARNING" | "NOTE";
}

const REMOVE: BreakingChange[] = [{ change: "remove" }];
const ANY: BreakingChange[] = [{ change: "any" }];
const PRESENCE: BreakingChange[] = [{ change: "presence" }];

/**
 * The `breakingChanges` the Smithy prelude declares on its traits (Smithy
 * 1.73, https://smithy.io/2.0/spec/model.html#trait-breaking-change-rules).
 * Our bundled prelude does not carry them (it holds what validation needs),
 * so they are listed here; a trait defined in the model itself is read from
 * its own definition (`declaredSeverity`). Rules deeper than one level of the
 * value (requestCompression's `/encodings/member`) are left out.
 */
const PRELUDE_BREAKING_CHANGES: Record<string, BreakingChange[]> = {
  protocolDefinition: PRESENCE,
  authDefinition: PRESENCE,
  httpBasicAuth: REMOVE,
  httpDigestAuth: REMOVE,
  httpBearerAuth: REMOVE,
  httpApiKeyAuth: REMOVE,
  addedDefault: REMOVE,
  optionalAuth: REMOVE,
  error: ANY,
  retryable: REMOVE,
  readonly: REMOVE,
  idempotent: REMOVE,
  idempotencyToken: REMOVE,
  internal: [{ change: "remove", severity: "WARNING" }],
  jsonName: ANY,
  xmlAttribute: ANY,
  xmlFlattened: ANY,
  xmlName: ANY,
  xmlNamespace: ANY,
  mediaType: REMOVE,
  resourceIdentifier: REMOVE,
  streaming: ANY,
  requiresLength: PRESENCE,
  enum: PRESENCE,
  pattern: [
    { change: "add", severity: "WARNING" },
    { change: "update", severity: "NOTE" },
  ],
  property: [{ change: "remove" }, { change: "update" }],
  notProperty: [{ change: "add" }],
  nestedProperties: ANY,
  sparse: PRESENCE,
  uniqueItems: [{ change: "presence", severity: "WARNING" }],
  paginated: [
    { change: "remove" },
    { path: "/inputToken", change: "update" },
    { path: "/outputToken", change: "update" },
    { path: "/items", change: "remove" },
    { path: "/items", change: "add", severity: "NOTE" },
    { path: "/items", change: "update", severity: "NOTE" },
    { path: "/pageSize", change: "update" },
    { path: "/pageSize", change: "remove" },
  ],
  http: [
    { change: "remove" },
    { path: "/method", change: "update" },
    { path: "/uri", change: "update" },
    { path: "/code", change: "update" },
    { path: "/code", change: "presence", severity: "DANGER" },
  ],
  httpLabel: PRESENCE,
  httpQuery: ANY,
  httpQueryParams: ANY,
  httpHeader: ANY,
  httpPrefixHeaders: ANY,
  httpPayload: PRESENCE,
  httpError: ANY,
  httpResponseCode: ANY,
  cors: REMOVE,
  eventPayload: ANY,
  eventHeader: ANY,
  timestampFormat: ANY,
  endpoint: ANY,
  hostLabel: ANY,
  input: PRESENCE,
  output: PRESENCE,
  requestCompression: [{ change: "remove", severity: "DANGER" }],
};

function declaredChanges(traitId: string, definitions?: ModelIndex): BreakingChange[] | undefined {
  if (traitId.startsWith("smithy.api#")) return PRELUDE_BREAKING_CHANGES[traitId.slice("smithy.api#".length)];
  if (!definitions?.hasShape(traitId)) return undefined;
  const definition = definitions.traitsOf(traitId)["smithy.api#trait"];
  const list = typeof definition === "object" && definition !== null && !Array.isArray(definition) ? definition.breakingChanges : undefined;
  return Array.isArray(list) ? (list as unknown as BreakingChange[]) : undefined;
}

function kindOf(before: NodeValue | undefined, after: NodeValue | undefined): "add" | "remove" | "update" | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined) return "add";
  if (after === undefined) return "remove";
  return JSON.stringify(before) === JSON.stringify(after) ? undefined : "update";
}

function at(value: NodeValue | undefined, path: string | undefined): NodeValue | undefined {
  if (!path) return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return value[path.replace(/^\//, "")];
}

/**
 * The worst severity the trait's definition declares for this change (our
 * scale: WARNING is a DANGER), NOTE when it declares only notes, undefined
 * when it declares nothing that matches.
 */
export function declaredSeverity(traitId: string, before: NodeValue | undefined, after: NodeValue | undefined, definitions?: ModelIndex): Severity | undefined {
  let found: Severity | undefined;
  for (const rule of declaredChanges(traitId, definitions) ?? []) {
    if (rule.path && rule.path.split("/").length > 2) continue;
    const kind = kindOf(at(before, rule.path), at(after, rule.path));
    if (!kind) continue;
    const matches = rule.change === "any" || rule.change === kind || (rule.change === "presence" && kind !== "update");
    if (!matches) continue;
    const severity: Severity = rule.severity === "NOTE" ? "NOTE" : rule.severity === "DANGER" || rule.severity === "WARNING" ? "DANGER" : "ERROR";
    if (found === undefined || severity === "ERROR" || (severity === "DANGER" && found === "NOTE")) found = severity;
  }
  return found;
}

/** `@length`, `@aws.auth#sigv4`: how a model author writes the trait. */
export function traitLabel(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? `@${traitId.slice("smithy.api#".length)}` : `@${traitId}`;
}
