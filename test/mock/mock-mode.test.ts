import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismFront } from "../../src/mock/index.js";
import { startPrismFront } from "../../src/mock/index.js";
import type { ContractExample } from "./front-helpers.js";
import { AWS_JSON, CONTRACT, MULTI_OPERATION_FIXTURE, VALID_INPUT, call, responseExamples, slViolations } from "./front-helpers.js";

const examples = responseExamples(CONTRACT);
const errorName = (type: unknown) => String(type).split(":")[0]!.split("#").pop();

describe(`mock mode (${CONTRACT})`, () => {
  let front: PrismFront;
  beforeAll(async () => {
    front = await startPrismFront({ spec: CONTRACT, mode: "mock", port: 0 });
  });
  afterAll(() => front?.close());
  beforeEach(() => front.violations.clear());

  it("binds 127.0.0.1 on a free port", () => {
    expect(front.host).toBe("127.0.0.1");
    expect(front.port).toBeGreaterThan(0);
  });

  it("answers a valid request with the success example, in the contract's media type, without violations", async () => {
    const response = await call(front.url, VALID_INPUT);
    const success = examples.find((e) => e.code === 200)!;
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(AWS_JSON);
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers["x-amzn-errortype"]).toBeUndefined();
    expect(response.json).toEqual(success.value);
    expect(response.headers["sl-violations"]).toBeUndefined();
    expect(front.violations.list()).toEqual([]);
  });

  it("has examples for every status of the contract", () => {
    expect(new Set(examples.map((e) => e.code))).toEqual(new Set([200, 400, 500]));
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples.map((e) => [`${e.code} ${e.key}`, e] as [string, ContractExample]))(
    "serves %s when asked with Prefer: code, example — body, status and error type match, no violations",
    async (_name, example) => {
      const response = await call(front.url, VALID_INPUT, { prefer: `code=${example.code}, example=${example.key}` });
      expect(response.status).toBe(example.code);
      expect(response.headers["content-type"]).toBe(AWS_JSON);
      expect(response.json).toEqual(example.value);
      if (example.code >= 400) {
        expect(response.headers["x-amzn-errortype"]).toBe(errorName(example.value.__type));
      }
      // Output validation ran on the example: it conforms to its own schema.
      expect(front.violations.list()).toEqual([]);
    },
  );

  it("selects with the __code/__example query when there is no Prefer header", async () => {
    const throttled = examples.find((e) => e.key === "Throttled")!;
    const response = await call(front.url, VALID_INPUT, {}, "POST", `/?__code=${throttled.code}&__example=Throttled`);
    expect(response.status).toBe(throttled.code);
    expect(response.json).toEqual(throttled.value);
  });

  it("finds the status of an error example named without a code", async () => {
    const notFound = examples.find((e) => e.key === "RunNotFound")!;
    const response = await call(front.url, VALID_INPUT, { prefer: "example=RunNotFound" });
    expect(response.status).toBe(notFound.code);
    expect(response.json).toEqual(notFound.value);
  });

  it("reports an unknown example as Prism does: 404 problem+json", async () => {
    const response = await call(front.url, VALID_INPUT, { prefer: "code=400, example=NoSuchExample" });
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    expect((response.json as { type: string }).type).toBe("https://stoplight.io/prism/errors#NOT_FOUND");
  });

  it("refuses a Prefer code that is not three digits", async () => {
    const response = await call(front.url, VALID_INPUT, { prefer: "code=40" });
    expect(response.status).toBe(422);
    expect(response.headers["content-type"]).toBe("application/problem+json");
  });

  it("answers an invalid RunId with a ValidationException an SDK understands, and reports Prism's violation", async () => {
    const response = await call(front.url, { ...VALID_INPUT, RunId: "-not-valid" });
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toBe(AWS_JSON);
    expect(response.headers["x-amzn-errortype"]).toBe("ValidationException");
    const body = response.json as { __type: string; Message: string; Reason: string; FieldList: { Name: string; Message: string }[] };
    expect(body.__type).toBe("com.amazonaws.mwaaserverless#ValidationException");
    expect(body.Reason).toBe("fieldValidationFailed");
    expect(body.FieldList).toHaveLength(1);
    expect(body.FieldList[0]!.Name).toBe("RunId");
    expect(body.FieldList[0]!.Message).toMatch(/^Value at '\/RunId' failed to satisfy constraint: Member must satisfy regular expression pattern: /);
    expect(body.Message).toMatch(/^1 validation error detected\. /);
    const header = slViolations(response);
    expect(header).toEqual([expect.objectContaining({ location: ["request", "body", "RunId"], severity: "Error", code: "pattern" })]);
    expect(front.violations.errors()).toEqual([
      expect.objectContaining({ phase: "request", location: ["request", "body", "RunId"], target: "AmazonMWAAServerless.StopWorkflowRun" }),
    ]);
    // The ValidationException the front made up passes the contract itself.
    expect(front.violations.list().filter((v) => v.phase === "response")).toEqual([]);
  });

  it("answers a missing member with ValidationException naming it", async () => {
    const response = await call(front.url, { WorkflowArn: VALID_INPUT.WorkflowArn });
    const body = response.json as { FieldList: { Name: string; Message: string }[] };
    expect(response.status).toBe(400);
    expect(body.FieldList).toEqual([{ Name: "RunId", Message: "Value at '/RunId' failed to satisfy constraint: Member must not be null" }]);
    expect(slViolations(response)[0]).toMatchObject({ code: "required" });
  });

  it("treats an empty body as {} (awsJson1_0) and lists both missing members", async () => {
    const response = await call(front.url, "");
    const body = response.json as { Message: string; FieldList: { Name: string }[] };
    expect(response.status).toBe(400);
    expect(body.FieldList.map((f) => f.Name).sort()).toEqual(["RunId", "WorkflowArn"]);
    expect(body.Message).toMatch(/^2 validation errors detected\. /);
  });

  it("answers a wrong JSON type with SerializationException", async () => {
    const response = await call(front.url, { ...VALID_INPUT, RunId: 42 });
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect(response.json).toMatchObject({ __type: "SerializationException" });
    expect(slViolations(response)).toEqual([expect.objectContaining({ location: ["request", "body", "RunId"], code: "type" })]);
  });

  it("answers malformed JSON with SerializationException", async () => {
    const response = await call(front.url, '{"RunId": ');
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("SerializationException");
    expect((response.json as { Message: string }).Message).toMatch(/not valid JSON/);
    expect(front.violations.errors()).toEqual([expect.objectContaining({ code: "SerializationException", phase: "request" })]);
  });

  it.each([["application/json"], ["text/plain"]])("answers Content-Type %s with 415 UnsupportedMediaTypeException", async (type) => {
    const response = await call(front.url, VALID_INPUT, { "content-type": type });
    expect(response.status).toBe(415);
    expect(response.headers["x-amzn-errortype"]).toBe("UnsupportedMediaTypeException");
    expect(slViolations(response)).toEqual([expect.objectContaining({ code: 415 })]);
  });

  it("accepts parameters on the awsJson Content-Type", async () => {
    const response = await call(front.url, VALID_INPUT, { "content-type": `${AWS_JSON}; charset=utf-8` });
    expect(response.status).toBe(200);
    expect(front.violations.list()).toEqual([]);
  });

  it.each([
    ["an unknown X-Amz-Target", "AmazonMWAAServerless.DeleteEverything"],
    ["no X-Amz-Target", undefined],
  ])("answers %s with 400 UnknownOperationException", async (_name, target) => {
    const response = await call(front.url, VALID_INPUT, { "x-amz-target": target });
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(response.json).toMatchObject({ __type: "UnknownOperationException" });
    expect(front.violations.errors()).toHaveLength(1);
  });

  it("answers a method other than POST with 405 and Allow: POST", async () => {
    const response = await call(front.url, "", {}, "GET");
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("POST");
  });

  it("answers a path other than / with UnknownOperationException", async () => {
    const response = await call(front.url, VALID_INPUT, {}, "POST", "/workflows/x/runs/y");
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
  });

  it("answers a body over the limit with 413 RequestEntityTooLargeException", async () => {
    const response = await call(front.url, JSON.stringify({ ...VALID_INPUT, Padding: "x".repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.headers["x-amzn-errortype"]).toBe("RequestEntityTooLargeException");
  });

  it("ignores unknown members (they are not violations)", async () => {
    const response = await call(front.url, { ...VALID_INPUT, SomethingNew: true });
    expect(response.status).toBe(200);
    expect(front.violations.list()).toEqual([]);
  });

  it("ignores Accept: the answer keeps the contract's media type", async () => {
    const response = await call(front.url, VALID_INPUT, { accept: "application/json" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(AWS_JSON);
  });

  it("does not check security by default (local clients sign with dummy credentials or not at all)", async () => {
    const response = await call(front.url, VALID_INPUT, { authorization: undefined });
    expect(response.status).toBe(200);
  });
});

describe("mock mode with checkSecurity", () => {
  let front: PrismFront;
  beforeAll(async () => {
    front = await startPrismFront({ spec: CONTRACT, checkSecurity: true });
  });
  afterAll(() => front?.close());

  it("refuses a request without Authorization with 403 MissingAuthenticationTokenException", async () => {
    const response = await call(front.url, VALID_INPUT);
    expect(response.status).toBe(403);
    expect(response.headers["x-amzn-errortype"]).toBe("MissingAuthenticationTokenException");
    expect(slViolations(response)).toEqual([expect.objectContaining({ code: 401 })]);
  });

  it("accepts a request with an Authorization header", async () => {
    const response = await call(front.url, VALID_INPUT, { authorization: "AWS4-HMAC-SHA256 Credential=AKID/20261124/us-east-1/airflow-serverless/aws4_request, SignedHeaders=host, Signature=00" });
    expect(response.status).toBe(200);
  });
});

describe("mock mode, multi-operation document (paths keyed /#{Service}.{Operation})", () => {
  let front: PrismFront;
  beforeAll(async () => {
    front = await startPrismFront({ spec: MULTI_OPERATION_FIXTURE });
  });
  afterAll(() => front?.close());

  it("routes by X-Amz-Target to each operation", async () => {
    const stop = await call(front.url, VALID_INPUT, { "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" });
    const get = await call(front.url, VALID_INPUT, { "x-amz-target": "AmazonMWAAServerless.GetWorkflowRun" });
    expect((stop.json as { Status: string }).Status).toBe("STOPPING");
    expect((get.json as { Status: string }).Status).toBe("RUNNING");
    expect(front.violations.list()).toEqual([]);
  });
});
