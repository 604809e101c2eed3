// The classification table: one model edit per rule (several where the
// direction matters), each with every difference it must produce — no more,
// no fewer — on the orders fixture (test/fixtures/diff/orders.ast.json).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NodeObject, SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { diffModels } from "../../codegen/src/diff/compare.js";
import { RULES, type RuleId, type Severity } from "../../codegen/src/diff/rules.js";

const fixture = JSON.parse(readFileSync("test/fixtures/diff/orders.ast.json", "utf8")) as SmithyModel;
const ns = "example.orders#";

// Loose access for edits: tests reach into the AST the way a model author edits a file.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function edited(edit: (shapes: Loose) => void): SmithyModel {
  const copy = structuredClone(fixture);
  edit(copy.shapes as Loose);
  return copy;
}

const s = (name: string): string => `${ns}${name}`;
const unitMember = (value: string): NodeObject => ({ target: "smithy.api#Unit", traits: { "smithy.api#enumValue": value } });

type Expected = [Severity, RuleId, string];

const cases: { name: string; edit: (shapes: Loose) => void; expected: Expected[] }[] = [
  // ------------------------------------------------------------- service
  {
    name: "service shape renamed",
    edit: (x) => {
      x[s("Orders")] = x[s("OrderService")];
      delete x[s("OrderService")];
    },
    expected: [["ERROR", "service-renamed", "Orders"]],
  },
  {
    name: "service version changed",
    edit: (x) => (x[s("OrderService")].version = "2026-01-01"),
    expected: [["ERROR", "service-version-changed", "OrderService"]],
  },
  {
    name: "endpointPrefix changed",
    edit: (x) => (x[s("OrderService")].traits["aws.api#service"].endpointPrefix = "order"),
    expected: [["ERROR", "service-identity-changed", "OrderService"]],
  },
  {
    name: "protocol changed",
    edit: (x) => {
      const traits = x[s("OrderService")].traits;
      delete traits["aws.protocols#awsJson1_0"];
      traits["aws.protocols#awsJson1_1"] = {};
    },
    expected: [["ERROR", "protocol-changed", "OrderService"]],
  },
  {
    name: "second protocol added",
    edit: (x) => (x[s("OrderService")].traits["aws.protocols#awsJson1_1"] = {}),
    expected: [["NOTE", "protocol-added", "OrderService"]],
  },
  {
    name: "SigV4 signing name changed",
    edit: (x) => (x[s("OrderService")].traits["aws.auth#sigv4"].name = "order"),
    expected: [["ERROR", "auth-changed", "OrderService"]],
  },
  {
    name: "service title changed",
    edit: (x) => (x[s("OrderService")].traits["smithy.api#title"] = "Orders"),
    expected: [["NOTE", "annotation-changed", "OrderService"]],
  },
  // ----------------------------------------------------------- operation
  {
    name: "operation removed (its only error goes with it)",
    edit: (x) => (x[s("OrderService")].operations = [{ target: s("CreateOrder") }]),
    expected: [
      ["ERROR", "operation-removed", "GetOrder"],
      ["ERROR", "shape-removed", "OrderNotFound"],
    ],
  },
  {
    name: "operation renamed",
    edit: (x) => {
      x[s("FetchOrder")] = x[s("GetOrder")];
      delete x[s("GetOrder")];
      x[s("OrderService")].operations[1].target = s("FetchOrder");
    },
    expected: [["ERROR", "operation-renamed", "FetchOrder"]],
  },
  {
    name: "operation added",
    edit: (x) => {
      x[s("Ping")] = { type: "operation" };
      x[s("OrderService")].operations.push({ target: s("Ping") });
    },
    expected: [["NOTE", "operation-added", "Ping"]],
  },
  {
    name: "operation output replaced",
    edit: (x) => (x[s("GetOrder")].output.target = s("CreateOrderOutput")),
    expected: [["ERROR", "operation-io-changed", "GetOrder"]],
  },
  {
    name: "error removed from an operation (and from the model)",
    edit: (x) => (x[s("CreateOrder")].errors = []),
    expected: [
      ["DANGER", "operation-error-removed", "CreateOrder"],
      ["ERROR", "shape-removed", "InvalidOrder"],
    ],
  },
  {
    name: "error added to an operation",
    edit: (x) => x[s("CreateOrder")].errors.push({ target: s("OrderNotFound") }),
    expected: [["DANGER", "operation-error-added", "CreateOrder"]],
  },
  {
    name: "error added to the service (every operation)",
    edit: (x) => x[s("OrderService")].errors.push({ target: s("OrderNotFound") }),
    expected: [["DANGER", "operation-error-added", "CreateOrder"]],
  },
  {
    name: "@readonly removed",
    edit: (x) => (x[s("GetOrder")].traits = {}),
    expected: [["ERROR", "idempotency-removed", "GetOrder"]],
  },
  {
    name: "@idempotent added",
    edit: (x) => (x[s("GetOrder")].traits = { "smithy.api#readonly": {}, "smithy.api#idempotent": {} }),
    expected: [["NOTE", "idempotency-added", "GetOrder"]],
  },
  {
    name: "@idempotencyToken removed from a member",
    edit: (x) => (x[s("CreateOrderInput")].members.ClientToken.traits = {}),
    expected: [["ERROR", "idempotency-removed", "CreateOrderInput$ClientToken"]],
  },
  // --------------------------------------------------------------- shapes
  {
    name: "optional output member targeting a new structure",
    edit: (x) => {
      x[s("Shipping")] = { type: "structure", members: { Carrier: { target: "smithy.api#String" } } };
      x[s("Order")].members.Shipping = { target: s("Shipping") };
    },
    expected: [
      ["NOTE", "member-added-optional", "Order$Shipping"],
      ["NOTE", "shape-added", "Shipping"],
    ],
  },
  {
    name: "shape type changed",
    edit: (x) => (x[s("Sku")] = { type: "integer" }),
    expected: [["ERROR", "shape-type-changed", "Sku"]],
  },
  {
    name: "error fault changed from client to server",
    edit: (x) => (x[s("InvalidOrder")].traits["smithy.api#error"] = "server"),
    expected: [["ERROR", "error-fault-changed", "InvalidOrder"]],
  },
  {
    name: "@retryable removed",
    edit: (x) => delete x[s("ServerFault")].traits["smithy.api#retryable"],
    expected: [["ERROR", "retryable-removed", "ServerFault"]],
  },
  {
    name: "@retryable changed to throttling",
    edit: (x) => (x[s("ServerFault")].traits["smithy.api#retryable"] = { throttling: true }),
    expected: [["NOTE", "retryable-changed", "ServerFault"]],
  },
  // -------------------------------------------------------------- members
  {
    name: "input member removed",
    edit: (x) => delete x[s("CreateOrderInput")].members.Quantity,
    expected: [["ERROR", "member-removed", "CreateOrderInput$Quantity"]],
  },
  {
    name: "output member removed",
    edit: (x) => delete x[s("CreateOrderOutput")].members.Status,
    expected: [["ERROR", "member-removed", "CreateOrderOutput$Status"]],
  },
  {
    name: "input member renamed (same target)",
    edit: (x) => {
      const members = x[s("CreateOrderInput")].members;
      members.Count = members.Quantity;
      delete members.Quantity;
    },
    expected: [["ERROR", "member-renamed", "CreateOrderInput$Quantity"]],
  },
  {
    name: "optional input member added",
    edit: (x) => (x[s("CreateOrderInput")].members.Gift = { target: "smithy.api#Boolean" }),
    expected: [["NOTE", "member-added-optional", "CreateOrderInput$Gift"]],
  },
  {
    name: "required input member added",
    edit: (x) => (x[s("CreateOrderInput")].members.CustomerId = { target: "smithy.api#String", traits: { "smithy.api#required": {} } }),
    expected: [["ERROR", "member-added-required", "CreateOrderInput$CustomerId"]],
  },
  {
    name: "required input member with a default added (callers may leave it out)",
    edit: (x) =>
      (x[s("CreateOrderInput")].members.Wrap = {
        target: "smithy.api#Boolean",
        traits: { "smithy.api#required": {}, "smithy.api#default": false },
      }),
    expected: [["NOTE", "member-added-optional", "CreateOrderInput$Wrap"]],
  },
  {
    name: "required output member added",
    edit: (x) => (x[s("Order")].members.Total = { target: "smithy.api#Double", traits: { "smithy.api#required": {} } }),
    expected: [["NOTE", "member-added-required", "Order$Total"]],
  },
  {
    name: "input member made required",
    edit: (x) => (x[s("CreateOrderInput")].members.Quantity.traits = { "smithy.api#required": {} }),
    expected: [["ERROR", "member-made-required", "CreateOrderInput$Quantity"]],
  },
  {
    name: "output member made required",
    edit: (x) => (x[s("Order")].members.Status.traits = { "smithy.api#required": {} }),
    expected: [["NOTE", "member-made-required", "Order$Status"]],
  },
  {
    name: "input member made optional",
    edit: (x) => (x[s("CreateOrderInput")].members.Items.traits = {}),
    expected: [["NOTE", "member-made-optional", "CreateOrderInput$Items"]],
  },
  {
    name: "output member made optional",
    edit: (x) => (x[s("CreateOrderOutput")].members.Order.traits = {}),
    expected: [["ERROR", "member-made-optional", "CreateOrderOutput$Order"]],
  },
  {
    name: "member target changed to another type",
    edit: (x) => (x[s("CreateOrderInput")].members.Quantity.target = "smithy.api#String"),
    expected: [["ERROR", "member-target-changed", "CreateOrderInput$Quantity"]],
  },
  {
    name: "enum member retargeted to a string (the enum leaves the model)",
    edit: (x) => (x[s("CreateOrderInput")].members.Priority.target = "smithy.api#String"),
    expected: [
      ["ERROR", "member-target-changed", "CreateOrderInput$Priority"],
      ["ERROR", "shape-removed", "Priority"],
    ],
  },
  {
    name: "member retargeted to an equivalent string shape",
    edit: (x) => {
      x[s("NoteText")] = { type: "string" };
      x[s("CreateOrderInput")].members.Note.target = s("NoteText");
    },
    expected: [["NOTE", "member-target-aliased", "CreateOrderInput$Note"]],
  },
  // ---------------------------------------------------------- constraints
  {
    name: "@length max lowered on a shape used in input and output",
    edit: (x) => (x[s("OrderId")].traits["smithy.api#length"].max = 32),
    expected: [
      ["ERROR", "constraint-narrowed", "CreateOrderInput$OrderId"],
      ["ERROR", "constraint-narrowed", "GetOrderInput$OrderId"],
      ["NOTE", "constraint-narrowed", "Order$OrderId"],
    ],
  },
  {
    name: "@length max raised on a shape used in input and output",
    edit: (x) => (x[s("OrderId")].traits["smithy.api#length"].max = 128),
    expected: [
      ["NOTE", "constraint-widened", "CreateOrderInput$OrderId"],
      ["NOTE", "constraint-widened", "GetOrderInput$OrderId"],
      ["DANGER", "constraint-widened", "Order$OrderId"],
    ],
  },
  {
    name: "@range narrowed and @length min raised on a list (member-level trait)",
    edit: (x) => {
      x[s("Quantity")].traits["smithy.api#range"].max = 50;
      x[s("CreateOrderInput")].members.Items.traits["smithy.api#length"] = { min: 2, max: 10 };
    },
    expected: [
      ["ERROR", "constraint-narrowed", "CreateOrderInput$Items"],
      ["ERROR", "constraint-narrowed", "CreateOrderInput$Quantity"],
    ],
  },
  {
    name: "@pattern added to a list member's target, @uniqueItems added to the list",
    edit: (x) => {
      x[s("Sku")].traits = { "smithy.api#pattern": "^sku-[0-9]+$" };
      x[s("ItemList")].traits["smithy.api#uniqueItems"] = {};
    },
    expected: [
      ["ERROR", "constraint-narrowed", "CreateOrderInput$Items"],
      ["ERROR", "constraint-narrowed", "ItemList$member"],
    ],
  },
  {
    name: "@length removed from a map key",
    edit: (x) => (x[s("TagKey")].traits = {}),
    expected: [
      ["NOTE", "constraint-widened", "TagMap$key"],
      ["NOTE", "constraint-widened", "TagMap$key"],
    ],
  },
  {
    name: "@pattern changed on a shape used in input and output",
    edit: (x) => (x[s("OrderId")].traits["smithy.api#pattern"] = "^[a-z0-9_-]+$"),
    expected: [
      ["ERROR", "pattern-changed", "CreateOrderInput$OrderId"],
      ["ERROR", "pattern-changed", "GetOrderInput$OrderId"],
      ["DANGER", "pattern-changed", "Order$OrderId"],
    ],
  },
  {
    name: "union variant added to an input union",
    edit: (x) => (x[s("Payment")].members.Voucher = { target: "smithy.api#String" }),
    expected: [["NOTE", "union-member-added", "Payment$Voucher"]],
  },
  {
    name: "union variant added to an output union",
    edit: (x) => (x[s("Tracking")].members.Drone = { target: "smithy.api#String" }),
    expected: [["DANGER", "union-member-added", "Tracking$Drone"]],
  },
  // ---------------------------------------------------------------- enums
  {
    name: "enum value removed from an input enum",
    edit: (x) => delete x[s("Priority")].members.HIGH,
    expected: [["ERROR", "enum-value-removed", "Priority$HIGH"]],
  },
  {
    name: "enum value removed from an output enum",
    edit: (x) => delete x[s("OrderStatus")].members.SHIPPED,
    expected: [["ERROR", "enum-value-removed", "OrderStatus$SHIPPED"]],
  },
  {
    name: "enum member renamed, value kept",
    edit: (x) => {
      x[s("Priority")].members = { LOWEST: unitMember("LOW"), HIGH: unitMember("HIGH") };
    },
    expected: [["ERROR", "enum-value-renamed", "Priority$LOW"]],
  },
  {
    name: "enum wire value changed",
    edit: (x) => (x[s("Priority")].members.HIGH = unitMember("high")),
    expected: [["ERROR", "enum-value-changed", "Priority$HIGH"]],
  },
  {
    name: "enum value added to an input enum",
    edit: (x) => (x[s("Priority")].members.URGENT = unitMember("URGENT")),
    expected: [["NOTE", "enum-value-added", "Priority$URGENT"]],
  },
  {
    name: "enum value added to an output enum",
    edit: (x) => (x[s("OrderStatus")].members.CANCELLED = unitMember("CANCELLED")),
    expected: [["DANGER", "enum-value-added", "OrderStatus$CANCELLED"]],
  },
  // ------------------------------------------------------------- defaults
  {
    name: "@required added to a member with a @default",
    edit: (x) => (x[s("CreateOrderInput")].members.Express.traits["smithy.api#required"] = {}),
    expected: [["NOTE", "required-changed-with-default", "CreateOrderInput$Express"]],
  },
  {
    name: "@default changed from the zero value (false to true)",
    edit: (x) => (x[s("CreateOrderInput")].members.Express.traits["smithy.api#default"] = true),
    expected: [["ERROR", "default-zero-changed", "CreateOrderInput$Express"]],
  },
  {
    name: "@default removed",
    edit: (x) => {
      delete x[s("CreateOrderInput")].members.Express.traits["smithy.api#default"];
      delete x[s("CreateOrderInput")].members.Express.traits["smithy.api#required"];
    },
    expected: [["ERROR", "default-removed", "CreateOrderInput$Express"]],
  },
  {
    name: "@default added to an optional member",
    edit: (x) => (x[s("CreateOrderInput")].members.Note.traits["smithy.api#default"] = ""),
    expected: [["ERROR", "default-added", "CreateOrderInput$Note"]],
  },
  {
    name: "@default added with @addedDefault",
    edit: (x) => Object.assign(x[s("CreateOrderInput")].members.Note.traits, { "smithy.api#default": "", "smithy.api#addedDefault": {} }),
    expected: [
      ["DANGER", "default-changed", "CreateOrderInput$Note"],
      ["NOTE", "trait-changed", "CreateOrderInput$Note"],
    ],
  },
  // ------------------------------------------------------ documentation
  {
    name: "member documentation changed",
    edit: (x) => (x[s("CreateOrderInput")].members.Note.traits["smithy.api#documentation"] = "A note."),
    expected: [["NOTE", "documentation-changed", "CreateOrderInput$Note"]],
  },
  {
    name: "example changed",
    edit: (x) => (x[s("CreateOrder")].traits["smithy.api#examples"][0].input.OrderId = "o-2"),
    expected: [["NOTE", "examples-changed", "CreateOrder"]],
  },
  {
    name: "protocol tests changed on an operation and an error",
    edit: (x) => {
      x[s("CreateOrder")].traits["smithy.test#httpRequestTests"][0].uri = "/x";
      delete x[s("InvalidOrder")].traits["smithy.test#httpResponseTests"];
    },
    expected: [
      ["NOTE", "protocol-tests-changed", "CreateOrder"],
      ["NOTE", "protocol-tests-changed", "InvalidOrder"],
    ],
  },
  {
    name: "@deprecated added to a member",
    edit: (x) => (x[s("CreateOrderInput")].members.Tags.traits = { "smithy.api#deprecated": {} }),
    expected: [["NOTE", "annotation-changed", "CreateOrderInput$Tags"]],
  },
  {
    name: "@timestampFormat added (its definition declares any change breaking)",
    edit: (x) => (x[s("Order")].members.PlacedAt.traits = { "smithy.api#timestampFormat": "date-time" }),
    expected: [["ERROR", "trait-declared-breaking", "Order$PlacedAt"]],
  },
  {
    name: "@http added (declared breaking only when removed or its method, uri or code changes)",
    edit: (x) => (x[s("GetOrder")].traits["smithy.api#http"] = { method: "GET", uri: "/orders" }),
    expected: [["NOTE", "trait-changed", "GetOrder"]],
  },
];

