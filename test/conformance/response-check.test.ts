// The response checker accepts every conforming way of naming an error and
// checks bodies against the generated schemas. The model's own response
// protocol tests are conforming responses, so each must pass the checker.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import type { Expectation } from "../../codegen/src/generators/conformance/case-format.js";
import { resolveErrorType, sanitizeErrorType } from "../../src/conformance/error-type.js";
import { checkResponse, type ReceivedResponse } from "../../src/conformance/response-check.js";
import { bodyValidators, suite } from "../../src/conformance/suite.js";

const context = { suite, validators: bodyValidators };
const index = new ModelIndex(JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")));
const JSON_TYPE = { "content-type": "application/x-amz-json-1.0" };
const notFound: Expectation = { outcome: "error", status: "4xx", errorTypes: ["ResourceNotFoundException"] };
const notFoundBody = { Message: "m", ResourceId: "r", ResourceType: "WorkflowRun" };
const response = (status: number, body: unknown, headers: Record<string, string> = JSON_TYPE): ReceivedResponse => ({
  status, headers, body: body === "" ? "" : JSON.stringify(body),
});

describe("error type resolution", () => {
  it.each([
    ["FooError", "FooError"],
    ["FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
    ["aws.protocoltests.json10#FooError", "FooError"],
    ["aws.protocoltests.json10#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"],
  ])("sanitizes %s", (raw, name) => expect(sanitizeErrorType(raw)).toBe(name));

  it("reads the header first, then code, then __type", () => {
    expect(resolveErrorType({ header: "A", code: "B", dunderType: "ns#C" })).toBe("A");
    expect(resolveErrorType({ code: "B", dunderType: "ns#C" })).toBe("B");
    expect(resolveErrorType({ dunderType: "ns#C" })).toBe("C");
    expect(resolveErrorType({})).toBeUndefined();
  });
});

describe("checkResponse", () => {
  it.each([
    ["__type with shape ID", response(400, { __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", ...notFoundBody })],
    ["__type from another namespace", response(400, { __type: "aws.other#ResourceNotFoundException", ...notFoundBody })],
    ["code", response(400, { code: "ResourceNotFoundException", ...notFoundBody })],
    ["header only", response(400, notFoundBody, { ...JSON_TYPE, "x-amzn-errortype": "ResourceNotFoundException:http://x/" })],
    ["status 404", response(404, { __type: "ResourceNotFoundException", ...notFoundBody })],
  ])("accepts an error named by %s", (_name, received) => {
    expect(checkResponse(notFound, received, context).failures).toEqual([]);
  });

  it("fails an error without a type, or with a missing required member", () => {
    expect(checkResponse(notFound, response(400, notFoundBody), context).failures.join()).toMatch(/names no type/);
    const missing = checkResponse(notFound, response(400, { __type: "ResourceNotFoundException", Message: "m", ResourceType: "t" }), context);
    expect(missing.failures.join()).toMatch(/ResourceNotFoundException\.json.*ResourceId/);
  });

  it("fails a client error with a 5xx status and a JSON body with the wrong Content-Type", () => {
    expect(checkResponse(notFound, response(500, { __type: "ResourceNotFoundException", ...notFoundBody }), context).failures.join()).toMatch(/client error/);
    const wrongType = checkResponse(notFound, response(400, { __type: "ResourceNotFoundException", ...notFoundBody }, { "content-type": "application/json" }), context);
    expect(wrongType.failures.join()).toMatch(/Content-Type/);
  });

  it("checks successes against the output schema", () => {
    const success: Expectation = { outcome: "success", output: "StopWorkflowRunResponse" };
    expect(checkResponse(success, response(200, { RunId: "r", Status: "STOPPING" }), context).failures).toEqual([]);
    expect(checkResponse(success, response(200, { RunId: "r", Status: "HALTED" }), context).failures.join()).toMatch(/Status/);
  });

  it("keeps preferences apart from failures", () => {
    const preferring: Expectation = { outcome: "error", status: [400], errorTypes: ["ValidationException"], preferences: ["dunderTypeWithShapeId", "errorTypeHeader", "requestId"] };
    const outcome = checkResponse(preferring, response(400, { code: "ValidationException", Message: "m", Reason: "other" }), context);
    expect(outcome.failures).toEqual([]);
    expect(outcome.preferences).toHaveLength(3);
  });

  it("passes every response protocol test of the model (they are conforming responses)", () => {
    const operation = index.operationsOf()[0]!;
    const tests = [operation, ...index.errorsOf(operation)].flatMap((id) => index.responseTestsOf(id).map((t) => ({ id, t })));
    expect(tests.length).toBeGreaterThan(5);
    for (const { id, t } of tests) {
      const isError = id !== operation;
      const expect_: Expectation = isError
        ? { outcome: "error", errorTypes: [index.nameOf(id)] }
        : { outcome: "success", output: "StopWorkflowRunResponse" };
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(t.headers ?? {})) headers[k.toLowerCase()] = v;
      const outcome = checkResponse(expect_, { status: t.code ?? 200, headers, body: t.body ?? "" }, context);
      expect(outcome.failures, t.id).toEqual([]);
    }
  });
});
