// Endpoint resolution (default, FIPS, China partition, override) and SigV4
// signing, observed on the request the client hands to its request handler.

import type { HttpRequest } from "@smithy/core/protocols";
import { describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand } from "../../generated/client/src/index.js";
import { canned, credentials, input, rejectionOf } from "./helpers.js";

async function requestSentBy(config: Record<string, unknown>): Promise<HttpRequest> {
  let sent: HttpRequest | undefined;
  const ok = canned(200, { "content-type": "application/x-amz-json-1.0" }, "{}");
  const requestHandler = {
    handle: async (request: HttpRequest) => {
      sent = request;
      return ok.handle();
    },
  };
  await new MWAAServerlessClient({ credentials, requestHandler, ...config }).send(new StopWorkflowRunCommand(input));
  if (!sent) throw new Error("no request sent");
  return sent;
}

describe("endpoints", () => {
  it("default: https://airflow-serverless.{region}.api.aws", async () => {
    const request = await requestSentBy({ region: "us-east-1" });
    expect(`${request.protocol}//${request.hostname}${request.path}`).toBe("https://airflow-serverless.us-east-1.api.aws/");
  });

  it("FIPS: https://airflow-serverless-fips.{region}.api.aws", async () => {
    const request = await requestSentBy({ region: "us-west-2", useFipsEndpoint: true });
    expect(request.hostname).toBe("airflow-serverless-fips.us-west-2.api.aws");
  });

  it("China partition: api.amazonwebservices.com.cn", async () => {
    const request = await requestSentBy({ region: "cn-northwest-1" });
    expect(request.hostname).toBe("airflow-serverless.cn-northwest-1.api.amazonwebservices.com.cn");
  });

  it("GovCloud uses api.aws", async () => {
    const request = await requestSentBy({ region: "us-gov-west-1" });
    expect(request.hostname).toBe("airflow-serverless.us-gov-west-1.api.aws");
  });

  it("endpoint override for a local server", async () => {
    const request = await requestSentBy({ region: "us-east-1", endpoint: "http://127.0.0.1:4010" });
    expect(request.protocol).toBe("http:");
    expect(request.hostname).toBe("127.0.0.1");
    expect(request.port).toBe(4010);
    expect(request.path).toBe("/");
  });

  it("FIPS with a custom endpoint is a configuration error", async () => {
    const error = await rejectionOf(requestSentBy({ region: "us-east-1", endpoint: "http://127.0.0.1:4010", useFipsEndpoint: true }));
    expect(String(error.message)).toContain("FIPS and custom endpoint are not supported");
  });

  it("a missing region is a clear error", async () => {
    const error = await rejectionOf(
      new MWAAServerlessClient({ credentials, region: undefined as unknown as string, endpoint: "http://127.0.0.1:1" }).send(
        new StopWorkflowRunCommand(input),
      ),
    );
    expect(String(error.message).toLowerCase()).toContain("region");
  });
});

describe("SigV4 signing", () => {
  it("signs with the airflow-serverless scope of the region", async () => {
    const request = await requestSentBy({ region: "eu-west-1" });
    const authorization = request.headers["authorization"] ?? "";
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/airflow-serverless\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/);
    expect(request.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it("sends the session token of temporary credentials", async () => {
    const request = await requestSentBy({ region: "us-east-1", credentials: { ...credentials, sessionToken: "TOKEN" } });
    expect(request.headers["x-amz-security-token"]).toBe("TOKEN");
  });

  it("uses a credentials provider function", async () => {
    const request = await requestSentBy({ region: "us-east-1", credentials: async () => ({ accessKeyId: "AKIDFROMFN", secretAccessKey: "s" }) });
    expect(request.headers["authorization"]).toContain("Credential=AKIDFROMFN/");
  });

  it("sends the awsJson1_0 wire headers and only the members set", async () => {
    const request = await requestSentBy({ region: "us-east-1" });
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(request.headers["x-amz-target"]).toBe("AmazonMWAAServerless.StopWorkflowRun");
    expect(JSON.parse(String(request.body))).toEqual(input);
  });
});
