// The generated service core against the awsJson1_0 protocol rules and the
// issue's list of framework behaviours, driven through core.handle().

import { describe, expect, it } from "vitest";
import {
  AccessDeniedException,
  InternalServerException,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
  type StopWorkflowRunResponse,
} from "../../generated/server/src/index.js";
import { ARN, CONTENT_TYPE, json, recordingLogger, request, RUN_ID, serviceWith, UUID } from "./helpers.js";

describe("successful calls", () => {
  it("routes by X-Amz-Target, passes the typed input and serializes the output", async () => {
    let seen: unknown;
    const core = serviceWith(async (input, ctx) => {
      seen = { input, operation: ctx.operation, requestId: ctx.requestId };
      return { WorkflowArn: input.WorkflowArn, RunId: input.RunId, WorkflowVersion: "3", Status: "STOPPING" };
    });
    const response = await core.handle(request());
    expect(response.status).toBe(200);
    expect(response.headers["Content-Type"]).toBe(CONTENT_TYPE);
    expect(response.headers["X-Amzn-RequestId"]).toMatch(UUID);
    expect(json(response)).toEqual({ WorkflowArn: ARN, RunId: RUN_ID, WorkflowVersion: "3", Status: "STOPPING" });
    expect(seen).toEqual({
      input: { WorkflowArn: ARN, RunId: RUN_ID },
      operation: "StopWorkflowRun",
      requestId: response.headers["X-Amzn-RequestId"],
    });
  });

  it("gives every response its own request id", async () => {
    const core = serviceWith();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await core.handle(request())).headers["X-Amzn-RequestId"]!);
    expect(ids.size).toBe(5);
  });

  it("accepts Content-Type parameters (AwsJson10MustSupportParametersInContentType)", async () => {
    const response = await serviceWith().handle(request({ headers: { "content-type": "application/x-amz-json-1.0; charset=utf-8" } }));
    expect(response.status).toBe(200);
  });

  it("ignores unknown members and never passes them to the handler", async () => {
    let seen: unknown;
    const core = serviceWith(async (input) => {
      seen = input;
      return {};
    });
    const body = JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID, Extra: { deep: [1, 2] }, Force: true });
    expect((await core.handle(request({ body }))).status).toBe(200);
    expect(seen).toEqual({ WorkflowArn: ARN, RunId: RUN_ID });
  });

  it("drops output members the model does not have", async () => {
    const core = serviceWith(async (input) => ({ RunId: input.RunId, Status: "STOPPED", Secret: "internal" }) as StopWorkflowRunResponse);
    const response = await core.handle(request());
    expect(json(response)).toEqual({ RunId: RUN_ID, Status: "STOPPED" });
  });

  it("keeps `__proto__` and `constructor` keys harmless", async () => {
    let seen: Record<string, unknown> | undefined;
    const core = serviceWith(async (input) => {
      seen = input as unknown as Record<string, unknown>;
      return {};
    });
    const body = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"WorkflowArn":"${ARN}","RunId":"${RUN_ID}"}`;
    expect((await core.handle(request({ body }))).status).toBe(200);
    expect(Object.getPrototypeOf(seen)).toBe(Object.prototype);
    expect(Object.keys(seen!)).toEqual(["WorkflowArn", "RunId"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("routing and framing errors", () => {
  const cases: [string, Parameters<typeof request>[0], number, string][] = [
    ["missing X-Amz-Target", { headers: { "x-amz-target": undefined } }, 400, "UnknownOperationException"],
    ["unknown operation", { headers: { "x-amz-target": "AmazonMWAAServerless.DeleteEverything" } }, 400, "UnknownOperationException"],
    ["wrong service prefix", { headers: { "x-amz-target": "OtherService.StopWorkflowRun" } }, 400, "UnknownOperationException"],
    ["path other than /", { path: "/workflows/x/runs/y" }, 400, "UnknownOperationException"],
    ["malformed JSON", { body: '{"WorkflowArn": ' }, 400, "SerializationException"],
    ["top-level array", { body: "[]" }, 400, "SerializationException"],
    ["top-level string", { body: '"x"' }, 400, "SerializationException"],
    ["top-level number", { body: "42" }, 400, "SerializationException"],
    ["top-level null", { body: "null" }, 400, "SerializationException"],
    ["member of the wrong JSON type", { body: `{"WorkflowArn":"${ARN}","RunId":12}` }, 400, "SerializationException"],
    ["member that is an object", { body: `{"WorkflowArn":{"a":1},"RunId":"r"}` }, 400, "SerializationException"],
    ["bytes that are not UTF-8", { body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }, 400, "SerializationException"],
    ["a truncated UTF-8 sequence at the end", { body: new Uint8Array([...new TextEncoder().encode(`{"WorkflowArn":"${ARN}","RunId":"r"}`), 0xe2, 0x82]) }, 400, "SerializationException"],
    ["an encoded surrogate (CESU-8)", { body: new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]) }, 400, "SerializationException"],
    ["a byte order mark before the JSON", { body: `\uFEFF{"WorkflowArn":"${ARN}","RunId":"r"}` }, 400, "SerializationException"],
    ["text/plain", { headers: { "content-type": "text/plain" } }, 415, "UnsupportedMediaTypeException"],
    ["application/json", { headers: { "content-type": "application/json" } }, 415, "UnsupportedMediaTypeException"],
    ["awsJson 1.1 media type", { headers: { "content-type": "application/x-amz-json-1.1" } }, 415, "UnsupportedMediaTypeException"],
    ["no Content-Type", { headers: { "content-type": undefined } }, 415, "UnsupportedMediaTypeException"],
    ["GET", { method: "GET" }, 405, "MethodNotAllowedException"],
    ["PUT", { method: "PUT" }, 405, "MethodNotAllowedException"],
  ];
  for (const [name, init, status, type] of cases) {
    it(`${name} → ${status} ${type}`, async () => {
      let called = false;
      const core = serviceWith(async () => {
        called = true;
        return {};
      });
      const response = await core.handle(request(init));
      expect(response.status).toBe(status);
      expect(response.headers["X-Amzn-ErrorType"]).toBe(type);
      expect(response.headers["Content-Type"]).toBe(CONTENT_TYPE);
      expect(response.headers["X-Amzn-RequestId"]).toMatch(UUID);
      expect(json(response).__type).toBe(type);
      expect(typeof json(response).message).toBe("string");
      expect(called).toBe(false);
    });
  }

  it("405 names the allowed method", async () => {
    const response = await serviceWith().handle(request({ method: "DELETE" }));
    expect(response.headers.Allow).toBe("POST");
  });

  it("treats an empty body with the right Content-Type as {}", async () => {
    const response = await serviceWith().handle(request({ body: "" }));
    expect(response.status).toBe(400);
    const body = json(response);
    expect(body.__type).toBe("com.amazonaws.mwaaserverless#ValidationException");
    expect((body.FieldList as { Name: string }[]).map((f) => f.Name)).toEqual(["WorkflowArn", "RunId"]);
  });

  it("refuses a body over the limit with 413 before parsing it", async () => {
    const core = serviceWith(undefined, { maxBodyBytes: 64 });
    const response = await core.handle(request({ body: JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID, pad: "x".repeat(100) }) }));
    expect(response.status).toBe(413);
    expect(json(response).__type).toBe("RequestEntityTooLargeException");
  });

  it("answers a deeply nested document with 400, not a crash", async () => {
    const body = `{"WorkflowArn":"${ARN}","RunId":"${RUN_ID}","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const response = await serviceWith().handle(request({ body }));
    expect([200, 400]).toContain(response.status);
  });
});

