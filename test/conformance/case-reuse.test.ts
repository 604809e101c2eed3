// A shape reused at many positions is walked in full once per suite; every
// later position gets two of those cases moved there (one valid value inside
// the shape, one invalid: the walk's shortest of each), and an enum's every
// value is tried once. Large AWS
// models reuse shapes across hundreds of operations: this keeps their
// cases.json from repeating itself (SageMaker: 47,507 cases → 18,919).

import { describe, expect, it } from "vitest";
import type { ConformanceCase } from "../../codegen/src/generators/conformance/case-format.js";
import { conformanceSuite } from "../../codegen/src/generators/conformance/index.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";

const NS = "example.reuse";
const required = { "smithy.api#required": {} };

/** Two operations whose inputs both hold a Location (a structure with a pattern and an enum) and a Format. */
function model(): SmithyModel {
  const input = (extra: Record<string, unknown>) => ({
    type: "structure",
    members: { target: { target: `${NS}#Location`, traits: required }, format: { target: `${NS}#Format` }, ...extra },
    traits: { "smithy.api#input": {} },
  });
  return {
    smithy: "2.0",
    shapes: {
      [`${NS}#Service`]: {
        type: "service",
        version: "2024-01-01",
        operations: [{ target: `${NS}#Copy` }, { target: `${NS}#Move` }],
        traits: { "aws.protocols#awsJson1_0": {} },
      },
      [`${NS}#Copy`]: { type: "operation", input: { target: `${NS}#CopyInput` }, errors: [{ target: `${NS}#CopyConflict` }] },
      [`${NS}#Move`]: { type: "operation", input: { target: `${NS}#MoveInput` }, errors: [{ target: `${NS}#MoveConflict` }] },
      [`${NS}#CopyInput`]: input({ source: { target: `${NS}#Location` } }),
      [`${NS}#MoveInput`]: input({}),
      [`${NS}#Location`]: {
        type: "structure",
        members: {
          // Its below-min case is the walk's first rejection but not its shortest: Tags' is.
          label: { target: `${NS}#Label`, traits: required },
          uri: { target: `${NS}#Uri`, traits: required },
          format: { target: `${NS}#Format` },
          tags: { target: `${NS}#Tags`, traits: required },
        },
      },
      [`${NS}#Label`]: { type: "string", traits: { "smithy.api#length": { min: 10, max: 12 } } },
      [`${NS}#Tags`]: { type: "list", member: { target: `${NS}#Tag` }, traits: { "smithy.api#length": { min: 1, max: 3 } } },
      [`${NS}#Tag`]: { type: "string", traits: { "smithy.api#length": { min: 3, max: 8 } } },
      [`${NS}#Uri`]: { type: "string", traits: { "smithy.api#pattern": "^s3://[a-z]+$", "smithy.api#length": { min: 6, max: 20 } } },
      [`${NS}#Format`]: { type: "enum", members: { CSV: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "csv" } }, JSON: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "json" } }, PARQUET: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "parquet" } } } },
      [`${NS}#CopyConflict`]: { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      [`${NS}#MoveConflict`]: { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
    },
  } as unknown as SmithyModel;
}

const suite = conformanceSuite(new ModelIndex(model()));
const byId = new Map(suite.cases.map((c) => [c.id, c]));
const inside = (prefix: string): ConformanceCase[] => suite.cases.filter((c) => c.id.startsWith(`${prefix}.`));
const body = (c: ConformanceCase): Record<string, unknown> => JSON.parse(c.request.body) as Record<string, unknown>;
/** Cases of the Location's own members (below the position), not of the position itself. */
const ofMembers = (prefix: string): ConformanceCase[] =>
  inside(prefix).filter((c) => !/^\.(required\.(missing|null)|json-type\.[a-z]+)$/.test(c.id.slice(prefix.length)));

describe("a structure reused at several positions", () => {
  it("is walked in full at the first position the suite reaches (operations by name, members in model order)", () => {
    const first = ofMembers("Copy.target").map((c) => c.id.slice("Copy.target".length));
    for (const suffix of [".uri.required.missing", ".uri.length.min", ".uri.length.below-min", ".uri.length.max", ".uri.length.above-max", ".uri.pattern.accepted", ".uri.pattern.rejected", ".format.enum.csv", ".format.enum.json", ".format.enum.parquet", ".format.enum.rejected"]) {
      expect(first, suffix).toContain(suffix);
    }
  });

  it("gets, at every later position, one accepted and one rejected case of the full walk, moved there", () => {
    for (const position of ["Copy.source", "Move.target"]) {
      const moved = ofMembers(position);
      expect(moved.map((c) => c.expect.outcome).sort(), position).toEqual(["accepted", "error"]);
      for (const c of moved) {
        const original = byId.get(`Copy.target${c.id.slice(position.length)}`);
        expect(original, `${c.id} is a case of the full walk`).toBeDefined();
        const member = position.split(".")[1]!;
        expect(body(c)[member], `${c.id} holds the full walk's value`).toEqual(body(original!).target);
        expect(c.description).toContain("Location is tested in full at Copy.target");
      }
    }
  });

  it("moves the accepted and the rejected case of the full walk with the shortest request", () => {
    const walked = ofMembers("Copy.target");
    for (const position of ["Copy.source", "Move.target"]) {
      for (const c of ofMembers(position)) {
        const original = byId.get(`Copy.target${c.id.slice(position.length)}`)!;
        // Constraint cases of the walk with the same outcome: none has a shorter body.
        const rivals = walked.filter((w) => w.source === "constraint" && w.expect.outcome === original.expect.outcome);
        const shortest = Math.min(...rivals.map((w) => w.request.body.length));
        expect(original.request.body.length, c.id).toBe(shortest);
        // …and the first of the shortest, so the choice does not depend on anything but the walk.
        expect(rivals.find((w) => w.request.body.length === shortest)!.id, c.id).toBe(original.id);
      }
    }
    // Not the walk's first rejection (Label one character short) but Tags with no tag at all.
    expect(ofMembers("Move.target").map((c) => c.id)).toContain("Move.target.tags.length.below-min");
  });

  it("keeps every position's own cases (required, wrong JSON type) and the operation's own expectations", () => {
    for (const id of ["Move.target.required.missing", "Move.target.required.null", "Move.target.json-type.string", "Move.target.json-type.array", "Copy.source.json-type.string"]) {
      expect(byId.has(id), id).toBe(true);
    }
    const accepted = ofMembers("Move.target").find((c) => c.expect.outcome === "accepted")!;
    expect(accepted.operation).toBe("Move");
    expect(accepted.request.headers["X-Amz-Target"]).toBe("Service.Move");
    expect(accepted.expect.errorTypes).toEqual(["MoveConflict"]);
  });
});

describe("an enum reused at several positions", () => {
  it("has every value accepted once, and its first value and an outside value everywhere else", () => {
    // Copy's first member, target (a Location), holds the first Format the walk meets.
    expect(inside("Copy.target.format").map((c) => c.id)).toEqual(expect.arrayContaining(["Copy.target.format.enum.csv", "Copy.target.format.enum.json", "Copy.target.format.enum.parquet", "Copy.target.format.enum.rejected"]));
    for (const position of ["Copy.format", "Move.format"]) {
      expect(inside(position).filter((c) => c.id.includes(".enum.")).map((c) => c.id)).toEqual([`${position}.enum.csv`, `${position}.enum.rejected`]);
      expect(byId.get(`${position}.enum.csv`)!.description).toContain("every value of Format is tried at Copy.target.format");
    }
  });
});
