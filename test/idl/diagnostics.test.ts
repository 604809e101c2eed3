// Every diagnostic the front end reports, with its exact file:line:col.

import { describe, expect, it } from "vitest";
import { failsBuild, loadIdl, formatDiagnostic } from "../../codegen/src/idl/index.js";
import { indexFromIdl, ModelError } from "../../codegen/src/pipeline.js";
import { HEADER, errorsOf, load } from "./helpers.js";

// HEADER is two lines, so snippet line N is file line N + 2.
describe("lexical and syntax errors", () => {
  it("reports an unclosed string", () => {
    expect(errorsOf(`${HEADER}@documentation("open\nstring S`)).toEqual([
      // The string swallows the rest of the file: nothing after it is reported
      // (no cascade of follow-on errors), as Smithy reports the one error.
      "model/test.smithy:3:16: unclosed string: expected a closing '\"'",
    ]);
  });

  it("reports an invalid escape", () => {
    // As Smithy: the string is one bad token, reported where it starts.
    expect(errorsOf(`${HEADER}@documentation("a\\qb")\nstring S`)).toEqual(["model/test.smithy:3:16: invalid string: invalid escape '\\q' in string"]);
  });

  it("reports an unexpected character", () => {
    expect(errorsOf(`${HEADER}string S %`)).toContain("model/test.smithy:3:10: unexpected character '%'");
  });

  it("reports a missing member target and goes on to the next statement", () => {
    expect(errorsOf(`${HEADER}structure S {\n    a\n}\nwidget W`)).toEqual([
      // At the line break itself, as Smithy locates it.
      "model/test.smithy:4:6: expected ':' after member 'a' on the same line, found a line break",
      "model/test.smithy:6:1: unknown statement or shape type 'widget'",
    ]);
  });

  it("runs no validator after a syntax error, so no follow-on error comes before it (as Smithy)", () => {
    // The broken statement would leave `Nope` unresolved in a model that never loaded.
    expect(errorsOf(`${HEADER}structure A { b: Nope }\n@documentation("open\nstring S`)).toEqual([
      "model/test.smithy:4:16: unclosed string: expected a closing '\"'",
    ]);
  });

  it("names an unknown statement or shape type", () => {
    expect(errorsOf(`${HEADER}widget W`)).toEqual(["model/test.smithy:3:1: unknown statement or shape type 'widget'"]);
  });

  it("names an unknown operation property, at its ':' as Smithy does", () => {
    expect(errorsOf(`${HEADER}operation O { inputs: Foo }`)).toEqual([
      "model/test.smithy:3:21: unknown operation property 'inputs': expected input, output or errors",
    ]);
  });

  it("requires a namespace before shapes", () => {
    expect(errorsOf(`$version: "2"\nstring S`)).toEqual([
      "model/test.smithy:2:1: shapes need a namespace: add 'namespace your.namespace' before the first shape",
    ]);
  });

  it("reads IDL 1.0 files but refuses versions Smithy does not know", () => {
    expect(errorsOf(`$version: "1.0"\nnamespace ex`)).toEqual([]);
    expect(errorsOf(`$version: "3.0"\nnamespace ex`)).toEqual([
      // Right after the value, where Smithy's check stands.
      'model/test.smithy:1:16: unsupported IDL version "3.0": Smithy reads IDL 1.0 and 2.0',
    ]);
  });

  it("requires statements in section order", () => {
    expect(errorsOf(`${HEADER}string S\nuse a.b#C`)).toEqual(["model/test.smithy:4:1: use statements must come before shapes"]);
  });

  it("rejects a text block without a new line after the opening quotes", () => {
    expect(errorsOf(`${HEADER}@documentation("""x""")\nstring S`)).toEqual([
      'model/test.smithy:3:16: invalid text block: a text block must start with a new line after the opening """',
    ]);
  });
});

