// Hostile requests: each gets a typed 4xx promptly and the service keeps
// serving. (AbortSignal timeouts below are hang guards, not speed claims.)

import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { CONTENT_TYPE, TARGET, post, stopRun } from "./support/http.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service?.close();
});
afterEach(async () => {
  // Whatever the last request did, the service still answers normally.
  const check = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "run-20261123-0001" });
  expect(check.json?.Status).toBe("SUCCESS");
});

const ARN_PREFIX = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/";

describe("adversarial requests", () => {
  it.each([
    ["truncated JSON", '{"WorkflowArn":"x",'],
    ["a JSON array", "[]"],
    ["a JSON string", '"StopWorkflowRun"'],
    ["trailing garbage", '{"WorkflowArn":"x","RunId":"y"}xyz'],
    ["a NUL byte", '{"RunId":"a\u0000b"'],
  ])("answers %s with SerializationException", async (_, body) => {
    const response = await post(service.url, body);
    expect(response.status).toBe(400);
    expect(response.errorType).toBe("SerializationException");
  });

  describe("deeply nested JSON (100,000 levels)", () => {
    const depth = 100_000;
    it("inside an unknown member: ignored like any unknown member, the stop is answered", async () => {
      for (const nested of ["[".repeat(depth) + "]".repeat(depth), '{"a":'.repeat(depth) + "1" + "}".repeat(depth)]) {
        const response = await post(service.url, `{"WorkflowArn":"${NIGHTLY}","RunId":"run-20261123-0001","Extra":${nested}}`);
        expect(response.status).toBe(200);
        expect(response.json).toMatchObject({ RunId: "run-20261123-0001", Status: "SUCCESS" });
      }
    });

    it("in place of a member: SerializationException naming the member", async () => {
      const response = await post(service.url, `{"WorkflowArn":"${NIGHTLY}","RunId":${"[".repeat(depth)}${"]".repeat(depth)}}`);
      expect(response.status).toBe(400);
      expect(response.errorType).toBe("SerializationException");
      expect(response.text).toContain("/RunId");
    });
  });

  it("refuses a 5 MiB body with 413 before reading it all", async () => {
    const { status, type } = await new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const size = 5 * 1024 * 1024;
      const req = request(service.url, { method: "POST", headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET, "content-length": size } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, type: res.headers["x-amzn-errortype"] as string | undefined });
      });
      // The server may close the connection while we still write: that is fine, the answer came first.
      req.on("error", (error: NodeJS.ErrnoException) => (["EPIPE", "ECONNRESET"].includes(error.code ?? "") ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(type).toMatch(/TooLarge/);
  });

  it("refuses a chunked body over 1 MiB (no Content-Length) with 413", async () => {
    const huge = new Uint8Array(2 * 1024 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(huge);
        controller.close();
      },
    });
    const response = await fetch(service.url, {
      method: "POST",
      headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET },
      body: stream,
      duplex: "half",
      signal: AbortSignal.timeout(20_000),
    } as RequestInit).catch((error: unknown) => error as Error);
    if (response instanceof Error) throw response;
    expect(response.status).toBe(413);
  });

  it("ignores __proto__ and constructor members and pollutes no prototype", async () => {
    const body = `{"__proto__":{"RunId":"polluted","isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"WorkflowArn":"${NIGHTLY}","RunId":"run-20261119-0001"}`;
    const response = await post(service.url, body);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ RunId: "run-20261119-0001", Status: "STOPPED" });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).RunId).toBeUndefined();
  });

  it("does not take required members from __proto__", async () => {
    const response = await post(service.url, `{"__proto__":{"WorkflowArn":"${NIGHTLY}","RunId":"run-1"}}`);
    expect(response.errorType).toBe("ValidationException");
    expect((response.json?.FieldList as { Name: string }[]).map((f) => f.Name).sort()).toEqual(["RunId", "WorkflowArn"]);
  });

  it("answers a body that is not UTF-8 with SerializationException", async () => {
    const prefix = Buffer.from(`{"WorkflowArn":"${NIGHTLY}","RunId":"run-`);
    const body = Buffer.concat([prefix, Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const response = await post(service.url, body);
    expect(response.status).toBe(400);
    expect(response.errorType).toBe("SerializationException");
  });

  it.each([
    ["a 2048-character ARN of ambiguous name characters", (ARN_PREFIX + "a-".repeat(1024)).slice(0, 2047) + "!"],
    ["a 2048-character ARN of repeated prefixes", "arn:aws:".repeat(256)],
    ["a 2049-character ARN", ARN_PREFIX + "a".repeat(2049 - ARN_PREFIX.length)],
  ])("rejects %s promptly with ValidationException", async (_, arn) => {
    const response = await fetch(service.url, {
      method: "POST",
      headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET },
      body: JSON.stringify({ WorkflowArn: arn, RunId: "run-1" }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Reason: "fieldValidationFailed", FieldList: [{ Name: "WorkflowArn" }] });
  });

  it("rejects a 255-character RunId built to backtrack, promptly", async () => {
    const response = await stopRun(service.url, { WorkflowArn: NIGHTLY, RunId: "a".repeat(254) + "!" });
    expect(response.json).toMatchObject({ FieldList: [{ Name: "RunId" }] });
  });

  it("answers a missing or wrong X-Amz-Target with UnknownOperationException", async () => {
    for (const target of ["", "AmazonMWAAServerless.DeleteEverything", "Other.StopWorkflowRun"]) {
      const response = await post(service.url, "{}", target ? { "x-amz-target": target } : { "x-amz-target": "" });
      expect(response.status).toBe(400);
      expect(response.errorType).toBe("UnknownOperationException");
    }
  });
});
