// The client's crypto extension points give the SDK's results exactly:
// OneShotSha256 (the `sha256` checksum) against node:crypto, and
// SigningKeyMemoSignatureV4 (the `signerConstructor`) against the SDK's own
// SignatureV4, including when credentials, day or region change between
// signatures.

import { createHash, createHmac } from "node:crypto";
import { Sha256 } from "@smithy/core/checksum";
import type { SourceData } from "@smithy/types";
import { SignatureV4 } from "@smithy/signature-v4";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OneShotSha256, SigningKeyMemoSignatureV4 } from "../src/index.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("OneShotSha256", () => {
  it("digests any sequence of updates like node:crypto, before and after more updates", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40_000 }), { maxLength: 6 }), fc.integer({ min: 0, max: 6 }), async (chunks, digestAt) => {
        const ours = new OneShotSha256();
        const theirs = createHash("sha256");
        for (const [i, chunk] of chunks.entries()) {
          if (i === digestAt) expect(hex(await ours.digest())).toBe(theirs.copy().digest("hex"));
          ours.update(chunk);
          theirs.update(chunk);
        }
        expect(hex(await ours.digest())).toBe(theirs.digest("hex"));
      }),
      { numRuns: 60 },
    );
  });

  it("hashes strings as UTF-8 and starts over on reset()", async () => {
    const ours = new OneShotSha256();
    ours.update("héllo" as never);
    expect(hex(await ours.digest())).toBe(createHash("sha256").update("héllo", "utf8").digest("hex"));
    ours.reset();
    expect(hex(await ours.digest())).toBe(createHash("sha256").digest("hex"));
  });

  it("computes HMACs with string and byte keys like node:crypto", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.uint8Array({ minLength: 1, maxLength: 100 })), fc.uint8Array({ maxLength: 300 }), async (key, message) => {
        const ours = new OneShotSha256(key);
        ours.update(message);
        expect(hex(await ours.digest())).toBe(createHmac("sha256", key).update(message).digest("hex"));
      }),
      { numRuns: 100 },
    );
  });
});

describe("OneShotSha256 under a byte key used again", () => {
  it("gives node's HMAC for every digest, also when the same key array is reused after its bytes change", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.array(fc.uint8Array({ maxLength: 400 }), { minLength: 1, maxLength: 5 }), fc.nat(), async (initial, messages, flip) => {
        const key = Uint8Array.from(initial);
        for (const [round, message] of messages.entries()) {
          if (round === 2) key[flip % key.length]! ^= 0xff; // the same array, other bytes
          const ours = new OneShotSha256(key);
          ours.update(message);
          expect(hex(await ours.digest())).toBe(createHmac("sha256", key).update(message).digest("hex"));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("hashes keyed input beyond the one-shot limit incrementally, with the same result", async () => {
    const key = new Uint8Array(32).fill(7);
    const big = new Uint8Array(100_000).fill(1);
    const ours = new OneShotSha256(key);
    ours.update(big.subarray(0, 40_000));
    ours.update(big.subarray(40_000));
    expect(hex(await ours.digest())).toBe(createHmac("sha256", key).update(big).digest("hex"));
  });
});

describe("SigningKeyMemoSignatureV4", () => {
  const request = (body: string) => ({
    method: "POST",
    protocol: "https:",
    hostname: "airflow-serverless.us-east-1.api.aws",
    path: "/",
    query: {},
    headers: { host: "airflow-serverless.us-east-1.api.aws", "content-type": "application/x-amz-json-1.0" },
    body,
  });
  const first = { accessKeyId: "AKIDFIRST", secretAccessKey: "first-secret" };
  const rotated = { accessKeyId: "AKIDFIRST", secretAccessKey: "rotated-secret" };
  const session = { accessKeyId: "ASIASESSION", secretAccessKey: "session-secret", sessionToken: "token-1" };

  it("signs exactly as SignatureV4 across changing credentials, days and regions", async () => {
    let current: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = first;
    const credentials = async () => current;
    const init = { service: "airflow-serverless", region: "us-east-1", credentials, sha256: Sha256 };
    const memo = new SigningKeyMemoSignatureV4(init);
    const plain = new SignatureV4(init);
    const steps: [typeof current, string, string][] = [
      [first, "2026-11-24T10:00:00Z", "us-east-1"],
      [first, "2026-11-24T10:00:01Z", "us-east-1"],
      [rotated, "2026-11-24T10:00:02Z", "us-east-1"],
      [session, "2026-11-24T10:00:03Z", "us-east-1"],
      [{ ...session, sessionToken: "token-2" }, "2026-11-24T10:00:04Z", "us-east-1"],
      [first, "2026-11-25T00:00:00Z", "us-east-1"],
      [first, "2026-11-25T00:00:01Z", "eu-west-1"],
    ];
    const signatures = new Set<string>();
    for (const [creds, date, region] of steps) {
      current = creds;
      const options = { signingDate: new Date(date), signingRegion: region };
      const ours = await memo.sign(request("{}"), options);
      const theirs = await plain.sign(request("{}"), options);
      expect(ours.headers.authorization).toBe(theirs.headers.authorization);
      signatures.add(String(ours.headers.authorization));
    }
    expect(signatures.size).toBe(steps.length);
  });

  it("derives the key once for a run of signatures with the same inputs (one keyed hash per signature after that)", async () => {
    let keyed = 0;
    class CountingSha256 extends Sha256 {
      constructor(secret?: SourceData) {
        super(secret);
        if (secret !== undefined) keyed++;
      }
    }
    const signer = new SigningKeyMemoSignatureV4({ service: "airflow-serverless", region: "us-east-1", credentials: first, sha256: CountingSha256 });
    const options = { signingDate: new Date("2026-11-24T10:00:00Z") };
    await signer.sign(request("{}"), options);
    const afterFirst = keyed;
    await signer.sign(request("{}"), options);
    await signer.sign(request('{"a":1}'), options);
    // The signature's own HMAC only: no derivation and no cache-key HMAC.
    expect(keyed - afterFirst).toBe(2);
  });
});
