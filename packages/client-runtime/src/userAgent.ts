// The `user-agent` / `x-amz-user-agent` headers, as the AWS SDK's
// userAgentMiddleware (@aws-sdk/core/client) writes them, without redoing
// per call the work whose result cannot change between calls. The SDK's
// middleware, on every call, asks the default user agent provider for its
// sections (fresh arrays, `os.platform()`, the runtime pair…), escapes each
// with a handful of regular expressions, splits and reduces, and spreads the
// lot into new arrays: about a fifth of the CPU a call spends outside the
// HTTP exchange in profiles. Here:
//
// - the default sections, when `defaultUserAgentProvider` is the client's
//   own default (made by `createFixedUserAgentProvider`), are asked for and
//   escaped once per client and per value of the two things that provider
//   reads at call time (`crtAvailability.isCrtAvailable`, the
//   `AWS_EXECUTION_ENV` variable); any other provider is still called on
//   every call;
// - escaping is remembered per (name, version) pair, so a user's provider,
//   `customUserAgent`, a command's `userAgent` and the app id cost a lookup;
// - what does change per call is computed per call, in the SDK's order: the
//   features (checkFeatures' rules: retry mode, account-id endpoint mode,
//   the identity's credential sources, RPCv2 CBOR), the app id (its
//   provider is called and may warn, as the SDK's), the partition's prefix,
//   and the headers the request already carries.
//
// The SDK does not export checkFeatures or the escaping function, so both are
// written here after @aws-sdk/core 3.981's; userAgent.test.ts runs the SDK's
// own middleware beside this one over many configs and contexts and asks for
// the same headers and the same features left on the context.

import { createDefaultUserAgentProvider, crtAvailability, getUserAgentMiddlewareOptions, getUserAgentPrefix, setFeature } from "@aws-sdk/core/client";
import { HttpRequest } from "@smithy/core/protocols";
import { RETRY_MODES } from "@smithy/core/retry";
import type { BuildHandler, BuildHandlerArguments, BuildHandlerOutput, HandlerExecutionContext, Logger, MetadataBearer, Pluggable, Provider, UserAgent, UserAgentPair } from "@smithy/types";

/** What the middleware reads of the client config (the SDK's UserAgentResolvedConfig and what checkFeatures reads). */
export interface UserAgentMiddlewareConfig {
  defaultUserAgentProvider: Provider<UserAgent>;
  customUserAgent?: UserAgent;
  runtime: string;
  userAgentAppId: Provider<string | undefined>;
  retryStrategy?: unknown;
  accountIdEndpointMode?: unknown;
  logger?: Logger;
}

const USER_AGENT = "user-agent";
const X_AMZ_USER_AGENT = "x-amz-user-agent";
const UA_NAME_SEPARATOR = "/";
const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
const UA_ESCAPE_CHAR = "-";
/** encodeFeatures' limit on the `m/` section. */
const FEATURES_BYTE_LIMIT = 1024;
const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;

/** The SDK's escapeUserAgent (not exported by @aws-sdk/core): a pair to `prefix/name#version`, unsafe characters as `-`. */
export function escapeUserAgentPair(pair: UserAgentPair | readonly [string, string?]): string {
  const name = pair[0]
    .split(UA_NAME_SEPARATOR)
    .map((part) => part.replace(UA_NAME_ESCAPE_REGEX, UA_ESCAPE_CHAR))
    .join(UA_NAME_SEPARATOR);
  const version = pair[1]?.replace(UA_VALUE_ESCAPE_REGEX, UA_ESCAPE_CHAR);
  const separator = name.indexOf(UA_NAME_SEPARATOR);
  const prefix = name.substring(0, separator);
  let uaName = name.substring(separator + 1);
  if (prefix === "api") uaName = uaName.toLowerCase();
  let out = "";
  let index = 0;
  for (const item of [prefix, uaName, version]) {
    if (!item || item.length === 0) continue;
    out = index === 0 ? item : index === 1 ? `${out}/${item}` : `${out}#${item}`;
    index++;
  }
  return out;
}

/**
 * Escaped pairs by name and version. Bounded: a user agent made of values
 * that change on every call (it should not be, but may) empties it instead of
 * growing it.
 */
const escaped = new Map<string, string>();
const ESCAPED_LIMIT = 256;

