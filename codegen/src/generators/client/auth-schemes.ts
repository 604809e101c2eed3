// Which auth schemes each operation offers, as smithy-typescript decides it:
// Smithy's ServiceIndex.getEffectiveAuthSchemes in AuthSchemeMode.NO_AUTH_AWARE.
// - The service's schemes are the auth-definition traits applied to it, in the
//   order of its @auth trait when it has one, else sorted by shape ID.
// - An operation's @auth([...]) keeps those of its list the service has, in the
//   list's order; `@auth([])` keeps none.
// - No scheme left means `smithy.api#noAuth` (sent unsigned, no identity);
//   @optionalAuth appends noAuth after the schemes (signed when credentials
//   resolve; noAuth is chosen only through authSchemePreference).
// The client runtime carries signers for SigV4 and noAuth only; other schemes
// (SigV4a, HTTP bearer, …) are left out as the client always did, and an
// operation that offers none of the two is signed with SigV4, with a warning.

import type { ModelIndex } from "../../model/knowledge.js";
import { typeName } from "./symbols.js";

export const SIGV4 = "aws.auth#sigv4";
export const NO_AUTH = "smithy.api#noAuth";

const AUTH = "smithy.api#auth";
const OPTIONAL_AUTH = "smithy.api#optionalAuth";
const AUTH_DEFINITION = "smithy.api#authDefinition";
/** Auth-definition traits of the Smithy and AWS preludes (their trait shapes are not in the model). */
const PRELUDE_AUTH_TRAITS = new Set([
  SIGV4,
  "aws.auth#sigv4a",
  "smithy.api#httpBasicAuth",
  "smithy.api#httpDigestAuth",
  "smithy.api#httpBearerAuth",
  "smithy.api#httpApiKeyAuth",
]);
const SUPPORTED = new Set([SIGV4, NO_AUTH]);

export interface OperationAuth {
  /** The operation's name, as the command passes it to the auth scheme provider. */
  name: string;
  /** Scheme IDs in order of preference. */
  schemes: string[];
}

export interface ServiceAuth {
  /** The schemes of an operation without auth traits of its own. */
  defaultSchemes: string[];
  /** Operations whose schemes differ from the default, by name. */
  exceptions: OperationAuth[];
  /** Every scheme some operation offers. */
  used: Set<string>;
}

function isAuthDefinition(index: ModelIndex, traitId: string): boolean {
  return PRELUDE_AUTH_TRAITS.has(traitId) || (index.hasShape(traitId) && index.hasTrait(traitId, AUTH_DEFINITION));
}

function authListOf(index: ModelIndex, id: string): string[] | undefined {
  const list = index.traitOf(id, AUTH);
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : undefined;
}

function serviceSchemes(index: ModelIndex, serviceId: string): string[] {
  return Object.keys(index.traitsOf(serviceId))
    .filter((t) => isAuthDefinition(index, t))
    .sort();
}

function restrict(available: string[], list: string[] | undefined): string[] {
  return list === undefined ? available : list.filter((scheme) => available.includes(scheme));
}

/**
 * The schemes the client can use. One offering none of them (only SigV4a or
 * HTTP bearer, say) still generates, signed with SigV4 as the client always
 * did, and generation says so: a model Smithy takes is never refused for it.
 */
function supported(index: ModelIndex, id: string, schemes: string[]): string[] {
  const kept = schemes.filter((scheme) => SUPPORTED.has(scheme));
  if (kept.length === 0) {
    index.warn(`${index.nameOf(id)}: auth schemes ${schemes.join(", ")} are not supported by the client, which signs with SigV4 instead`);
    return [SIGV4];
  }
  return kept;
}

/** The effective auth schemes of every operation of the selected service, worked out once per index (index.derived). */
export function serviceAuthOf(index: ModelIndex): ServiceAuth {
  return index.derived(serviceAuthOf, () => computeServiceAuth(index));
}

function computeServiceAuth(index: ModelIndex): ServiceAuth {
  const serviceId = index.service();
  const ofService = restrict(serviceSchemes(index, serviceId), authListOf(index, serviceId));
  const noAuthAware = (schemes: string[], optional: boolean): string[] =>
    schemes.length === 0 ? [NO_AUTH] : optional ? [...schemes, NO_AUTH] : schemes;
  const defaultSchemes = supported(index, serviceId, noAuthAware(ofService, false));
  const used = new Set(defaultSchemes);
  const exceptions: OperationAuth[] = [];
  for (const op of index.operationsOf()) {
    const own = authListOf(index, op);
    const schemes = supported(index, op, noAuthAware(own === undefined ? ofService : restrict(serviceSchemes(index, serviceId), own), index.hasTrait(op, OPTIONAL_AUTH)));
    if (schemes.join() === defaultSchemes.join()) continue;
    exceptions.push({ name: typeName(index, op), schemes });
    schemes.forEach((scheme) => used.add(scheme));
  }
  return { defaultSchemes, exceptions, used };
}
