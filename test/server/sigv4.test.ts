// SigV4 verification: requests are signed with @smithy/signature-v4 (the
// signer of the AWS SDK for JavaScript) exactly as a client would, then
// tampered with in each way the issue lists.

import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "../../packages/sigv4-verify/test/node-sha256.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARN, CONTENT_TYPE, json, request, RUN_ID, serviceWith, TARGET } from "./helpers.js";

const KEY = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const OTHER = { accessKeyId: "AKIDSECOND", secretAccessKey: "second-secret" };
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);


interface SignInit {
  credentials?: { accessKeyId: string; secretAccessKey: string };
  date?: number;
  service?: string;
  region?: string;
  body?: string;
  applyChecksum?: boolean;
  /** Signed along with host, content-type and x-amz-target. */
  extraHeaders?: Record<string, string>;
}

async function signedHeaders(init: SignInit = {}): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: init.service ?? "airflow-serverless",
    region: init.region ?? "us-east-1",
    credentials: init.credentials ?? KEY,
    sha256: NodeSha256,
    applyChecksum: init.applyChecksum ?? false,
  });
  const signed = await signer.sign(
    {
      method: "POST",
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 8080,
      path: "/",
      query: {},
      headers: { host: "127.0.0.1:8080", "content-type": CONTENT_TYPE, "x-amz-target": TARGET, ...init.extraHeaders },
      body: init.body ?? JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID }),
    },
    { signingDate: new Date(init.date ?? NOW) },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = String(value);
  return headers;
}

const core = serviceWith(undefined, {
  auth: { mode: "sigv4", credentials: [KEY, OTHER], region: "us-east-1" },
  now: () => NOW,
});

async function call(headers: Record<string, string | undefined>, body?: string) {
  return core.handle(request({ headers, ...(body !== undefined ? { body } : {}) }));
}

