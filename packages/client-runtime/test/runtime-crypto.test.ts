// The client's crypto extension points give the SDK's results exactly:
// OneShotSha256 (the `sha256` checksum) against node:crypto, and
// SigningKeyMemoSignatureV4 (the `signerConstructor`) against the SDK's own
// SignatureV4, including when credentials, day or region change between
// signatures, and its remembered date strings and canonical paths against
// SignatureV4's own.

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

  it("formats signing dates as SignatureV4 for any sequence of dates, within and across seconds (property)", async () => {
    type Formats = { formatDate(now: unknown): { longDate: string; shortDate: string } };
    const init = { service: "s", region: "r", credentials: first, sha256: Sha256 };
    const date = fc.oneof(
      fc.date({ noInvalidDate: false }),
      // Neighbours in time: the same second, the next millisecond, the second before (also before 1970).
      fc.integer({ min: -3_000, max: 3_000 }).map((ms) => new Date(1_764_000_000_000 + ms)),
      fc.integer({ min: -3_000, max: 3_000 }).map((ms) => new Date(ms)),
      fc.constantFrom<unknown>(1_764_000_000, "1764000000", "2026-11-24T10:00:00.999Z", "not a date"),
    );
    const formatOf = (signer: Formats, now: unknown) => {
      try {
        return signer.formatDate(now);
      } catch (error) {
        return `threw ${(error as Error).name}`;
      }
    };
    await fc.assert(
      fc.asyncProperty(fc.array(date, { minLength: 1, maxLength: 12 }), async (dates) => {
        const ours = new SigningKeyMemoSignatureV4(init) as unknown as Formats;
        const theirs = new SignatureV4(init) as unknown as Formats;
        for (const now of dates) expect(formatOf(ours, now)).toEqual(formatOf(theirs, now));
      }),
      { numRuns: 200 },
    );
  });

  it("canonicalises request paths as SignatureV4, with and without path escaping (property)", async () => {
    type Paths = { getCanonicalPath(request: { path: string }): string };
    const segment = fc.oneof(fc.constantFrom("", ".", "..", "a b", "%2F", "ü", "x~y", "*"), fc.string({ unit: "binary", maxLength: 6 }));
    const path = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join("/"));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.oneof(path, path.map((p) => `/${p}`)), { minLength: 1, maxLength: 8 }), async (uriEscapePath, paths) => {
        const init = { service: "s", region: "r", credentials: first, sha256: Sha256, uriEscapePath };
        const ours = new SigningKeyMemoSignatureV4(init) as unknown as Paths;
        const theirs = new SignatureV4(init) as unknown as Paths;
        // Each path twice in a row: the second answer is the remembered one.
        for (const p of paths.flatMap((p) => [p, p])) expect(ours.getCanonicalPath({ path: p }), p).toBe(theirs.getCanonicalPath({ path: p }));
      }),
      { numRuns: 200 },
    );
  });

  it("signs a run of requests within one second and across seconds as SignatureV4", async () => {
    const init = { service: "airflow-serverless", region: "us-east-1", credentials: first, sha256: Sha256 };
    const memo = new SigningKeyMemoSignatureV4(init);
    const plain = new SignatureV4(init);
    const base = Date.parse("2026-11-24T23:59:58.000Z");
    for (const offset of [0, 1, 999, 1000, 1001, 1999, 2000, 2001, 0]) {
      const options = { signingDate: new Date(base + offset) };
      const ours = await memo.sign({ ...request("{}"), path: offset % 2 ? "/" : "/a b/../c" }, options);
      const theirs = await plain.sign({ ...request("{}"), path: offset % 2 ? "/" : "/a b/../c" }, options);
      expect(ours.headers, String(offset)).toEqual(theirs.headers);
    }
  });

  it("signs random requests as SignatureV4, with the one-shot SHA-256 against the SDK's Sha256 (headers, query, bodies, options) (property)", async () => {
    const blank = fc.constantFrom("", " ", "  ", "\t", " \t ", "\r\n", "\n ");
    const value = fc.tuple(blank, fc.string({ maxLength: 10 }), blank, fc.string({ maxLength: 6 }), blank).map((parts) => parts.join(""));
    const name = fc.oneof(
      fc.constantFrom("Content-Type", "X-Amz-Target", "user-agent", "X-Amz-User-Agent", "Authorization", "x-amz-date", "Proxy-Auth", "sec-fetch", "X-Amz-Content-Sha256", "x-amz-security-token", "Host", "expect"),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}$/),
    );
    const headers = fc.dictionary(name, fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) }), { maxKeys: 8 });
    const query = fc.dictionary(fc.string({ maxLength: 5 }).filter((k) => k !== "__proto__"), fc.oneof(fc.string({ maxLength: 5 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.constant(null)), { maxKeys: 3 });
    const body = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 40 }),
      fc.uint8Array({ maxLength: 40 }),
      fc.uint8Array({ maxLength: 40 }).map((b) => b.buffer),
      fc.constant({ pipe() {} }),
    );
    const headerSet = fc.option(fc.array(fc.constantFrom("user-agent", "x-amz-target", "content-type", "proxy-auth", "authorization"), { maxLength: 3 }).map((a) => new Set(a)), { nil: undefined });
    const request = fc.record({
      method: fc.constantFrom("POST", "GET"),
      path: fc.array(fc.constantFrom("a b", "..", ".", "x", "%2F", ""), { maxLength: 4 }).map((p) => `/${p.join("/")}`),
      headers,
      query,
      body,
    });
    const options = fc.record({
      signingDate: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
      signingRegion: fc.option(fc.constantFrom("us-east-1", "eu-west-1"), { nil: undefined }),
      signingService: fc.option(fc.constantFrom("airflow-serverless", "states"), { nil: undefined }),
      signableHeaders: headerSet,
      unsignableHeaders: headerSet,
    });
    const init = fc.record({
      credentials: fc.constantFrom(first, rotated, session),
      applyChecksum: fc.boolean(),
      uriEscapePath: fc.boolean(),
    });
    const outcome = async (signer: SignatureV4, req: object, opts: object) => {
      try {
        const signed = (await signer.sign({ protocol: "https:", hostname: "airflow-serverless.us-east-1.api.aws", ...req } as never, opts)) as unknown as {
          headers: object;
          query: object;
          path: string;
          method: string;
          body: unknown;
        };
        return { headers: { ...signed.headers }, query: signed.query, path: signed.path, method: signed.method, body: signed.body };
      } catch (error) {
        return `threw ${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(request, options), { minLength: 1, maxLength: 4 }), init, async (requests, signerInit) => {
        const base = { service: "airflow-serverless", region: "us-west-2", ...signerInit };
        const ours = new SigningKeyMemoSignatureV4({ ...base, sha256: OneShotSha256 });
        const theirs = new SignatureV4({ ...base, sha256: Sha256 });
        for (const [req, opts] of requests) {
          const signedByUs = await outcome(ours, req, opts);
          expect(signedByUs).toEqual(await outcome(theirs, req, opts));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("fails as SignatureV4 on a header value that is not a string, and signs a session's request as SignatureV4", async () => {
    const init = { service: "airflow-serverless", region: "us-east-1", credentials: session };
    const ours = new SigningKeyMemoSignatureV4({ ...init, sha256: OneShotSha256 });
    const theirs = new SignatureV4({ ...init, sha256: Sha256 });
    const bad = { ...request("{}"), headers: { "x-count": 3 as unknown as string } };
    // The error's class (V8 words the message after the expression that failed).
    const failure = (p: Promise<unknown>) => p.then(() => "signed", (e: Error) => e.name);
    expect(await failure(ours.sign(bad))).toBe(await failure(theirs.sign(bad)));
    expect(await failure(ours.sign(bad))).toBe("TypeError");
    const options = { signingDate: new Date("2026-11-24T10:00:00.123Z") };
    const signed = await ours.sign(request('{"RunId":"run-1"}'), options);
    expect(signed.headers).toEqual((await theirs.sign(request('{"RunId":"run-1"}'), options)).headers);
    expect(signed.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIASESSION\/20261124\/us-east-1\/airflow-serverless\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/);
  });
});
