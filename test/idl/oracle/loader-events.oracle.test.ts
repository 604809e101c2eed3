// The loader's own WARNING and NOTE events (id `Model`, `Model.*`,
// `ModelDeprecation`) against the real Smithy: for each case the events'
// severity, id, shape and file:line:col are the same on both sides (found by
// comparing the event lists of the generated models), and the verdict too.
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { loaderEventDifference } from "./compare.js";
import { describeAgainstSmithy, type SingleFileCases } from "./single-file-cases.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

/** name → [IDL text, does Smithy accept it?] */
const CASES: SingleFileCases = {
  "an unknown control statement is a WARNING at its value": ['$verion: "1"\n$foo:   [1, 2]\n$bar: {a: "b"}\n$version: "2"\nnamespace ex\nstring A\n', true],
  "an equivalent duplicate shape is a NOTE at the first definition": ['$version: "1.0"\nnamespace ex\n@deprecated\nstring A\n@deprecated\nstring A\n', true],
  "a set in an IDL 1.0 file is a ModelDeprecation WARNING": ['$version: "1.0"\nnamespace ex\nset S { member: String }\n', true],
  "a set in an IDL 2.0 file is refused": ['$version: "2"\nnamespace ex\nset S { member: String }\n', false],
  "a /// at the end of a file with shapes attaches to nothing": ['$version: "2.0"\nnamespace ex\nstring A\n/// y', true],
  "a /// at the end of a file without shapes is not reported": ['$version: "2.0"\nnamespace ex\nuse smithy.api#String\n/// y', true],
  "a /// on a statement's last line attaches to nothing": ['$version: "2"\nnamespace ex /// n\nstring A /// a\nstructure S { a: String } /// s\n/// Kept.\nstring B\n', true],
};

describeAgainstSmithy("the loader's WARNING and NOTE events against the real Smithy", CASES, (files, answer, name) => {
  // The cases are about an event Smithy gives (but the one that says it gives none).
  if (!refuses(answer) && !name.includes("not reported")) expect(answer.events.length, "Smithy reports something here").toBeGreaterThan(0);
  expect(loaderEventDifference(files, answer)).toBeUndefined();
});

// Two validators' WARNINGs, with mixed-in copies and every kind of reference TargetValidator names.
const WARNINGS = `$version: "2"
namespace ex
@pattern("a")
string A
@pattern("^a$")
string B
structure S {
    @pattern("b$")
    m: String
    @pattern("^c")
    n: String
    o: Old
}
@mixin
structure M {
  @pattern("c")
  x: String
  y: Old
}
structure T with [M] {}
@deprecated
@mixin
structure D {}
structure U with [D] {}
@deprecated(message: "m", since: "1")
string Old
@deprecated
structure OldIn {}
@deprecated
@error("client")
structure OldError {}
@deprecated
operation OldOp {}
@deprecated
resource OldR {}
operation O { input: OldIn, errors: [OldError] }
service Svc { operations: [OldOp, O], resources: [OldR], errors: [OldError] }
`;

describe("PatternTrait and DeprecatedShape WARNINGs against the real Smithy", () => {
  let answer: OracleAnswer;
  beforeAll(async () => {
    [answer] = (await askSmithy([[{ path: "case.smithy", text: WARNINGS }]])) as [OracleAnswer];
  }, 120_000);

  it("the same events (severity, id, shape, position and message)", () => {
    const wanted = (id: string): boolean => id === "PatternTrait" || id.startsWith("DeprecatedShape.");
    const theirs = answer.events.filter((e) => wanted(e.id)).map((e) => `${e.severity} ${e.id} ${e.shapeId} ${e.line}:${e.col} ${e.message}`).sort();
    const ours = loadIdl([{ path: "case.smithy", text: WARNINGS }])
      .diagnostics.filter((d) => wanted(d.id))
      .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId} ${d.line}:${d.column} ${d.message}`)
      .sort();
    expect(theirs.length, "Smithy reports them").toBeGreaterThan(8);
    expect(ours).toEqual(theirs);
  });
});
