// The generated `serialize<Name>` must give exactly the text of
// JSON.stringify(write<Name>(value)) — the response path uses the first when
// output validation is off and the second when it is on. Checked with
// fast-check for every structure of a model, with values that follow the
// model and values that do not (a handler is untyped at run time).

import fc from "fast-check";
import { expect } from "vitest";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";

type Codec = Record<string, unknown>;
type Outcome = { text: string | undefined } | { threw: string };

function outcome(run: () => string | undefined): Outcome {
  try {
    return { text: run() };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

/** Strings JSON escapes, or nearly does: quotes, backslashes, controls, lone and paired surrogates, U+2028. */
const awkwardString = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom('"', "\\", "\u0000", "\u001f", "\u007f", "\ud800", "\udc00", "\ud83d\ude00", "\u2028", "é", ""),
  fc.string({ unit: fc.constantFrom("a", '"', "\\", "\n", "\ud800", "\udfff", "\u00e9") }),
);

function valueOf(index: ModelIndex, target: string, depth: number): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.anything({ maxDepth: 2 }), fc.double(), fc.constantFrom(undefined, null, -0, Number.NaN));
  if (depth > 3) return junk;
  switch (index.typeOf(target)) {
    case "string":
    case "enum":
      return fc.oneof({ weight: 4, arbitrary: awkwardString }, { weight: 1, arbitrary: junk });
    case "structure":
    case "union":
      return fc.oneof({ weight: 4, arbitrary: structureValue(index, target, depth + 1) }, { weight: 1, arbitrary: junk });
    case "list":
    case "set":
      return fc.oneof(fc.array(valueOf(index, index.listMemberOf(target).target, depth + 1), { maxLength: 3 }), junk);
    case "map":
      return fc.oneof(fc.dictionary(awkwardString, valueOf(index, index.mapMembersOf(target).value.target, depth + 1), { maxKeys: 3 }), junk);
    case "timestamp":
      return fc.oneof(fc.date(), junk);
    case "blob":
      return fc.oneof(fc.uint8Array({ maxLength: 8 }), junk);
    default:
      return fc.oneof(fc.double(), fc.integer(), fc.boolean(), junk);
  }
}

function structureValue(index: ModelIndex, shapeId: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const members = index.membersOf(shapeId);
  const model = Object.fromEntries(members.map((m) => [m.name, valueOf(index, m.target, depth)]));
  return fc.record(model, { requiredKeys: [] });
}

/** Asserts serialize<Name> ≡ JSON.stringify(write<Name>) for every structure of the codec; returns how many were checked. */
export function expectSerializersMatchWriters(codec: Codec, index: ModelIndex, runs = 200): number {
  let checked = 0;
  for (const shapeId of index.structuresOf()) {
    if (index.isMixin(shapeId)) continue;
    const name = index.nameOf(shapeId);
    const serialize = codec[`serialize${name}`] as ((value: unknown) => string) | undefined;
    const write = codec[`write${name}`] as ((value: unknown) => unknown) | undefined;
    expect(serialize, `serialize${name}`).toBeTypeOf("function");
    expect(write, `write${name}`).toBeTypeOf("function");
    fc.assert(
      fc.property(structureValue(index, shapeId), (value) => {
        expect(outcome(() => serialize!(value))).toEqual(outcome(() => JSON.stringify(write!(value))));
      }),
      { numRuns: runs },
    );
    // No JSON for a BigInt: both refuse alike.
    const first = index.membersOf(shapeId)[0];
    if (first) expect(outcome(() => serialize!({ [first.name]: 1n }))).toEqual(outcome(() => JSON.stringify(write!({ [first.name]: 1n }))));
    checked++;
  }
  return checked;
}
