// The constraints of the model at every boundary, checked with the validators
// that ship (generated/validators, ajv standalone code compiled at generate
// time), so what is published is what is tested.

import { describe, expect, it } from "vitest";
import {
  validateAccessDeniedException,
  validateAwsJsonFrameworkError,
  validateInternalServerException,
  validateResourceNotFoundException,
  validateStopWorkflowRunRequest,
  validateStopWorkflowRunResponse,
  validateThrottlingException,
  validateValidationException,
  validators,
} from "../../generated/validators/index.js";

const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const request = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  WorkflowArn: ARN,
  RunId: "run-1",
  ...overrides,
});

/** The instance paths and keywords ajv reported, e.g. "/RunId maxLength". */
function failures(validate: typeof validateStopWorkflowRunRequest, data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe("RunId (IdString: length 1–255, ^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$)", () => {
  it.each([
    ["1 character", "a"],
    ["255 characters", "a".repeat(255)],
    ["dots, dashes and underscores after the first character", "run-2024.11_24"],
    ["digits only", "0123456789"],
  ])("accepts %s", (_label, runId) => {
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: runId }))).toEqual([]);
  });

  it("rejects the empty string (length 0) on minLength", () => {
    // An empty string also fails the pattern ([a-zA-Z0-9]+ needs a character).
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: "" }))).toEqual([
      "/RunId minLength",
      "/RunId pattern",
    ]);
  });

  it("rejects 256 characters on maxLength", () => {
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: "a".repeat(256) }))).toEqual(["/RunId maxLength"]);
  });

  it("counts Unicode code points, as Smithy's @length does (an astral character is one)", () => {
    // 254 ASCII + one astral character = 255 code points but 256 UTF-16 units;
    // the pattern rejects it, but length must not.
    const value = `${"a".repeat(254)}😀`;
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: value }))).toEqual(["/RunId pattern"]);
  });

  it.each([
    ["a leading dash", "-run"],
    ["a leading dot", ".run"],
    ["a space", "run 1"],
    ["a slash", "run/1"],
    ["a newline inside", "run\n1"],
    ["two trailing newlines", "run1\n\n"],
    ["a non-ASCII letter", "rün"],
  ])("rejects %s on the pattern", (_label, runId) => {
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: runId }))).toEqual(["/RunId pattern"]);
  });

  it("accepts one trailing line terminator, as the pattern's Java dialect does ($ also matches before a final line break)", () => {
    // AWS validates @pattern with java.util.regex, whose `$` matches before a
    // final line terminator; the translation (codegen/src/regex) keeps that.
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: "run1\n" }))).toEqual([]);
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: "run1\r\n" }))).toEqual([]);
  });

  it("rejects a RunId that is not a string", () => {
    expect(failures(validateStopWorkflowRunRequest, request({ RunId: 42 }))).toEqual(["/RunId type"]);
  });
});

describe("WorkflowArn (length 1–2048, the seven-partition ARN pattern)", () => {
  const arn = (partition: string, rest = "us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5") =>
    `arn:${partition}:airflow-serverless:${rest}`;

  it.each(["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f"])(
    "accepts partition %s",
    (partition) => {
      expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: arn(partition) }))).toEqual([]);
    },
  );

  it.each(["aws-eusc", "aws-iso-g", "azure", "aws-", "AWS"])("rejects partition %s", (partition) => {
    expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: arn(partition) }))).toEqual([
      "/WorkflowArn pattern",
    ]);
  });

  it.each([
    ["an 11-digit account", arn("aws", "us-east-1:11112222333:workflow/nightly-etl-a1B2c3D4e5")],
    ["a 13-digit account", arn("aws", "us-east-1:1111222233334:workflow/nightly-etl-a1B2c3D4e5")],
    ["another service", ARN.replace("airflow-serverless", "airflow")],
    ["a 9-character suffix", arn("aws", "us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e")],
    ["an 11-character suffix", arn("aws", "us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5f")],
    ["trailing characters", `${ARN}/runs`],
    ["leading characters", ` ${ARN}`],
    ["another resource type", ARN.replace(":workflow/", ":environment/")],
    ["a malformed region", arn("aws", "useast1:111122223333:workflow/nightly-etl-a1B2c3D4e5")],
    ["a name that starts with a dash", arn("aws", "us-east-1:111122223333:workflow/-nightly-a1B2c3D4e5")],
  ])("rejects %s", (_label, value) => {
    expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: value }))).toEqual(["/WorkflowArn pattern"]);
  });

  it("accepts the longest name the pattern allows (255 + dash + 10)", () => {
    const value = arn("aws", `us-east-1:111122223333:workflow/${"n".repeat(255)}-a1B2c3D4e5`);
    expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: value }))).toEqual([]);
  });

  it("rejects the empty string and a 2049-character value on length", () => {
    expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: "" }))).toEqual([
      "/WorkflowArn minLength",
      "/WorkflowArn pattern",
    ]);
    expect(failures(validateStopWorkflowRunRequest, request({ WorkflowArn: "a".repeat(2049) }))).toEqual([
      "/WorkflowArn maxLength",
      "/WorkflowArn pattern",
    ]);
  });
});

