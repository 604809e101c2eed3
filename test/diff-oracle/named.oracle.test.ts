// Named model edits against the real `smithy diff`: the diff fixture (with its
// examples and protocol tests) and our model, each edited as a model author
// would, plus every counterexample the generated test has found (the
// "regression:" cases). One JVM for all of them. Each edit must be
// classified as smithy-diff classifies it, or as a documented deliberate
// difference (codegen/src/diff/smithy-agreement.ts) says.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { diffModels } from "../../codegen/src/diff/compare.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { describeGroup, judgePair, reachedOnEitherSide } from "./agreement.js";
import { generatedBases } from "./generated-bases.js";
import { withoutTestTraits } from "./mutations.js";
import { type SmithyDiffAnswer, smithyDiff } from "./smithy-diff.js";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (path: string): SmithyModel => JSON.parse(readFileSync(path, "utf8")) as SmithyModel;
const orders = read("test/fixtures/diff/orders.ast.json");
const mwaa = read("test/fixtures/mwaa-serverless.ast.json");
const larger = read("test/fixtures/larger-model.ast.json");
const o = (name: string): string => `example.orders#${name}`;
const w = (name: string): string => `com.amazonaws.mwaaserverless#${name}`;
const p = (name: string): string => `example.pipelines#${name}`;

interface NamedCase {
  name: string;
  base: SmithyModel;
  /** Applied to the base first (a trait must exist to be removed); both sides get it. */
  before?: (shapes: Loose) => void;
  /** The edit; `model` for what lies outside the shapes (metadata). */
  edit: (shapes: Loose, model: Loose) => void;
}

