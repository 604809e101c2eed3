// The verifier on its own (no service core): requests signed by
// @smithy/signature-v4 — the AWS SDK for JavaScript's signer, an independent
// implementation of the signing side — are accepted and name their caller;
// every way of breaking one is refused with AWS's error type and status as a
// SigV4Error. The end-to-end answers (status, body, headers through the awsJson
// core) are tested in test/server/sigv4.test.ts.

import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "./node-sha256.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SigV4Error, SigV4Verifier, type SignedRequest } from "../src/index.js";

const KEY = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const SERVICE = "example-service";


async function signed(
  init: { body?: string; path?: string; date?: number; region?: string; service?: string; credentials?: typeof KEY; headers?: Record<string, string> } = {},
): Promise<SignedRequest> {
  const body = init.body ?? '{"Name":"x"}';
  const path = init.path ?? "/";
  const signer = new SignatureV4({
    service: init.service ?? SERVICE,
    region: init.region ?? "eu-west-3",
    credentials: init.credentials ?? KEY,
    sha256: NodeSha256,
  });
  const [pathname, search] = path.split("?");
  const query = Object.fromEntries(new URLSearchParams(search ?? ""));
  const request = await signer.sign(
    {
      method: "POST",
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 8080,
      path: pathname!,
      query,
      headers: { host: "127.0.0.1:8080", "content-type": "application/x-amz-json-1.0", ...init.headers },
      body,
    },
    { signingDate: new Date(init.date ?? NOW) },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = String(value);
  return { method: "POST", path, headers, body: new TextEncoder().encode(body) };
}

const verifier = (options: Partial<ConstructorParameters<typeof SigV4Verifier>[0]> = {}) =>
  new SigV4Verifier({ credentials: [KEY], service: SERVICE, now: () => NOW, ...options });

/** The SigV4Error a verify() throws or rejects with, or a failure naming what came instead. */
async function refusal(v: SigV4Verifier, request: SignedRequest): Promise<{ type: string; status: number; message: string }> {
  try {
    const result = await v.verify(request);
    throw new Error(`accepted, as ${JSON.stringify(result)}`);
  } catch (error) {
    if (!(error instanceof SigV4Error)) throw error;
    return { type: error.type, status: error.status, message: error.message };
  }
}

describe("SigV4Verifier", () => {
  it("accepts requests signed by @smithy/signature-v4 (any path, query, extra signed headers) and names the caller", async () => {
    const v = verifier();
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^\/[a-zA-Z0-9/_-]{0,20}$/),
        fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-zA-Z0-9 _~.-]{0,8}$/), { maxKeys: 3 }),
        fc.string({ maxLength: 200 }),
        async (path, query, body) => {
          const search = new URLSearchParams(query).toString();
          const request = await signed({ path: search ? `${path}?${search}` : path, body, headers: { "x-amz-target": "Example.Op" } });
          expect(await v.verify(request)).toEqual({ accessKeyId: KEY.accessKeyId });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("answers synchronously once the day's signing key is cached (first call derives it)", async () => {
    const v = verifier();
    const first = v.verify(await signed());
    expect(first).toBeInstanceOf(Promise);
    await first;
    expect(v.verify(await signed({ body: "{}" }))).toEqual({ accessKeyId: KEY.accessKeyId });
  });

  it("refuses each broken request with AWS's error type and status", async () => {
    const good = await signed();
    const cases: [string, SignedRequest, string, number, RegExp][] = [
      ["no Authorization", { ...good, headers: { ...good.headers, authorization: undefined } }, "MissingAuthenticationTokenException", 403, /Missing Authentication Token/],
      ["no X-Amz-Date", { ...good, headers: { ...good.headers, "x-amz-date": undefined } }, "IncompleteSignatureException", 400, /X-Amz-Date/],
      ["unknown key", await signed({ credentials: { accessKeyId: "AKIDOTHER", secretAccessKey: "s" } }), "UnrecognizedClientException", 403, /security token/],
      ["other service in the scope", await signed({ service: "other" }), "InvalidSignatureException", 403, /scoped to correct service/],
      ["signed an hour ago", await signed({ date: NOW - 60 * 60 * 1000 }), "InvalidSignatureException", 403, /Signature expired/],
      // The SDK's signer signs x-amz-content-sha256 by default: a changed body breaks that header first.
      ["body changed", { ...good, body: new TextEncoder().encode('{"Name":"y"}') }, "InvalidSignatureException", 403, /'x-amz-content-sha256' header does not match/],
      [
        "signature changed",
        { ...good, headers: { ...good.headers, authorization: good.headers.authorization!.toString().replace(/Signature=[0-9a-f]/, "Signature=x") } },
        "InvalidSignatureException",
        403,
        /signature we calculated does not match/,
      ],
      ["path changed", { ...good, path: "/other" }, "InvalidSignatureException", 403, /signature we calculated does not match/],
    ];
    for (const [name, request, type, status, message] of cases) {
      const error = await refusal(verifier(), request);
      expect({ name, type: error.type, status: error.status }).toEqual({ name, type, status });
      expect(error.message, name).toMatch(message);
    }
  });

  it("holds the credential scope to the configured region when one is given", async () => {
    const request = await signed({ region: "us-east-1" });
    expect(await verifier().verify(request)).toEqual({ accessKeyId: KEY.accessKeyId });
    const error = await refusal(verifier({ region: "eu-west-3" }), request);
    expect([error.type, error.status]).toEqual(["InvalidSignatureException", 403]);
    expect(error.message).toContain("us-east-1");
  });

  it("refuses to be built without usable credentials (a typed Error, not a silent open door)", () => {
    expect(() => verifier({ credentials: [] })).toThrow(/at least one credential/);
    expect(() => verifier({ credentials: [{ accessKeyId: "AKID", secretAccessKey: "" }] })).toThrow(/both accessKeyId and secretAccessKey/);
  });

  it("SigV4Error is an Error named by its type", () => {
    const error = new SigV4Error("InvalidSignatureException", 403, "nope");
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.type, error.status, error.message]).toEqual(["InvalidSignatureException", "InvalidSignatureException", 403, "nope"]);
  });
});

