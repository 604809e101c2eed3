// Every method gets an answer (CONNECT included, which node would otherwise
// close without one), and no error message the service builds from input
// breaks the model's ErrorMessage constraints — property-tested with
// fast-check over maximal inputs (2048-code-point ARNs, 255-character run
// ids, astral characters, line breaks).

import fc from "fast-check";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import modelJson from "../../generated/model.json" with { type: "json" };
import { fit, validationSummary } from "@mwaa-serverless/server-runtime";
import { ERROR_MESSAGE_MAX, fitErrorMessage } from "../../src/service/error-message.js";
import { CONTENT_TYPE, TARGET, stopRun } from "./support/http.js";
import { type TestService, startTestService } from "./support/in-process.js";

const shapes = (modelJson as { shapes: Record<string, { traits?: Record<string, unknown> }> }).shapes;
const errorMessageShape = shapes["com.amazonaws.mwaaserverless#ErrorMessage"]!.traits!;
const MESSAGE_MAX = (errorMessageShape["smithy.api#length"] as { max: number }).max;
const MESSAGE_PATTERN = new RegExp(errorMessageShape["smithy.api#pattern"] as string, "u");
const codePoints = (text: string): number => [...text].length;

let service: TestService;
beforeAll(async () => {
  // validateOutput: an error breaking the contract would turn into a 500.
  service = await startTestService({ validateOutput: true });
});
afterAll(async () => {
  await service.close();
});

/** Sends raw bytes and returns everything the server wrote until it closed. */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => resolve(text));
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => reject(new Error(`no close within 10 s; got ${JSON.stringify(text)}`)));
  });
}

describe("every method gets an answer", () => {
  it("CONNECT gets 405 MethodNotAllowedException in the protocol's error shape", async () => {
    const text = await raw(service.url, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    const [head = "", body = ""] = text.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 405 /);
    expect(head).toMatch(/\r\nX-Amzn-ErrorType: MethodNotAllowedException\r\n/i);
    expect(head).toMatch(/\r\nX-Amzn-RequestId: \S+\r\n/i);
    expect(head).toMatch(/\r\nAllow: POST\r\n/i);
    expect(head).toMatch(new RegExp(`\r\nContent-Type: ${CONTENT_TYPE}`, "i"));
    expect(JSON.parse(body)).toEqual({ __type: "MethodNotAllowedException", message: expect.stringContaining("CONNECT") });
  });

  it.each(["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "LOCK", "PURGE", "SEARCH"])("%s gets 405", async (method) => {
    const text = await raw(service.url, `${method} / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: ${TARGET}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 405 /);
    expect(text).toMatch(/X-Amzn-ErrorType: MethodNotAllowedException/i);
  });

  it("HEAD gets 405 (headers only)", async () => {
    const text = await raw(service.url, `HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 405 /);
  });
});

describe("error messages fit ErrorMessage", () => {
  it("reads the limit from the model", () => {
    expect(ERROR_MESSAGE_MAX).toBe(MESSAGE_MAX);
  });

  // A WorkflowArn the model's pattern accepts, of exactly `length` code points: the region's
  // middle part ([a-z]+) is the only unbounded piece.
  const arnOfLength = (length: number, name: string): string => {
    const rest = `arn:aws:airflow-serverless:us--1:123456789012:workflow/${name}`;
    return `arn:aws:airflow-serverless:us-${"x".repeat(length - rest.length)}-1:123456789012:workflow/${name}`;
  };

  it("answers ResourceNotFoundException (not 500) for a pattern-valid 2048-character ARN of an unknown workflow", async () => {
    const arn = arnOfLength(2048, "unknown-flow-a1B2c3D4e5");
    expect(codePoints(arn)).toBe(2048);
    const answer = await stopRun(service.url, { WorkflowArn: arn, RunId: "r".repeat(255) });
    expect({ status: answer.status, type: answer.errorType }).toEqual({ status: 400, type: "ResourceNotFoundException" });
    const message = answer.json?.Message as string;
    expect(codePoints(message)).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(message).toMatch(/\.\.\.$/);
    expect(answer.json?.ResourceId).toBe(arn);
  });

  const unit = fc.constantFrom("a", "Z", "9", "-", ".", "_", "é", "😀", "\n", "\u2028", "\r", "/", "~", '"', "\\", "\u0000");
  const anyText = (max: number) => fc.string({ unit, maxLength: max });
  const maximal = (max: number) => fc.oneof(anyText(8), fc.integer({ min: max - 4, max: max + 4 }).map((n) => "a".repeat(Math.max(0, n))), anyText(max + 8));
  const input = fc.record(
    {
      WorkflowArn: fc.oneof(
        fc.integer({ min: 80, max: 2100 }).map((n) => arnOfLength(n, "wf-a1B2c3D4e5")),
        maximal(2048),
        fc.constant(arnOfLength(2048, "x").slice(0, -1) + "😀"),
      ),
      RunId: fc.oneof(maximal(255), fc.constant("r".repeat(255)), anyText(300)),
      Extra: fc.option(anyText(40), { nil: undefined }),
    },
    { requiredKeys: [] },
  );

  it("no input makes the service answer with a message that breaks the contract", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (body) => {
        const answer = await stopRun(service.url, body);
        expect(answer.status, answer.text.slice(0, 300)).not.toBe(500);
        const message = (answer.json?.Message ?? answer.json?.message) as string | undefined;
        if (answer.status !== 200) {
          expect(typeof message).toBe("string");
          expect(codePoints(message!)).toBeLessThanOrEqual(MESSAGE_MAX);
          expect(message).toMatch(MESSAGE_PATTERN);
        }
        for (const field of (answer.json?.FieldList ?? []) as { Message?: string }[]) expect(field.Message ?? "").toMatch(MESSAGE_PATTERN);
      }),
      { numRuns: 150 },
    );
  });

  it("cuts by code points and never splits a surrogate pair (service and generated stub)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "😀", "é", "\u{10FFFF}"), maxLength: 3000 }), fc.integer({ min: 3, max: 2100 }), (text, max) => {
        for (const cut of [fitErrorMessage(text, max), fit(text, max)]) {
          expect(codePoints(cut)).toBeLessThanOrEqual(max);
          expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          if (codePoints(text) <= max) expect(cut).toBe(text);
          else expect(cut.endsWith("...") && text.startsWith(cut.slice(0, -3)), `cut ${JSON.stringify(cut)} is not a prefix of the text plus "..."`).toBe(true);
        }
      }),
    );
    const many = Array.from({ length: 400 }, (_, i) => ({ path: `/Key${i}`, message: `Value at '/Key${i}😀' failed to satisfy constraint: Member must not be null` }));
    const summary = validationSummary(many, MESSAGE_MAX);
    expect(codePoints(summary)).toBeLessThanOrEqual(MESSAGE_MAX);
  });

  it("puts a message on one line", () => {
    expect(fitErrorMessage("a\nb\r\nc\u2028d")).toMatch(MESSAGE_PATTERN);
  });
});