const cases: NamedCase[] = [
  { name: "orders: nothing changed", base: orders, edit: () => {} },
  { name: "orders: optional input member removed", base: orders, edit: (x) => delete x[o("CreateOrderInput")].members.Note },
  { name: "orders: optional input member added", base: orders, edit: (x) => (x[o("CreateOrderInput")].members.New = { target: "smithy.api#String" }) },
  { name: "orders: @required removed from an input member", base: orders, edit: (x) => delete x[o("CreateOrderInput")].members.OrderId.traits["smithy.api#required"] },
  { name: "orders: @required removed from an output member targeting a structure", base: orders, edit: (x) => delete x[o("CreateOrderOutput")].members.Order.traits["smithy.api#required"] },
  { name: "orders: @length max lowered on a shared string", base: orders, edit: (x) => (x[o("OrderId")].traits["smithy.api#length"].max = 32) },
  { name: "orders: @length max raised on a shared string", base: orders, edit: (x) => (x[o("OrderId")].traits["smithy.api#length"].max = 100) },
  { name: "orders: @length min raised", base: orders, edit: (x) => (x[o("OrderId")].traits["smithy.api#length"].min = 2) },
  { name: "orders: @length removed", base: orders, edit: (x) => delete x[o("OrderId")].traits["smithy.api#length"] },
  { name: "orders: @range max lowered (input only)", base: orders, edit: (x) => (x[o("Quantity")].traits["smithy.api#range"].max = 50) },
  { name: "orders: @range removed", base: orders, edit: (x) => delete x[o("Quantity")].traits["smithy.api#range"] },
  { name: "orders: @pattern removed", base: orders, edit: (x) => delete x[o("OrderId")].traits["smithy.api#pattern"] },
  { name: "orders: enum value added (output)", base: orders, edit: (x) => (x[o("OrderStatus")].members.X = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "X" } }) },
  { name: "orders: enum value removed", base: orders, edit: (x) => delete x[o("OrderStatus")].members.SHIPPED },
  { name: "orders: enum value changed", base: orders, edit: (x) => (x[o("OrderStatus")].members.SHIPPED.traits["smithy.api#enumValue"] = "S") },
  { name: "orders: union variant added (output)", base: orders, edit: (x) => (x[o("Tracking")].members.X = { target: "smithy.api#String" }) },
  { name: "orders: member target changed type", base: orders, edit: (x) => (x[o("Order")].members.PlacedAt.target = "smithy.api#String") },
  { name: "orders: member retargeted to another string", base: orders, edit: (x) => (x[o("Order")].members.OrderId.target = o("Sku")) },
  { name: "orders: shape type changed", base: orders, edit: (x) => (x[o("Sku")].type = "blob") },
  { name: "orders: error added to an operation", base: orders, edit: (x) => x[o("GetOrder")].errors.push({ target: o("InvalidOrder") }) },
  { name: "orders: doc changed", base: orders, edit: (x) => (x[o("CreateOrder")].traits["smithy.api#documentation"] = "x") },
  { name: "orders: @error flipped", base: orders, edit: (x) => (x[o("ServerFault")].traits["smithy.api#error"] = "client") },
  { name: "orders: @sensitive added", base: orders, edit: (x) => (x[o("Sku")].traits = { "smithy.api#sensitive": {} }) },
  { name: "orders: operation unbound", base: orders, edit: (x) => (x[o("OrderService")].operations = [{ target: o("CreateOrder") }]) },
  { name: "orders: SigV4 signing name changed", base: orders, edit: (x) => (x[o("OrderService")].traits["aws.auth#sigv4"].name = "o") },
  {
    name: "orders: protocol changed",
    base: orders,
    edit: (x) => {
      const t = x[o("OrderService")].traits;
      delete t["aws.protocols#awsJson1_0"];
      t["aws.protocols#awsJson1_1"] = {};
    },
  },
  {
    name: "orders: service shape renamed",
    base: orders,
    edit: (x) => {
      x[o("Orders")] = x[o("OrderService")];
      delete x[o("OrderService")];
    },
  },
  { name: "orders: service version changed", base: orders, edit: (x) => (x[o("OrderService")].version = "2026-01-01") },
  { name: "orders: endpointPrefix changed", base: orders, edit: (x) => (x[o("OrderService")].traits["aws.api#service"].endpointPrefix = "order") },
  { name: "orders: a second protocol added", base: orders, edit: (x) => (x[o("OrderService")].traits["aws.protocols#awsJson1_1"] = {}) },
  { name: "orders: members reordered", base: orders, edit: (x) => (x[o("Order")].members = Object.fromEntries(Object.entries(x[o("Order")].members as Loose).reverse())) },
  { name: "mwaa: @length max lowered on IdString", base: mwaa, edit: (x) => (x[w("IdString")].traits["smithy.api#length"].max = 128) },
  { name: "mwaa: @idempotent removed", base: mwaa, edit: (x) => delete x[w("StopWorkflowRun")].traits["smithy.api#idempotent"] },
  { name: "mwaa: enum value added to WorkflowRunStatus (output)", base: withoutTestTraits(mwaa), edit: (x) => (x[w("WorkflowRunStatus")].members.ADDED = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "ADDED" } }) },
  // ------------------------------------------- regressions (fast-check counterexamples)
  { name: "regression: @readonly removed (declared breaking: was DANGER)", base: orders, edit: (x) => delete x[o("GetOrder")].traits["smithy.api#readonly"] },
  { name: "regression: @idempotencyToken removed (declared breaking: was DANGER)", base: orders, edit: (x) => delete x[o("CreateOrderInput")].members.ClientToken.traits["smithy.api#idempotencyToken"] },
  { name: "regression: @retryable removed (declared breaking: was DANGER)", base: orders, edit: (x) => delete x[o("ServerFault")].traits["smithy.api#retryable"] },
  { name: "regression: @timestampFormat added (declared breaking: was DANGER)", base: orders, edit: (x) => (x[o("Order")].members.PlacedAt.traits = { "smithy.api#timestampFormat": "epoch-seconds" }) },
  { name: "regression: @jsonName added (declared breaking: was DANGER)", base: orders, edit: (x) => (x[o("Order")].members.PlacedAt.traits = { "smithy.api#jsonName": "p" }) },
  { name: "regression: @xmlName added to an error member (declared breaking: was DANGER)", base: withoutTestTraits(larger), edit: (x) => (x[p("ResourceNotFoundException")].members.resourceId.traits = { ...x[p("ResourceNotFoundException")].members.resourceId.traits, "smithy.api#xmlName": "x" }) },
  { name: "regression: @http added (declares nothing for an addition: was DANGER)", base: orders, edit: (x) => (x[o("GetOrder")].traits["smithy.api#http"] = { method: "POST", uri: "/op1" }) },
  {
    name: "regression: @http code changed (declared breaking)",
    base: orders,
    before: (x) => (x[o("GetOrder")].traits["smithy.api#http"] = { method: "POST", uri: "/get", code: 200 }),
    edit: (x) => (x[o("GetOrder")].traits["smithy.api#http"].code = 201),
  },
  { name: "regression: @default removed from a member (ChangedDefault ERROR: was DANGER)", base: withoutTestTraits(larger), edit: (x) => delete x[p("Stage")].members.timeoutSeconds.traits["smithy.api#default"] },
  { name: "regression: @default added to an optional member (was DANGER)", base: orders, edit: (x) => (x[o("CreateOrderInput")].members.Note.traits["smithy.api#default"] = "") },
  { name: "regression: error removed from an operation (RemovedOperationError WARNING: was ERROR)", base: withoutTestTraits(orders), edit: (x) => (x[o("GetOrder")].errors = []) },
  { name: "regression: @required added to an output member targeting a union", base: withoutTestTraits(orders), edit: (x) => (x[o("Order")].members.Tracking.traits = { "smithy.api#required": {} }) },
  { name: "regression: error the service already lists added to an operation", base: withoutTestTraits(orders), edit: (x) => x[o("CreateOrder")].errors.push({ target: o("ServerFault") }) },
  { name: "regression: @pattern set on an input string", base: withoutTestTraits(orders), edit: (x) => (x[o("OrderId")].traits["smithy.api#pattern"] = ".*") },
  { name: "regression: @length bounds both lowered on an output-only string", base: withoutTestTraits(mwaa), edit: (x) => (x[w("VersionId")].traits = { ...x[w("VersionId")].traits, "smithy.api#length": { min: 0, max: 14 } }) },
  { name: "regression: metadata added", base: withoutTestTraits(orders), edit: (_, model) => (model.metadata = { added: "x" }) },
  { name: "regression: a required member renamed", base: withoutTestTraits(mwaa), edit: (x) => renameMember(x[w("StopWorkflowRunRequest")], "RunId", "RunIdentifier") },
  { name: "regression: output member retargeted to a string with a narrower @length", base: withoutTestTraits(mwaa), edit: (x) => (x[w("ResourceNotFoundException")].members.ResourceType.target = w("ErrorMessage")) },
  { name: "regression: lifecycle operation dropped from a resource", base: withoutTestTraits(larger), edit: (x) => delete x[p("Pipeline")].list },
  { name: "regression: @default changed from the zero value (0 to 1)", base: generatedBases(1, 1)[0]!.model, before: (x) => (x["example.generated#Op0Input"].members.zero = { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } }), edit: (x) => (x["example.generated#Op0Input"].members.zero.traits["smithy.api#default"] = 1) },
  { name: "regression: @default changed between non-zero values", base: generatedBases(1, 1)[0]!.model, before: (x) => (x["example.generated#Op0Input"].members.one = { target: "smithy.api#Integer", traits: { "smithy.api#default": 1 } }), edit: (x) => (x["example.generated#Op0Input"].members.one.traits["smithy.api#default"] = 2) },
  { name: "regression: @length that constrains nothing added to a map", base: generatedBases(1, 1)[0]!.model, edit: (x) => (x["example.generated#Labels"].traits = { "smithy.api#length": { min: 0 } }) },
  { name: "regression: @required removed from an output member that keeps its @default", base: generatedBases(1, 1)[0]!.model, before: (x) => (x["example.generated#Op0Output"].members.kept = { target: "smithy.api#String", traits: { "smithy.api#required": {}, "smithy.api#default": "" } }), edit: (x) => delete x["example.generated#Op0Output"].members.kept.traits["smithy.api#required"] },
];

