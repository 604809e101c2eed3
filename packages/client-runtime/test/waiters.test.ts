// The waiter runtime's decisions where the generated client's own tests
// (test/client/waiters.test.ts) cannot reach: values the SDK's
// deserializers produce for big numbers, `$metadata` only at the output's
// top, odd thrown values, and paths JMESPath cannot evaluate on the data.
import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import { jmespathData, waiterState, type WaiterAcceptor } from "../src/waiters.js";

const equals = (path: string, expected: string, comparator: "stringEquals" | "booleanEquals" = "stringEquals"): WaiterAcceptor => ({
  state: "success",
  matcher: { output: { path, expected, comparator } },
});

describe("the waiters' JMESPath data", () => {
  it("follows Smithy's waiter data model: epoch seconds, base64, numbers, no $metadata at the top", () => {
    const output = {
      $metadata: { httpStatusCode: 200 },
      At: new Date(1_700_000_000_250),
      Bytes: new Uint8Array([1, 2, 3]),
      Big: 12345678901234567890n,
      Decimal: new NumericValue("1.5", "bigDecimal"),
      Missing: undefined,
      Nested: [{ $metadata: "kept: a map key", When: new Date(0) }],
    };
    expect(jmespathData(output, true)).toEqual({
      At: 1_700_000_000.25,
      Bytes: "AQID",
      Big: 12345678901234567000,
      Decimal: 1.5,
      Nested: [{ $metadata: "kept: a map key", When: 0 }],
    });
  });
});

describe("waiterState", () => {
  it("reads a map key named __proto__ as a key, not as the value's prototype", () => {
    const output = JSON.parse('{"Tags":{"__proto__":"ready","other":"x"}}') as object;
    expect(waiterState([equals('Tags."__proto__"', "ready")], {}, { output }).state).toBe("SUCCESS");
    expect(jmespathData(output, true)).toEqual(JSON.parse('{"Tags":{"__proto__":"ready","other":"x"}}'));
  });

  it("does not match an acceptor whose path JMESPath cannot evaluate on the output, and goes on", () => {
    const acceptors = [equals("length(Items) > `0`", "true", "booleanEquals"), equals("Status", "ok")];
    expect(waiterState(acceptors, {}, { output: { Status: "ok" } }).state).toBe("SUCCESS");
    expect(waiterState(acceptors, {}, { output: {} }).state).toBe("RETRY");
  });

  it("matches `success: false` on any thrown value, and errorType only on an error of that name", () => {
    const failed: WaiterAcceptor = { state: "retry", matcher: { success: false } };
    const named: WaiterAcceptor = { state: "success", matcher: { errorType: "ns.example#Gone" } };
    expect(waiterState([failed], {}, { error: "a string" }).state).toBe("RETRY");
    expect(waiterState([named], {}, { error: Object.assign(new Error("x"), { name: "Gone" }) }).state).toBe("SUCCESS");
    // No acceptor matches an error: the wait fails, with the error as its reason.
    const other = waiterState([named], {}, { error: null });
    expect(other).toEqual({ state: "FAILURE", reason: null });
  });

  it("compares with the comparator's type: a number is not the string, nor 1 the boolean", () => {
    expect(waiterState([equals("Count", "1")], {}, { output: { Count: 1 } }).state).toBe("RETRY");
    expect(waiterState([equals("Count", "true", "booleanEquals")], {}, { output: { Count: 1 } }).state).toBe("RETRY");
  });
});
