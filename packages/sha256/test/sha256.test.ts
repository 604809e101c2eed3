// The package's hashes against node:crypto's createHash/createHmac, the
// independent oracle: random keys (shorter than, equal to and longer than the
// 64-byte block), random messages as strings (UTF-8, lone surrogates included)
// and as bytes, and a MAC object reused across messages.

import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FixedKeyHmac, sha256Digest, sha256Hex } from "../src/index.js";

const message = fc.oneof(fc.string({ unit: "binary", maxLength: 600 }), fc.uint8Array({ maxLength: 600 }));
const hmacHex = (key: Uint8Array, data: string | Uint8Array): string => createHmac("sha256", key).update(data).digest("hex");

describe("sha256Hex / sha256Digest", () => {
  it("equal createHash('sha256') for strings and bytes", () => {
    fc.assert(
      fc.property(message, (data) => {
        const expected = createHash("sha256").update(data).digest();
        expect(sha256Hex(data)).toBe(expected.toString("hex"));
        expect(Buffer.from(sha256Digest(data)).equals(expected), "digest bytes").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("give the FIPS 180-2 test vector for 'abc'", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("FixedKeyHmac", () => {
  it("computes HMAC-SHA-256 under a fixed key exactly as node:crypto does, message after message", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 130 }), fc.array(message, { minLength: 1, maxLength: 4 }), (key, messages) => {
        const hmac = new FixedKeyHmac(key);
        // The scratch buffer is reused: each message must not see the one before.
        for (const data of messages) {
          expect(hmac.hex(data)).toBe(hmacHex(key, data));
          expect(hmac.digest(data).toString("hex")).toBe(hmacHex(key, data));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the key it was given: changing the caller's array afterwards changes nothing", () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const original = Uint8Array.from(key);
    const hmac = new FixedKeyHmac(key);
    key.fill(0xff);
    expect(hmac.hex("message")).toBe(hmacHex(original, "message"));
    expect(Buffer.from(hmac.key).equals(Buffer.from(original))).toBe(true);
  });

  it("grows its scratch buffer for a message larger than the first one (1 MiB)", () => {
    const key = Buffer.from("key");
    const hmac = new FixedKeyHmac(key);
    expect(hmac.hex("small")).toBe(hmacHex(key, "small"));
    const large = "é".repeat(512 * 1024);
    expect(hmac.hex(large)).toBe(hmacHex(key, large));
  });
});
