// The Prism front serves an awsJson1_1 contract in awsJson1_1's media type:
// its own framework errors (405, unknown target, malformed JSON, invalid
// input) answer `application/x-amz-json-1.1` as the contract's responses do,
// not the 1.0 type of our own service. The contract is generated here, from a
// small awsJson1_1 model, by the OpenAPI generator the product uses.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiGenerator } from "../../codegen/src/generators/openapi/generator.js";
import { indexFromIdl, runGenerators } from "../../codegen/src/pipeline.js";
import { frameworkErrorsFor } from "../../src/mock/aws-json-errors.js";
import { ContractShapeError, OperationTable } from "../../src/mock/operation-table.js";
import type { PrismFront } from "../../src/mock/index.js";
import { startPrismFront } from "../../src/mock/index.js";
import { call } from "./front-helpers.js";

const MODEL = `$version: "2"
namespace example.lockers

use aws.protocols#awsJson1_1

@awsJson1_1
service Lockers {
    version: "2020-01-01"
    operations: [OpenLocker]
}

operation OpenLocker {
    input := {
        @required
        @length(min: 3, max: 8)
        LockerId: String
    }
    output := {
        Opened: Boolean
    }
    errors: [LockerJammed]
}

@error("client")
structure LockerJammed {
    message: String
}
`;

const JSON_1_1 = "application/x-amz-json-1.1";
const TARGET = "Lockers.OpenLocker";

async function contract(): Promise<object> {
  const index = indexFromIdl([{ path: "lockers.smithy", text: MODEL }]);
  const [file] = (await runGenerators(index, [openApiGenerator])).filter((f) => f.path === "openapi.json");
  return JSON.parse(file!.contents) as object;
}

describe("awsJson1_1 contract behind the Prism front", () => {
  let front: PrismFront;
  let spec: object;
  beforeAll(async () => {
    spec = await contract();
    front = await startPrismFront({ spec, mode: "mock", port: 0 });
  });
  afterAll(() => front?.close());

  it("reads the contract's media type from its responses", async () => {
    expect((await OperationTable.load(spec)).mediaType).toBe(JSON_1_1);
  });

  it("answers a valid request in awsJson1_1's media type", async () => {
    const response = await call(front.url, { LockerId: "L-42" }, { "content-type": JSON_1_1, "x-amz-target": TARGET });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(JSON_1_1);
  });

  it.each([
    ["a GET", { method: "GET", headers: {}, body: "" }, 405, "MethodNotAllowedException"],
    ["an unknown target", { method: "POST", headers: { "x-amz-target": "Lockers.Nope" }, body: "{}" }, 400, "UnknownOperationException"],
    ["malformed JSON", { method: "POST", headers: {}, body: "{" }, 400, "SerializationException"],
    ["input breaking @length", { method: "POST", headers: {}, body: '{"LockerId":"x"}' }, 400, "ValidationException"],
  ])("answers %s with %i %s in awsJson1_1's media type", async (_what, sent, status, error) => {
    const response = await call(front.url, sent.body, { "content-type": JSON_1_1, "x-amz-target": TARGET, ...sent.headers }, sent.method);
    expect(response.status).toBe(status);
    expect(response.headers["content-type"]).toBe(JSON_1_1);
    expect(response.headers["x-amzn-errortype"]).toBe(error);
    expect(String((response.json as { __type: string }).__type).split("#").pop()).toBe(error);
  });

  it("names awsJson1_1 in its 405 message", async () => {
    const response = await call(front.url, "", { "content-type": JSON_1_1 }, "DELETE");
    expect((response.json as { Message: string }).Message).toContain("awsJson1_1 operations are POST requests");
  });
});

describe("framework error messages", () => {
  it("fit ErrorMessage's 2048 code points whatever they quote, on one line", () => {
    const quoted = `\u{1F600}`.repeat(3000) + "\nsecond line";
    const message = (frameworkErrorsFor(JSON_1_1).unknownOperation(quoted).body as { Message: string }).Message;
    expect(Array.from(message).length).toBeLessThanOrEqual(2048);
    expect(message).not.toMatch(/[\n\r]/);
    // A surrogate pair is never split.
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("OperationTable", () => {
  it("refuses a contract that mixes awsJson media types", () => {
    const operation = (id: string, mediaType: string) => ({
      id,
      iid: id,
      method: "post",
      path: `/#S.${id}`,
      request: {},
      responses: [{ id: `${id}-200`, code: "200", headers: [], contents: [{ id: `${id}-c`, mediaType, examples: [] }] }],
      servers: [],
      security: [],
      callbacks: [],
      tags: [],
    });
    expect(() =>
      OperationTable.fromOperations([operation("A", "application/x-amz-json-1.0"), operation("B", JSON_1_1)] as never),
    ).toThrow(ContractShapeError);
  });
});
