// Responses are serialized by the generated serialize<Name> functions when
// output validation is off (production) and through write<Name> +
// JSON.stringify when it is on: both must send the same bytes.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import * as codec from "../../generated/server/src/codec.js";
import { needsEscaping } from "@mwaa-serverless/server-runtime";
import { ARN, request, RUN_ID, serviceWith } from "./helpers.js";
import { expectSerializersMatchWriters } from "./serializer-equivalence.js";

const model = "generated/model.json";

describe("generated serializers", () => {
  it("give the text of JSON.stringify(write<Name>(value)) for every structure of the model", () => {
    const index = new ModelIndex(JSON.parse(readFileSync(model, "utf8")) as SmithyModel, [model]);
    expect(expectSerializersMatchWriters(codec, index)).toBeGreaterThanOrEqual(8);
  });

  it("take JSON.stringify's path when a string member holds a character it escapes (surrogates included, even paired)", () => {
    for (const plain of ["run-1", "é", "\u007f", "\u2028", ""]) expect(needsEscaping(plain), plain).toBe(false);
    for (const awkward of ['"', "\\", "\n", "\u0000", "\u001f", "\ud800", "\udfff", "a\ud83d\ude00"]) expect(needsEscaping(awkward), awkward).toBe(true);
    const write = (status: unknown) => codec.serializeStopWorkflowRunResponse({ Status: status } as never);
    expect(write("STOPPED")).toBe('{"Status":"STOPPED"}');
    expect(write('a"b')).toBe('{"Status":"a\\"b"}');
  });

  it("remember only strings that need no escaping, and stay exact past the memo's bound", () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 10_000; i++) {
        expect(needsEscaping(`run-${i}`)).toBe(false);
        expect(needsEscaping(`run-${i}"`)).toBe(true);
        expect(needsEscaping(`run-${i}\ud800`)).toBe(true);
      }
    }
    const long = "a".repeat(5_000);
    expect(needsEscaping(long)).toBe(false);
    expect(needsEscaping(`${long}\\`)).toBe(true);
  });

  it("send the same body with output validation on and off", async () => {
    const output = { WorkflowArn: ARN, RunId: RUN_ID, WorkflowVersion: 'v"1\\é', Status: "STOPPING", Extra: "dropped" };
    const bodies = [];
    for (const validateOutput of [true, false]) {
      const core = serviceWith(async () => output as never, { validateOutput });
      const response = await core.handle(request());
      expect(response.status, response.body).toBe(200);
      bodies.push(response.body);
    }
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[1]!)).toEqual({ WorkflowArn: ARN, RunId: RUN_ID, WorkflowVersion: 'v"1\\é', Status: "STOPPING" });
  });

  it("answer InternalServerException when an output has no JSON form, validation off", async () => {
    const core = serviceWith(async () => ({ WorkflowArn: ARN, RunId: 10n }) as never, { validateOutput: false });
    const response = await core.handle(request());
    expect(response.status).toBe(500);
    expect(response.headers["X-Amzn-ErrorType"]).toBe("InternalServerException");
  });
});
