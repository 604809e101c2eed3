// The hash @smithy/signature-v4 signs with in these tests: node:crypto's
// SHA-256 and HMAC behind the SDK's Checksum interface — independent of the
// package's own SHA-256, so the signer and the verifier share no code.
import { createHash, createHmac } from "node:crypto";
import type { SourceData } from "@smithy/types";

export class NodeSha256 {
  private hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash("sha256") : createHmac("sha256", secret as string | Uint8Array);
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
  reset(): void {}
}
