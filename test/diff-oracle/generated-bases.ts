// Generated base models for the differential diff test: small awsJson
// services of random shape (operations, inline inputs and outputs, members
// of every simple type, shared constrained strings and numbers, enums,
// intEnums, lists, maps, unions, errors, required and default members), so
// that the mutations meet more than the three fixtures' shapes.
import fc from "fast-check";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import type { Base } from "./mutations.js";

const NS = "example.generated";
const id = (name: string): string => `${NS}#${name}`;

// Loose: the model is built as plain JSON.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHARED: Record<string, Loose> = {
  Name: { type: "string", traits: { "smithy.api#length": { min: 1, max: 64 }, "smithy.api#pattern": "^[A-Za-z0-9-]+$" } },
  Count: { type: "integer", traits: { "smithy.api#range": { min: 0, max: 1000 } } },
  Color: { type: "enum", members: { RED: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "red" } }, BLUE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "blue" } } } },
  Level: { type: "intEnum", members: { LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } }, HIGH: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 2 } } } },
  Names: { type: "list", member: { target: id("Name") }, traits: { "smithy.api#length": { max: 20 } } },
  Labels: { type: "map", key: { target: "smithy.api#String" }, value: { target: id("Count") } },
  Choice: { type: "union", members: { text: { target: "smithy.api#String" }, number: { target: "smithy.api#Integer" } } },
  Detail: { type: "structure", members: { name: { target: id("Name"), traits: { "smithy.api#required": {} } }, note: { target: "smithy.api#String" } } },
};
const TARGETS = [
  "smithy.api#String", "smithy.api#Integer", "smithy.api#Long", "smithy.api#Boolean", "smithy.api#Timestamp", "smithy.api#Blob", "smithy.api#Double",
  ...Object.keys(SHARED).map(id),
];
const DEFAULTS: Record<string, unknown> = { "smithy.api#String": "", "smithy.api#Integer": 0, "smithy.api#Long": 0, "smithy.api#Boolean": false, [id("Count")]: 1 };

const memberArb = fc.record({ target: fc.constantFrom(...TARGETS), required: fc.boolean(), withDefault: fc.boolean(), doc: fc.boolean() });
const structureArb = fc.array(memberArb, { minLength: 1, maxLength: 4 });
const operationArb = fc.record({ input: structureArb, output: structureArb, errors: fc.subarray(["BadRequest", "Unavailable"]), idempotent: fc.boolean() });

function members(list: { target: string; required: boolean; withDefault: boolean; doc: boolean }[]): Loose {
  return Object.fromEntries(
    list.map((m, i) => {
      const traits: Loose = {};
      if (m.required) traits["smithy.api#required"] = {};
      if (m.withDefault && m.target in DEFAULTS) traits["smithy.api#default"] = DEFAULTS[m.target];
      if (m.doc) traits["smithy.api#documentation"] = `Member ${i}.`;
      return [`m${i}`, Object.keys(traits).length ? { target: m.target, traits } : { target: m.target }];
    }),
  );
}

export const generatedModel: fc.Arbitrary<SmithyModel> = fc.array(operationArb, { minLength: 1, maxLength: 3 }).map((operations) => {
  const shapes: Loose = Object.fromEntries(Object.entries(SHARED).map(([name, shape]) => [id(name), structuredClone(shape)]));
  shapes[id("BadRequest")] = { type: "structure", members: { message: { target: "smithy.api#String" } }, traits: { "smithy.api#error": "client" } };
  shapes[id("Unavailable")] = { type: "structure", members: { message: { target: "smithy.api#String" } }, traits: { "smithy.api#error": "server", "smithy.api#retryable": {} } };
  operations.forEach((op, i) => {
    shapes[id(`Op${i}Input`)] = { type: "structure", members: members(op.input), traits: { "smithy.api#input": {} } };
    shapes[id(`Op${i}Output`)] = { type: "structure", members: members(op.output), traits: { "smithy.api#output": {} } };
    shapes[id(`Op${i}`)] = {
      type: "operation",
      input: { target: id(`Op${i}Input`) },
      output: { target: id(`Op${i}Output`) },
      ...(op.errors.length ? { errors: op.errors.map((e) => ({ target: id(e) })) } : {}),
      ...(op.idempotent ? { traits: { "smithy.api#idempotent": {} } } : {}),
    };
  });
  shapes[id("Generated")] = {
    type: "service",
    version: "2026-01-01",
    operations: operations.map((_, i) => ({ target: id(`Op${i}`) })),
    traits: { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "Generated" }, "aws.auth#sigv4": { name: "generated" } },
  };
  return { smithy: "2.0", shapes } as SmithyModel;
});

/** `count` generated bases, the same for a given seed. */
export function generatedBases(count: number, seed: number): Base[] {
  return fc.sample(generatedModel, { seed, numRuns: count }).map((model, i) => ({ name: `generated-${i}`, model }));
}
