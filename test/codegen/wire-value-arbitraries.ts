// Random awsJson request bodies for a model's shapes (fast-check): each value
// of its shape's JSON type most of the time, drawn from pools around the
// bounds the generated shape trees use (@length 0-4, @range 0, ±1, 1.5, 2,
// 127, 2^53; patterns over letters and digits), in every wire form a
// timestamp, a blob or a float may take; now and then a value of another
// JSON type, a null, a duplicate item, a second union member or an unknown
// member. No verdict is attached: the tests judge each body by two
// validators generated from the model and ask them to agree.
import fc from "fast-check";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const STRINGS = ["", "a", "b", "ab", "abc", "abcd", "aaaaa", "A1", "12", "1", "é", "😀", "a b", "x\n", "ab_c", "a", "ab"];
const NUMBERS = [0, -0, 1, -1, 1.5, -1.5, 2, 3, 126, 127, 128, -128, -129, 32767, 32768, -32769, 2147483647, 2147483648, -2147483649, 9007199254740991, 9007199254740992, 2 ** 63, 1e300, 0.1];
const FLOAT_TEXTS = ["NaN", "Infinity", "-Infinity", "nan", "1.5"];
const TIMESTAMPS: Json[] = [0, 1, 1.5, -1, 1e9, 1700000000.123, 8.64e12, 1e300, "2020-01-01T00:00:00Z", "2020-01-01T00:00:00.5Z", "2020-01-01T00:00:00+01:00", "2020-02-30T00:00:00Z", "Tue, 29 Apr 2014 18:30:38 GMT", "Tue, 29 Apr 2014 18:30:38 PST", "1"];
const BLOBS = ["", "YQ==", "YWI=", "YWJj", "YQ", "!!", "YW Jj", "8J+YgA=="];
const OTHERS: Json[] = [null, true, "x", 1, 1.5, [], {}, ["a"], { a: 1 }];

const other: fc.Arbitrary<Json> = fc.constantFrom(...OTHERS);

/** A body (or part of one) for `shapeId`: its own JSON type five times in six. */
export function wireValueOf(index: ModelIndex, shapeId: string, depth = 0): fc.Arbitrary<Json> {
  return fc.oneof({ weight: 5, arbitrary: fitting(index, shapeId, depth) }, { weight: 1, arbitrary: other });
}

function fitting(index: ModelIndex, shapeId: string, depth: number): fc.Arbitrary<Json> {
  switch (index.typeOf(shapeId)) {
    case "string":
    case "enum":
      return fc.oneof(fc.constantFrom(...STRINGS), fc.string({ maxLength: 5, unit: "grapheme" }));
    case "boolean":
      return fc.boolean();
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
    case "intEnum":
      return fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -3, max: 5 }));
    case "float":
    case "double":
    case "bigDecimal":
      return fc.oneof(fc.constantFrom<Json>(...NUMBERS, ...FLOAT_TEXTS), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case "timestamp":
      return fc.constantFrom(...TIMESTAMPS);
    case "blob":
      return fc.constantFrom(...BLOBS);
    case "document":
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
    case "list":
    case "set": {
      if (depth > 3) return fc.constant([]);
      const item = index.listMemberOf(shapeId).target;
      // Duplicates (for @uniqueItems) and nulls (for lists that are not @sparse) now and then.
      return fc
        .array(fc.oneof({ weight: 6, arbitrary: wireValueOf(index, item, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 3 })
        .chain((items) => fc.constantFrom(items, items.length > 0 ? [...items, items[0]!] : items));
    }
    case "map": {
      if (depth > 3) return fc.constant({});
      const value = index.mapMembersOf(shapeId).value.target;
      return fc
        .uniqueArray(fc.tuple(fc.constantFrom("k", "l", "m", "", "__proto__"), fc.oneof({ weight: 6, arbitrary: wireValueOf(index, value, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) })), {
          maxLength: 3,
          selector: (entry) => entry[0],
        })
        .map(objectOf);
    }
    case "structure": {
      if (depth > 6) return fc.constant({});
      const members = index.membersOf(shapeId).map((m) =>
        fc.option(fc.oneof({ weight: 8, arbitrary: wireValueOf(index, m.target, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) }).map((v) => [m.name, v] as [string, Json]), {
          nil: undefined,
          freq: m.required ? 12 : 3,
        }),
      );
      return fc.tuple(fc.tuple(...members), fc.option(other.map((v) => ["z", v] as [string, Json]), { nil: undefined, freq: 10 })).map(([entries, unknown]) =>
        objectOf([...entries, unknown].filter((e): e is [string, Json] => e !== undefined)),
      );
    }
    case "union": {
      if (depth > 6) return fc.constant({});
      const members = index.membersOf(shapeId);
      const one = fc.oneof(...members.map((m) => wireValueOf(index, m.target, depth + 1).map((v) => [m.name, v] as [string, Json])));
      // Mostly one member set; now and then none, two (when there are two), or an unknown one beside it.
      const shapes: fc.WeightedArbitrary<[string, Json][]>[] = [
        { weight: 8, arbitrary: one.map((e) => [e]) },
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: one.map((e) => [e, ["z", 1]]) },
      ];
      if (members.length > 1) shapes.push({ weight: 1, arbitrary: fc.uniqueArray(one, { minLength: 2, maxLength: 2, selector: (e) => e[0] }) });
      return fc.oneof(...shapes).map(objectOf);
    }
    default:
      throw new Error(`no wire values for ${shapeId} (${index.typeOf(shapeId)})`);
  }
}

/** An object of `entries` with own properties only ("__proto__" as a key, as JSON.parse makes it). */
function objectOf(entries: readonly (readonly [string, Json])[]): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/**
 * `value` as a sender writes it canonically, which is what the JSON Schemas
 * describe: without the null members of structures and unions and a union's
 * `__type`, which a receiver reads as unset (the server's codec does, as
 * Smithy's JSON protocols ask of deserializers). Lists and maps keep their
 * nulls: whether they may hold them is the model's (@sparse).
 */
export function canonicalBody(index: ModelIndex, shapeId: string, value: Json): Json {
  if (value === null || typeof value !== "object") return value;
  const type = index.typeOf(shapeId);
  if (Array.isArray(value)) {
    if (type !== "list" && type !== "set") return value;
    const item = index.listMemberOf(shapeId).target;
    return value.map((v) => canonicalBody(index, item, v));
  }
  if (type === "map") {
    const target = index.mapMembersOf(shapeId).value.target;
    return objectOf(Object.entries(value).map(([k, v]) => [k, canonicalBody(index, target, v)]));
  }
  if (type !== "structure" && type !== "union") return value;
  const members = new Map(index.membersOf(shapeId).map((m) => [m.name, m.target]));
  const entries: [string, Json][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === null || (type === "union" && key === "__type" && !members.has(key))) continue;
    const target = members.get(key);
    entries.push([key, target === undefined ? v : canonicalBody(index, target, v)]);
  }
  return objectOf(entries);
}
