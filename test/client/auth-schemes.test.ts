// Auth schemes per operation, from the model's auth traits, as smithy-typescript
// emits them for the AWS SDK's clients (client-cognito-identity's GetId): an
// `@auth([])` operation gets the `smithy.api#noAuth` option and is sent
// unsigned without resolving credentials; an `@optionalAuth` one gets SigV4
// then noAuth; the others stay signed with SigV4.

import { HttpResponse } from "@smithy/core/protocols";
import { describe, expect, it } from "vitest";
import { serviceAuthOf } from "../../codegen/src/generators/client/auth-schemes.js";
import { generateClient } from "../../codegen/src/generators/client/index.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { credentials, useGeneratedClient } from "./helpers.js";

const NS = "example.auth";
const ruleSet = {
  version: "1.0",
  parameters: {
    Region: { builtIn: "AWS::Region", required: false, type: "string", documentation: "Region." },
    Endpoint: { builtIn: "SDK::Endpoint", required: false, type: "string", documentation: "Endpoint." },
  },
  rules: [{ type: "endpoint", conditions: [], endpoint: { url: "https://auth.{Region}.example.com", properties: {}, headers: {} } }],
};

function modelWith(serviceTraits: Record<string, unknown>, operations: Record<string, Record<string, unknown>>): SmithyModel {
  const shapes: Record<string, unknown> = {
    [`${NS}#AuthService`]: {
      type: "service",
      version: "2026-01-01",
      operations: Object.keys(operations).map((name) => ({ target: `${NS}#${name}` })),
      traits: {
        "aws.api#service": { sdkId: "Auth Test", endpointPrefix: "authtest" },
        "aws.auth#sigv4": { name: "authtest" },
        "aws.protocols#awsJson1_0": {},
        "smithy.rules#endpointRuleSet": ruleSet,
        ...serviceTraits,
      },
    },
  };
  for (const [name, traits] of Object.entries(operations)) {
    shapes[`${NS}#${name}`] = { type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" }, traits };
  }
  return { smithy: "2.0", shapes } as unknown as SmithyModel;
}

const model = modelWith({}, { Signed: {}, Anonymous: { "smithy.api#auth": [] }, Optional: { "smithy.api#optionalAuth": {} } });
const files = new Map(generateClient(new ModelIndex(structuredClone(model), ["test/client/auth-schemes.test.ts"])).map((f) => [f.path, f.contents]));
const src = (path: string): string => files.get(`client/src/${path}`) ?? "";
const authOf = (m: SmithyModel) => serviceAuthOf(new ModelIndex(structuredClone(m), ["test"]));

describe("the effective auth schemes of each operation", () => {
  it("@auth([]) is noAuth, @optionalAuth is the service's schemes then noAuth, the rest the service's", () => {
    expect(authOf(model)).toEqual({
      defaultSchemes: ["aws.auth#sigv4"],
      exceptions: [
        { name: "Anonymous", schemes: ["smithy.api#noAuth"] },
        { name: "Optional", schemes: ["aws.auth#sigv4", "smithy.api#noAuth"] },
      ],
      used: new Set(["aws.auth#sigv4", "smithy.api#noAuth"]),
    });
  });

  it("an @auth trait listing sigv4 explicitly, on the service or an operation, keeps SigV4", () => {
    const explicit = authOf(modelWith({ "smithy.api#auth": ["aws.auth#sigv4"] }, { A: {}, B: { "smithy.api#auth": ["aws.auth#sigv4"] } }));
    expect(explicit.defaultSchemes).toEqual(["aws.auth#sigv4"]);
    expect(explicit.exceptions).toEqual([]);
  });

  it("a service-level @auth([]) makes every operation noAuth unless it lists sigv4 itself", () => {
    const auth = authOf(modelWith({ "smithy.api#auth": [] }, { A: {}, B: { "smithy.api#auth": ["aws.auth#sigv4"] } }));
    expect(auth.defaultSchemes).toEqual(["smithy.api#noAuth"]);
    expect(auth.exceptions).toEqual([{ name: "B", schemes: ["aws.auth#sigv4"] }]);
  });

  it("schemes the client has no signer for are left out; an operation left with none is signed with SigV4, with a warning", () => {
    const both = authOf(modelWith({ "aws.auth#sigv4a": { name: "authtest" }, "smithy.api#auth": ["aws.auth#sigv4a", "aws.auth#sigv4"] }, { A: {} }));
    expect(both.defaultSchemes).toEqual(["aws.auth#sigv4"]);
    const index = new ModelIndex(structuredClone(modelWith({ "aws.auth#sigv4a": { name: "authtest" } }, { A: { "smithy.api#auth": ["aws.auth#sigv4a"] } })), ["test"]);
    expect(serviceAuthOf(index).exceptions).toEqual([]);
    expect(index.warnings()).toEqual(["A: auth schemes aws.auth#sigv4a are not supported by the client, which signs with SigV4 instead"]);
  });
});

describe("the generated README", () => {
  it("names the operations that go unsigned", () => {
    const readme = files.get("client/README.md") ?? "";
    expect(readme).toContain("the client signs every request (SigV4) except `Anonymous`, sent unsigned as the model says (`@auth([])`)");
    expect(readme).toContain('`Optional` may go unsigned with `authSchemePreference: ["noAuth"]`');
  });
});

describe("the generated auth scheme provider", () => {
  it("switches on the operation as the AWS SDK's clients do", () => {
    const provider = src("auth/httpAuthSchemeProvider.ts");
    expect(provider).toContain('case "Anonymous": {\n      options.push(createSmithyApiNoAuthHttpAuthOption());\n      break;\n    }');
    expect(provider).toContain(
      'case "Optional": {\n      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));\n      options.push(createSmithyApiNoAuthHttpAuthOption());\n      break;\n    }',
    );
    expect(provider).toContain("default: {\n      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));\n    }");
  });

  it("lists the noAuth scheme in the runtime config", () => {
    const shared = src("runtimeConfig.shared.ts");
    expect(shared).toContain('import { NoAuthSigner } from "@smithy/core";');
    expect(shared).toContain('schemeId: "smithy.api#noAuth",');
    expect(shared).toContain('ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({}))');
  });
});

describe("requests the client sends", () => {
  const generated = useGeneratedClient(files, "client-auth-schemes");

  const noCredentials = async () => {
    throw new Error("no credentials configured");
  };

  /** Sends `operation` and returns the headers of the request, or the error the call ended with. */
  async function send(operation: string, config: Record<string, unknown>): Promise<{ headers?: Record<string, string>; error?: Error }> {
    let headers: Record<string, string> | undefined;
    const requestHandler = {
      handle: async (request: { headers: Record<string, string> }) => {
        headers = { ...request.headers };
        const body = new TextEncoder().encode("{}");
        return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body }) };
      },
    };
    const c = new generated.client.AuthTestClient!({ region: "us-east-1", requestHandler, maxAttempts: 1, ...config });
    try {
      await c.send(new generated.client[`${operation}Command`]!({}));
      return { headers };
    } catch (error) {
      return { headers, error: error as Error };
    }
  }

  it("an @auth([]) operation is sent unsigned and succeeds without credentials", async () => {
    const { headers, error } = await send("Anonymous", { credentials: noCredentials });
    expect(error).toBeUndefined();
    expect(headers!["x-amz-target"]).toBe("AuthService.Anonymous");
    expect(headers).not.toHaveProperty("authorization");
    expect(headers).not.toHaveProperty("x-amz-date");
  });

  it("the other operations still carry a SigV4 Authorization header", async () => {
    const { headers, error } = await send("Signed", { credentials });
    expect(error).toBeUndefined();
    expect(headers!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/authtest\/aws4_request, /);
    expect((await send("Signed", { credentials: noCredentials })).error?.message).toBe("no credentials configured");
  });

  it("an @optionalAuth operation is signed when it can be; noAuth only when preferred, as in the AWS SDK", async () => {
    // The SDK takes the first option whose identity provider exists; SigV4's
    // always does (the credentials chain), so it is signed, and credentials
    // that fail fail the call rather than falling back to noAuth.
    const signed = await send("Optional", { credentials });
    expect(signed.error).toBeUndefined();
    expect(signed.headers!.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect((await send("Optional", { credentials: noCredentials })).error?.message).toBe("no credentials configured");
    const preferred = await send("Optional", { credentials: noCredentials, authSchemePreference: ["noAuth"] });
    expect(preferred.error).toBeUndefined();
    expect(preferred.headers).not.toHaveProperty("authorization");
  });
});
