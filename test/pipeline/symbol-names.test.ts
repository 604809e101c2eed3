import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { shapeTypeName } from "../../codegen/src/generators/symbol-names.js";

// Two services that rename the same shape differently: the names shapeTypeName
// remembers must follow the service chosen, not the first one asked about.
const shapes: SmithyModel["shapes"] = {
  "ex#A": { type: "service", version: "1", operations: [{ target: "ex#Op" }], rename: { "other#Record": "Entry" }, traits: { "aws.protocols#awsJson1_0": {} } },
  "ex#B": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits: { "aws.protocols#awsJson1_0": {} } },
  "ex#Op": { type: "operation", input: { target: "ex#OpInput" } },
  "ex#OpInput": { type: "structure", members: { r: { target: "other#Record" } } },
  "other#Record": { type: "structure", members: {} },
};

describe("shapeTypeName", () => {
  it("follows the selected service's renames after a name was already decided for another", () => {
    const index = new ModelIndex({ smithy: "2.0", shapes });
    expect(shapeTypeName(index.selectService("ex#A"), "other#Record")).toBe("Entry");
    // B does not rename it: the global `Record` is escaped instead.
    expect(shapeTypeName(index.selectService("ex#B"), "other#Record")).toBe("_Record");
    expect(shapeTypeName(index.selectService("ex#A"), "other#Record")).toBe("Entry");
  });

  it("decides a name once per index and shape, and each index on its own", () => {
    const one = new ModelIndex({ smithy: "2.0", shapes }).selectService("ex#B");
    const two = new ModelIndex({ smithy: "2.0", shapes: { ...shapes, "ex#B": { ...shapes["ex#B"]!, rename: { "other#Record": "Row" } } as SmithyModel["shapes"][string] } }).selectService("ex#B");
    expect(shapeTypeName(one, "other#Record")).toBe("_Record");
    expect(shapeTypeName(two, "other#Record")).toBe("Row");
    expect(shapeTypeName(one, "ex#OpInput")).toBe("OpInput");
  });

  it("index.memo and index.derived keep a value per index until another service is selected", () => {
    const index = new ModelIndex({ smithy: "2.0", shapes }).selectService("ex#A");
    const owner = (): void => undefined;
    let computed = 0;
    const value = (): string[] => index.derived(owner, () => [`computed ${++computed}`]);
    const first = value();
    expect(value()).toBe(first);
    index.memo<string, number>(owner).set("x", 1);
    index.selectService("ex#A"); // the same service: nothing is dropped
    expect(value()).toBe(first);
    index.selectService("ex#B");
    expect(value()).toEqual(["computed 2"]);
    expect(index.memo<string, number>(owner).has("x")).toBe(false);
  });
});

// Names the generated packages bind themselves, taken by shapes (the whole set,
// read from the packages' sources, is test/aws-models/generated-names.oracle.test.ts).
describe("shapeTypeName escapes a shape only where its name is bound", () => {
  const model = (names: Record<string, string>): ModelIndex => {
    const members = Object.fromEntries(Object.keys(names).map((name, i) => [`m${i}`, { target: `ex#${name}` }]));
    const own: SmithyModel["shapes"] = Object.fromEntries(
      Object.entries(names).map(([name, type]) => [
        `ex#${name}`,
        type === "list" ? { type: "list", member: { target: "smithy.api#String" } } : { type: "structure", members: {}, ...(type === "error" ? { traits: { "smithy.api#error": "client" } } : {}) },
      ]),
    );
    return new ModelIndex({
      smithy: "2.0",
      shapes: {
        "ex#Service": { type: "service", version: "1", operations: [{ target: "ex#Op" }], traits: { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "Svc" } } },
        "ex#Op": { type: "operation", input: { target: "ex#OpInput" } },
        "ex#OpInput": { type: "structure", members },
        ...own,
      },
    });
  };
  const names = (index: ModelIndex): Record<string, string> =>
    Object.fromEntries(index.closureOf().map((id) => [id.slice(3), shapeTypeName(index, id)]));

  it("escapes structures named like the client, a command or a runtime export; a list named like the client keeps its name", () => {
    expect(names(model({ SvcClient: "structure", OpCommandInput: "structure", Logger: "error", ServiceInputTypes: "structure", Svc: "list" }))).toMatchObject({
      SvcClient: "_SvcClient",
      OpCommandInput: "_OpCommandInput",
      Logger: "_Logger",
      ServiceInputTypes: "_ServiceInputTypes",
      Svc: "Svc",
    });
  });

  it("keeps names bound only where no shape type is (the endpoint resolver's Endpoint)", () => {
    expect(names(model({ Endpoint: "structure", EndpointV2: "structure" }))).toMatchObject({ Endpoint: "Endpoint", EndpointV2: "EndpointV2" });
  });

  it("never gives an escaped shape another shape's own name", () => {
    expect(names(model({ Record: "structure", _Record: "structure" }))).toMatchObject({ Record: "__Record", _Record: "_Record" });
  });

  it("escapes a shape named like what another shape's name gives (the server's read<Shape>, <Error>Members), and follows a chain of them", () => {
    expect(names(model({ Thing: "structure", readThing: "structure", Fault: "error", FaultMembers: "structure" }))).toMatchObject({
      Thing: "Thing",
      readThing: "_readThing",
      Fault: "Fault",
      FaultMembers: "_FaultMembers",
    });
    // `Logger` escapes to `_Logger`, whose reader `read_Logger` a shape has.
    expect(names(model({ Logger: "structure", read_Logger: "structure" }))).toMatchObject({ Logger: "_Logger", read_Logger: "_read_Logger" });
  });
});