function escapeCached(pair: UserAgentPair): string {
  const [name, version] = pair;
  // Anything but strings goes to the escaping itself, which fails on it as the SDK's does.
  if (typeof name !== "string" || (version !== undefined && typeof version !== "string")) return escapeUserAgentPair(pair);
  // The name's length delimits it; " " and "-" tell a version (even an empty one) from none.
  const key = version === undefined ? `${name.length}-${name}` : `${name.length} ${name}${version}`;
  let value = escaped.get(key);
  if (value === undefined) {
    value = escapeUserAgentPair(pair);
    if (escaped.size >= ESCAPED_LIMIT) escaped.clear();
    escaped.set(key, value);
  }
  return value;
}

const NONE: readonly string[] = Object.freeze([]);
const escapeAll = (pairs: UserAgent | undefined): readonly string[] => (pairs && pairs.length > 0 ? pairs.map(escapeCached) : NONE);

/** Providers whose sections depend only on what `fixedSectionsKey` reads. */
const fixedProviders = new WeakSet<object>();

/**
 * The SDK's `createDefaultUserAgentProvider` (what its clients use as
 * `defaultUserAgentProvider`), marked as one whose sections the middleware
 * may remember: the SDK's provider builds them from the client's version and
 * service id, the OS and runtime (fixed for the process), the CRT
 * availability flag and `AWS_EXECUTION_ENV` (both read again by the
 * middleware on every call) and an app id it is never given by the
 * middleware (which adds the app id itself).
 */
export function createFixedUserAgentProvider(init: { serviceId?: string; clientVersion: string }): Provider<UserAgent> {
  const provider = createDefaultUserAgentProvider(init) as Provider<UserAgent>;
  fixedProviders.add(provider);
  return provider;
}

/** What the default provider reads at call time. */
const fixedSectionsKey = (): string => `${crtAvailability.isCrtAvailable ? 1 : 0}${process.env.AWS_EXECUTION_ENV ?? ""}`;

/** Escaped default sections. */
interface Sections {
  /** In the provider's order. */
  all: readonly string[];
  /** Those that go into x-amz-user-agent too (the SDK's own: "aws-sdk-…"). */
  sdk: readonly string[];
}

function sectionsOf(pairs: UserAgent): Sections {
  const all = escapeAll(pairs);
  return { all, sdk: all.filter((section) => section.startsWith("aws-sdk-")) };
}

/** A fixed provider's sections, with what they were made for. */
interface RememberedSections extends Sections {
  provider: Provider<UserAgent>;
  key: string;
}

/** The SDK's encodeFeatures: feature values joined by commas, up to 1 KB. */
function encodeFeatures(features: Record<string, string>): string {
  let buffer = "";
  for (const key in features) {
    const value = features[key]!;
    if (buffer.length + value.length + 1 > FEATURES_BYTE_LIMIT) break;
    buffer = buffer.length ? `${buffer},${value}` : value;
  }
  return buffer;
}

type Features = Record<string, string>;
/** What the middleware reads of the context (@aws-sdk/types' AwsHandlerExecutionContext, as far as used). */
interface FeatureContext {
  userAgent?: UserAgent;
  endpointV2?: { url?: { hostname?: string } };
  __smithy_context?: { features?: Features; selectedHttpAuthScheme?: { identity?: { accountId?: string; $source?: Features } } };
  __aws_sdk_context?: { features?: Features };
}
type SetFeatureContext = Parameters<typeof setFeature>[0];
type Feature = Parameters<typeof setFeature>[1];
const set = (context: FeatureContext, feature: string, value: string): void => setFeature(context as SetFeatureContext, feature as Feature, value as never);

