// Operations that waive SigV4 (OperationBinding.auth, from the model's
// `@auth([])` and `@optionalAuth`): with verification on, an `@auth([])`
// operation answers unsigned requests, an `@optionalAuth` one answers them
// and still verifies a request that is signed, and every other operation
// refuses an unsigned request. Signed with the AWS SDK's own signer.
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { createServiceCore, type OperationBinding, type ServiceBinding } from "../src/index.js";
import { NodeSha256 } from "../../sigv4-verify/test/node-sha256.js";

const KEY = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const CONTENT_TYPE = "application/x-amz-json-1.1";

function operation(name: string, auth?: OperationBinding["auth"]): [string, OperationBinding] {
  const binding: OperationBinding = {
    name,
    readInput: () => ({}),
    writeOutput: (output) => output as Record<string, unknown>,
    serializeOutput: (output) => JSON.stringify(output),
    checkOutput: () => {},
    errors: new Set(),
    handler: (_input, context) => ({ principal: context.principal?.accessKeyId ?? null }),
    ...(auth ? { auth } : {}),
  };
  return [`Identity.${name}`, binding];
}

const binding: ServiceBinding = {
  serviceName: "Identity",
  signingName: "identity",
  contentType: CONTENT_TYPE,
  operations: new Map([operation("Describe"), operation("GetId", "none"), operation("GetToken", "optional")]),
  validationError: () => new Error("invalid"),
  internalError: () => new Error("internal"),
  throttlingError: () => new Error("throttled"),
};
const core = createServiceCore(binding, { auth: { mode: "sigv4", credentials: [KEY] }, now: () => NOW, validateOutput: false });

async function send(operationName: string, signing?: { secretAccessKey: string }) {
  let headers: Record<string, string> = { host: "127.0.0.1:8080", "content-type": CONTENT_TYPE, "x-amz-target": `Identity.${operationName}` };
  if (signing) {
    const signer = new SignatureV4({ service: "identity", region: "us-east-1", credentials: { ...KEY, ...signing }, sha256: NodeSha256 });
    const signed = await signer.sign(
      { method: "POST", protocol: "http:", hostname: "127.0.0.1", port: 8080, path: "/", query: {}, headers, body: "{}" },
      { signingDate: new Date(NOW) },
    );
    headers = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  }
  return core.handle({ method: "POST", path: "/", headers, body: new TextEncoder().encode("{}") });
}

describe("operations that waive SigV4", () => {
  it("refuses an unsigned request to an operation that requires auth", async () => {
    const response = await send("Describe");
    expect(response.status).toBe(403);
    expect((await send("Describe", KEY)).status).toBe(200);
  });

  it("answers an @auth([]) operation unsigned, with no principal", async () => {
    const response = await send("GetId");
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ principal: null });
  });

  it("answers an @optionalAuth operation unsigned, and verifies it when it is signed", async () => {
    expect((await send("GetToken")).status).toBe(200);
    const signed = await send("GetToken", KEY);
    expect(signed.status).toBe(200);
    expect(JSON.parse(signed.body)).toEqual({ principal: KEY.accessKeyId });
    // A signature that does not verify is refused, not ignored.
    expect((await send("GetToken", { secretAccessKey: "wrong" })).status).toBe(403);
  });
});
