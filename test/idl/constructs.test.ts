// Every IDL construct, as a snippet and the JSON AST `smithy ast` prints for it.

import { describe, expect, it } from "vitest";
import { HEADER, load, shapesOf } from "./helpers.js";

describe("simple shapes", () => {
  it("defines every simple type", () => {
    const types = ["blob", "boolean", "document", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp"];
    const shapes = shapesOf(HEADER + types.map((t, i) => `${t} S${i}`).join("\n"));
    expect(types.map((_, i) => shapes[`ex#S${i}`]?.type)).toEqual(types);
  });

  it("applies traits with annotation, single-value and structured syntax", () => {
    const shapes = shapesOf(`${HEADER}
@sensitive
@pattern("^a+$")
@length(min: 1, max: 10)
string Name`);
    expect(shapes["ex#Name"]).toEqual({
      type: "string",
      traits: { "smithy.api#sensitive": {}, "smithy.api#pattern": "^a+$", "smithy.api#length": { min: 1, max: 10 } },
    });
  });

  it("gives an empty list to a list trait written without a value", () => {
    expect(shapesOf(`${HEADER}@tags\nstring T`)["ex#T"]).toEqual({ type: "string", traits: { "smithy.api#tags": [] } });
  });
});

describe("enum and intEnum", () => {
  it("gives enum members a Unit target and an enumValue (the name when none is written)", () => {
    const shapes = shapesOf(`${HEADER}enum Suit {\n  DIAMOND\n  CLUB = "club"\n}`);
    expect(shapes["ex#Suit"]).toEqual({
      type: "enum",
      members: {
        DIAMOND: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "DIAMOND" } },
        CLUB: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "club" } },
      },
    });
  });

  it("reads intEnum values", () => {
    const shapes = shapesOf(`${HEADER}intEnum Level {\n  LOW = 1\n  @deprecated\n  HIGH = 10\n}`);
    expect(shapes["ex#Level"]).toEqual({
      type: "intEnum",
      members: {
        LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } },
        HIGH: { target: "smithy.api#Unit", traits: { "smithy.api#deprecated": {}, "smithy.api#enumValue": 10 } },
      },
    });
  });
});

describe("aggregate shapes", () => {
  it("reads list, map, structure and union with member traits and defaults", () => {
    const shapes = shapesOf(`${HEADER}
list Names {
    @length(min: 1)
    member: String
}
map Counts {
    key: String
    value: Integer
}
structure Person {
    @required
    name: String
    age: Integer = 0
    nick: String = null
}
union Choice {
    a: String
    b: Person
}`);
    expect(shapes["ex#Names"]).toEqual({ type: "list", member: { target: "smithy.api#String", traits: { "smithy.api#length": { min: 1 } } } });
    expect(shapes["ex#Counts"]).toEqual({ type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#Integer" } });
    expect(shapes["ex#Person"]).toEqual({
      type: "structure",
      members: {
        name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        age: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } },
        nick: { target: "smithy.api#String", traits: { "smithy.api#default": null } },
      },
    });
    expect(shapes["ex#Choice"]).toEqual({
      type: "union",
      members: { a: { target: "smithy.api#String" }, b: { target: "ex#Person" } },
    });
  });

  it("prints an empty structure with empty members", () => {
    expect(shapesOf(`${HEADER}structure Empty {}`)["ex#Empty"]).toEqual({ type: "structure", members: {} });
  });
});