/** Edits whose base is the fixture after `before` (a trait must exist to be removed). */
const fromEditedBase: { name: string; before: (shapes: Loose) => void; edit: (shapes: Loose) => void; expected: Expected[] }[] = [
  {
    name: "@default changed between two values that are not zero values",
    before: (x) => (x[s("CreateOrderInput")].members.Note.traits["smithy.api#default"] = "a"),
    edit: (x) => (x[s("CreateOrderInput")].members.Note.traits["smithy.api#default"] = "b"),
    expected: [["DANGER", "default-changed", "CreateOrderInput$Note"]],
  },
  {
    name: "@http code changed (declared breaking)",
    before: (x) => (x[s("GetOrder")].traits["smithy.api#http"] = { method: "GET", uri: "/orders", code: 200 }),
    edit: (x) => (x[s("GetOrder")].traits["smithy.api#http"] = { method: "GET", uri: "/orders", code: 201 }),
    expected: [["ERROR", "trait-declared-breaking", "GetOrder"]],
  },
  {
    name: "@internal removed (declared risky)",
    before: (x) => (x[s("Sku")].traits = { "smithy.api#internal": {} }),
    edit: (x) => (x[s("Sku")].traits = {}),
    expected: [["DANGER", "trait-declared-risky", "Sku"]],
  },
  {
    name: "a trait that declares nothing removed",
    before: (x) => (x[s("Order")].traits = { "smithy.api#references": [{ resource: s("OrderService") }] }),
    edit: (x) => (x[s("Order")].traits = {}),
    expected: [["DANGER", "trait-removed", "Order"]],
  },
  {
    name: "a trait defined in the model, whose definition declares its removal breaking",
    before: (x) => {
      x[s("owner")] = { type: "string", traits: { "smithy.api#trait": { breakingChanges: [{ change: "remove" }] } } };
      x[s("Order")].traits = { "example.orders#owner": "team" };
    },
    edit: (x) => {
      x[s("owner")] = { type: "string", traits: { "smithy.api#trait": { breakingChanges: [{ change: "remove" }] } } };
      x[s("Order")].traits = {};
    },
    expected: [["ERROR", "trait-declared-breaking", "Order"]],
  },
];

