// Syntax errors as Smithy reports them: for each minimal file (written here),
// the same verdict as the real Smithy, the first ERROR at the same line:col,
// and the same positions for every ERROR after it — Smithy's parser resumes
// at the next statement after a syntax error (so a second broken statement
// is reported too), but never reports follow-on noise from the first one,
// and stops the file at an error in its namespace or use statements.
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

const V2 = '$version: "2"\nnamespace ex\n';
const V1 = '$version: "1.0"\nnamespace ex\n';

/** name → [file text, does Smithy accept it?] */
const CASES: Record<string, [string, boolean]> = {
  // Control statements: SP only between the key, ':' and the value.
  "control value after a line break: at the line break": ['$version:\n"2"\nnamespace ex\n', false],
  "control ':' after a line break: at the line break": ['$version\n: "2"\nnamespace ex\n', false],
  "control key with a dot: at the dot": ['$foo.bar: 1\nnamespace ex\n', false],
  "control key after a space: at the space": ['$ version: "2"\nnamespace ex\n', false],
  "control key as a text block: at the text block": ['$"""\nversion""": "2"\nnamespace ex\n', false],
  "duplicate control statement: at its value": ['$version: "2"\n$version: "2"\nnamespace ex\n', false],
  "unsupported version: right after the value": ['$version: "3"\nnamespace ex\n', false],
  "a control value that is no string ends the file": ['$version: 2\nnamespace ex\nstring A B\n', false],
  "an unquoted suffix is a string to Smithy; a second value on its line is the error": ['$version: "2"\n$operationInputSuffix: Req "x"\nnamespace ex\n', false],
  "trailing spaces then a line break before the control value": ['$version:   \n"2"\n', false],
  // Metadata statements.
  "metadata right before a quoted key: no space": ['metadata"foo" = 1\nnamespace ex\n', false],
  "metadata then a line break: at the line break": ["metadata\nfoo = 1\nnamespace ex\n", false],
  "a text block as a metadata key": ['metadata """\nfoo""" = 1\nnamespace ex\n', false],
  "a text block as a node object key": ['metadata foo = {\n    """\n    k""": 1\n}\nnamespace ex\n', false],
  "an unquoted value ending in '#'": ["metadata foo = bar#\nnamespace ex\n", false],
  "an unquoted value with '#' after a member '$'": ["metadata foo = aa$#\nnamespace ex\n", false],
  "a metadata key with a dot": ["metadata a.b = 1\nnamespace ex\n", false],
  "metadata value on the next line": ["metadata foo =\n1\nnamespace ex\n", false],
  "a comment before the metadata value": ["metadata foo = // no\n1\nnamespace ex\n", false],
  "a second error in the metadata section is reported too": ["metadata a = \n1\nmetadata b =\n2\nnamespace ex\n", false],
  // Strings and numbers: one bad token, reported where it starts, nothing after it.
  "a bad escape: at the string's start, once": [`${V2}@documentation("a\\qb")\nstring S\n`, false],
  "a bad unicode escape in a text block: at the text block": [`${V2}@documentation("""\n    \\u12\n    """)\nstring S\n`, false],
  "a text block without a line break after its quotes": [`${V2}@documentation("""x""")\nstring S\n`, false],
  "an empty text block": [`${V2}@documentation("""""")\nstring S\n`, false],
  "an unclosed string is the one error": [`${V2}structure A { b: Nope }\n@documentation("open\nstring S\n`, false],
  "an unclosed array: at the end of the file": [`${V2}@tags([\n    "a"\n`, false],
  "an unclosed object: at the end of the file": [`${V2}@foo({\n    a: 1\n`, false],
  "a number with a dot and no digits: at the number": [`${V2}@length(min: 1.)\nstring S\n`, false],
  "numbers with leading zeros are read": [`${V2}@range(min: 00, max: 010)\ninteger I\n@range(min: -00.5)\nbigDecimal D\n`, true],
  "a minus alone": [`${V2}@range(min: -)\ninteger I\n`, false],
  "an unexpected character after a member target": [`${V2}structure S {\n    a: String!\n}\nstring B C\n`, false],
  "an identifier of underscores alone": [`${V2}string _\n`, false],
  "an identifier with a digit after an underscore is one": [`${V2}string _1\n`, true],
  // Shapes and members.
  "a shape name on the next line: at the line break": [`${V2}structure\nS {}\n`, false],
  "a member ':' on the next line: at the line break": [`${V2}structure S {\n    a\n    : String\n}\n`, false],
  "a member target on the next line": [`${V2}structure S {\n    a:\n    String\n}\n`, false],
  "a default value on the next line: at the line break": [`${V2}structure S {\n    a: String =\n        "x"\n}\n`, false],
  "an enum value on the next line: at the line break": [`${V2}enum E {\n    A =\n    "a"\n}\n`, false],
  "a duplicate member, and an error in a later shape": [`${V2}structure S {\n    a: String\n    a: String\n}\nstring B C\n`, false],
  "member traits read before a syntax error in their shape still apply, to members that do not exist": [
    `${V2}structure S {\n    /// docs\n    @required\n    a: String\n    @sensitive\n    b: String!\n}\n`,
    false,
  ],
  "an enum member's traits apply even when its value is broken": [`${V2}enum E {\n    @deprecated\n    A = \n    "a"\n}\n`, false],
  "a union member's default is read (and refused by its trait's selector, at the value)": [`${V2}union U {\n    a: String = "x"\n}\n`, false],
  "a list member's default is read (and refused by its trait's selector)": [`${V2}list L {\n    member: String = "x"\n}\n`, false],
  "a duplicate enum member: at the second, then an error in a later shape": [`${V2}enum E {\n    A\n    A\n}\nstring B C\n`, false],
  "two broken statements: both reported": [`${V2}string A B\nstring C D\n`, false],
  "'with' without '['": [`${V2}structure S with A {}\n`, false],
  "'with []'": [`${V2}@mixin\nstructure A {}\nstructure S with [] {}\n`, false],
  "'with' on the next line": [`${V2}@mixin\nstructure A {}\nstructure S\nwith [A] {}\n`, false],
  "a comma before 'with'": [`${V2}@mixin\nstructure A {}\nstructure S, with [A] {}\n`, false],
  "'for' on a union": [`${V2}resource R { identifiers: { id: String } }\nunion U for R {\n    $id\n}\n`, true],
  "a trait name after a space": [`${V2}@ deprecated\nstring S\n`, false],
  "a shape ID key in a trait's structured value: at the ':'": [`${V2}@tags(a.b#c: 1)\nstring S\n`, false],
  "a text block key in a trait's structured value: at the ':'": [`${V2}@externalDocumentation("""\n    a""": "b")\nstring S\n`, false],
  "a duplicate object key: at the key, then resumes after the value": [
    `${V2}@externalDocumentation({\na: "http://a"\na: "http://b"\n})\nstring S\nstring T U\n`,
    false,
  ],
  "an operation property right after a list": [`${V2}operation O {\n    errors: []output: Unit\n}\n`, false],
  "inline input with 'with' then 'for' (Smithy reads 'for' first)": [
    `${V2}@mixin\nstructure M {}\nresource R { identifiers: { id: String } }\noperation O {\n    input := with [M] for R {\n        $id\n    }\n}\n`,
    false,
  ],
  "inline input with 'for' then 'with'": [
    `${V2}@mixin\nstructure M {}\nresource R { identifiers: { id: String } }\noperation O {\n    input := for R with [M] {\n        $id\n    }\n}\n`,
    true,
  ],
  "a documentation comment right after an operation property is no whitespace": [
    `${V2}operation O {\n    input: Unit///\n    output: Unit\n}\n`,
    false,
  ],
  "a documentation comment right after an apply target is no whitespace": [`${V2}string A\napply A///\n@deprecated\n`, false],
  "an unknown operation property": [`${V2}operation O {\n    inputs: Unit\n}\n`, false],
  // IDL 1.0: what 2.0 added is a syntax error where Smithy finds it.
  "target elision in 1.0: at the member name": [`${V1}structure S {\n    $a\n}\n`, false],
  "list member elision in 1.0: at the member name": [`${V1}list L {\n    $member\n}\n`, false],
  "mixins in 1.0: at 'with'": [`${V1}@mixin\nstructure A {}\nstructure S with [A] {}\n`, false],
  "'for' in 1.0: at 'for'": [`${V1}resource R { identifiers: { id: String } }\nstructure S for R {}\n`, false],
  "a default in 1.0: at the '='": [`${V1}structure S {\n    a: String = "x"\n}\n`, false],
  "inline input in 1.0: right after ':='": [`${V1}operation O {\n    input := {}\n}\n`, false],
  "resource properties in 1.0: right after the body": [`${V1}resource R {\n    properties: { a: String }\n}\nstring A\n`, false],
  "an enum in 1.0: at the shape": [`${V1}enum E {\n    A\n}\n`, false],
  // Sections and their order.
  "a use statement after a shape": [`${V2}string A\nuse a.b#C\n`, false],
  "a control statement after the namespace": [`namespace ex\n$version: "2"\nstring A\n`, false],
  "a shape before the namespace ends the file": ['$version: "2"\nstring A\nnamespace ex\nstring B C\n', false],
  "traits before the namespace": ['$version: "2"\n@deprecated\nnamespace ex\n', false],
  "a broken namespace ends the file": ['$version: "2"\nnamespace ex.\nstring A B\n', false],
  "a use statement without '#'": [`${V2}use foo\nstring A B\n`, false],
  "a use statement ending in '#'": [`${V2}use foo.bar#\n`, false],
  "two imports of one name: the second is refused and the file ends": ["namespace ex\nuse a#B\nuse c#B\nstring A B\n", false],
  "a use of a member": [`${V2}use foo.bar#A$b\nstring C D\n`, false],
  // apply.
  "apply without whitespace before the trait": [`${V2}string A\napply A@deprecated\n`, false],
  "two applies on one line": [`${V2}string A\nstring B\napply A @deprecated apply B @deprecated\n`, false],
  "traits before apply": [`${V2}string A\n@deprecated\napply A @sensitive\n`, false],
  "apply with its target on the next line is read": [`${V2}string A\napply\nA @deprecated\n`, true],
};