// Events about a shape are located as Smithy locates them: at the shape's type
// keyword, a member's name, or the trait the event is about.
describe("resolution", () => {
  it("reports every unresolved reference with its role", () => {
    expect(errorsOf(`${HEADER}
service Svc { operations: [NoOp], resources: [NoRes], errors: [NoErr] }
operation Op { input: NoIn, output: NoOut, errors: [NoErr] }
structure S with [NoMixin] { a: NoTarget }`)).toEqual([
      "model/test.smithy:4:1: service operation 'ex#NoOp' does not resolve to a shape",
      "model/test.smithy:4:1: service resource 'ex#NoRes' does not resolve to a shape",
      "model/test.smithy:4:1: service error 'ex#NoErr' does not resolve to a shape",
      "model/test.smithy:5:1: operation input 'ex#NoIn' does not resolve to a shape",
      "model/test.smithy:5:1: operation output 'ex#NoOut' does not resolve to a shape",
      "model/test.smithy:5:1: operation error 'ex#NoErr' does not resolve to a shape",
      "model/test.smithy:6:1: mixin 'ex#NoMixin' does not resolve to a shape",
      "model/test.smithy:6:30: member target 'ex#NoTarget' does not resolve to a shape",
    ]);
  });

  it("reports an apply to no shape (a loader error: the validators do not run)", () => {
    expect(errorsOf(`${HEADER}apply NoShape @sensitive\nstructure S { a: NoTarget }`)).toEqual([
      "model/test.smithy:3:15: Trait `sensitive` applied to unknown shape `ex#NoShape`",
    ]);
  });

  it("reports an unknown trait and a shape used as a trait", () => {
    expect(errorsOf(`${HEADER}@notATrait\nstring S\n@S\nstring T`)).toEqual([
      "model/test.smithy:3:1: unknown trait 'ex#notATrait': no shape with this ID is defined (missing a use statement?)",
      "model/test.smithy:4:1: Shape `ex#S` cannot be applied as a trait. If this is a custom trait, please add `@trait` to this shape.",
    ]);
  });

  it("reports an unquoted trait value that is no shape ID as Smithy's SyntacticShapeIdTarget DANGER, at the trait", () => {
    const { diagnostics } = loadIdl([{ path: "model/test.smithy", text: `${HEADER}@error(client)\nstructure E {}` }]);
    expect(diagnostics.filter((d) => d.id === "SyntacticShapeIdTarget").map(formatDiagnostic)).toEqual([
      "model/test.smithy:3:1: DANGER SyntacticShapeIdTarget: Syntactic shape ID `client` does not resolve to a valid shape ID: `ex#client`. Did you mean to quote this string? Are you missing a model file?",
    ]);
    // The value is kept as the ID it resolves to, which @error then refuses (at the trait: the whole value is wrong).
    expect(errorsOf(`${HEADER}@error(client)\nstructure E {}`)).toEqual(['model/test.smithy:3:1: @error must be one of "client", "server", found "ex#client"']);
  });

  it("reports an elided member that matches nothing", () => {
    expect(errorsOf(`${HEADER}structure S { $ghost }`)).toEqual([
      "model/test.smithy:3:15: cannot elide the target of '$ghost': no identifier or property of the 'for' resource and no mixin member has that name",
    ]);
  });

  it("requires mixins to carry @mixin", () => {
    expect(errorsOf(`${HEADER}structure A {}\nstructure B with [A] {}`)).toEqual([
      "model/test.smithy:4:1: mixin 'ex#A' is not a mixin (it has no @mixin trait)",
    ]);
  });
});

describe("duplicates", () => {
  it("reports a shape defined twice, also across files", () => {
    const { diagnostics } = loadIdl([
      { path: "model/a.smithy", text: `${HEADER}string S` },
      { path: "model/b.smithy", text: `${HEADER}\nstructure S {}` },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "model/a.smithy:3:1: ERROR Model: Conflicting shape definition for `ex#S` found at `model/b.smithy [4, 1]` and `model/a.smithy [3, 1]`. Left is structure, right is string",
    ]);
  });

  it("reports a duplicate member; names equal but for case are Smithy's ShapeIdConflict", () => {
    expect(errorsOf(`${HEADER}structure S {\n  a: String\n  a: String\n}`)).toEqual([
      "model/test.smithy:5:3: duplicate member 'a' (first defined at line 4)",
    ]);
    expect(errorsOf(`${HEADER}structure S {\n  a: String\n  A: String\n}`)).toEqual([
      "model/test.smithy:4:3: Shape ID `ex#S$a` conflicts with other shape IDs in the model: [`ex#S$A`]",
      "model/test.smithy:5:3: Shape ID `ex#S$A` conflicts with other shape IDs in the model: [`ex#S$a`]",
    ]);
  });

  it("reports a trait applied twice and conflicting applies", () => {
    expect(errorsOf(`${HEADER}/// Doc.\n@documentation("again")\nstring S\napply S @pattern("a")\napply S @pattern("b")`)).toEqual([
      "model/test.smithy:4:1: documentation (a /// comment and @documentation?) is applied twice to 'ex#S' with different values",
      "model/test.smithy:7:9: conflicting values for trait 'smithy.api#pattern' on 'ex#S'",
    ]);
  });
});

