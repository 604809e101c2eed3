// Smithy's client error correction (aggregate-types "Client error
// correction": a @required member the server failed to send gets its type's
// zero value — false, 0, "", empty bytes, epoch 0, [], {}, null for a
// document, the unknown variant for a union, a corrected {} for a structure)
// applied by the generated client to modelled errors as to outputs, and below
// them in nested structures and unions. The fixture's CorrectedError has a
// required member of every kind; the official suites test outputs only.

import { AwsJson1_0Protocol } from "@aws-sdk/core/protocols";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cannedResponse, clientConfig, generateFixture, type GeneratedFixture } from "./generated.js";

let fixture: GeneratedFixture;

beforeAll(async () => {
  fixture = await generateFixture();
}, 120_000);
afterAll(() => fixture?.cleanup());

async function errorFor(body: string, status = 500): Promise<Record<string, unknown>> {
  const client = new fixture.client.ProtoNamesClient({ ...clientConfig, requestHandler: cannedResponse(status, body) });
  const error = await client.send(new fixture.client.FailCommand({})).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the call fails").toBeInstanceOf(Error);
  return error as Record<string, unknown>;
}

/** The corrected value of Inner, whose required members are `constructor` and `__proto__` (both strings). */
function correctedInner(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const inner = Object.create(null) as Record<string, unknown>;
  // defineProperty: TypeScript types `inner.constructor` as Object's Function.
  for (const name of ["constructor", "__proto__"]) Object.defineProperty(inner, name, { value: "", enumerable: true, writable: true, configurable: true });
  Object.assign(inner, extra);
  return inner;
}

function own(value: unknown, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

describe("client error correction of modelled errors", () => {
  it("fills every missing @required member of an error with its type's zero value, and @default members with their default", async () => {
    const error = await errorFor('{"__type":"example.protonames#CorrectedError"}');
    expect(error).toBeInstanceOf(fixture.client.CorrectedError);
    expect(error.aString).toBe("");
    expect(error.aBoolean).toBe(false);
    expect(error.anInteger).toBe(0);
    expect(error.aLong).toBe(0);
    expect(error.aDouble).toBe(0);
    expect(error.aTimestamp).toEqual(new Date(0));
    expect(error.aBlob).toEqual(new Uint8Array(0));
    expect(error.aList).toEqual([]);
    expect(error.aMap).toEqual({});
    expect({ ...(error.anInner as object) }).toEqual({ ...correctedInner() });
    expect(own(error.anInner, "__proto__"), "Inner's required __proto__ member, as an own member").toBe("");
    expect(error.aChoice, "a union's zero value is its unknown variant").toEqual({ $unknown: ["", null] });
    expect(error.aDocument).toBeNull();
    expect(error.anEnum, "an enum's unknown variant: a value outside the enum").toBe("");
    expect(error.anIntEnum).toBe(0);
    expect(error.withDefault).toBe("dflt");
    expect(error.optional, "optional members stay unset").toBeUndefined();
    // Error#message keeps the SDK's fallback; nothing else of Error is touched.
    expect(error.message).toBe("UnknownError");
    expect(error.name).toBe("CorrectedError");
    expect(error.$fault).toBe("server");
    expect((error.$metadata as { httpStatusCode?: number }).httpStatusCode).toBe(500);
  });

  it("keeps members the server sent and corrects what is missing inside nested structures and unions", async () => {
    const body = JSON.stringify({
      __type: "CorrectedError",
      message: "partial",
      aString: "s",
      anInteger: 5,
      aTimestamp: 86400,
      aBlob: "AQID",
      aList: ["x"],
      aMap: { k: "v" },
      anInner: { valueOf: 4 },
      aChoice: { toString: { k: "v" } },
      anEnum: "GREEN",
      withDefault: "sent",
    });
    const error = await errorFor(body);
    expect(error.message).toBe("partial");
    expect(error.aString).toBe("s");
    expect(error.aBoolean).toBe(false);
    expect(error.anInteger).toBe(5);
    expect(error.aTimestamp).toEqual(new Date(86400_000));
    expect(error.aBlob).toEqual(new Uint8Array([1, 2, 3]));
    expect(error.aList).toEqual(["x"]);
    expect(error.aMap).toEqual({ k: "v" });
    expect({ ...(error.anInner as object) }).toEqual({ ...correctedInner({ valueOf: 4 }) });
    expect({ ...(error.aChoice as object) }).toEqual({ toString: { k: "v" } });
    expect(error.anEnum).toBe("GREEN");
    expect(error.withDefault).toBe("sent");
  });

  it("corrects a structure inside a union inside an error", async () => {
    const error = await errorFor(JSON.stringify({ __type: "CorrectedError", aChoice: JSON.parse('{"__proto__":{"valueOf":2}}') }));
    const variant = own(error.aChoice, "__proto__");
    expect({ ...(variant as object) }).toEqual({ ...correctedInner({ valueOf: 2 }) });
  });

  it("leaves the error's own class, prototype and unmodelled body members as the SDK has them", async () => {
    const error = await errorFor(JSON.stringify({ __type: "CorrectedError", aString: "s", Unmodelled: "u" }));
    expect(Object.getPrototypeOf(error)).toBe(fixture.client.CorrectedError.prototype);
    expect(error).toBeInstanceOf(fixture.client.ProtoNamesServiceException);
    // The SDK copies unmodelled body members onto the error (decorateServiceException).
    expect(error.Unmodelled).toBe("u");
  });

  it("agrees with the AWS SDK's own awsJson protocol on every member the server sent; only the missing required ones differ", async () => {
    const body = JSON.stringify({
      __type: "CorrectedError",
      message: "m",
      aString: "s",
      anInteger: 5,
      aDouble: 1.5,
      aTimestamp: 86400,
      aBlob: "AQID",
      aList: ["x"],
      aMap: { k: "v" },
      anEnum: "GREEN",
      aDocument: { any: [1, "two"] },
    });
    const sdkClient = new fixture.client.ProtoNamesClient({ ...clientConfig, requestHandler: cannedResponse(500, body), protocol: AwsJson1_0Protocol });
    const sdk = (await sdkClient.send(new fixture.client.FailCommand({})).catch((e: unknown) => e)) as Record<string, unknown>;
    const ours = await errorFor(body);
    expect(sdk).toBeInstanceOf(fixture.client.CorrectedError);
    for (const name of ["message", "aString", "anInteger", "aDouble", "aTimestamp", "aBlob", "aList", "aMap", "anEnum", "aDocument"]) {
      expect(ours[name], `${name} as the SDK reads it`).toEqual(sdk[name]);
    }
    // The SDK leaves a missing @required member undefined; Smithy lets a client correct it, and ours does.
    expect(sdk.aBoolean).toBeUndefined();
    expect(ours.aBoolean).toBe(false);
  });

  it("does not correct the service's base exception (an error the model does not know)", async () => {
    const error = await errorFor(JSON.stringify({ __type: "SomethingElse", message: "m" }));
    expect(error).toBeInstanceOf(fixture.client.ProtoNamesServiceException);
    expect(error.name).toBe("SomethingElse");
    expect(error.aString).toBeUndefined();
  });
});