describe("constraint validation → ValidationException", () => {
  const validation = async (body: unknown) => {
    const response = await serviceWith().handle(request({ body: JSON.stringify(body) }));
    expect(response.status).toBe(400);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("ValidationException");
    const parsed = json(response) as { __type: string; Message: string; Reason: string; FieldList: { Name: string; Message: string }[] };
    expect(parsed.__type).toBe("com.amazonaws.mwaaserverless#ValidationException");
    expect(parsed.Reason).toBe("fieldValidationFailed");
    return parsed;
  };

  it("reports a pattern failure in the Smithy wording", async () => {
    const body = await validation({ WorkflowArn: ARN, RunId: "-not-valid" });
    const message = "Value at '/RunId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$";
    expect(body.FieldList).toEqual([{ Name: "RunId", Message: message }]);
    expect(body.Message).toBe(`1 validation error detected. ${message}`);
  });

  it("reports missing required members", async () => {
    const body = await validation({ RunId: RUN_ID });
    expect(body.FieldList).toEqual([
      { Name: "WorkflowArn", Message: "Value at '/WorkflowArn' failed to satisfy constraint: Member must not be null" },
    ]);
  });

  it("treats null as missing", async () => {
    const body = await validation({ WorkflowArn: null, RunId: RUN_ID });
    expect(body.FieldList[0]!.Name).toBe("WorkflowArn");
  });

  it("reports every violation and summarises the count", async () => {
    const body = await validation({ WorkflowArn: "arn:nope", RunId: "" });
    expect(body.FieldList.map((f) => f.Name)).toEqual(["WorkflowArn", "RunId", "RunId"]);
    expect(body.FieldList[1]!.Message).toBe(
      "Value with length 0 at '/RunId' failed to satisfy constraint: Member must have length between 1 and 255, inclusive",
    );
    expect(body.Message).toMatch(/^3 validation errors detected\. /);
  });

  it("counts length in Unicode code points", async () => {
    const astral = "\u{1F600}";
    // 255 emoji = 510 UTF-16 units but 255 code points: length passes, pattern fails.
    const body = await validation({ WorkflowArn: ARN, RunId: astral.repeat(255) });
    expect(body.FieldList).toHaveLength(1);
    expect(body.FieldList[0]!.Message).toContain("regular expression");
    const tooLong = await validation({ WorkflowArn: ARN, RunId: astral.repeat(256) });
    expect(tooLong.FieldList[0]!.Message).toContain("Value with length 256 at '/RunId'");
  });

  it("skips the pattern of an over-long value (bounded regex work) and still reports the length", async () => {
    const body = await validation({ WorkflowArn: `${ARN}${"a".repeat(3000)}`, RunId: RUN_ID });
    expect(body.FieldList).toEqual([
      {
        Name: "WorkflowArn",
        Message: `Value with length ${ARN.length + 3000} at '/WorkflowArn' failed to satisfy constraint: Member must have length between 1 and 2048, inclusive`,
      },
    ]);
  });

  it("keeps the summary within the model's ErrorMessage length", async () => {
    const response = await serviceWith().handle(request({ body: JSON.stringify({ WorkflowArn: "x", RunId: "-" }) }));
    expect((json(response).Message as string).length).toBeLessThanOrEqual(2048);
  });
});