describe("trait values", () => {
  it("reports values of the wrong type, unknown and missing members", () => {
    expect(errorsOf(`${HEADER}
@length(min: "x", most: 3)
string A
@error("sideways")
structure E {}
@retryable(throttling: "yes")
@error("client")
structure R {}
@documentation
string D
@aws.auth#sigv4
@aws.protocols#awsJson1_0
service Svc {}`)).toEqual([
      'model/test.smithy:4:14: @length.min must be a number, found the string "x"',
      'model/test.smithy:6:1: @error must be one of "client", "server", found "sideways"',
      'model/test.smithy:8:24: @retryable.throttling must be true or false, found the string "yes"',
      "model/test.smithy:11:1: @documentation needs a value (a string)",
      "model/test.smithy:13:1: @aws.auth#sigv4 is missing the required member 'name'",
    ]);
  });

  it("warns, as Smithy does (TraitValue.UnknownMember.<shape>.<member>, at the object), about an unknown member in a trait value", () => {
    const result = load(`${HEADER}@length(min: 1, most: 3)\nstring A`);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(["model/test.smithy:3:1: warning: @length has no member 'most' (known: min, max)"]);
    expect(loadIdl([{ path: "model/test.smithy", text: `${HEADER}@length(min: 1, most: 3)\nstring A` }]).diagnostics.map((d) => d.id)).toEqual([
      "TraitValue.UnknownMember.smithy.api#length.most",
    ]);
  });

  it("checks @default values against the member's target", () => {
    expect(errorsOf(`${HEADER}structure S {\n  on: Boolean = "yes"\n}`)).toEqual([
      'model/test.smithy:4:17: default value of \'ex#S$on\' must be true or false, found the string "yes"',
    ]);
  });

  it("checks values against constraints of the trait's shape", () => {
    expect(
      errorsOf(`${HEADER}@smithy.test#httpResponseTests([{ id: "bad id", protocol: "aws.protocols#awsJson1_0", code: 99 }])\noperation O {}`),
    ).toEqual([
      'model/test.smithy:3:39: @smithy.test#httpResponseTests[0].id "bad id" does not match the pattern ^[A-Za-z_][A-Za-z0-9_]+$',
      "model/test.smithy:3:93: @smithy.test#httpResponseTests[0].code must be at least 100, found 99",
    ]);
  });

  it("refuses a prelude trait's @idRef value that is no shape ID while building it, before any constraint check", () => {
    // As Smithy: "Error creating trait" is the loader's ERROR, and validation stops there.
    expect(errorsOf(`${HEADER}@smithy.test#httpResponseTests([{ id: "bad id", protocol: "p", code: 99 }])\noperation O {}`)).toEqual([
      "model/test.smithy:3:59: @smithy.test#httpResponseTests[0].protocol Invalid shape ID: p",
    ]);
  });
});

