// Models Smithy takes whose smallest valid value is huge: a required string
// of @length(min: 300000000), a blob as large, a list of a billion entries,
// lists of lists whose entries multiply, a hundred required members of
// 60,000 characters. The value builder used to build them: a 300-million-
// character string ran `generate` out of memory after 37 s (4 GB), with part
// of the outputs written. Now such a value is refused (MAX_SAMPLE_CHARS, the
// most the kit sends), the operation's cases are omitted with the reason, and
// everything else is generated as before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conformanceSuite } from "../../codegen/src/generators/conformance/index.js";
import { MAX_SAMPLE_CHARS, SampleValues, sampleTextSize, satisfies } from "../../codegen/src/generators/conformance/sample-values.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { indexFromIdl } from "../../codegen/src/pipeline.js";

/** A service of `operations` beside Fine, whose cases must not suffer. */
const head = (operations: string[]): string => `$version: "2"
namespace ex
use aws.protocols#awsJson1_0
@awsJson1_0
service Huge { version: "1", operations: [${["Fine", ...operations].join(", ")}] }
operation Fine { input := { @required name: Name } }
@length(min: 1, max: 10)
string Name
`;

const MODEL = `${head(["BigString", "BigBlob", "ManyEntries", "ManyKeys", "Multiplied", "Crowded"])}
operation BigString { input := { @required text: BigText, other: Name } }
@length(min: 300000000)
string BigText
operation BigBlob { input := { @required data: BigData } }
@length(min: 200000000)
blob BigData
operation ManyEntries { input := { @required items: Billion } }
@length(min: 1000000000)
list Billion { member: Name }
operation ManyKeys { input := { @required entries: BigMap } }
@length(min: 5000)
map BigMap { key: Name, value: Name }
operation Multiplied { input := { @required rows: Rows } }
@length(min: 1000)
list Rows { member: Row }
@length(min: 1000)
list Row { member: Name }
operation Crowded { input := {
${Array.from({ length: 100 }, (_, i) => `    @required m${i}: Wide`).join("\n")}
} }
@length(min: 60000, max: 60000)
string Wide
`;

function load(text: string): ModelIndex {
  return indexFromIdl([{ path: "huge.smithy", text }]);
}

describe("values larger than the kit sends", () => {
  const index = load(MODEL);
  const suite = conformanceSuite(index);
  const omitted = (operation: string): string | undefined => suite.omitted.find((o) => o.id === `${operation}.*`)?.reason;

  it.each([
    ["BigString", /BigString.*text.*at least 300000000 characters.*more than the kit sends \(70000 characters of JSON\)/],
    ["BigBlob", /BigBlobInput\$data: a valid blob is 266666668 characters of base64 \(@length min 200000000\): more than the kit sends/],
    ["ManyEntries", /@length min 1000000000: more entries than the kit builds \(1000\)/],
    ["ManyKeys", /@length min 5000: more entries than the kit builds \(1000\)/],
    ["Multiplied", /rows: a value of 1000 entries: more than the kit sends/],
    ["Crowded", /input 'ex#CrowdedInput'.*required members together take more than the kit sends/],
  ])("omits %s's cases, saying why", (operation, reason) => {
    expect(suite.cases.filter((c) => c.id.startsWith(`${operation}.`))).toEqual([]);
    expect(omitted(operation)).toMatch(reason);
  });

  it("still writes every case of the operation beside them, and no body over the limit", () => {
    expect(suite.cases.filter((c) => c.id.startsWith("Fine.")).length).toBeGreaterThan(5);
    for (const c of suite.cases) expect(c.request.body.length, c.id).toBeLessThanOrEqual(MAX_SAMPLE_CHARS + 1_000);
  });

  it("warns about each omitted operation when generating", () => {
    for (const operation of ["BigString", "BigBlob", "ManyEntries", "ManyKeys", "Multiplied", "Crowded"]) {
      expect(index.warningEntries().map((w) => w.message).join("\n")).toContain(`${operation}: conformance cases omitted`);
    }
  });
});

describe("sampleTextSize", () => {
  // JSON.stringify is the oracle: the counted size is the text's length
  // (strings without characters JSON escapes), or the limit + 1 past it.
  it("is the length of JSON.stringify's text, or MAX_SAMPLE_CHARS + 1 past the limit, however parts are shared", () => {
    // Up to 40 x 40 entries sharing one leaf of up to 3,000 characters: both
    // sides of the limit, each value small enough to stringify.
    const long = fc.tuple(fc.string({ unit: fc.constantFrom("a", "b", "-", "é"), maxLength: 3 }), fc.noBias(fc.integer({ min: 0, max: 1_000 })));
    const leaf = fc.oneof(long.map(([part, times]) => part.repeat(times)), fc.integer(), fc.boolean(), fc.constant(null));
    const shared = <T>(item: fc.Arbitrary<T>) =>
      fc.tuple(item, fc.noBias(fc.integer({ min: 0, max: 40 }))).map(([one, count]) => Array.from({ length: count }, () => one));
    const keyed = <T>(item: fc.Arbitrary<T>) => fc.dictionary(fc.string({ unit: fc.constantFrom("k", "y"), minLength: 1, maxLength: 4 }), item, { maxKeys: 4 });
    const value = fc.oneof(
      leaf,
      shared(leaf),
      keyed(leaf),
      { weight: 3, arbitrary: shared(shared(leaf)) },
      keyed(shared(leaf)),
      { weight: 3, arbitrary: shared(keyed(shared(leaf))) },
    );
    let over = 0;
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON.stringify(v);
        if (text.length > MAX_SAMPLE_CHARS) over++;
        expect(sampleTextSize(v as never)).toBe(text.length > MAX_SAMPLE_CHARS ? MAX_SAMPLE_CHARS + 1 : text.length);
      }),
      { numRuns: 200 },
    );
    // Both sides of the limit were tried.
    expect(over).toBeGreaterThan(0);
    expect(over).toBeLessThan(200);
  });
});

describe("values near the limit", () => {
  // Any @length minimum of a required string, list or blob: the builder gives
  // a valid value within the limit, or none, never anything larger.
  it("are built valid and within the limit, or not at all, for any @length minimum", () => {
    let built = 0;
    fc.assert(
      fc.property(fc.constantFrom("string", "blob", "list", "map"), fc.integer({ min: 0, max: 200_000 }), (kind, min) => {
        const shape = kind === "list" ? `list Value { member: Name }` : kind === "map" ? `map Value { key: Name, value: Name }` : `${kind} Value`;
        const index = load(`${head(["Sized"])}\noperation Sized { input := { @required value: Value } }\n@length(min: ${min})\n${shape}\n`);
        const member = index.membersOf("ex#SizedInput")[0]!;
        const value = new SampleValues(index).forMember(member);
        if (value === undefined) return;
        built++;
        expect(sampleTextSize(value)).toBeLessThanOrEqual(MAX_SAMPLE_CHARS);
        expect(satisfies(value, index.constraintsOf(member))).toBe(true);
        if (kind === "list") expect((value as unknown[]).length).toBe(Math.max(min, 1));
      }),
      { numRuns: 60 },
    );
    // Values were built below the limit and refused above it.
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(60);
  });
});
