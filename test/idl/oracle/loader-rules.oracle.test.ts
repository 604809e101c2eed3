// Loader and grammar rules found missing when our front end was measured
// against the real Smithy on models of Smithy's own kind (each case written
// here, minimal; the expectation is Smithy's, checked in one batch).
import { expect } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { loaderEventDifference } from "./compare.js";
import { describeAgainstSmithy, type SingleFileCases } from "./single-file-cases.js";
import type { OracleAnswer } from "./smithy-oracle.js";

const V2 = '$version: "2"\nnamespace ex\n';

const CASES: SingleFileCases = {
  // BR is `*SP 1*(Comment / NL)`: a comma is whitespace, but not SP.
  "a comma right after a shape statement is not a line break": [`${V2}string A,\nstring B\n`, false],
  "a comma before a statement's trailing comment is not a line break": [`${V2}string A, // note\nstring B\n`, false],
  "a comma at the end of the file's last statement is refused": [`${V2}string A\nstring B,`, false],
  "a comma after the line break is whitespace": [`${V2}string A\n, string B\n,\n`, true],
  "a comma after a member's default value is allowed": [`${V2}structure S {\n    a: String = "x",\n    b: Integer = 1,\n}\n`, true],
  "commas inside a shape body stay whitespace": [`${V2}structure S { a: String, b: String, }\nlist L { member: String, }\n`, true],
  // Mixins on lists and maps: a redeclared member is inherited; its own traits print as an apply entry.
  "a list member redeclared from a mixin prints only its new traits": [
    `${V2}@mixin\nlist ML {\n    member: String\n}\nlist A with [ML] {\n    member: String\n}\nlist B with [ML] {\n    @length(min: 1)\n    member: String\n}\nlist C with [ML] {\n    $member\n}\n`,
    true,
  ],
  "a map's key and value redeclared from a mixin, elided": [
    `${V2}@mixin\nmap MM {\n    key: String\n    value: String\n}\nmap M with [MM] {\n    @length(min: 2)\n    $key\n    $value\n}\n`,
    true,
  ],
  "a list member redeclared from a mixin with another target is refused": [
    `${V2}@mixin\nlist ML {\n    member: String\n}\nlist A with [ML] {\n    member: Integer\n}\n`,
    false,
  ],
  "an intEnum member redeclared without a value keeps its mixin's": [
    `${V2}@mixin\nintEnum Base {\n    /// one\n    A = 1\n    B = 2\n}\nintEnum E with [Base] {\n    /// docs\n    A\n    C = 3\n}\n`,
    true,
  ],
  "an intEnum member without a value and no mixin member of that name is refused": [
    `${V2}@mixin\nintEnum Base {\n    A = 1\n}\nintEnum E with [Base] {\n    B\n}\n`,
    false,
  ],
  // A trait written without a value: {} for structures and maps, [] for lists, null for anything else.
  "@default alone is a null default": [`${V2}structure S {\n    @default\n    a: String\n}\n`, true],
  "a document trait alone is null": [`${V2}@trait\ndocument meta\n@meta\nstring A\n`, true],
  "a boolean trait alone is refused (null is no boolean)": [`${V2}@trait\nboolean flag\n@flag\nstring A\n`, false],
  // @idRef strings in trait values (Smithy's IdRefPlugin).
  "an @idRef string that is no shape ID is refused": [`${V2}@auth(["not an id"])\nservice S {}\n`, false],
  "an @idRef to a shape its selector does not select is refused": [`${V2}@auth([String])\nservice S {}\n`, false],
  "an @idRef to an auth definition is accepted": [`${V2}@httpBasicAuth\n@auth([httpBasicAuth])\nservice S {}\n`, true],
  "a custom @idRef trait: missing shapes refused only with failWhenMissing": [
    `${V2}@trait\n@idRef(failWhenMissing: true)\nstring strictRef\n@trait\n@idRef\nstring looseRef\n@looseRef("ex#Nowhere")\nstring A\n@strictRef("ex#Nowhere")\nstring B\n`,
    false,
  ],
  "a custom @idRef trait naming a missing shape without failWhenMissing is accepted": [
    `${V2}@trait\n@idRef\nstring looseRef\n@looseRef("ex#Nowhere")\nstring A\n`,
    true,
  ],
  // Mixin cycles: each shape of the cycle is refused, naming the others.
  "two mixins that mix each other in are refused": [`${V2}@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}\n`, false],
  "a three-mixin cycle is refused, with a shape that uses it": [
    `${V2}@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [C] {}\n@mixin\nstructure C with [A] {}\nstructure D with [A] {}\n`,
    false,
  ],
  "a mixin that mixes in only itself is dropped from the model": [`${V2}@mixin\nstructure E with [E] {}\nstring Kept\n`, true],
  "a JSON AST mixin cycle is refused too": [
    JSON.stringify({
      smithy: "2.0",
      shapes: {
        "a.b#A": { type: "structure", mixins: [{ target: "a.b#B" }], traits: { "smithy.api#mixin": {} } },
        "a.b#B": { type: "structure", mixins: [{ target: "a.b#A" }], traits: { "smithy.api#mixin": {} } },
      },
    }),
    false,
    "case.json",
  ],
  // IDL 1.0: what only 2.0 has is refused where it is used.
  "@default in a 1.0 file is refused": [`namespace ex\nstructure S {\n    @default(1)\n    a: Integer\n}\n`, false],
  "@default applied in a 1.0 file is refused": [`$version: "1.0"\nnamespace ex\nstructure S {\n    a: Integer\n}\napply S$a @default(1)\n`, false],
  "@mixin in a 1.0 file is refused": [`$version: "1.0"\nnamespace ex\n@mixin\nstructure S {}\n`, false],
  "resource properties in a 1.0 file are refused": [`namespace ex\nresource R {\n    identifiers: { id: String }\n    properties: { p: String }\n}\n`, false],
  // Resource mixins: Smithy 1.73.0 refuses one with anything in its body.
  "a resource mixin with only traits is accepted, and mixed in": [`${V2}@mixin\n@documentation("d")\nresource M {}\nresource R with [M] {}\n`, true],
  "a resource mixin with identifiers is refused": [`${V2}@mixin\nresource M {\n    identifiers: { id: String }\n}\n`, false],
  "a resource mixin with operations is refused": [`${V2}@mixin\nresource M {\n    operations: [Op]\n}\noperation Op {}\n`, false],
  "empty identifiers and properties are left out of the AST": [`${V2}resource R {\n    identifiers: {}\n    properties: {}\n    operations: []\n}\n`, true],
  // The prelude is Smithy's: a model's definition of a prelude shape is dropped, new smithy.api shapes are not printed.
  "a prelude shape defined again (even as another type) is dropped silently": [
    `$version: "2"\nnamespace smithy.api\nlong Integer\nstring NotInThePrelude\n`,
    true,
  ],
  "a custom @idRef trait with its own errorMessage and selector": [
    `${V2}@trait\n@idRef(selector: "structure", errorMessage: "must name a structure")\nstring structRef\n@structRef(A)\nstring A\n`,
    false,
  ],
};