describe("handler errors", () => {
  it("sends a modelled error with its status, __type, X-Amzn-ErrorType and members", async () => {
    const core = serviceWith(async (input) => {
      throw new ResourceNotFoundException({ Message: `Run ${input.RunId} not found`, ResourceId: input.RunId, ResourceType: "WorkflowRun" });
    });
    const response = await core.handle(request());
    expect(response.status).toBe(400);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("ResourceNotFoundException");
    expect(json(response)).toEqual({
      __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException",
      Message: `Run ${RUN_ID} not found`,
      ResourceId: RUN_ID,
      ResourceType: "WorkflowRun",
    });
  });

  it("uses status 500 for server faults and sets Retry-After from RetryAfterSeconds", async () => {
    const core = serviceWith(async () => {
      throw new InternalServerException({ Message: "busy", RetryAfterSeconds: 7 });
    });
    const response = await core.handle(request());
    expect(response.status).toBe(500);
    expect(response.headers["Retry-After"]).toBe("7");
    expect(json(response).RetryAfterSeconds).toBe(7);
  });

  it("sets Retry-After for ThrottlingException thrown by a handler", async () => {
    const core = serviceWith(async () => {
      throw new ThrottlingException({ Message: "slow down", ServiceCode: "airflow-serverless", QuotaCode: "Q", RetryAfterSeconds: 3 });
    });
    const response = await core.handle(request());
    expect(response.status).toBe(400);
    expect(response.headers["Retry-After"]).toBe("3");
  });

  it("omits Retry-After when the error has none", async () => {
    const core = serviceWith(async () => {
      throw new AccessDeniedException({ Message: "no" });
    });
    const response = await core.handle(request());
    expect(response.headers["Retry-After"]).toBeUndefined();
  });

  it("hides an unmodelled exception behind a generic InternalServerException and keeps serving", async () => {
    const { entries, logger } = recordingLogger();
    let fail = true;
    const core = serviceWith(
      async (input) => {
        if (fail) throw new Error("db password=hunter2 at /srv/app/store.ts:42");
        return { RunId: input.RunId };
      },
      { logger },
    );
    const response = await core.handle(request());
    expect(response.status).toBe(500);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("InternalServerException");
    expect(response.body).not.toContain("hunter2");
    expect(response.body).not.toContain("store.ts");
    expect(json(response)).toEqual({
      __type: "com.amazonaws.mwaaserverless#InternalServerException",
      Message: "An internal error occurred. Try again later.",
    });
    expect(entries.some((e) => e.level === "error" && (e.object.err as Error).message.includes("hunter2")), `no error log with the cause; logged: ${JSON.stringify(entries.map((e) => e.level))}`).toBe(true);
    fail = false;
    expect((await core.handle(request())).status).toBe(200);
  });

  it("treats a thrown non-Error value like any unmodelled failure", async () => {
    const core = serviceWith(async () => {
      throw "a string";
    });
    expect((await core.handle(request())).status).toBe(500);
  });

  it("answers at once (no promise) when nothing waits, and with a promise when the handler does", async () => {
    const quick = serviceWith((input) => ({ WorkflowArn: input.WorkflowArn, RunId: input.RunId, Status: "STOPPED" }));
    const now = quick.answer!(request());
    expect(now).not.toBeInstanceOf(Promise);
    expect((now as Awaited<ReturnType<typeof quick.handle>>).status).toBe(200);
    expect(quick.answer!(request({ headers: { "x-amz-target": "AmazonMWAAServerless.Nope" } }))).toMatchObject({ status: 400 });
    const slow = serviceWith(async (input) => ({ WorkflowArn: input.WorkflowArn, RunId: input.RunId, Status: "STOPPING" }));
    const later = slow.answer!(request());
    expect(later).toBeInstanceOf(Promise);
    const [fromAnswer, fromHandle] = [await later, await slow.handle(request())];
    expect(fromAnswer.status).toBe(200);
    expect(fromAnswer.body).toBe(fromHandle.body);
    expect(quick.handle(request())).toBeInstanceOf(Promise);
  });

  it("takes a handler's answer given at once (no promise) as it takes a promised one", async () => {
    const { entries, logger } = recordingLogger();
    let mode: "value" | "modelled" | "crash" = "value";
    const core = serviceWith(
      (input) => {
        if (mode === "modelled") throw new ResourceNotFoundException({ Message: "gone", ResourceId: input.RunId, ResourceType: "WorkflowRun" });
        if (mode === "crash") throw new Error("sync crash with secret=42");
        return { WorkflowArn: input.WorkflowArn, RunId: input.RunId, Status: "STOPPED" };
      },
      { logger },
    );
    const answered = await core.handle(request());
    expect(answered.status).toBe(200);
    expect(json(answered)).toEqual({ WorkflowArn: ARN, RunId: RUN_ID, Status: "STOPPED" });
    mode = "modelled";
    const missing = await core.handle(request());
    expect(missing.status).toBe(400);
    expect(json(missing)).toMatchObject({ __type: "com.amazonaws.mwaaserverless#ResourceNotFoundException", ResourceId: RUN_ID });
    mode = "crash";
    const crashed = await core.handle(request());
    expect(crashed.status).toBe(500);
    expect(crashed.body).not.toContain("secret");
    expect(entries.map((e) => e.level), "log levels written").toContain("error");
  });
});