describe("required members and unknown members", () => {
  it("requires WorkflowArn and RunId, reporting both at once", () => {
    expect(validateStopWorkflowRunRequest({})).toBe(false);
    expect(validateStopWorkflowRunRequest.errors?.map((e) => e.params)).toEqual([
      { missingProperty: "WorkflowArn" },
      { missingProperty: "RunId" },
    ]);
  });

  it("ignores members the model does not know (structures stay open)", () => {
    expect(failures(validateStopWorkflowRunRequest, request({ ClientToken: "x", Extra: { nested: true } }))).toEqual([]);
  });

  it("rejects a body that is not an object", () => {
    for (const body of [null, [], "x", 1]) {
      expect(failures(validateStopWorkflowRunRequest, body)).toEqual([" type"]);
    }
  });
});

describe("StopWorkflowRunResponse", () => {
  const ok = { WorkflowArn: ARN, WorkflowVersion: "3", RunId: "run-1", Status: "STOPPING" };

  it.each(["STARTING", "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "STOPPING", "STOPPED"])(
    "accepts Status %s",
    (status) => {
      expect(failures(validateStopWorkflowRunResponse, { ...ok, Status: status })).toEqual([]);
    },
  );

  it.each(["stopped", "CANCELLED", "", "STOPPED "])("rejects Status %j outside the enum", (status) => {
    expect(failures(validateStopWorkflowRunResponse, { ...ok, Status: status })).toEqual(["/Status enum"]);
  });

  it("has no required members (every output member is optional)", () => {
    expect(failures(validateStopWorkflowRunResponse, {})).toEqual([]);
  });

  it("checks WorkflowVersion's length 1–2048", () => {
    expect(failures(validateStopWorkflowRunResponse, { ...ok, WorkflowVersion: "v".repeat(2048) })).toEqual([]);
    expect(failures(validateStopWorkflowRunResponse, { ...ok, WorkflowVersion: "v".repeat(2049) })).toEqual([
      "/WorkflowVersion maxLength",
    ]);
    expect(failures(validateStopWorkflowRunResponse, { ...ok, WorkflowVersion: "" })).toEqual([
      "/WorkflowVersion minLength",
      "/WorkflowVersion pattern",
    ]);
  });
});

describe("error schemas", () => {
  it("require the members the model marks @required", () => {
    expect(failures(validateResourceNotFoundException, { Message: "gone" })).toEqual([" required", " required"]);
    expect(failures(validateThrottlingException, { Message: "slow down", ServiceCode: "s" })).toEqual([" required"]);
    expect(failures(validateValidationException, { Message: "bad" })).toEqual([" required"]);
    expect(failures(validateAccessDeniedException, {})).toEqual([" required"]);
  });

  it("accept the awsJson error type in __type or code, full shape ID or bare name, with a :suffix", () => {
    const body = { Message: "gone", ResourceId: "run-1", ResourceType: "WorkflowRun" };
    for (const type of [
      "com.amazonaws.mwaaserverless#ResourceNotFoundException",
      "ResourceNotFoundException",
      "aws.other#ResourceNotFoundException",
      "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/",
    ]) {
      expect(failures(validateResourceNotFoundException, { ...body, __type: type })).toEqual([]);
      expect(failures(validateResourceNotFoundException, { ...body, code: type })).toEqual([]);
    }
  });

  it("reject a __type that names another error", () => {
    const body = { Message: "x", __type: "com.amazonaws.mwaaserverless#ThrottlingException" };
    expect(failures(validateAccessDeniedException, body)).toEqual(["/__type pattern"]);
    expect(failures(validateAccessDeniedException, { Message: "x", __type: "AccessDeniedExceptionX" })).toEqual([
      "/__type pattern",
    ]);
  });

  it("check nested members: ValidationException's Reason enum and FieldList entries", () => {
    const ok = {
      Message: "1 validation error detected.",
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: "RunId", Message: "Member must satisfy regular expression pattern" }],
    };
    expect(failures(validateValidationException, ok)).toEqual([]);
    expect(failures(validateValidationException, { ...ok, Reason: "FIELD_VALIDATION_FAILED" })).toEqual([
      "/Reason enum",
    ]);
    expect(failures(validateValidationException, { ...ok, FieldList: [{ Name: "RunId" }] })).toEqual([
      "/FieldList/0 required",
    ]);
    expect(failures(validateValidationException, { ...ok, FieldList: {} })).toEqual(["/FieldList type"]);
  });

  it("type RetryAfterSeconds as a 32-bit integer", () => {
    const body = { Message: "retry" };
    expect(failures(validateInternalServerException, { ...body, RetryAfterSeconds: 5 })).toEqual([]);
    expect(failures(validateInternalServerException, { ...body, RetryAfterSeconds: 1.5 })).toEqual([
      "/RetryAfterSeconds type",
    ]);
    expect(failures(validateInternalServerException, { ...body, RetryAfterSeconds: 2 ** 31 })).toEqual([
      "/RetryAfterSeconds maximum",
    ]);
  });

  it("ErrorMessage is limited to 1–2048 characters", () => {
    expect(failures(validateAccessDeniedException, { Message: "m".repeat(2048) })).toEqual([]);
    expect(failures(validateAccessDeniedException, { Message: "m".repeat(2049) })).toEqual(["/Message maxLength"]);
  });
});