describe("where traits apply", () => {
  it("rejects constraint traits on shapes they cannot constrain", () => {
    expect(errorsOf(`${HEADER}
@length(min: 1)
integer I
@pattern("a")
structure S {}
@range(min: 1)
string R
structure M {
    @required
    @range(max: 3)
    s: String
}
@required
string Q`)).toEqual([
      "model/test.smithy:4:1: @length cannot be applied to integer 'ex#I': it applies only to shapes matching `:test(list, map, string, blob, member > :is(list, map, string, blob))`",
      "model/test.smithy:6:1: @pattern cannot be applied to structure 'ex#S': it applies only to shapes matching `:test(string, member > string)`",
      "model/test.smithy:8:1: @range cannot be applied to string 'ex#R': it applies only to shapes matching `:test(number, member > number)`",
      "model/test.smithy:12:5: @range cannot be applied to member targeting string 'ex#M$s': it applies only to shapes matching `:test(number, member > number)`",
      "model/test.smithy:15:1: @required cannot be applied to string 'ex#Q': it applies only to shapes matching `structure > member`",
    ]);
  });

  it("allows @retryable only on errors", () => {
    expect(errorsOf(`${HEADER}@retryable\nstructure S {}`)).toEqual([
      "model/test.smithy:3:1: @retryable cannot be applied to structure 'ex#S': it applies only to shapes matching `structure[trait|error]`",
    ]);
  });
});

describe("constraints and enums", () => {
  it("reports a pattern that Java's regex compiler refuses, as Smithy does", () => {
    expect(errorsOf(`${HEADER}@pattern("^[a-")\nstring S`)).toEqual([
      'model/test.smithy:3:1: @pattern "^[a-" is not a valid Java regular expression: unclosed character class at offset 4',
    ]);
  });

  it("accepts a Java pattern that ECMAScript cannot run unchanged (AWS models use them), and checks values with its translation", () => {
    expect(errorsOf(`${HEADER}@pattern("^\\\\p{Print}+$")\nstring S\n@pattern("^[\\\\uD800\\\\uDC00-\\\\uDBFF\\\\uDFFF]+$")\nstring T`)).toEqual([]);
    expect(errorsOf(`${HEADER}structure S {\n  @pattern("^\\\\p{Alpha}+$")\n  a: String = "ab1"\n}`)).toEqual([
      'model/test.smithy:5:15: default value of \'ex#S$a\' "ab1" does not match the pattern ^\\p{Alpha}+$',
    ]);
  });

  it("reports length bounds out of order", () => {
    expect(errorsOf(`${HEADER}@length(min: 5, max: 1)\nstring S`)).toEqual(["model/test.smithy:3:1: @length min (5) is greater than max (1)"]);
  });

  it("reports duplicated enum values and intEnum members without integer values", () => {
    expect(errorsOf(`${HEADER}enum E {\n  A = "x"\n  B = "x"\n}\nintEnum I {\n  TWO = "2"\n}`)).toEqual([
      // Smithy's wording and places: a duplicate at the member, a wrong type at its value.
      "model/test.smithy:5:3: Multiple enum members found with duplicate value `x`",
      'model/test.smithy:8:9: intEnum members require integer values, but found: "2"',
    ]);
    expect(errorsOf(`${HEADER}intEnum I {\n  ONE\n}`)).toEqual(["model/test.smithy:4:3: intEnum member 'ONE' needs an integer value: ONE = 1"]);
  });

  it("requires operation errors to be @error structures", () => {
    expect(errorsOf(`${HEADER}structure NotAnError {}\nstring Str\noperation O { errors: [NotAnError, Str] }`)).toEqual([
      "model/test.smithy:5:1: operation error 'ex#NotAnError' is not an error: add @error(\"client\") or @error(\"server\")",
      "model/test.smithy:5:1: operation error 'ex#Str' is a string; errors must be structures with the @error trait",
    ]);
  });

  it("requires operation input to be a structure and members not to target operations", () => {
    expect(errorsOf(`${HEADER}operation O { input: Str }\nstring Str\nstructure S { o: O }`)).toEqual([
      "model/test.smithy:3:1: operation input 'ex#Str' is a string; operation input must be a structure",
      "model/test.smithy:5:15: member target 'ex#O' is a operation, which a member cannot target",
    ]);
  });
});

it("reports all problems of one stage, never only the first", () => {
  // Both unresolved targets (TargetValidator runs to the end) ...
  expect(errorsOf(`${HEADER}structure S { a: X }\nstructure T { b: Y }`)).toHaveLength(2);
  // ... and every independent validator's finding once the references hold ...
  expect(errorsOf(`${HEADER}@range(min: 2, max: 1)\ninteger I\n@length(min: 2, max: 1)\nstring L`)).toHaveLength(2);
  // ... but, as in Smithy, a trait it cannot build (a load error) stops the validators.
  expect(errorsOf(`${HEADER}@pattern("(")\nstring P\n@length(min: 2, max: 1)\nstring L`)).toHaveLength(1);
});