describe("output validation", () => {
  it("never sends an output that breaks the contract; logs it and answers 500", async () => {
    const { entries, logger } = recordingLogger();
    const core = serviceWith(async () => ({ Status: "EXPLODED" }) as unknown as StopWorkflowRunResponse, { logger, validateOutput: true });
    const response = await core.handle(request());
    expect(response.status).toBe(500);
    expect(response.body).not.toContain("EXPLODED");
    const logged = entries.find((e) => e.level === "error");
    expect(JSON.stringify(logged?.object.violations)).toContain("/Status");
  });

  it("catches wrong JSON types in the output", async () => {
    const core = serviceWith(async () => ({ RunId: 42 }) as unknown as StopWorkflowRunResponse, { validateOutput: true });
    expect((await core.handle(request())).status).toBe(500);
  });

  it("checks thrown modelled errors too", async () => {
    const core = serviceWith(
      async () => {
        throw new ResourceNotFoundException({ Message: "", ResourceId: "r", ResourceType: "WorkflowRun" });
      },
      { validateOutput: true },
    );
    const response = await core.handle(request());
    expect(response.status).toBe(500);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("InternalServerException");
  });

  it("can be switched off (production)", async () => {
    const core = serviceWith(async () => ({ Status: "EXPLODED" }) as unknown as StopWorkflowRunResponse, { validateOutput: false });
    const response = await core.handle(request());
    expect(response.status).toBe(200);
    expect(json(response)).toEqual({ Status: "EXPLODED" });
  });
});

