// Random values of a model's shapes in JSON form (fast-check), and the same
// values as the generated client takes them: the inputs and outputs the wire
// and waiter tests send through botocore and the generated code.
import fc from "fast-check";
import type { NodeValue } from "../../codegen/src/model/ast.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";

/** Short strings of any characters (grapheme clusters, so no lone surrogates). */
const GRAPHEMES = fc.string({ maxLength: 6, unit: "grapheme" });

/**
 * A random value of `shapeId` in JSON form: timestamps as whole epoch seconds
 * (botocore truncates fractions on the wire), blobs as base64; finite numbers,
 * safe integers and well-formed strings (both sides send what they are given).
 */
export function valueOf(index: ModelIndex, shapeId: string, depth: number, strings: fc.Arbitrary<string> = GRAPHEMES): fc.Arbitrary<NodeValue> {
  switch (index.typeOf(shapeId)) {
    case "string":
    case "enum":
      return strings;
    case "boolean":
      return fc.boolean();
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case "long":
      return fc.maxSafeInteger();
    case "float":
    case "double":
      // -0 prints as 0 in JavaScript and as -0.0 in Python.
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    case "timestamp":
      return fc.integer({ min: 0, max: 4_102_444_800 });
    case "blob":
      return fc.uint8Array({ maxLength: 9 }).map((bytes) => Buffer.from(bytes).toString("base64"));
    case "document":
      return fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));
    case "list":
    case "set":
      return depth > 3 ? fc.constant([]) : fc.array(valueOf(index, index.listMemberOf(shapeId).target, depth + 1, strings), { maxLength: 2 });
    case "map":
      return depth > 3 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 4, unit: "grapheme" }), valueOf(index, index.mapMembersOf(shapeId).value.target, depth + 1, strings), { maxKeys: 2 });
    case "union": {
      // Deeper than 3, a member of a simple type where there is one (unions recurse: DynamoDB's AttributeValue).
      if (depth > 8) return fc.constant({});
      const all = index.membersOf(shapeId);
      const simple = all.filter((m) => !["structure", "union", "list", "set", "map"].includes(index.typeOf(m.target)));
      const members = depth > 3 && simple.length > 0 ? simple : all;
      return fc.oneof(...members.map((m) => valueOf(index, m.target, depth + 1, strings).map((v) => ({ [m.name]: v }))));
    }
    case "structure": {
      // Required members are always given, as a service gives them: the
      // generated client fills a missing one in (Smithy's error correction,
      // which the protocol suites test), botocore does not. Idempotency tokens
      // too: each client fills a missing one with a UUID of its own. Deeper
      // than 3, only those (a required cycle ends at 8).
      if (depth > 8) return fc.constant({});
      const members = index.membersOf(shapeId).filter((m) => depth <= 3 || m.required);
      const given = members.filter((m) => m.required || "smithy.api#idempotencyToken" in m.traits).map((m) => m.name);
      return fc.record(Object.fromEntries(members.map((m) => [m.name, valueOf(index, m.target, depth + 1, strings)])), { requiredKeys: given });
    }
    default:
      throw new Error(`no values for ${shapeId} (${index.typeOf(shapeId)})`);
  }
}

/** A JSON-form value as the generated client takes it: Date for timestamps, Uint8Array for blobs. */
export function clientValue(index: ModelIndex, shapeId: string, value: NodeValue): unknown {
  switch (index.typeOf(shapeId)) {
    case "timestamp":
      return new Date((value as number) * 1000);
    case "blob":
      return new Uint8Array(Buffer.from(value as string, "base64"));
    case "list":
    case "set":
      return (value as NodeValue[]).map((v) => clientValue(index, index.listMemberOf(shapeId).target, v));
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, NodeValue>).map(([k, v]) => [k, clientValue(index, index.mapMembersOf(shapeId).value.target, v)]));
    case "structure":
    case "union": {
      const members = new Map(index.membersOf(shapeId).map((m) => [m.name, m]));
      return Object.fromEntries(Object.entries(value as Record<string, NodeValue>).map(([k, v]) => [k, clientValue(index, members.get(k)!.target, v)]));
    }
    default:
      return value;
  }
}

