import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { shapeTypeName } from "../../codegen/src/generators/symbol-names.js";

// Two services that rename the same shape differently: the names shapeTypeName
// remembers must follow the service chosen, not the first one asked about.
const shapes: SmithyModel["shapes"] = {
  "ex#A": { type: "service", version: "1", operations: [{ target: "ex#Op" }], rename: { "other#Record": "Entry" } },
  "ex#B": { type: "service", version: "1", operations: [{ target: "ex#Op" }] },
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