interface Position {
  line: number;
  col: number;
}

const order = (a: Position, b: Position): number => a.line - b.line || a.col - b.col;
const show = (ps: Position[]): string => ps.map((p) => `${p.line}:${p.col}`).join(", ");

describe("syntax errors against the real Smithy: verdict and positions", () => {
  const names = Object.keys(CASES);
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(names.map((name) => [{ path: "case.smithy", text: CASES[name]![0] }]));
  }, 120_000);

  names.forEach((name, i) => {
    it(name, () => {
      const [text, accepted] = CASES[name]!;
      const answer = answers[i]!;
      expect(answer.crash, "the oracle answered").toBeUndefined();
      expect(refuses(answer), `Smithy ${accepted ? "accepts" : "refuses"} this case`).toBe(!accepted);
      const theirs = answer.events.filter((e) => e.severity === "ERROR").map((e) => ({ line: e.line, col: e.col }));
      const ours = loadIdl([{ path: "case.smithy", text }])
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => ({ line: d.line, col: d.column }));
      theirs.sort(order);
      ours.sort(order);
      const detail = `Smithy: ${answer.events.filter((e) => e.severity === "ERROR").map((e) => `${e.line}:${e.col} ${e.message}`).join(" | ")}\nours: ${show(ours)}`;
      expect(ours.length > 0, `our verdict (${detail})`).toBe(!accepted);
      expect(show(ours.slice(0, 1)), `the first ERROR (${detail})`).toBe(show(theirs.slice(0, 1)));
      expect(show([...new Set(show(ours).split(", "))].map((p) => ({ line: Number(p.split(":")[0]), col: Number(p.split(":")[1]) })).filter((p) => p.line > 0)), `every ERROR (${detail})`).toBe(
        show(theirs),
      );
    });
  });
});