function renameMember(shape: Loose, from: string, to: string): void {
  shape.members = Object.fromEntries(Object.entries(shape.members as Loose).map(([k, v]) => [k === from ? to : k, v]));
}

describe("named model edits against the real smithy diff", () => {
  const answers = new Map<string, SmithyDiffAnswer>();
  const pairs = cases.map((c) => {
    const old = structuredClone(c.base) as Loose;
    c.before?.(old.shapes);
    const head = structuredClone(old);
    c.edit(head.shapes, head);
    return { old: old as SmithyModel, new: head as SmithyModel };
  });

  beforeAll(async () => {
    const all = await smithyDiff(pairs);
    cases.forEach((c, i) => answers.set(c.name, all[i]!));
  }, 120_000);

  it.each(cases.map((c, i) => ({ ...c, i })))("$name", ({ name, i }) => {
    const answer = answers.get(name)!;
    expect(answer.crash, "oracle crash").toBeUndefined();
    expect([...answer.oldErrors, ...answer.newErrors].map((e) => `${e.id}: ${e.message}`), "Smithy refuses a side").toEqual([]);
    const [before, after] = [new ModelIndex(pairs[i]!.old), new ModelIndex(pairs[i]!.new)];
    const verdict = judgePair(diffModels(before, after), answer.events, reachedOnEitherSide(before, after));
    expect(verdict.disagreements.map(describeGroup), "changes classified differently from smithy diff, not documented").toEqual([]);
    if (name !== "orders: nothing changed") expect(verdict.groups.length, "neither diff saw the edit").toBeGreaterThan(0);
  });
});
