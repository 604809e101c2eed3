// The comparison the bundle test relies on finds and names each kind of
// difference (so a passing bundle test means equal, not "not looked at").
import { describe, expect, it } from "vitest";
import { type ShapeJson, shapeDifferences } from "./shape-diff.js";

const http: ShapeJson = {
  type: "structure",
  members: {
    method: { target: "smithy.api#NonEmptyString", traits: { "smithy.api#required": {} } },
    uri: { target: "smithy.api#NonEmptyString", traits: { "smithy.api#required": {} } },
    code: { target: "smithy.api#Integer", traits: { "smithy.api#default": 200, "smithy.api#range": { min: 100, max: 999 } } },
  },
  traits: { "smithy.api#trait": { selector: "operation", breakingChanges: [{ change: "remove" }] }, "smithy.api#documentation": "Smithy's text" },
};
const copy = (): ShapeJson => structuredClone(http);

describe("shapeDifferences", () => {
  it("finds nothing in an equal shape, whatever the key order of trait values and the documentation", () => {
    const ours = copy();
    ours.traits = { "smithy.api#trait": { breakingChanges: [{ change: "remove" }], selector: "operation" }, "smithy.api#documentation": "ours" };
    expect(shapeDifferences(http, ours)).toEqual([]);
  });

  it("names a missing shape, a changed type and changed mixins", () => {
    expect(shapeDifferences(http, undefined)).toEqual(["missing from our bundle"]);
    expect(shapeDifferences(http, { ...copy(), type: "union", mixins: [{ target: "smithy.api#M" }] })).toEqual([
      "type: Smithy structure, ours union",
      "mixins: Smithy [], ours [smithy.api#M]",
    ]);
  });

  it("names the trait and the member that differ, with both values", () => {
    const ours = copy();
    (ours.traits!["smithy.api#trait"] as { selector: string }).selector = "service";
    const members = ours.members as Record<string, { target: string; traits?: Record<string, unknown> }>;
    delete members.code!.traits!["smithy.api#default"];
    members.uri!.target = "smithy.api#String";
    delete members.method;
    members.extra = { target: "smithy.api#String" };
    expect(shapeDifferences(http, ours)).toEqual([
      'trait smithy.api#trait: Smithy {"selector":"operation","breakingChanges":[{"change":"remove"}]}, ours {"selector":"service","breakingChanges":[{"change":"remove"}]}',
      "member method: missing from our bundle",
      "member uri: target Smithy smithy.api#NonEmptyString, ours smithy.api#String",
      "member code: trait smithy.api#default: missing from our bundle (Smithy: 200)",
      "member extra: only in our bundle",
    ]);
  });

  it("names a trait only we apply and a member order that differs", () => {
    const ours = copy();
    ours.traits = { ...ours.traits, "smithy.api#private": {} };
    expect(shapeDifferences(http, ours)).toEqual(['trait smithy.api#private: only in our bundle ({})']);
    const reordered = copy();
    const m = reordered.members as Record<string, unknown>;
    reordered.members = { uri: m.uri, method: m.method, code: m.code };
    expect(shapeDifferences(http, reordered)).toEqual(["member order: Smithy [method, uri, code], ours [uri, method, code]"]);
  });

  it("compares list and map members", () => {
    const list: ShapeJson = { type: "list", member: { target: "smithy.api#String" } };
    expect(shapeDifferences(list, { type: "list", member: { target: "smithy.api#String", traits: { "smithy.api#length": { min: 1 } } } })).toEqual([
      'member member: trait smithy.api#length: only in our bundle ({"min":1})',
    ]);
  });
});
