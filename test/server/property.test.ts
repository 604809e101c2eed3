// Property-based checks of the generated input validation against an
// independent oracle written from the model's constraints: every string is
// accepted exactly when it satisfies @length (code points) and @pattern, and
// no input, however odd, makes the core throw or answer outside its contract.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARN, json, request, serviceWith } from "./helpers.js";

// The model's @pattern, judged as AWS (and Smithy's own validators) judge it:
// java.util.regex find(), whose `$` also matches before one line terminator
// that ends the input (docs/aws-models.md). Written here from Java's rule,
// not from our translator, so the two are checked against each other.
const RUN_ID_PATTERN = /^[a-zA-Z0-9]+[a-zA-Z0-9.\-_]*$/;
const FINAL_LINE_TERMINATOR = /(?:\r\n|[\n\r\u0085\u2028\u2029])$/;
const runIdIsValid = (value: string): boolean => {
  const points = [...value].length;
  return points >= 1 && points <= 255 && RUN_ID_PATTERN.test(value.replace(FINAL_LINE_TERMINATOR, ""));
};

const core = serviceWith(async (input) => ({ RunId: input.RunId, Status: "STOPPING" }));

describe("input validation properties", () => {
  it("accepts a RunId exactly when the model's constraints hold", async () => {
    const runIds = fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9]{1,20}[a-zA-Z0-9.\-_]{0,20}$/),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.constantFrom("", "-x", "a".repeat(255), "a".repeat(256), "x\n", "x\r\n", "x\n\n", "\n", "x\u2028", "\u{1F600}"),
    );
    await fc.assert(
      fc.asyncProperty(runIds, async (runId) => {
        const response = await core.handle(request({ body: JSON.stringify({ WorkflowArn: ARN, RunId: runId }) }));
        if (runIdIsValid(runId)) {
          expect(response.status).toBe(200);
          expect(json(response).RunId).toBe(runId);
        } else {
          expect(response.status).toBe(400);
          const body = json(response) as { Reason: string; FieldList: { Name: string }[] };
          expect(body.Reason).toBe("fieldValidationFailed");
          expect(body.FieldList.every((f) => f.Name === "RunId")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("answers any JSON body with a 200 or a typed 4xx, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 2 }), async (anything, runId) => {
        for (const body of [anything, { WorkflowArn: ARN, RunId: runId }, { WorkflowArn: anything, RunId: "r1" }]) {
          const response = await core.handle(request({ body: JSON.stringify(body) }));
          expect([200, 400]).toContain(response.status);
          if (response.status === 400) {
            expect(["SerializationException", "ValidationException"]).toContain(response.headers["X-Amzn-ErrorType"]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("answers arbitrary bytes with a typed error and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const response = await core.handle(request({ body: bytes }));
        expect(response.status === 200 || response.status === 400).toBe(true);
        expect(response.headers["X-Amzn-ErrorType"] === undefined).toBe(response.status === 200);
      }),
      { numRuns: 200 },
    );
  });

  it("resists a 2048-character ARN built to make the pattern backtrack", async () => {
    const crafted = `arn:aws:airflow-serverless:us-east-1:111122223333:workflow/${"a-".repeat(994)}!`;
    expect(crafted.length).toBe(2048);
    const response = await core.handle(request({ body: JSON.stringify({ WorkflowArn: crafted, RunId: "r1" }) }));
    expect(response.status).toBe(400);
    expect((json(response).FieldList as { Name: string }[])[0]!.Name).toBe("WorkflowArn");
  });
});
