// Event cases of Smithy's DefaultTraitValidator and EnumShapeValidator
// (validate/defaults-enums.ts, validate/constraints.ts, validate/traits.ts):
// for each rule a trigger Smithy emits as ERROR, and a near miss it accepts.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\n';

export const DEFAULT_ENUM_CASES: EventCase[] = [
  // ---- DefaultTraitValidator
  {
    id: "DefaultTrait",
    name: "@default(null) on shapes that are not members",
    expect: "trigger",
    text: `${H}@default(null)\nstring S\n@default(null)\nlist L {\n    member: String\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "non-empty defaults of a map, a list and a document (shapes and members)",
    expect: "trigger",
    text: `${H}@default({a: "b"})\nmap M {\n    key: String\n    value: String\n}\n@default(["a"])\nlist L {\n    member: String\n}\n@default([1])\ndocument D1\n@default({a: 1})\ndocument D2\nstructure S {\n    m: StrMap = {a: "b"}\n    l: StrList = ["x"]\n    d: Document = {a: 1}\n    e: Document = [true]\n}\nmap StrMap {\n    key: String\n    value: String\n}\nlist StrList {\n    member: String\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: empty map/list/document defaults, scalar document defaults, member defaults of null",
    expect: "accept",
    text: `${H}@default({})\nmap M {\n    key: String\n    value: String\n}\n@default([])\nlist L {\n    member: String\n}\n@default("x")\ndocument D1\n@default({})\ndocument D2\nstructure S {\n    m: M = {}\n    l: L = []\n    d: Document = "text"\n    e: Document = 12\n    f: D1 = null\n    g: Document = true\n    h: Document = []\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "default values of the wrong type for the target (string, number, blob, timestamp, enum, boolean)",
    expect: "trigger",
    text: `${H}structure S {\n    a: String = 1\n    b: Integer = "x"\n    c: Blob = 1\n    d: Timestamp = true\n    e: E = "C"\n    f: Boolean = "true"\n    g: Byte = 300\n    h: IE = 3\n}\n@default(1)\nstring Str\n@default("no")\ntimestamp Ts\nenum E {\n    A\n    B\n}\nintEnum IE {\n    A = 1\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: defaults that fit their targets (blob, timestamp as number and date-time, enum value)",
    expect: "accept",
    text: `${H}structure S {\n    a: String = ""\n    b: Integer = 0\n    c: Blob = "AAA="\n    d: Timestamp = 0\n    d2: Timestamp = "1985-04-12T23:20:50.52Z"\n    e: E = "a"\n    f: Boolean = false\n    h: IE = 1\n}\nenum E {\n    A = "a"\n}\nintEnum IE {\n    A = 1\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "members that drop or change their target's default; a default violating @length/@pattern",
    expect: "trigger",
    text: `${H}@default("x")\nstring Str\n@default(1)\ninteger Int\nstructure S {\n    @default("y")\n    a: Str\n    b: Int = 2\n    @length(min: 2)\n    c: String = "a"\n    @pattern("^[0-9]+$")\n    d: String = "a"\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: members repeat their target's default or set null; unions and lists of such targets need none",
    expect: "accept",
    text: `${H}@default("x")\nstring Str\nstructure S {\n    a: Str = "x"\n    @default(null)\n    b: Str\n    @required\n    c: Str = "x"\n}\nunion U {\n    a: Str\n}\nlist L {\n    member: Str\n}\n`,
  },
  // ---- EnumShapeValidator
  {
    id: "EnumShape",
    name: "enum values that are not strings, empty or duplicated (also through a mixin)",
    expect: "trigger",
    text: `${H}enum E {\n    A = "a"\n    @enumValue(1)\n    B\n    C = "a"\n    @enumValue("")\n    D\n}\n@mixin\nenum M {\n    X = "x"\n}\nenum F with [M] {\n    Y = "x"\n}\n`,
  },
  {
    id: "EnumShape",
    name: "intEnum values missing, strings, floats, beyond int32 and duplicated",
    expect: "trigger",
    text: `${H}intEnum I {\n    A = 1\n    @enumValue("two")\n    B\n    C = 1.5\n    D = 2147483648\n    E = -2147483649\n    F = 1\n    G = 2147483647\n    H = -2147483648\n}\n`,
  },
  {
    id: "EnumShape",
    name: "near miss: distinct values, values inherited from a mixin, lower-case member names (a WARNING)",
    expect: "accept",
    compareIds: ["EnumShape"],
    text: `${H}enum E {\n    A = "a"\n    B = "b"\n    c\n}\n@mixin\nintEnum M {\n    X = 1\n}\nintEnum I with [M] {\n    Y = 2\n    z = 3\n}\n`,
  },
  {
    id: "EnumShape",
    name: "an intEnum member without a value",
    expect: "trigger",
    text: `${H}intEnum I {\n    A = 1\n    B\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: integer defaults at the bounds of byte, short, integer and long; a timestamp string with @timestampFormat",
    expect: "accept",
    text: `${H}structure S {\n    a: Byte = -128\n    b: Short = 32767\n    c: Integer = -2147483648\n    d: Long = 9223372036854775807\n    e: Long = -9223372036854775808\n    @timestampFormat("http-date")\n    f: Timestamp = "Tue, 29 Apr 2014 18:30:38 GMT"\n    g: Timestamp = "1985-04-12T23:20:50Z"\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "integer defaults just beyond short and integer (a long beyond 2^63 Smithy accepts); timestamp strings that are not date-times",
    expect: "trigger",
    text: `${H}structure S {\n    a: Short = 32768\n    b: Integer = 2147483648\n    c: Long = 9223372036854775808\n    d: Timestamp = "1985-04-12"\n    e: Timestamp = ""\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: a zero default outside @range is only a WARNING (as 1.0 models upgrade)",
    expect: "accept",
    compareIds: ["DefaultTrait"],
    text: `${H}structure S {\n    @range(min: 1)\n    a: Integer = 0\n    b: Bounded = 0\n}\n@range(min: 5, max: 10)\ninteger Bounded\n`,
  },
  {
    id: "DefaultTrait",
    name: "a non-zero default outside @range is an ERROR",
    expect: "trigger",
    text: `${H}structure S {\n    @range(min: 1)\n    a: Integer = -1\n    b: Bounded = 11\n}\n@range(min: 5, max: 10)\ninteger Bounded\n`,
  },
  {
    id: "DefaultTrait",
    name: "a member without a default targeting a shape that has one; bad defaults inherited through a mixin",
    expect: "trigger",
    text: `${H}@default("x")\nstring Str\nstructure S {\n    a: Str\n}\n@mixin\nstructure M {\n    @length(max: 1)\n    b: String = "long"\n    c: StrMap = {a: "b"}\n}\nstructure T with [M] {}\nmap StrMap {\n    key: String\n    value: String\n}\n`,
  },
  {
    id: "DefaultTrait",
    name: "a mixed-in member without the default of its target, in a structure mixing in a mixin that mixes in another",
    expect: "trigger",
    text: `${H}@default("x")\nstring Str\n@mixin\nstructure M {\n    a: Str\n    @length(max: 1)\n    b: String = "long"\n}\n@mixin\nstructure N with [M] {}\nstructure T with [N] {}\n`,
  },
  {
    id: "DefaultTrait",
    name: "near miss: a mixed-in member whose copy fixes the default by apply",
    expect: "accept",
    text: `${H}@default("x")\nstring Str\n@mixin\nstructure M {\n    a: Str = "x"\n}\nstructure T with [M] {}\napply T$a @default(null)\n`,
  },
  {
    id: "EnumShape",
    name: "bad values and lower-case names in mixins, reported again for every shape mixing them in",
    expect: "trigger",
    compareIds: ["EnumShape"],
    text: `${H}@mixin\nintEnum M {\n    low = 1\n    F = 1.5\n}\nintEnum I with [M] {\n    X = 2\n}\n@mixin\nenum N {\n    lower\n    @enumValue("")\n    E\n}\nenum J with [N] {\n    Y\n}\n`,
  },
];