describeAgainstSmithy("loader and grammar rules against the real Smithy", CASES);

/** Models Smithy accepts with loader WARNINGs: ours are the same (severity, id, shape, position). */
const WARNED: SingleFileCases = {
  "the @enum trait in a 2.0 file is deprecated, wherever it is applied": [
    `${V2}@enum([{ value: "a", name: "A" }])\nstring A\nstring B\napply B @enum([{ value: "b", name: "B" }])\n`,
    true,
  ],
  "the @enum trait in a 1.0 file is not": [`namespace ex\n@enum([{ value: "a", name: "A" }])\nstring A\n`, true],
  "a use statement naming no shape": [`${V2}use other.ns#Nowhere\nstring A\n`, true],
};

describeAgainstSmithy("loader WARNINGs of those rules against the real Smithy", WARNED, (files, answer, name) => {
  expect(answer.events.some((e) => e.severity === "WARNING"), `${name}: Smithy warns`).toBe(name !== "the @enum trait in a 1.0 file is not");
  expect(loaderEventDifference(files, answer), name).toBeUndefined();
});

/**
 * Trait values: of the wrong type, a prelude trait is refused when Smithy
 * builds it (`Model`, the loader's stage, which stops validation); breaking a
 * constraint (@length, @range, @pattern, an @idRef's selector), any trait is
 * refused by TraitValueValidator (`TraitValue`, later). ERROR ids and
 * positions are compared, so the stage is too.
 */
