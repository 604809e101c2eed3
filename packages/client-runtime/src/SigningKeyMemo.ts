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
//
// Two more results it remembers, each a pure function of one input, the last
// value kept with that input: the date strings (`formatDate`, a regular
// expression over toISOString on every signature; the same for every
// signature within one second) and the canonical path (split, normalised and
// URI-escaped on every signature; the same path on every call of an RPC
// protocol). runtime-crypto.test.ts checks both against SignatureV4's own.

import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity, DateInput, HttpRequest } from "@smithy/types";

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

type CanonicalPath = (this: SignatureV4, request: HttpRequest) => string;

interface FormattedDate {
  longDate: string;
  shortDate: string;
}

export class SigningKeyMemoSignatureV4 extends SignatureV4 {
  private remembered: RememberedKey | undefined;
  /** The last signing date's second (whole seconds since the epoch) and its strings. */
  private lastDate: { second: number; longDate: string; shortDate: string } | undefined;
  /** The last request path and its canonical form. */
  private lastPath: { path: string; canonical: string } | undefined;

  /** SignatureV4's formatDate, whose strings change only with the second (toISOString without its milliseconds). */
  protected override formatDate(now: DateInput): FormattedDate {
    // Dates only; numbers and strings (and invalid dates, which throw) as SignatureV4.
    const ms = now instanceof Date ? now.getTime() : Number.NaN;
    if (!Number.isFinite(ms)) return super.formatDate(now);
    const second = Math.floor(ms / 1000);
    const last = this.lastDate;
    if (last?.second === second) return { longDate: last.longDate, shortDate: last.shortDate };
    const formatted = super.formatDate(now);
    this.lastDate = { second, ...formatted };
    return formatted;
  }

  /** Installed as getCanonicalPath below: SignatureV4's, remembered for the last path. */
  protected rememberedCanonicalPath(canonicalPath: CanonicalPath, request: HttpRequest): string {
    const path = request.path;
    if (typeof path !== "string") return canonicalPath.call(this, request);
    const last = this.lastPath;
    if (last?.path === path) return last.canonical;
    const canonical = canonicalPath.call(this, request);
    this.lastPath = { path, canonical };
    return canonical;
  }

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

// getSigningKey and getCanonicalPath are private in SignatureV4's
// declarations, so the memos are installed on the prototype. Should a later
// @smithy/signature-v4 not have one, it is not installed and that step stays
// exactly the SDK's.
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
const canonicalPath = (SignatureV4.prototype as unknown as { getCanonicalPath?: CanonicalPath }).getCanonicalPath;
if (typeof canonicalPath === "function") {
  Object.defineProperty(SigningKeyMemoSignatureV4.prototype, "getCanonicalPath", {
    configurable: true,
    writable: true,
    value(this: SigningKeyMemoSignatureV4, request: HttpRequest) {
      return this.rememberedCanonicalPath(canonicalPath, request);
    },
  });
}
