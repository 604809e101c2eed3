// The SDK's SignatureV4, with the derived signing key remembered between
// signatures (the `signerConstructor` extension point of the SDK's SigV4
// config). SignatureV4 already caches derived keys, but finding one in its
// cache costs an HMAC of the credentials on every signature (the cache key
// must not hold the secret), about 4 % of a call's CPU in profiles. This
// instance remembers the last key it used together with the exact inputs it
// was derived from (access key, secret, session token, day, region,
// service); while they are the same — every call until midnight UTC or a
// credential refresh — that key is reused, and otherwise SignatureV4's own
// derivation runs.

import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";

type DeriveKey = (this: SignatureV4, credentials: AwsCredentialIdentity, region: string, shortDate: string, service?: string) => Promise<Uint8Array>;

interface RememberedKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | undefined;
  region: string;
  shortDate: string;
  service: string | undefined;
  key: Promise<Uint8Array>;
}

export class SigningKeyMemoSignatureV4 extends SignatureV4 {
  private remembered: RememberedKey | undefined;

  /** Installed as getSigningKey below. */
  protected rememberedSigningKey(derive: DeriveKey, credentials: AwsCredentialIdentity, region: string, shortDate: string, service?: string): Promise<Uint8Array> {
    const last = this.remembered;
    if (
      last &&
      last.accessKeyId === credentials.accessKeyId &&
      last.secretAccessKey === credentials.secretAccessKey &&
      last.sessionToken === credentials.sessionToken &&
      last.region === region &&
      last.shortDate === shortDate &&
      last.service === service
    ) {
      return last.key;
    }
    const key = derive.call(this, credentials, region, shortDate, service);
    const entry: RememberedKey = { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken, region, shortDate, service, key };
    this.remembered = entry;
    // A failed derivation is not remembered.
    key.catch(() => {
      if (this.remembered === entry) this.remembered = undefined;
    });
    return key;
  }
}

// getSigningKey is private in SignatureV4's declarations, so the memo is
// installed on the prototype. Should a later @smithy/signature-v4 not have
// it, nothing is installed and signing stays exactly the SDK's.
const derive = (SignatureV4.prototype as unknown as { getSigningKey?: DeriveKey }).getSigningKey;
if (typeof derive === "function") {
  Object.defineProperty(SigningKeyMemoSignatureV4.prototype, "getSigningKey", {
    configurable: true,
    writable: true,
    value(this: SigningKeyMemoSignatureV4, credentials: AwsCredentialIdentity, region: string, shortDate: string, service?: string) {
      return this.rememberedSigningKey(derive, credentials, region, shortDate, service);
    },
  });
}
