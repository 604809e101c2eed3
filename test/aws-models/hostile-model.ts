// A small awsJson1_1 model, written for these tests, with what AWS's real
// models throw at the generators beyond their size: shapes named after
// TypeScript globals (Record, Date, Error, Promise …), an error named like a
// global, Java-only patterns (a lookahead the conformance generator must build
// values for, `\p{Print}`, escaped punctuation), @examples with ISO-8601
// timestamps and a repeated title, an event-stream operation, a union with a
// unit member, a bigInteger, a required member with a default, and an error
// with members named like Object's own properties. It joins the pinned AWS models in aws-models.test.ts.
import type { SmithyModel } from "../../codegen/src/model/ast.js";

const ns = "example.hostile";
const id = (name: string): string => `${ns}#${name}`;
const GLOBAL_NAMED = ["Record", "Date", "Object", "Promise", "Map", "Set", "String", "Array", "Symbol", "Buffer", "Uint8Array", "Function", "Number", "Boolean", "JSON"];

export function hostileModel(): SmithyModel {
  const shapes: SmithyModel["shapes"] = {};
  // The model's strings are its own Text: a structure named String beside
  // the prelude's smithy.api#String in one service closure is a name
  // conflict Smithy refuses (ServiceValidator, an ERROR on both).
  shapes[id("Text")] = { type: "string" };
  for (const name of GLOBAL_NAMED) {
    shapes[id(name)] = {
      type: "structure",
      members: { Value: { target: id("Text") }, Count: { target: "smithy.api#Integer" } },
    };
  }
  shapes[id("Partial")] = { type: "map", key: { target: id("Text") }, value: { target: id("Record") } };
  shapes[id("Iterable")] = { type: "list", member: { target: id("Date") } };
  shapes[id("Readonly")] = { type: "union", members: { record: { target: id("Record") }, text: { target: id("Text") } } };
  shapes[id("Required")] = { type: "enum", members: { YES: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "yes" } } } };
  // A unit member (Smithy 2.0): its value is `{}`, the prelude's Unit.
  shapes[id("Toggle")] = { type: "union", members: { off: { target: "smithy.api#Unit" }, level: { target: "smithy.api#Integer" } } };
  shapes[id("Password")] = {
    type: "string",
    traits: { "smithy.api#pattern": "^(?=.*[0-9])(?=.*[a-z])[a-z0-9]{8,64}$", "smithy.api#length": { min: 8, max: 64 } },
  };
  shapes[id("Printable")] = { type: "string", traits: { "smithy.api#pattern": "^[\\p{Print}]*$" } };
  shapes[id("Name")] = { type: "string", traits: { "smithy.api#pattern": "^[A-Za-z0-9\\-\\_\\.]{1,64}$" } };
  shapes[id("PutRecordInput")] = {
    type: "structure",
    members: {
      Password: { target: id("Password"), traits: { "smithy.api#required": {} } },
      Name: { target: id("Name"), traits: { "smithy.api#required": {} } },
      Printable: { target: id("Printable") },
      When: { target: "smithy.api#Timestamp" },
      Records: { target: id("Partial") },
      Dates: { target: id("Iterable") },
      Choice: { target: id("Readonly") },
      Flag: { target: id("Required") },
      Toggle: { target: id("Toggle") },
      // Required with a default: never missing to a reader (Smithy), so an
      // empty request does not break it; @examples must still give it (Smithy's
      // ExamplesTrait checks required members whatever their default).
      Copies: { target: "smithy.api#Integer", traits: { "smithy.api#required": {}, "smithy.api#default": 1 } },
      Big: { target: "smithy.api#BigInteger" },
      ...Object.fromEntries(GLOBAL_NAMED.map((n) => [`The${n}`, { target: id(n) }])),
    },
    traits: { "smithy.api#input": {} },
  };
  shapes[id("PutRecordOutput")] = {
    type: "structure",
    members: { Record: { target: id("Record") }, CreatedAt: { target: "smithy.api#Timestamp" } },
    traits: { "smithy.api#output": {} },
  };
  shapes[id("Error")] = {
    type: "structure",
    members: { message: { target: id("Text") } },
    traits: { "smithy.api#error": "client" },
  };
  shapes[id("TypeError")] = {
    type: "structure",
    members: { message: { target: id("Text") } },
    traits: { "smithy.api#error": "server" },
  };
  // An error whose optional members are named like Object's own properties.
  shapes[id("Conflict")] = {
    type: "structure",
    members: {
      message: { target: id("Text") },
      constructor: { target: id("Text") },
      toString: { target: id("Text") },
    },
    traits: { "smithy.api#error": "client" },
  };
  const example = (title: string, password: string): Record<string, unknown> => ({
    title,
    input: { Password: password, Name: "first.name", When: "2024-01-02T03:04:05Z", Copies: 2 },
    output: { CreatedAt: "2024-01-02T03:04:05.250Z", Record: { Value: "v" } },
  });
  shapes[id("PutRecord")] = {
    type: "operation",
    input: { target: id("PutRecordInput") },
    output: { target: id("PutRecordOutput") },
    errors: [{ target: id("Conflict") }, { target: id("Error") }, { target: id("TypeError") }],
    traits: { "smithy.api#examples": [example("Put a record", "abcd1234"), example("Put a record", "zz99zz99zz")] as never },
  };
  // An event-stream operation: the server stub cannot serve it (awsJson has no
  // event-stream framing on our server); everything else must still generate.
  shapes[id("Event")] = {
    type: "union",
    members: { record: { target: id("Record") }, failure: { target: id("StreamFailure") } },
    traits: { "smithy.api#streaming": {} },
  };
  shapes[id("StreamFailure")] = {
    type: "structure",
    members: { message: { target: id("Text") } },
    traits: { "smithy.api#error": "server" },
  };
  shapes[id("SubscribeInput")] = { type: "structure", members: { Name: { target: id("Name") } }, traits: { "smithy.api#input": {} } };
  shapes[id("SubscribeOutput")] = { type: "structure", members: { Events: { target: id("Event") } }, traits: { "smithy.api#output": {} } };
  shapes[id("Subscribe")] = { type: "operation", input: { target: id("SubscribeInput") }, output: { target: id("SubscribeOutput") } };
  shapes[id("Hostile")] = {
    type: "service",
    version: "2024-01-01",
    operations: [{ target: id("PutRecord") }, { target: id("Subscribe") }],
    traits: {
      "aws.api#service": { sdkId: "Hostile", endpointPrefix: "hostile" },
      "aws.auth#sigv4": { name: "hostile" },
      "aws.protocols#awsJson1_1": {},
      "smithy.api#title": "A model with hostile names",
    },
  };
  return { smithy: "2.0", shapes };
}