const TRAIT_VALUES: SingleFileCases = {
  "a prelude trait's value of the wrong type is a Model error": [`${V2}@length(min: "x")\nstring S\n@documentation\nstring D\n`, false],
  "a prelude trait missing a required member, or with an unknown enum value, is a Model error": [
    `${V2}@error("sideways")\nstructure E {}\n@http(uri: "/x")\noperation O {}\n`,
    false,
  ],
  "a prelude trait's value breaking @length is a TraitValue error": [`${V2}@http(method: "", uri: "/x")\noperation O {}\n@externalDocumentation({})\nstring X\n`, false],
  "an @idRef value its selector does not select, and a custom trait's @length": [
    `${V2}@auth([String])\nservice S {}\n@trait\n@length(max: 2)\nstring short\n@short("abc")\nstring Q\n`,
    false,
  ],
  "@range bounds written as decimals on integer shapes and members (RangeTrait), fine on a double": [
    `${V2}@range(min: 1.0)\ninteger I\n@range(min: -0.5, max: 1e3)\nlong L\n@range(max: 2.5)\ndouble D\nstructure S {\n    @range(min: 1.5)\n    a: Integer\n}\n`,
    false,
  ],
  "a custom boolean trait without a value is a TraitValue error": [`${V2}@trait\nboolean flag\n@flag\nstring A\n`, false],
};

/** Our ERROR events are Smithy's: id (its first part), shape and line:col. */
function sameErrors(files: { path: string; text: string }[], answer: OracleAnswer, name: string): void {
  const key = (id: string, shape: string, line: number, col: number): string => `${id.split(".")[0]} ${shape} ${line}:${col}`;
  const theirs = answer.events.filter((e) => e.severity === "ERROR").map((e) => key(e.id, e.shapeId, e.line, e.col)).sort();
  const ours = loadIdl(files).diagnostics.filter((d) => d.severity === "error").map((d) => key(d.id, d.shapeId ?? "", d.line, d.column)).sort();
  expect(ours, name).toEqual(theirs);
}

describeAgainstSmithy("trait value events against the real Smithy (id, shape and position)", TRAIT_VALUES, sameErrors);

/** The loader's ERRORs where Smithy puts them. */
const LOADER_ERRORS: SingleFileCases = {
  "traits applied to no shape: one ERROR per trait, at the trait": [`${V2}apply Nowhere @sensitive\napply Nowhere$m @documentation("d")\n`, false],
  "traits applied to a prelude shape": [`${V2}apply String @deprecated\napply Integer @documentation("d") @sensitive\n`, false],
  "a shape defined twice: at the first definition, naming both": [`${V2}operation Foo {}\n\nstructure Foo {\n    a: String\n}\n`, false],
  "metadata set twice to values that do not merge: at the second value": [`$version: "2"\nmetadata a = 1\nmetadata a = "x"\nmetadata b = [1]\nmetadata b = {}\n`, false],
  "a list or map missing members: at the shape; a stray member: where it is written": [
    `${V2}list L {}\n\nmap M {\n    key: String\n    foo: String\n}\n\nlist N {\n    member: String\n    bar: String\n}\n`,
    false,
  ],
  "a Java pattern Java refuses: at the trait": [`${V2}@pattern("^[a-")\nstring A\n`, false],
  "a shape used as a trait without @trait: each use, at that shape": [`${V2}document D\n@D\nstring A\n@D(1)\nstring B\n`, false],
};

describeAgainstSmithy("the loader's ERRORs against the real Smithy (id, shape and position)", LOADER_ERRORS, sameErrors);