describe("service, resource and operation", () => {
  const model = `${HEADER}
service Shop {
    version: "2024-01-01"
    operations: [Ping]
    resources: [Order]
    errors: [Oops]
    rename: { "ex#Oops": "Problem" }
}
resource Order {
    identifiers: { orderId: String }
    properties: { total: Integer }
    put: PutOrder
    create: CreateOrder
    read: GetOrder
    update: UpdateOrder
    delete: DeleteOrder
    list: ListOrders
    operations: [Touch]
    collectionOperations: [Count]
    resources: [Item]
}
resource Item { identifiers: { orderId: String } }
operation Ping {}
operation Touch { input := { @required orderId: String } }
operation Count {}
@idempotent
operation PutOrder { input := { @required orderId: String } }
operation CreateOrder {}
@readonly
operation GetOrder {
    input := { @required orderId: String }
    output := { total: Integer }
}
operation UpdateOrder { input := { @required orderId: String } }
@idempotent
operation DeleteOrder { input := { @required orderId: String } }
@readonly
operation ListOrders {}
@error("client")
structure Oops {}`;

  it("reads every service property", () => {
    expect(shapesOf(model)["ex#Shop"]).toEqual({
      type: "service",
      version: "2024-01-01",
      operations: [{ target: "ex#Ping" }],
      resources: [{ target: "ex#Order" }],
      errors: [{ target: "ex#Oops" }],
      rename: { "ex#Oops": "Problem" },
    });
  });

  it("reads every resource property, in the order smithy ast prints them", () => {
    const order = shapesOf(model)["ex#Order"]!;
    expect(Object.keys(order)).toEqual([
      "type", "identifiers", "properties", "put", "create", "read", "update", "delete", "list", "operations", "collectionOperations", "resources",
    ]);
    expect(order).toMatchObject({ identifiers: { orderId: { target: "smithy.api#String" } }, list: { target: "ex#ListOrders" } });
  });

  it("gives operations without input or output the Unit shape", () => {
    expect(shapesOf(model)["ex#Ping"]).toEqual({ type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } });
  });

  it("creates inline input/output with @input/@output, traits, mixins and the suffix controls", () => {
    const shapes = shapesOf(`$version: "2"
$operationInputSuffix: "Request"
namespace ex
@mixin
structure Paging { token: String }
operation List {
    input := @sensitive with [Paging] {
        size: Integer
    }
    output := {}
}`);
    expect(shapes["ex#List"]).toEqual({ type: "operation", input: { target: "ex#ListRequest" }, output: { target: "ex#ListOutput" } });
    expect(shapes["ex#ListRequest"]).toEqual({
      type: "structure",
      mixins: [{ target: "ex#Paging" }],
      members: { size: { target: "smithy.api#Integer" } },
      traits: { "smithy.api#sensitive": {}, "smithy.api#input": {} },
    });
    expect(shapes["ex#ListOutput"]).toEqual({ type: "structure", members: {}, traits: { "smithy.api#output": {} } });
  });
});

describe("mixins and target elision", () => {
  it("keeps only local members and the mixin reference", () => {
    const shapes = shapesOf(`${HEADER}
@mixin
structure Base { id: String }
structure Thing with [Base] { name: String }`);
    expect(shapes["ex#Thing"]).toEqual({ type: "structure", mixins: [{ target: "ex#Base" }], members: { name: { target: "smithy.api#String" } } });
    expect(shapes["ex#Base"]).toMatchObject({ traits: { "smithy.api#mixin": {} } });
  });

  it("turns traits added to an inherited member ($id) into an apply entry", () => {
    const shapes = shapesOf(`${HEADER}
@mixin
structure Base { id: String }
structure Thing with [Base] {
    @required
    $id
}`);
    expect(shapes["ex#Thing"]).toEqual({ type: "structure", mixins: [{ target: "ex#Base" }], members: {} });
    expect(shapes["ex#Thing$id"]).toEqual({ type: "apply", traits: { "smithy.api#required": {} } });
  });

  it("elides a target from the 'for' resource's identifiers", () => {
    const shapes = shapesOf(`${HEADER}
resource User { identifiers: { userId: String } }
structure Summary for User { $userId }`);
    expect(shapes["ex#Summary"]).toEqual({ type: "structure", members: { userId: { target: "smithy.api#String" } } });
  });

  it("accepts mixins on simple shapes", () => {
    const shapes = shapesOf(`${HEADER}@mixin\n@sensitive\nstring Secret\nstring Password with [Secret]`);
    expect(shapes["ex#Password"]).toEqual({ type: "string", mixins: [{ target: "ex#Secret" }] });
  });
});

describe("apply", () => {
  it("merges single and block applies into the shape and its members", () => {
    const shapes = shapesOf(`${HEADER}
structure S { a: String }
apply S @deprecated
apply S$a {
    @documentation("A")
    @length(max: 3)
}`);
    expect(shapes["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "smithy.api#String", traits: { "smithy.api#documentation": "A", "smithy.api#length": { max: 3 } } } },
      traits: { "smithy.api#deprecated": {} },
    });
  });

  it("concatenates list traits applied twice", () => {
    const shapes = shapesOf(`${HEADER}@tags(["a"])\nstring S\napply S @tags(["b"])`);
    expect(shapes["ex#S"]).toEqual({ type: "string", traits: { "smithy.api#tags": ["a", "b"] } });
  });
});