describe("SigV4 verification", () => {
  it("accepts a correctly signed request and names the caller", async () => {
    let principal: unknown;
    const service = serviceWith(
      async (_input, ctx) => {
        principal = ctx.principal;
        return {};
      },
      { auth: { mode: "sigv4", credentials: [KEY, OTHER] }, now: () => NOW },
    );
    const response = await service.handle(request({ headers: await signedHeaders({ credentials: OTHER }) }));
    expect(response.status, response.body).toBe(200);
    expect(principal).toEqual({ accessKeyId: OTHER.accessKeyId });
  });

  it("accepts a signed x-amz-content-sha256 that matches the body", async () => {
    const response = await call(await signedHeaders({ applyChecksum: true }));
    expect(response.status, response.body).toBe(200);
  });

  it("verifies signed header values that SigV4 normalizes (runs of spaces, tabs, edge spaces)", async () => {
    // The signer collapses whitespace in canonical header values; the verifier must do the same.
    const extraHeaders = { "x-amz-meta-note": " two  spaces\tand a tab ", "x-amz-meta-plain": "plain" };
    const headers = await signedHeaders({ extraHeaders });
    expect(headers.authorization).toContain("x-amz-meta-note");
    expect((await call(headers)).status).toBe(200);
    // Normalizing is not ignoring: a different word still breaks the signature.
    const changed = await call({ ...headers, "x-amz-meta-note": " two  spaces\tand a cat " });
    expect(changed.status).toBe(403);
    expect(json(changed).__type).toBe("InvalidSignatureException");
  });

  it("reuses the derived signing key across requests, still checking each signature", async () => {
    const service = serviceWith(undefined, { auth: { mode: "sigv4", credentials: [KEY] }, now: () => NOW });
    const first = await signedHeaders({ date: NOW - 60_000 });
    const second = await signedHeaders({ date: NOW - 30_000 });
    // Same key, date, region and service: the second and third calls use the cached key.
    expect((await service.handle(request({ headers: first }))).status).toBe(200);
    expect((await service.handle(request({ headers: second }))).status).toBe(200);
    const tampered = await service.handle(request({ headers: second, body: JSON.stringify({ WorkflowArn: ARN, RunId: "run-other" }) }));
    expect(tampered.status).toBe(403);
    expect(json(tampered).__type).toBe("InvalidSignatureException");
    // Another access key's key is derived separately and is not confused with the cached one.
    const unknown = await service.handle(request({ headers: await signedHeaders({ credentials: OTHER }) }));
    expect(json(unknown).__type).toBe("UnrecognizedClientException");
  });

  it("accepts Authorization parameters with or without spaces after the commas", async () => {
    const headers = await signedHeaders();
    expect(headers.authorization).toMatch(/, SignedHeaders=.*, Signature=/);
    expect((await call({ ...headers, authorization: headers.authorization!.replace(/, /g, ",") })).status).toBe(200);
    expect((await call({ ...headers, authorization: headers.authorization!.replace(/, /g, " ,  ") })).status).toBe(200);
  });

  it("accepts requests up to the skew limit", async () => {
    expect((await call(await signedHeaders({ date: NOW - 14 * 60_000 }))).status).toBe(200);
    expect((await call(await signedHeaders({ date: NOW + 14 * 60_000 }))).status).toBe(200);
  });

  const rejected: [string, () => Promise<[Record<string, string | undefined>, string?]>, number, string, RegExp?][] = [
    ["no Authorization header", async () => [{}], 403, "MissingAuthenticationTokenException"],
    [
      "an Authorization header of another scheme",
      async () => [{ ...(await signedHeaders()), authorization: "Bearer abc" }],
      400,
      "IncompleteSignatureException",
    ],
    [
      "an Authorization header without Signature",
      async () => {
        const headers = await signedHeaders();
        return [{ ...headers, authorization: headers.authorization!.replace(/, Signature=.*/, "") }];
      },
      400,
      "IncompleteSignatureException",
      /Signature/,
    ],
    [
      "a credential scope with too few parts",
      async () => {
        const headers = await signedHeaders();
        return [{ ...headers, authorization: headers.authorization!.replace(/Credential=[^,]+/, "Credential=AKIDEXAMPLE/20261124") }];
      },
      400,
      "IncompleteSignatureException",
    ],
    ["no X-Amz-Date", async () => [{ ...(await signedHeaders()), "x-amz-date": undefined }], 400, "IncompleteSignatureException"],
    [
      "an unknown access key",
      async () => [await signedHeaders({ credentials: { accessKeyId: "AKIDUNKNOWN", secretAccessKey: KEY.secretAccessKey } })],
      403,
      "UnrecognizedClientException",
    ],
    [
      "a wrong secret",
      async () => [await signedHeaders({ credentials: { accessKeyId: KEY.accessKeyId, secretAccessKey: "wrong" } })],
      403,
      "InvalidSignatureException",
      /The request signature we calculated does not match/,
    ],
    [
      "a body changed after signing",
      async () => [await signedHeaders(), JSON.stringify({ WorkflowArn: ARN, RunId: "run-other" })],
      403,
      "InvalidSignatureException",
      /does not match/,
    ],
    [
      "a body changed after signing with x-amz-content-sha256",
      async () => [await signedHeaders({ applyChecksum: true }), JSON.stringify({ WorkflowArn: ARN, RunId: "run-other" })],
      403,
      "InvalidSignatureException",
      /x-amz-content-sha256/,
    ],
    [
      "a signed header changed after signing",
      async () => [{ ...(await signedHeaders()), "x-amz-target": "AmazonMWAAServerless.Other" }],
      403,
      "InvalidSignatureException",
    ],
    [
      "a signature for another service",
      async () => [await signedHeaders({ service: "states" })],
      403,
      "InvalidSignatureException",
      /airflow-serverless/,
    ],
    [
      "a signature for another region",
      async () => [await signedHeaders({ region: "eu-west-1" })],
      403,
      "InvalidSignatureException",
      /region/,
    ],
    [
      "a request signed 16 minutes ago",
      async () => [await signedHeaders({ date: NOW - 16 * 60_000 })],
      403,
      "InvalidSignatureException",
      /^Signature expired: 20261124T114400Z is now earlier than 20261124T114500Z \(20261124T120000Z - 15 min\.\)$/,
    ],
    [
      "a request dated 16 minutes ahead",
      async () => [await signedHeaders({ date: NOW + 16 * 60_000 })],
      403,
      "InvalidSignatureException",
      /^Signature not yet current/,
    ],
  ];
  for (const [name, build, status, type, message] of rejected) {
    it(`rejects ${name} with ${status} ${type}`, async () => {
      const [headers, body] = await build();
      const response = await call(headers, body);
      expect(response.status).toBe(status);
      expect(response.headers["X-Amzn-ErrorType"]).toBe(type);
      const parsed = json(response);
      expect(parsed.__type).toBe(type);
      if (message) expect(parsed.message).toMatch(message);
    });
  }

  it("checks auth before anything reaches the handler", async () => {
    let called = false;
    const service = serviceWith(
      async () => {
        called = true;
        return {};
      },
      { auth: { mode: "sigv4", credentials: [KEY] }, now: () => NOW },
    );
    await service.handle(request({ headers: {} }));
    expect(called).toBe(false);
  });

  it("refuses to start without credentials", () => {
    expect(() => serviceWith(undefined, { auth: { mode: "sigv4", credentials: [] } })).toThrow(/credential/);
  });
});