describe("a header named __proto__", () => {
  // The SDK's signer signs it like any header (its canonical headers are written
  // as own keys); the verifier must read it as the request's header, never as
  // Object.prototype, and normalise it like any other.
  async function signedWithProto(value: string): Promise<SignedRequest> {
    const signer = new SignatureV4({ service: SERVICE, region: "eu-west-3", credentials: KEY, sha256: NodeSha256 });
    const headers: Record<string, string> = { host: "127.0.0.1:8080", "content-type": "application/x-amz-json-1.0" };
    Object.defineProperty(headers, "__proto__", { value, enumerable: true, writable: true, configurable: true });
    const body = '{"Name":"x"}';
    const request = await signer.sign({ method: "POST", protocol: "http:", hostname: "127.0.0.1", port: 8080, path: "/", headers, body }, { signingDate: new Date(NOW) });
    // Lower-case names in an object without a prototype, as a server adapter hands them over.
    const received = Object.create(null) as Record<string, string>;
    for (const [name, v] of Object.entries(request.headers)) received[name.toLowerCase()] = String(v);
    return { method: "POST", path: "/", headers: received, body: new TextEncoder().encode(body) };
  }

  it("is signed by the SDK's signer, and the request verifies", async () => {
    const request = await signedWithProto("yes");
    expect(String(request.headers.authorization)).toMatch(/SignedHeaders=[^,]*__proto__/);
    expect(await verifier().verify(request)).toEqual({ accessKeyId: KEY.accessKeyId });
  });

  it("verifies when its value needs SigV4's whitespace rules", async () => {
    const request = await signedWithProto("  a   b\tc ");
    expect(await verifier().verify(request)).toEqual({ accessKeyId: KEY.accessKeyId });
  });

  it("refuses the request when the signed header is changed or missing", async () => {
    const changed = await signedWithProto("yes");
    changed.headers["__proto__"] = "no";
    expect((await refusal(verifier(), changed)).type).toBe("InvalidSignatureException");
    const missing = await signedWithProto("yes");
    // A plain object without it reads Object.prototype for that name: still refused, not crashed.
    const plain: Record<string, string> = {};
    for (const name of Object.keys(missing.headers)) if (name !== "__proto__") plain[name] = String(missing.headers[name]);
    expect((await refusal(verifier(), { ...missing, headers: plain })).type).toBe("InvalidSignatureException");
  });
});
