import { describe, expect, it } from "vitest";
import { parseBody } from "../../src/mock/aws-json-body.js";
import { invalidRequestResponse } from "../../src/mock/aws-json-errors.js";
import { ContractShapeError, OperationTable } from "../../src/mock/operation-table.js";
import { PreferenceError, readPreferences, withCodeForExample } from "../../src/mock/prefer.js";
import { slViolationsHeader } from "../../src/mock/violations.js";
import { SINGLE_OPERATION_FIXTURE } from "./front-helpers.js";

const none = new URLSearchParams();

describe("readPreferences", () => {
  it("reads code, example, dynamic and seed from Prefer", () => {
    expect(readPreferences('code=400, example="RunNotFound"; dynamic=false, seed=7', none)).toEqual({
      code: 400,
      exampleKey: "RunNotFound",
      dynamic: false,
      seed: "7",
    });
  });

  it("falls back to the __ query parameters only without a Prefer header", () => {
    const query = new URLSearchParams("__code=500&__example=OperationTimeout");
    expect(readPreferences(undefined, query)).toEqual({ code: 500, exampleKey: "OperationTimeout" });
    expect(readPreferences("code=200", query)).toEqual({ code: 200 });
  });

  it.each([["code=40"], ["code=abc"], ["dynamic=yes"]])("refuses %s", (prefer) => {
    expect(() => readPreferences(prefer, none)).toThrow(PreferenceError);
  });
});

describe("withCodeForExample", async () => {
  const table = await OperationTable.load(SINGLE_OPERATION_FIXTURE);
  const operation = table.byTarget("AmazonMWAAServerless.StopWorkflowRun")!.operation;

  it("finds the status of a named error example", () => {
    expect(withCodeForExample({ exampleKey: "OperationTimeout" }, operation)).toEqual({ exampleKey: "OperationTimeout", code: 500 });
  });

  it("refuses an example the response of the given code does not have, with 404", () => {
    expect(() => withCodeForExample({ exampleKey: "OperationTimeout", code: 400 }, operation)).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });
});

describe("parseBody", () => {
  const json = "application/x-amz-json-1.0";
  it("parses awsJson and JSON media types, with parameters", () => {
    expect(parseBody(Buffer.from('{"a":1}'), `${json}; charset=utf-8`)).toEqual({ kind: "json", value: { a: 1 } });
    expect(parseBody(Buffer.from("[1]"), "application/problem+json")).toEqual({ kind: "json", value: [1] });
  });
  it("reads an empty awsJson body as {}", () => {
    expect(parseBody(Buffer.alloc(0), json)).toEqual({ kind: "json", value: {} });
  });
  it("keeps other media types as text", () => {
    expect(parseBody(Buffer.from("{}"), "text/plain")).toEqual({ kind: "text", text: "{}" });
  });
  it("reports malformed JSON and non-UTF-8 bytes", () => {
    expect(parseBody(Buffer.from("{"), json)).toMatchObject({ kind: "malformed", reason: expect.stringMatching(/not valid JSON/) });
    expect(parseBody(Buffer.from([0x22, 0xff, 0x22]), json)).toMatchObject({ kind: "malformed", reason: expect.stringMatching(/UTF-8/) });
  });
  it("keeps __proto__ as an ordinary member (no prototype pollution)", () => {
    const parsed = parseBody(Buffer.from('{"__proto__":{"polluted":true}}'), json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys((parsed as { value: object }).value)).toEqual(["__proto__"]);
  });
});

describe("OperationTable", () => {
  const operation = (extra: object) => ({
    id: "x",
    method: "post",
    path: "/",
    responses: [],
    iid: "Op",
    ...extra,
  });

  it("refuses an operation without x-amz-target", () => {
    expect(() => OperationTable.fromOperations([operation({}) as never])).toThrow(ContractShapeError);
  });

  it("refuses two operations with one target", () => {
    const op = operation({ extensions: { "x-amz-target": "S.Op" } });
    expect(() => OperationTable.fromOperations([op, { ...op, iid: "Other" }] as never)).toThrow(/both claim/);
  });

  it("takes the target from a /#{Service}.{Operation} path when the extension is absent", () => {
    const table = OperationTable.fromOperations([operation({ path: "/#S.Op" }) as never]);
    expect(table.targets()).toEqual(["S.Op"]);
  });

  it("refuses non-POST operations", () => {
    expect(() => OperationTable.fromOperations([operation({ method: "get", extensions: { "x-amz-target": "S.Op" } }) as never])).toThrow(/POST/);
  });
});

describe("invalidRequestResponse", () => {
  it("names nested members with dots and counts the errors", () => {
    const response = invalidRequestResponse(
      [
        { path: ["body", "Outer", "Inner"], code: "maxLength", message: "must NOT have more than 5 characters", severity: 0 },
        { path: ["body", "Items", "0"], code: "minLength", message: "must NOT have fewer than 1 characters", severity: 0 },
      ],
      "com.example",
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({
      __type: "com.example#ValidationException",
      Message: expect.stringMatching(/^2 validation errors detected\. /),
      FieldList: [
        { Name: "Outer.Inner", Message: "Value at '/Outer/Inner' failed to satisfy constraint: Member must have length less than or equal to 5" },
        { Name: "Items.0", Message: "Value at '/Items/0' failed to satisfy constraint: Member must have length greater than or equal to 1" },
      ],
    });
  });
});

describe("slViolationsHeader", () => {
  it("is absent without violations and ASCII-only with them", () => {
    expect(slViolationsHeader([])).toBeUndefined();
    const header = slViolationsHeader([{ location: ["request"], severity: "Error", message: "RunId “é”" }])!;
    expect(header).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(header)[0].message).toBe("RunId “é”");
  });
});
