// The SDK's default `signer` provider (resolveAwsSdkSigV4Config) builds a new
// SignatureV4 for every request, from a spread of the whole client config —
// a visible slice of each call in profiles. The instance it builds depends
// only on config values that are fixed after the first request (the sticky
// signingRegion/signingName it sets, the credentials provider, sha256, path
// escaping, signerConstructor); per-request region and service are passed to
// sign() anyway. So the same instance is reused until one of those changes.
// Credentials are still resolved on every signature through the (memoised,
// refreshing) credentials provider, and SignatureV4 keeps its own cache of
// derived signing keys. A `signer` the user supplies is left alone.

import type { AuthScheme, RequestSigner } from "@smithy/types";

type SignerProvider = (authScheme?: AuthScheme) => Promise<RequestSigner>;

/** Config keys that shape the SignatureV4 instance the default provider builds. */
const SHAPES_SIGNER = ["credentials", "signingRegion", "signingName", "sha256", "signingEscapePath", "signerConstructor"] as const;

export function memoiseDefaultSigner(config: { signer: SignerProvider } & Record<string, unknown>): void {
  const build = config.signer;
  let memo: { deps: unknown[]; signer: Promise<RequestSigner> } | undefined;
  const deps = () => SHAPES_SIGNER.map((key) => config[key]);
  config.signer = (authScheme) => {
    const current = deps();
    if (memo && memo.deps.every((value, i) => value === current[i])) return memo.signer;
    const signer = build(authScheme);
    // Building sets signingRegion/signingName on first use: key on the values after it.
    const entry = { deps: current, signer };
    memo = entry;
    signer.then(
      () => {
        if (memo === entry) entry.deps = deps();
      },
      () => {
        if (memo === entry) memo = undefined;
      },
    );
    return signer;
  };
}
