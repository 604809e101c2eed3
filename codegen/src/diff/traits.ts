// Which trait a rule owns. Traits not listed here fall to the catch-all
// `trait-changed` rule (DANGER): a trait nobody classified is a question for
// a human, never silently "compatible".

import { Trait } from "../model/knowledge.js";
import type { RuleId } from "./rules.js";

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

/** The rule that owns a change of this trait. */
export function ruleForTrait(traitId: string): RuleId {
  if (traitId === Trait.documentation) return "documentation-changed";
  if (traitId === Trait.examples) return "examples-changed";
  if (traitId === Trait.httpRequestTests || traitId === Trait.httpResponseTests) return "protocol-tests-changed";
  if (traitId === Trait.idempotent || traitId === Trait.readonly || traitId === IDEMPOTENCY_TOKEN) return "idempotency-changed";
  if (traitId === Trait.error) return "error-fault-changed";
  if (traitId === Trait.retryable) return "retryable-changed";
  if (AUTH_TRAITS.has(traitId)) return "auth-changed";
  if (PROTOCOL_TRAITS.has(traitId)) return "protocol-changed";
  if ((ANNOTATION_TRAITS as Set<string>).has(traitId)) return "annotation-changed";
  return "trait-changed";
}

/** `@length`, `@aws.auth#sigv4`: how a model author writes the trait. */
export function traitLabel(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? `@${traitId.slice("smithy.api#".length)}` : `@${traitId}`;
}
