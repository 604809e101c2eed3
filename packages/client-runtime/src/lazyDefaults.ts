// Defaults whose modules are loaded when first used rather than at import.
// The AWS SDK's clients require the whole credential chain and the node:http
// handler package at start-up; a client given credentials, or one whose
// responses arrive as bytes (our request handler's), never needs them, and a
// cold start (Lambda init, a CLI) should not pay for them. Bundlers turn each
// dynamic import into a lazy require in the CommonJS dist.

import type { defaultProvider } from "@aws-sdk/credential-provider-node";
import { streamCollector } from "@smithy/core/serde";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

type DefaultProviderInit = Parameters<typeof defaultProvider>[0];

/**
 * `@aws-sdk/credential-provider-node`'s `defaultProvider`, loaded at the first
 * credential lookup. The chain it returns is memoised by itself, so creating
 * it once and delegating every call to it behaves as the SDK's default does.
 */
export function lazyCredentialDefaultProvider(init?: DefaultProviderInit): AwsCredentialIdentityProvider {
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return (options): Promise<AwsCredentialIdentity> => {
    chain ??= import("@aws-sdk/credential-provider-node").then((m) => m.defaultProvider(init));
    return chain.then((provider) => provider(options));
  };
}

/**
 * The SDK's Node stream collector, for a response body that arrives as a
 * stream (a user's own handler: NodeHttpHandler, a fetch handler; and the
 * first request, which goes through NodeHttpHandler). It is
 * @smithy/core/serde's `streamCollector`, the very function
 * @smithy/node-http-handler re-exports, taken from the module the client has
 * loaded already: importing it through @smithy/node-http-handler would load
 * that package's whole entry (its HTTP/2 handler and node:http2 with it).
 */
export const lazyStreamCollector = (stream: unknown): Promise<Uint8Array> => streamCollector(stream as Parameters<typeof streamCollector>[0]);