describe("the validators map", () => {
  it("has one validator per input, output and error structure, by shape name, and one for framework errors", () => {
    expect(Object.keys(validators).sort()).toEqual([
      "AccessDeniedException",
      "AwsJsonFrameworkError",
      "InternalServerException",
      "OperationTimeoutException",
      "ResourceNotFoundException",
      "StopWorkflowRunRequest",
      "StopWorkflowRunResponse",
      "ThrottlingException",
      "ValidationException",
    ]);
    expect(validators.StopWorkflowRunRequest).toBe(validateStopWorkflowRunRequest);
    expect(Object.isFrozen(validators)).toBe(true);
  });
});

describe("AwsJsonFrameworkError (errors of the protocol layer, not in the model)", () => {
  it.each([
    ["the stub's bare name and lower-case message", { __type: "SerializationException", message: "Unexpected token" }],
    ["a namespace and a suffix", { __type: "aws.protocols#UnknownOperationException:http://internal", Message: "no" }],
    ["`code` instead of `__type`", { code: "UnsupportedMediaTypeException", message: "text/plain" }],
    ["a SigV4 failure", { __type: "InvalidSignatureException", message: "Signature expired" }],
    ["a body typed only by the X-Amzn-ErrorType header", { message: "Missing Authentication Token" }],
  ])("accepts %s", (_label, body) => {
    expect(failures(validateAwsJsonFrameworkError, body)).toEqual([]);
  });

  it.each([
    ["a modelled error's type", { __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException" }, "/__type pattern"],
    ["a made-up type", { __type: "SerializationExceptionX" }, "/__type pattern"],
    ["a made-up `code`", { code: "Oops" }, "/code pattern"],
    ["ValidationException, which this model declares itself", { __type: "ValidationException" }, "/__type pattern"],
    ["a message that is not a string", { __type: "SerializationException", message: 42 }, "/message type"],
  ])("rejects %s", (_label, body, failure) => {
    expect(failures(validateAwsJsonFrameworkError, body)).toEqual([failure]);
  });
});