/** The SDK's checkFeatures (not exported by @aws-sdk/core), same rules, same order. */
async function checkFeatures(context: FeatureContext, config: UserAgentMiddlewareConfig, request: HttpRequest): Promise<void> {
  const setFeature = set;
  if (request.headers?.["smithy-protocol"] === "rpc-v2-cbor") setFeature(context, "PROTOCOL_RPC_V2_CBOR", "M");
  if (typeof config.retryStrategy === "function") {
    const retryStrategy = (await (config.retryStrategy as () => Promise<{ mode?: unknown }>)()) as { mode?: unknown };
    if (typeof retryStrategy.mode === "string") {
      if (retryStrategy.mode === RETRY_MODES.ADAPTIVE) setFeature(context, "RETRY_MODE_ADAPTIVE", "F");
      else if (retryStrategy.mode === RETRY_MODES.STANDARD) setFeature(context, "RETRY_MODE_STANDARD", "E");
    }
  }
  if (typeof config.accountIdEndpointMode === "function") {
    if (String(context.endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) setFeature(context, "ACCOUNT_ID_ENDPOINT", "O");
    switch (await (config.accountIdEndpointMode as () => Promise<unknown>)()) {
      case "disabled":
        setFeature(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        setFeature(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        setFeature(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (identity?.$source) {
    if (identity.accountId) setFeature(context, "RESOLVED_ACCOUNT_ID", "T");
    for (const [key, value] of Object.entries(identity.$source ?? {})) setFeature(context, key, value);
  }
}

/** Joins non-empty groups of already space-joined sections with spaces (Array#join over the groups' items). */
function joinGroups(groups: readonly (readonly string[])[]): string {
  let out = "";
  let first = true;
  for (const group of groups) {
    for (const item of group) {
      out = first ? item : `${out} ${item}`;
      first = false;
    }
  }
  return out;
}

/**
 * The SDK's userAgentMiddleware, its per-call results equal (userAgent.test.ts),
 * with the default sections escaped once (see the top of this file).
 */
export function userAgentMiddleware(options: UserAgentMiddlewareConfig) {
  let remembered: RememberedSections | undefined;
  /**
   * The last headers built without per-call pairs (no command userAgent, no
   * customUserAgent) and what they were built from: from one call to the
   * next only the features or the app id could differ, and rarely do.
   */
  let last: { sections: Sections; prefix: string; features: string; appId: string | undefined; sdkValue: string; normalValue: string } | undefined;
  /** A fixed provider's sections for now, if remembered. */
  const rememberedSections = (provider: Provider<UserAgent>, key: string): Sections | undefined =>
    remembered?.provider === provider && remembered.key === key ? remembered : undefined;
  return <Input extends object, Output extends MetadataBearer>(next: BuildHandler<Input, Output>, context: HandlerExecutionContext) =>
    async (args: BuildHandlerArguments<Input>): Promise<BuildHandlerOutput<Output>> => {
      const { request } = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      const { headers } = request;
      const featureContext = context as FeatureContext;
      const userAgent = escapeAll(featureContext.userAgent);
      const provider = options.defaultUserAgentProvider;
      let sections: Sections;
      if (fixedProviders.has(provider)) {
        const key = fixedSectionsKey();
        const known = rememberedSections(provider, key);
        if (known) sections = known;
        else remembered = { provider, key, ...(sections = sectionsOf(await provider())) };
      } else {
        sections = sectionsOf(await provider());
      }
      await checkFeatures(featureContext, options, request);
      const features = `m/${encodeFeatures(Object.assign({}, featureContext.__smithy_context?.features, featureContext.__aws_sdk_context?.features))}`;
      const customUserAgent = escapeAll(options.customUserAgent);
      const appId = await options.userAgentAppId();
      const perCall = (): string[] => (appId ? [features, escapeCached(["app", `${appId}`])] : [features]);
      const prefix = getUserAgentPrefix();
      let sdkUserAgentValue: string;
      let normalUAValue: string;
      const plain = userAgent === NONE && customUserAgent === NONE && (appId === undefined || typeof appId === "string");
      if (plain && last && last.sections === sections && last.prefix === prefix && last.features === features && last.appId === appId) {
        sdkUserAgentValue = last.sdkValue;
        normalUAValue = last.normalValue;
      } else {
        sdkUserAgentValue = joinGroups([prefix ? [prefix] : NONE, sections.all, perCall(), userAgent, customUserAgent]);
        // The features and app id sections never start with "aws-sdk-".
        normalUAValue = joinGroups([sections.sdk, customUserAgent]);
        if (plain) last = { sections, prefix, features, appId, sdkValue: sdkUserAgentValue, normalValue: normalUAValue };
      }
      if (options.runtime !== "browser") {
        if (normalUAValue) {
          // As the SDK: an x-amz-user-agent already there is replaced by the user-agent header's value and ours.
          headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue;
        }
        headers[USER_AGENT] = sdkUserAgentValue;
      } else {
        headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
      }
      return next({ ...args, request });
    };
}

/** Adds the middleware under the SDK's name and options, so it replaces (and can be replaced like) the SDK's. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any command's input and output, as the SDK's plugin
export const getUserAgentPlugin = (config: UserAgentMiddlewareConfig): Pluggable<any, any> => ({
  applyToStack: (stack) => {
    stack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
  },
});
