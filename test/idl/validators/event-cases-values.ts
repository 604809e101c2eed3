// Event cases of node values checked against shapes (trait values, @examples,
// typed metadata) and of UnionValidator's WARNING/NOTE: event ids with
// Smithy's sub-ids (`.Member.InvalidRange`, `.UnknownMember.<shape>.<member>`),
// severities with `allowConstraintErrors` (a list's length and unique items
// stay ERRORs), and locations (a trait's whole value at the trait), compared
// at every severity through `compareIds`.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\n';

/** A custom trait `@t` whose shape is `shape` (IDL, named t), applied to a structure with `value`. */
const traitValue = (shape: string, value: string): string => `${H}@trait\n${shape}\n@t(${value})\nstructure S {}\n`;

/** A structure whose members are timestamps, each with its traits (e.g. a @timestampFormat) and default value. */
const timestamps = (...members: [traits: string, value: string][]): string =>
  `${H}structure S {\n${members.map(([traits, value], i) => `    ${traits}\n    m${i}: Timestamp = ${value}\n`).join("")}}\n`;

export const VALUE_CASES: EventCase[] = [
  // ---- trait values Smithy takes or refuses where this front end once judged otherwise
  { id: "TraitValue", name: "a float or double given as the string NaN, Infinity or -Infinity", expect: "accept", text: `${H}@trait\nfloat f\n@trait\ndouble d\n@trait\ndouble e\n@f("NaN")\n@d("Infinity")\n@e("-Infinity")\nstructure S {}\n` },
  { id: "TraitValue", name: "a double given as the string nan (only those three spellings)", expect: "trigger", text: traitValue("double t", '"nan"') },
  { id: "TraitValue", name: "a bigDecimal given as the string NaN", expect: "trigger", text: traitValue("bigDecimal t", '"NaN"') },
  { id: "TraitValue", name: "an integer type written with a point or an exponent, whole or not (1.0, 1e2)", expect: "trigger", text: `${H}@trait\nshort t\n@trait\ninteger u\n@t(1.0)\n@u(1e2)\nstructure S {}\n` },
  { id: "TraitValue", name: "an integer type written as digits, -0 included", expect: "accept", text: `${H}@trait\nshort t\n@trait\ninteger u\n@t(-0)\n@u(100)\nstructure S {}\n` },
  { id: "TraitValue", name: "a union value setting no member", expect: "accept", text: traitValue("union t { a: String, b: String }", "{}") },
  { id: "TraitValue", name: "a union value naming a member the union lacks: an ERROR, where a structure's is a WARNING", expect: "trigger", compareIds: ["TraitValue"], text: `${H}@trait\nunion t { a: String }\n@trait\nstructure u { a: String }\n@t(z: "x")\n@u(z: "x")\nstructure S {}\n` },

  { id: "TraitValue", name: "a union value setting two members", expect: "trigger", text: traitValue("union t { a: String, b: String }", 'a: "x", b: "y"') },
  { id: "TraitValue", name: "a blob's length in UTF-8 bytes: 'é' is 2", expect: "accept", text: traitValue("@length(min: 2)\nblob t", '"é"') },
  { id: "TraitValue", name: "a blob's length in UTF-8 bytes: 'e' is 1", expect: "trigger", text: traitValue("@length(min: 2)\nblob t", '"e"') },
  { id: "TraitValue", name: "a blob's length as Java encodes it: a lone surrogate is one byte ('?'), not U+FFFD's three", expect: "trigger", text: traitValue("@length(min: 2)\nblob t", '"\\uD800"') },
  // ---- numbers as Smithy's BigDecimal-backed NumberNode compares them (number-text.ts), not as doubles
  { id: "TraitValue.Target.InvalidRange", name: "a bigDecimal a double would round onto its @range bound (1.50000000000000000001 > 1.5)", expect: "trigger", compareIds: ["TraitValue.Target.InvalidRange"], text: traitValue("@range(max: 1.5)\nbigDecimal t", "1.50000000000000000001") },
  { id: "TraitValue.Target.InvalidRange", name: "a long one past a @range bound of 2^53 (2^53 + 1 is no double)", expect: "trigger", compareIds: ["TraitValue.Target.InvalidRange"], text: traitValue("@range(max: 9007199254740992)\nlong t", "9007199254740993") },
  { id: "TraitValue", name: "values equal to their @range bounds however written (1.50000000000000000000, -0.0 against 0)", expect: "accept", text: `${H}@trait\n@range(max: 1.5)\nbigDecimal t\n@trait\n@range(min: 0, max: 0)\nbigDecimal u\n@t(1.50000000000000000000)\n@u(-0.0)\nstructure S {}\n` },
  { id: "TraitValue", name: "@uniqueItems: 1 and 1.0 are two values, 1.0, 1.00 and 1e0 one (NumberNode.equals: value and scale)", expect: "trigger", text: traitValue("@uniqueItems\nlist t { member: BigDecimal }", "[1, 1.0, 1.00, 1e0, 100, 1e2]") },
  { id: "TraitValue", name: "@uniqueItems: 2^53 and 2^53 + 1, and two decimals past a double's precision, are distinct", expect: "accept", text: `${H}@trait\n@uniqueItems\nlist t { member: BigInteger }\n@trait\n@uniqueItems\nlist u { member: BigDecimal }\n@t([9007199254740993, 9007199254740992])\n@u([1.50000000000000000001, 1.500000000000000000010])\nstructure S {}\n` },
  { id: "TraitTarget", name: "@uniqueItems on a list whose members reach a double: one TraitTarget event (the trait's selector)", expect: "trigger", text: `${H}@uniqueItems\nlist L { member: S }\nstructure S { a: T }\nstructure T { d: Double }\n` },
  // ---- found by node-values.oracle.test.ts (generated values), held here case by case
  { id: "TraitValue", name: "a union value setting two members is refused as that alone: its members, known or not, are not looked into", expect: "trigger", compareIds: ["TraitValue"], text: traitValue("union t { a: Integer }", "a: \"x\", z: 1") },
  { id: "TraitValue", name: "null in a list or map that is not @sparse: refused as such besides its type; a @sparse one only by its type", expect: "trigger", text: `${H}@trait\nstructure t { a: L, b: SL, c: M, d: SM }\nlist L { member: Integer }\n@sparse\nlist SL { member: Integer }\nmap M { key: String, value: Integer }\n@sparse\nmap SM { key: String, value: Integer }\n@t(a: [1, null], b: [null], c: {x: null}, d: {x: null})\nstructure S {}\n` },
  { id: "TraitValue", name: "a required member set to null, unless @clientOptional", expect: "trigger", text: `${H}@trait\nstructure t {\n    @required @clientOptional a: String\n    @required b: String\n}\n@t(a: null, b: null)\nstructure S {}\n` },
  { id: "ExamplesTrait", name: "a required member of an @input structure may be null in an example (it is nullable for clients); one nested deeper may not, allowConstraintErrors or not", expect: "trigger", text: `${H}structure N { @required x: String }\n@error("client")\nstructure E {}\n@examples([{ title: "t", input: { f: null, n: { x: null } } }, { title: "u", allowConstraintErrors: true, input: { f: null, n: { x: null } }, error: { shapeId: E, content: {} } }])\noperation Op {\n    input := {\n        @required f: String\n        n: N\n    }\n    errors: [E]\n}\n` },
  { id: "TraitValue", name: "a string outside its Smithy 1.0 @enum is still checked against its @pattern and @length", expect: "trigger", text: traitValue('@enum([{ value: "a" }])\n@pattern("^[a-z]+$")\n@length(max: 1)\nstring t', '"12"') },
  { id: "DefaultTrait", name: "@default: what concerns the whole value is at the trait, what is inside it at the offending value", expect: "trigger", text: `${H}map T { key: String, value: L }\n@length(max: 1)\nlist L { member: String }\nstructure Target {\n    @default({k: true, j: [1, "a", "b"]})\n    v: T\n    w: T = {k: true}\n}\n` },
  { id: "DefaultTrait", name: "a blob's default Java's Base64 decoder refuses is a WARNING (padding optional, never misplaced; no lone last character)", expect: "accept", compareIds: ["DefaultTrait"], text: `${H}structure Target {\n${["", "YQ", "YQ=", "YQ==", "YQ===", "YWI", "YWI=", "YWI==", "Y", "=", "YWJj=", "YW Jj", "YW-_"].map((v, i) => `    m${i}: Blob = ${JSON.stringify(v)}\n`).join("")}}\n` },
  { id: "TraitValue", name: "@length, @pattern, @range and @idRef of a member and of its target are each checked: a value may break both", expect: "trigger", compareIds: ["TraitValue"], text: `${H}@length(max: 2)\n@pattern("^[a-z]+$")\n@idRef\nstring S2\n@length(max: 2)\nlist L2 { member: String }\n@range(max: 5)\ninteger I5\n@trait\nstructure t {\n    @length(max: 1) @pattern("^a") @idRef a: S2\n    @length(max: 1) b: L2\n    @range(max: 3) c: I5\n}\n@t(a: "bc1", b: ["x", "y", "z"], c: 6)\nstructure S {}\n` },
  { id: "TraitValue", name: "a number its integer type cannot hold stops the target's @range, not the member's", expect: "trigger", compareIds: ["TraitValue"], text: `${H}@range(max: 1)\nshort N\n@trait\nstructure t {\n    @range(max: 2) a: N\n    @range(max: 2) b: N\n}\n@t(a: 1.5, b: 40000)\nstructure S {}\n` },
  // ---- timestamps by their @timestampFormat (timestamp-values.ts), as @default values
  { id: "DefaultTrait", name: "date-times Java's ISO_INSTANT reads: 23:59:60, a bare point, nine fraction digits, signed years", expect: "accept", text: timestamps(["", '"2016-12-31T23:59:60Z"'], ["", '"2020-01-01T00:00:00.Z"'], ["", '"2020-01-01T00:00:00.123456789Z"'], ["", '"+12020-01-01T00:00:00Z"'], ["", '"-0001-01-01T00:00:00Z"'], ['@timestampFormat("epoch-seconds")', "1.5"]) },
  { id: "DefaultTrait", name: "a date-time with an offset", expect: "trigger", text: timestamps(["", '"2020-01-01T00:00:00+01:00"']) },
  { id: "DefaultTrait", name: "a date-time ending in a lower-case z", expect: "trigger", text: timestamps(["", '"2020-01-01T00:00:00z"']) },
  { id: "DefaultTrait", name: "a date-time with a lower-case t (ISO_INSTANT reads it case-insensitively)", expect: "accept", text: timestamps(["", '"2020-01-01t00:00:00Z"']) },
  { id: "DefaultTrait", name: "a date-time on 29 February of a common year", expect: "trigger", text: timestamps(["", '"2021-02-29T00:00:00Z"']) },
  { id: "DefaultTrait", name: "a date-time with second 60 before 23:59", expect: "trigger", text: timestamps(["", '"2016-12-31T12:30:60Z"']) },
  { id: "DefaultTrait", name: "a date-time with ten fraction digits", expect: "trigger", text: timestamps(["", '"2020-01-01T00:00:00.1234567890Z"']) },
  { id: "DefaultTrait", name: "a date-time of a five-digit year without a sign", expect: "trigger", text: timestamps(["", '"12020-01-01T00:00:00Z"']) },
  { id: "DefaultTrait", name: "a number where the format is date-time", expect: "trigger", text: timestamps(['@timestampFormat("date-time")', "1.5"]) },
  { id: "DefaultTrait", name: "a string where the format is epoch-seconds", expect: "trigger", text: timestamps(['@timestampFormat("epoch-seconds")', '"100"']) },
  { id: "DefaultTrait", name: "http-dates Java's lenient RFC_1123_DATE_TIME reads: no weekday, no seconds, wide or signed numbers, names in any case", expect: "accept", text: timestamps(['@timestampFormat("http-date")', '"29 Apr 2014 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 18:30 GMT"'], ['@timestampFormat("http-date")', '"Tue, 029 Apr 02014 018:030:038 GMT"'], ['@timestampFormat("http-date")', '"TUE, +29 APR 2014 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"2, 29 4 2014 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"\u017fat, 1 \u017fep 2018 0:0:0 GMT"']) },
  { id: "DefaultTrait", name: "http-dates resolved SMART-ly: 31 April is 30 April, 24:00 the next midnight (the weekday still the given date's)", expect: "accept", text: timestamps(['@timestampFormat("http-date")', '"Wed, 31 Apr 2014 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 24:00:00 GMT"'], ['@timestampFormat("http-date")', '"Sat, 30 Feb 2015 0:00 GMT"']) },
  { id: "DefaultTrait", name: "an http-date on 31 April named as 1 May's weekday", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Thu, 31 Apr 2014 18:30:38 GMT"']) },
  { id: "DefaultTrait", name: "an http-date with a ten-digit year", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr 0000002014 18:30:38 GMT"']) },
  { id: "DefaultTrait", name: "an http-date with a signed year", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr +2014 18:30:38 GMT"']) },
  { id: "DefaultTrait", name: "an http-date ending in gmt", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 18:30:38 gmt"']) },
  { id: "DefaultTrait", name: "an http-date at 24:01", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 24:01 GMT"']) },
  { id: "DefaultTrait", name: "http-dates Smithy reads: one-digit day or hour, two-digit year", expect: "accept", text: timestamps(['@timestampFormat("http-date")', '"Tue, 1 Apr 2014 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"Tue, 29 Apr 14 18:30:38 GMT"'], ['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 8:30:38 GMT"']) },
  { id: "DefaultTrait", name: "an http-date naming the wrong weekday", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Mon, 29 Apr 2014 18:30:38 GMT"']) },
  { id: "DefaultTrait", name: "an http-date in UTC rather than GMT", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 18:30:38 UTC"']) },
  { id: "DefaultTrait", name: "an http-date at second 60", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"Tue, 29 Apr 2014 18:30:60 GMT"']) },
  { id: "DefaultTrait", name: "a date-time where the format is http-date", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', '"2020-01-01T00:00:00Z"']) },
  { id: "DefaultTrait", name: "a number where the format is http-date", expect: "trigger", text: timestamps(['@timestampFormat("http-date")', "100"]) },
  // ---- non-finite floats against @range
  { id: "TraitValue", name: "a float NaN where @range applies", expect: "trigger", text: traitValue("@range(min: 1)\nfloat t", '"NaN"') },
  { id: "TraitValue", name: "a double Infinity above @range's max", expect: "trigger", text: traitValue("@range(min: 1, max: 10)\ndouble t", '"Infinity"') },
  { id: "TraitValue", name: "a double Infinity where @range has no max", expect: "accept", text: traitValue("@range(min: 1)\ndouble t", '"Infinity"') },
  { id: "DefaultTrait", name: "a -Infinity default below the member's @range", expect: "trigger", text: `${H}structure S {\n    @range(min: 0)\n    x: Double = "-Infinity"\n}\n` },
  { id: "TraitValue", name: "a string with Smithy 1.0's @enum given one of its values", expect: "accept", text: traitValue('@enum([{value: "A"}, {value: "B"}])\nstring t', '"B"') },
  { id: "TraitValue", name: "a string with Smithy 1.0's @enum given another value", expect: "trigger", text: traitValue('@enum([{value: "A"}, {value: "B"}])\nstring t', '"C"') },
  {
    id: "Union",
    name: "NOTEs for union members (own and mixed in) targeting shapes with a default",
    expect: "accept",
    compareIds: ["Union"],
    text: "$version: \"2\"\nnamespace ex\n\n@default(0)\ninteger Zero\n\nunion U {\n    a: Zero\n    b: PrimitiveInteger\n    c: Integer\n    d: Unit\n}\n\n@mixin\nunion UM {\n    m: PrimitiveBoolean\n}\n\nunion U2 with [UM] {\n    x: String\n}\n",
  },
  {
    id: "Union",
    name: "IDL 1.0: a WARNING at a union member's @box, NOTEs for unboxed targets",
    expect: "accept",
    compareIds: ["Union"],
    text: "$version: \"1.0\"\nnamespace ex\n\nunion U {\n    @box\n    a: Integer\n    b: PrimitiveLong\n    c: MyInt\n}\ninteger MyInt\n",
  },
  {
    id: "ExamplesTrait",
    name: "allowConstraintErrors: string/blob/map lengths, patterns, ranges, required members are WARNINGs; enum values, list lengths, unique items stay ERRORs",
    expect: "trigger",
    compareIds: ["ExamplesTrait"],
    text: "$version: \"2\"\nnamespace ex\n\n@examples([\n    {\n        title: \"t\"\n        input: { s: \"toolong\", n: 50, p: \"abc\", l: [\"a\", \"b\", \"c\"], e: \"nope\", ie: 7 }\n        error: { shapeId: Err, content: { m: \"toolong\" } }\n        allowConstraintErrors: true\n    }\n])\noperation A {\n    input := {\n        @required\n        r: String\n        @length(max: 3)\n        s: String\n        @range(max: 10)\n        n: Integer\n        @pattern(\"^[0-9]+$\")\n        p: String\n        @length(max: 2)\n        l: L\n        e: E\n        ie: IE\n    }\n    errors: [Err]\n}\nlist L { member: String }\nenum E {\n    A\n}\nintEnum IE {\n    X = 1\n}\n@error(\"client\")\nstructure Err {\n    @length(max: 2)\n    m: String\n}\n",
  },
  {
    id: "ExamplesTrait",
    name: "range sub-ids by where the @range is, unknown members at the object, with and without allowConstraintErrors",
    expect: "trigger",
    compareIds: ["ExamplesTrait"],
    text: "$version: \"2\"\nnamespace ex\n\n@examples([\n    {\n        title: \"t\"\n        input: { b: \"aGVsbG8=\", m: { a: \"x\", b: \"y\" }, l: [\"a\", \"a\"], rt: 50, f: 2.5, zz: 1, ls: [\"a\", \"b\", \"c\"] }\n        error: { shapeId: Err, content: {} }\n        allowConstraintErrors: true\n    }\n    {\n        title: \"u\"\n        input: { b: \"aGVsbG8=\", m: { a: \"x\", b: \"y\" }, l: [\"a\", \"a\"], rt: 50, f: 2.5, zz: 1, ls: [\"a\", \"b\", \"c\"] }\n    }\n])\noperation A {\n    input := {\n        @length(max: 2)\n        b: Blob\n        @length(max: 1)\n        m: M\n        l: L\n        rt: RT\n        @range(max: 1)\n        f: Float\n        ls: LS\n    }\n    errors: [Err]\n}\n@length(max: 2)\nlist LS { member: String }\n@uniqueItems\nlist L { member: String }\nmap M { key: String, value: String }\n@range(max: 10)\ninteger RT\n@error(\"client\")\nstructure Err {}\n",
  },
  {
    id: "TraitValue",
    name: "a custom trait's value: range sub-ids, an unknown member at the trait, list length, unique items",
    expect: "trigger",
    compareIds: ["TraitValue"],
    text: "$version: \"2\"\nnamespace ex\n\n@trait\nstructure myTrait {\n    @range(max: 1)\n    n: Integer\n    r: RT\n    @length(max: 1)\n    l: LS\n    u: UL\n}\n@range(max: 10)\ninteger RT\nlist LS { member: String }\n@uniqueItems\nlist UL { member: String }\n\n@myTrait(n: 5, r: 50, zz: 1, l: [\"a\", \"b\"], u: [\"a\", \"a\"])\nstring S\n\n@myTrait(n: 0, r: 0, zz: 1)\nstring S2\n",
  },
  {
    id: "TraitValue",
    name: "a custom trait's whole value of the wrong type is located at the trait",
    expect: "trigger",
    text: `${H}@trait\ninteger myInt\n@myInt("x")\nstring Bad\n@trait\nstructure myStruct {}\n@myStruct([1])\nstring Bad2\n`,
  },
  {
    id: "Model",
    name: "a prelude trait's whole value Smithy cannot build is located at the trait",
    expect: "trigger",
    text: `${H}@error("sideways")\nstructure E {}\n`,
  },
  {
    id: "TypedMetadata",
    name: "metadata values: range sub-ids and unknown members (WARNING) as Smithy names them; a prelude trait's unknown member is TraitValue's",
    expect: "trigger",
    compareIds: ["TypedMetadata", "TraitValue"],
    text: "$version: \"2\"\nmetadata m = { a: 1, zz: 2 }\nmetadata n = 5\nnamespace ex\n\n@metadata(key: \"m\")\nstructure M {\n    @range(max: 0)\n    a: Integer\n}\n@metadata(key: \"n\")\n@range(max: 1)\ninteger N\n\n@length(min: 1, most: 3)\nstring A\n",
  },
  {
    id: "Model",
    name: "a documentation comment right before an enum's closing brace is a syntax error (elsewhere a WARNING)",
    expect: "trigger",
    compareIds: ["Model.BadDocumentationComment"],
    text: "$version: \"2\"\nnamespace ex\nintEnum E {\n    A = 1\n    /// doc\n}\nunion U {\n    a: String\n    /// doc\n}\n",
  },
  {
    id: "Model.BadDocumentationComment",
    name: "documentation comments attached to nothing: before a structure's closing brace, at the end of the file (with or without a final line break)",
    expect: "accept",
    compareIds: ["Model.BadDocumentationComment"],
    text: "$version: \"2\"\nnamespace ex\nstructure S {\n    a: String\n    /// doc\n}\n",
    extra: "$version: \"2\"\nnamespace ex.two\nstring A\n/// doc at end",
  },
  {
    id: "Model.BadDocumentationComment",
    name: "a documentation comment at the end of a file, blank lines after it; a trailing one after a statement",
    expect: "accept",
    compareIds: ["Model.BadDocumentationComment"],
    text: "$version: \"2\"\nnamespace ex\nstring A\n/// doc at end\n\n\n",
    extra: '$version: "2"\nnamespace ex.three\nstring B /// trailing\n',
  },
];
