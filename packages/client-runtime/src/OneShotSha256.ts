// The `sha256` the SigV4 signer hashes with (a client config extension
// point). The SDK's Node default builds a node:crypto Hash object per
// checksum and, for a plain digest, copies it once more so update() can go on
// after digest(). A signature takes two plain SHA-256 digests of small inputs
// (the payload and the canonical request), where node's one-shot
// crypto.hash does the same work for a third of the cost (measured 0.33
// against 1.0 µs per 130-byte digest). So small inputs are buffered and hashed
// in one call; large ones fall back to an incremental Hash, so memory stays
// bounded. The signature itself is an HMAC under the day's signing key, the
// same bytes (the same array, from the signer's cache) on every call: for a
// byte key seen before, the HMAC is two one-shot hashes over the key's
// precomputed pads (FixedKeyHmac), checked against the key's bytes each time;
// other keys use createHmac. Same Checksum contract: update() may follow
// digest(), and digest() may be called again.

import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import type { Checksum, SourceData } from "@smithy/types";
import { FixedKeyHmac, sha256Digest } from "@mwaa-serverless/sha256";

/** Padded-key HMACs by key array; the bytes are compared on every use, so a reused array cannot give a stale MAC. */
const fixedKeys = new WeakMap<object, FixedKeyHmac>();

function fixedKeyHmac(secret: SourceData): FixedKeyHmac | undefined {
  if (typeof secret === "string") return undefined;
  const bytes = toBuffer(secret);
  const known = fixedKeys.get(secret);
  if (known && known.key.equals(bytes)) return known;
  const mac = new FixedKeyHmac(bytes);
  fixedKeys.set(secret, mac);
  return mac;
}

/** Buffered bytes beyond which hashing goes incremental. */
const ONE_SHOT_LIMIT = 64 * 1024;
const EMPTY = Buffer.alloc(0);

export class OneShotSha256 implements Checksum {
  readonly digestLength = 32;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private incremental: Hash | undefined;
  private hmac: Hmac | undefined;

  constructor(private readonly secret?: SourceData) {}

  update(data: Uint8Array): void {
    const bytes = toBuffer(data);
    if (this.hmac !== undefined || (this.secret !== undefined && this.buffered + bytes.byteLength > ONE_SHOT_LIMIT)) {
      // Large keyed input: incremental HMAC. Like the SDK's, it is finished by digest(); reset() starts over.
      this.hmac ??= this.replayInto(createHmac("sha256", toBuffer(this.secret!)));
      this.hmac.update(bytes);
    } else if (this.incremental === undefined && this.buffered + bytes.byteLength <= ONE_SHOT_LIMIT) {
      this.chunks.push(bytes);
      this.buffered += bytes.byteLength;
    } else {
      this.incremental ??= this.replayInto(createHash("sha256"));
      this.incremental.update(bytes);
    }
  }

  async digest(): Promise<Uint8Array> {
    let out: Buffer;
    if (this.hmac !== undefined) out = this.hmac.digest();
    else if (this.secret !== undefined) {
      const data = this.bufferedBytes();
      out = fixedKeyHmac(this.secret)?.digest(data) ?? createHmac("sha256", toBuffer(this.secret)).update(data).digest();
    }
    // Copied so the checksum can go on after digest(), as the SDK's can.
    else if (this.incremental !== undefined) out = this.incremental.copy().digest();
    else out = sha256Digest(this.bufferedBytes());
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  reset(): void {
    this.chunks = [];
    this.buffered = 0;
    this.incremental = undefined;
    this.hmac = undefined;
  }

  /** The bytes buffered so far, as one buffer. */
  private bufferedBytes(): Buffer {
    return this.buffered === 0 ? EMPTY : this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
  }

  /** Moves the buffered bytes into an incremental hash or HMAC, which takes over from here. */
  private replayInto<T extends Hash | Hmac>(target: T): T {
    for (const chunk of this.chunks) target.update(chunk);
    this.chunks = [];
    this.buffered = 0;
    return target;
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}