describe("validation events: severities, ids, suppressions", () => {
  const events = (text: string): string[] => loadIdl([{ path: "model/test.smithy", text }]).diagnostics.map(formatDiagnostic);

  it("prints `file:line:col: SEVERITY id: message`", () => {
    expect(events(`${HEADER}structure S { a: Nope }`)).toEqual([
      "model/test.smithy:3:15: ERROR Target.UnresolvedShape: member target 'ex#Nope' does not resolve to a shape",
    ]);
  });

  it("a WARNING does not fail the build; a DANGER (here raised by severityOverrides) does", () => {
    const warned = loadIdl([{ path: "model/a.smithy", text: `${HEADER}@deprecated\nstring Old\nstructure S { a: Old }` }]);
    expect(warned.diagnostics.map((d) => [d.severity, d.id, d.shapeId])).toEqual([["warning", "DeprecatedShape.ex#Old", "ex#S$a"]]);
    expect(warned.diagnostics.some(failsBuild)).toBe(false);
    expect(() => indexFromIdl([{ path: "model/a.smithy", text: `${HEADER}@deprecated\nstring Old\nstructure S { a: Old }` }])).not.toThrow();
    const raised = `$version: "2"\nmetadata severityOverrides = [{id: "DeprecatedShape", namespace: "*", severity: "DANGER"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }`;
    expect(events(raised)).toEqual(["model/test.smithy:6:15: DANGER DeprecatedShape.ex#Old: Member targets a deprecated shape, ex#Old"]);
    expect(() => indexFromIdl([{ path: "model/a.smithy", text: raised }])).toThrow(ModelError);
  });

  it("a suppression keeps the event as SUPPRESSED, with its reason; an ERROR is never suppressed", () => {
    const text = `$version: "2"\nmetadata suppressions = [{id: "DeprecatedShape", namespace: "ex", reason: "kept for old clients"}, {id: "Target", namespace: "*"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old, b: Nope }`;
    expect(events(text)).toEqual([
      "model/test.smithy:6:15: SUPPRESSED DeprecatedShape.ex#Old: Member targets a deprecated shape, ex#Old (suppressed: kept for old clients)",
      "model/test.smithy:6:23: ERROR Target.UnresolvedShape: member target 'ex#Nope' does not resolve to a shape",
    ]);
    const ok = text.replace(", b: Nope", "");
    expect(events(ok)).toEqual([
      "model/test.smithy:6:15: SUPPRESSED DeprecatedShape.ex#Old: Member targets a deprecated shape, ex#Old (suppressed: kept for old clients)",
    ]);
  });

  it("@suppress applies to the event's own shape or member only", () => {
    const text = `${HEADER}@deprecated\nstring Old\n@suppress(["DeprecatedShape"])\nstructure S {\n  @suppress(["DeprecatedShape.ex#Old"])\n  a: Old\n  b: Old\n}`;
    expect(loadIdl([{ path: "model/test.smithy", text }]).diagnostics.map((d) => `${d.severity} ${d.shapeId}`)).toEqual([
      "suppressed ex#S$a",
      "warning ex#S$b",
    ]);
  });

  it("refuses malformed suppressions and severity overrides at the offending value", () => {
    expect(events(`$version: "2"\nmetadata suppressions = [{id: "X", namespace: "*"}, 3]\nmetadata severityOverrides = [{id: "X", namespace: "*", severity: "NOTE"}, {namespace: "*", severity: "DANGER"}]\nnamespace ex`)).toEqual([
      "model/test.smithy:2:53: ERROR Model: metadata suppressions element 1 must be an object, found number; none of this list's entries apply",
      'model/test.smithy:3:67: ERROR Model: a severity override raises an event to WARNING or DANGER, not "NOTE"',
      "model/test.smithy:3:76: ERROR Model: a severityOverrides entry needs a string `id`",
    ]);
  });
});