describe("SigV4 verification against the SDK's signer, for any request", () => {
  const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,12}$/);
  // Printable values with the whitespace SigV4 normalizes (runs of spaces, tabs, edges).
  const headerValue = fc.stringMatching(/^[ \t]{0,2}[!-~]{1,10}(?:[ \t]{1,3}[!-~]{1,10}){0,2}[ \t]{0,2}$/);
  const pathAndQuery = fc.oneof(
    fc.constant("/"),
    fc.stringMatching(/^\/[a-zA-Z0-9._~%-]{0,8}(?:\/[a-zA-Z0-9._~-]{0,8}){0,2}$/),
    fc.stringMatching(/^\/\?[a-z]{1,5}=[a-zA-Z0-9]{0,6}(?:&[a-z]{1,5}=[a-zA-Z0-9]{0,6}){0,2}$/),
  );

  async function signed(path: string, extra: Record<string, string>, body: string, applyChecksum: boolean) {
    const [pathname, search = ""] = path.split("?");
    const query: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(search)) {
      const previous = query[key];
      query[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    const signer = new SignatureV4({ service: "airflow-serverless", region: "us-east-1", credentials: KEY, sha256: NodeSha256, applyChecksum });
    const result = await signer.sign(
      {
        method: "POST",
        protocol: "http:",
        hostname: "127.0.0.1",
        port: 8080,
        path: pathname!,
        query,
        headers: { host: "127.0.0.1:8080", "content-type": CONTENT_TYPE, "x-amz-target": TARGET, ...extra },
        body,
      },
      { signingDate: new Date(NOW) },
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(result.headers)) headers[name.toLowerCase()] = String(value);
    return headers;
  }

  it("accepts every request the SDK signs, and refuses it once the signature, a signed header or the body changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        pathAndQuery,
        fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
        fc.string({ maxLength: 60 }),
        fc.boolean(),
        fc.nat(),
        async (path, extra, runId, applyChecksum, pick) => {
          const body = JSON.stringify({ WorkflowArn: ARN, RunId: runId });
          const headers = await signed(path, extra, body, applyChecksum);
          const accepted = await core.handle(request({ path, headers, body }));
          expect(accepted.headers["X-Amzn-ErrorType"] ?? "", `${path} ${JSON.stringify(extra)}`).not.toMatch(/Signature|Unrecognized|Authentication/);

          const signature = /Signature=([0-9a-f]{64})/.exec(headers.authorization!)![1]!;
          const flipped = signature.slice(0, 63) + (signature.endsWith("0") ? "1" : "0");
          const tampered = [
            { headers: { ...headers, authorization: headers.authorization!.replace(signature, flipped) }, body },
            { headers, body: body.replace(/}$/, ', "x": 1}') },
          ];
          const names = Object.keys(extra);
          if (names.length > 0) {
            const name = names[pick % names.length]!;
            tampered.push({ headers: { ...headers, [name]: `${headers[name]}z` }, body });
          }
          for (const change of tampered) {
            const refused = await core.handle(request({ path, ...change }));
            expect(refused.status).toBe(403);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

});

describe("the remembered Authorization parse", () => {
  it("answers a request whose header differs from the last one only in its signature exactly as a fresh verifier does", async () => {
    const headers = await signedHeaders();
    const signature = /Signature=([0-9a-f]{64})$/.exec(headers.authorization!)![1]!;
    const tails = [
      "f".repeat(64), // well-formed, wrong
      signature.toUpperCase(),
      `,${"a".repeat(63)}`, // an empty Signature parameter followed by junk
      ` ${"0".repeat(63)}`,
      `${"0".repeat(60)}, X=`,
      "g".repeat(64),
    ];
    const fresh = () =>
      serviceWith(undefined, { auth: { mode: "sigv4", credentials: [KEY, OTHER], region: "us-east-1" }, now: () => NOW });
    const warmed = fresh();
    expect((await warmed.handle(request({ headers }))).status).toBe(200);
    for (const tail of tails) {
      const changed = { ...headers, authorization: headers.authorization!.replace(signature, tail) };
      const viaMemo = await warmed.handle(request({ headers: changed }));
      const viaParse = await fresh().handle(request({ headers: changed }));
      expect([viaMemo.status, json(viaMemo)], tail).toEqual([viaParse.status, json(viaParse)]);
    }
    // And the right signature still passes after all that.
    expect((await warmed.handle(request({ headers }))).status).toBe(200);
  });
});

describe("a signed header named __proto__, over node:http", () => {
  // The SDK's signer signs it like any header; node's req.headers would drop
  // it, so the adapter hands it over as an own header and the request verifies.
  it("verifies through the node:http adapter, and a changed value is refused", async () => {
    const { createNodeHttpServer } = await import("../../generated/server/src/index.js");
    const { request: httpRequest } = await import("node:http");
    const server = createNodeHttpServer(serviceWith(undefined, { auth: { mode: "sigv4", credentials: [KEY] }, now: () => NOW }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const body = JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID });
      const signer = new SignatureV4({ service: "airflow-serverless", region: "us-east-1", credentials: KEY, sha256: NodeSha256 });
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, "content-type": CONTENT_TYPE, "x-amz-target": TARGET };
      Object.defineProperty(headers, "__proto__", { value: "kept", enumerable: true, writable: true, configurable: true });
      const signed = await signer.sign({ method: "POST", protocol: "http:", hostname: "127.0.0.1", port, path: "/", headers, body }, { signingDate: new Date(NOW) });
      expect(String(signed.headers.authorization)).toMatch(/SignedHeaders=[^,]*__proto__/);
      const send = (protoValue: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/" }, (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (text += chunk));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
          });
          req.on("error", reject);
          for (const [name, value] of Object.entries(signed.headers)) req.setHeader(name, name === "__proto__" ? protoValue : String(value));
          req.end(body);
        });
      const accepted = await send("kept");
      expect(accepted.status, accepted.body).toBe(200);
      const refused = await send("changed");
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).__type).toBe("InvalidSignatureException");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