const triples = (model: SmithyModel): Expected[] =>
  diffModels(new ModelIndex(fixture), new ModelIndex(model)).map((d): Expected => [d.severity, d.rule, d.subject]);

const sortTriples = (list: Expected[]): Expected[] => [...list].sort((a, b) => a.join().localeCompare(b.join()));

describe("classification of model edits", () => {
  it("finds nothing between a model and itself", () => {
    expect(triples(fixture)).toEqual([]);
  });

  it.each(cases)("$name", ({ edit, expected }) => {
    expect(sortTriples(triples(edited(edit)))).toEqual(sortTriples(expected));
  });

  it.each(fromEditedBase)("$name", ({ before, edit, expected }) => {
    const base = edited(before);
    const head = edited((x) => {
      before(x);
      edit(x);
    });
    const found = diffModels(new ModelIndex(base), new ModelIndex(head)).map((d): Expected => [d.severity, d.rule, d.subject]);
    expect(sortTriples(found)).toEqual(sortTriples(expected));
  });

  it("covers every rule with at least one edit", () => {
    const covered = new Set([...cases, ...fromEditedBase].flatMap((c) => c.expected.map(([, rule]) => rule)));
    expect(Object.keys(RULES).filter((id) => !covered.has(id as RuleId))).toEqual([]);
  });
});