describe("throttling", () => {
  it("answers ThrottlingException with ServiceCode, QuotaCode, RetryAfterSeconds and Retry-After once the bucket is empty", async () => {
    const core = serviceWith(undefined, { throttle: { ratePerSecond: 0.001, burst: 2, quotaCode: "L-STOPRUN01" } });
    expect((await core.handle(request())).status).toBe(200);
    expect((await core.handle(request())).status).toBe(200);
    const response = await core.handle(request());
    expect(response.status).toBe(400);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("ThrottlingException");
    const body = json(response);
    expect(body).toMatchObject({
      __type: "com.amazonaws.mwaaserverless#ThrottlingException",
      ServiceCode: "airflow-serverless",
      QuotaCode: "L-STOPRUN01",
    });
    expect(body.RetryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(response.headers["Retry-After"]).toBe(String(body.RetryAfterSeconds));
  });

  it("rejects a nonsensical configuration", () => {
    expect(() => serviceWith(undefined, { throttle: { ratePerSecond: 0, burst: 1 } })).toThrow(/ratePerSecond/);
  });
});

describe("construction", () => {
  it("refuses handlers that miss an operation", async () => {
    const { createAmazonMWAAServerlessService } = await import("../../generated/server/src/index.js");
    expect(() => createAmazonMWAAServerlessService({} as never)).toThrow(/StopWorkflowRun/);
  });

  it("keeps `this` for class-based handlers", async () => {
    const { createAmazonMWAAServerlessService } = await import("../../generated/server/src/index.js");
    class Handlers {
      status = "STOPPED" as const;
      async StopWorkflowRun(): Promise<StopWorkflowRunResponse> {
        return { Status: this.status };
      }
    }
    const core = createAmazonMWAAServerlessService(new Handlers());
    expect(json(await core.handle(request()))).toEqual({ Status: "STOPPED" });
  });

  it("exposes ValidationException for handlers that reject input semantically", async () => {
    const core = serviceWith(async () => {
      throw new ValidationException({ Message: "Run already finished", Reason: "other" });
    });
    const response = await core.handle(request());
    expect(json(response)).toEqual({
      __type: "com.amazonaws.mwaaserverless#ValidationException",
      Message: "Run already finished",
      Reason: "other",
    });
  });
});
