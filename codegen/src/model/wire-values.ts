// Example values (Smithy node values, e.g. from @examples) in the form they
// take on the awsJson wire. Smithy lets a node value give a timestamp as an
// epoch-seconds number or as a string in its @timestampFormat (a date-time
// unless that is http-date; AWS models use numbers and date-times), while the
// wire carries the member's @timestampFormat (epoch seconds by default); a
// blob's base64 text may leave out its padding, which the wire has
// (blob-text.ts). Generators that show or check an example against the wire
// schemas (OpenAPI examples and defaults, JSON Schema defaults, validators)
// convert it here first.
import type { NodeValue } from "./ast.js";
import { Trait, type Member, type ModelIndex } from "./knowledge.js";
import { blobTextToWire } from "./blob-text.js";
import { setOwn } from "./own-properties.js";
import { timestampTextMillis } from "./timestamp-text.js";

/** The value of `shapeId` in wire form (timestamps in their @timestampFormat, blobs padded); other values unchanged. */
export function exampleToWire(index: ModelIndex, shapeId: string, value: NodeValue, member?: Pick<Member, "traits">): NodeValue {
  if (value === null || !index.hasShape(shapeId)) return value;
  const type = index.typeOf(shapeId);
  switch (type) {
    case "timestamp":
      return timestampToWire(value, formatOf(index, shapeId, member), timestampNodeMillis(index, shapeId, value, member));
    case "structure":
    case "union": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      // No members given (the conformance baseline of every input without an example): nothing to convert.
      if (Object.keys(value).length === 0) return {};
      const members = new Map(index.membersOf(shapeId).map((m) => [m.name, m]));
      const out: Record<string, NodeValue> = {};
      for (const [key, item] of Object.entries(value)) {
        const m = members.get(key);
        // setOwn: a member may be named `__proto__` (a plain assignment would set the prototype).
        setOwn(out, key, m ? exampleToWire(index, m.target, item, m) : item);
      }
      return out;
    }
    case "list":
    case "set": {
      if (!Array.isArray(value)) return value;
      const item = index.listMemberOf(shapeId);
      return value.map((v) => exampleToWire(index, item.target, v, item));
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const { value: valueMember } = index.mapMembersOf(shapeId);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exampleToWire(index, valueMember.target, v, valueMember)]));
    }
    case "blob":
      return typeof value === "string" ? blobTextToWire(value) : value;
    default:
      return value;
  }
}

function formatOf(index: ModelIndex, shapeId: string, member: Pick<Member, "traits"> | undefined): string {
  const own = member?.traits[Trait.timestampFormat];
  if (typeof own === "string") return own;
  return index.traitOf<string>(shapeId, Trait.timestampFormat) ?? "epoch-seconds";
}

/**
 * The instant a timestamp node value of `shapeId` names, in epoch
 * milliseconds: a number of epoch seconds, or a text read by the member's (or
 * else the shape's) @timestampFormat as Smithy reads it (timestamp-text.ts),
 * not as Date.parse would. Undefined when it names none Date can hold
 * (±100,000,000 days from 1970, as ECMAScript defines it).
 */
export function timestampNodeMillis(index: ModelIndex, shapeId: string, value: unknown, member?: Pick<Member, "traits">): number | undefined {
  const millis = typeof value === "number" ? value * 1000 : typeof value === "string" ? timestampTextMillis(value, formatOf(index, shapeId, member)) : undefined;
  return millis !== undefined && Math.abs(millis) <= 8.64e15 ? millis : undefined;
}

function timestampToWire(value: NodeValue, format: string, millis: number | undefined): NodeValue {
  if (millis === undefined) return value;
  const date = new Date(millis);
  switch (format) {
    case "date-time":
      return date.toISOString().replace(".000Z", "Z");
    case "http-date":
      return date.toUTCString();
    default:
      return millis / 1000;
  }
}