describe("documentation comments", () => {
  it("joins /// lines with \\n, removing one leading space", () => {
    const shapes = shapesOf(`${HEADER}
/// First line.
///
///   indented
@sensitive
string S
structure T {
    /// Member docs.
    m: String
}`);
    expect(shapes["ex#S"]!.traits!["smithy.api#documentation"]).toBe("First line.\n\n  indented");
    expect(shapes["ex#T"]).toMatchObject({ members: { m: { traits: { "smithy.api#documentation": "Member docs." } } } });
  });

  it("warns about a doc comment that documents nothing", () => {
    const { warnings } = load(`${HEADER}@sensitive\n/// misplaced\nstring S`);
    expect(warnings).toEqual([
      "model/test.smithy:4:1: warning: Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own lines, directly before shapes and members, and before any traits. The invalid comments were: misplaced",
    ]);
  });
});

describe("node values", () => {
  it("reads strings with escapes, text blocks, numbers, booleans, null, arrays, objects", () => {
    const { model, errors } = load(`$version: "2"
metadata values = {
    escapes: "q\\" b\\\\ s\\/ n\\n t\\t u\\u00e9"
    block: """
        <p>
          Hi
        </p>
        """
    numbers: [0, -1, 1.5, 1e3, -2.5E-2]
    flags: [true, false, null]
    nested: { "quoted key": [], empty: {} },
    id: String
}
namespace ex
`);
    expect(errors).toEqual([]);
    expect(model.metadata).toEqual({
      values: {
        block: "<p>\n  Hi\n</p>\n",
        escapes: 'q" b\\ s/ n\n t\t u\u00e9',
        flags: [true, false, null],
        id: "smithy.api#String",
        nested: { empty: {}, "quoted key": [] },
        numbers: [0, -1, 1.5, 1000, -0.025],
      },
    });
  });

  it("resolves unquoted shape IDs in trait values through use, namespace and prelude", () => {
    const shapes = shapesOf(`$version: "2"
namespace ex
use aws.protocols#awsJson1_0
@error("client")
structure Bad {}
operation Op {
    errors: [Bad]
}
apply Op @examples([{ title: "t", error: { shapeId: Bad, content: {} } }])
apply Op @smithy.test#httpRequestTests([{ id: "x1", protocol: awsJson1_0, method: "POST", uri: "/" }])`);
    const traits = shapes["ex#Op"]!.traits!;
    expect((traits["smithy.api#examples"] as { error: { shapeId: string } }[])[0]!.error.shapeId).toBe("ex#Bad");
    expect((traits["smithy.test#httpRequestTests"] as { protocol: string }[])[0]!.protocol).toBe("aws.protocols#awsJson1_0");
  });

  it("merges metadata arrays across files and sorts metadata keys", () => {
    const { model } = load(`$version: "2"\nmetadata z = 1\nmetadata list = ["a"]\nmetadata list = ["b"]\nnamespace ex\n`);
    expect(JSON.stringify(model.metadata)).toBe('{"list":["a","b"],"z":1}');
  });
});

describe("control statements and use", () => {
  it("resolves use imports before the namespace and the prelude", () => {
    const shapes = shapesOf(`$version: "2"
namespace ex
use other#String
structure S { a: String, b: Integer }`.replace("use other#String", "use aws.api#ServiceTagOperationReference") + "\nstructure T { c: ServiceTagOperationReference }");
    expect(shapes["ex#S"]).toEqual({ type: "structure", members: { a: { target: "smithy.api#String" }, b: { target: "smithy.api#Integer" } } });
    // (Not a @private shape such as aws.api#ArnNamespace: Smithy refuses those from another namespace, PrivateAccess.)
    expect(shapes["ex#T"]).toEqual({ type: "structure", members: { c: { target: "aws.api#ServiceTagOperationReference" } } });
  });

  it("prefers a shape of the namespace over the prelude", () => {
    const shapes = shapesOf(`${HEADER}string String\nstructure S { a: String }`);
    expect(shapes["ex#S"]).toEqual({ type: "structure", members: { a: { target: "ex#String" } } });
  });

  it("ignores comments and commas", () => {
    const shapes = shapesOf(`${HEADER}// a comment\nstructure S { a: String, b: String, } // trailing\n`);
    expect(Object.keys((shapes["ex#S"] as { members: object }).members)).toEqual(["a", "b"]);
  });
});
