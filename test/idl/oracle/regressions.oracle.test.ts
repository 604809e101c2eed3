// Named regression tests: every disagreement the differential test
// (generated.oracle.test.ts) found, minimized, each checked against the real
// Smithy in one batch (so the expectation is Smithy's, not ours).
import { describeAgainstSmithy, type SingleFileCases } from "./single-file-cases.js";

const V2 = '$version: "2"\nnamespace ex\n';

/** name → [IDL text, does Smithy accept it?] */
const CASES: SingleFileCases = {
  "an empty metadata object is left out of the AST": [`${V2}string A\n`, true],
  // The validators saw a mixed-in member with its mixin's traits only.
  "a mixed-in member made @required by apply closes a recursion": [
    `${V2}@mixin\nstructure Linked { next: Node }\nstructure Node with [Linked] {}\napply Node$next @required\n`,
    false,
  ],
  "a mixed-in member made @required by redeclaring it closes a recursion": [
    `${V2}@mixin\nstructure Linked { next: Node }\nstructure Node with [Linked] {\n  @required\n  next: Node\n}\n`,
    false,
  ],
  "a mixed-in member given @documentation by apply is fine": [
    `${V2}@mixin\nstructure Linked { next: Node }\nstructure Node with [Linked] {}\napply Node$next @documentation("next")\n`,
    true,
  ],
  "\\b and \\f in strings print as \\u0008 and \\u000c": [`${V2}@documentation("a\\bb\\fc\\\\b")\nstring A\n`, true],
  "U+2028 prints escaped, other non-ASCII literally": [`${V2}@documentation("x\\u2028y é 🎉")\nstring A\n`, true],
  "a float literal with an integral value prints as a Java double (1000.0)": [`${V2}@range(min: 1e3, max: 1.0E7)\ndouble A\n`, true],
  "decimal literals keep Smithy's text (0.0025, 1.0E-7, 1.0)": ['$version: "2"\nmetadata m = [2.5e-3, 1e-7, 1.0, -0.0, 0.1, 12345678.9]\n', true],
  "big integers and big decimals keep every digit": [
    `${V2}structure S {\n    a: BigInteger = 123456789012345678901234567890\n    b: BigDecimal = 3.14159265358979323846264338327950288\n}\n`,
    true,
  ],
  "an out-of-range double literal is a BigDecimal (1E+400)": ['$version: "2"\nmetadata m = 1e400\n', true],
  "a service with an empty version leaves version out": [`${V2}service S { version: "" }\n`, true],
  "IDL 1.0 without $version: unboxed numbers get zero defaults, @box becomes default null": [
    "namespace ex\nstructure S {\n  a: PrimitiveInteger\n  @box\n  b: Integer\n  c: MyInt\n  d: MyBoxed\n  @required\n  e: PrimitiveBoolean\n}\ninteger MyInt\n@box\ninteger MyBoxed\n",
    true,
  ],
  'IDL 1.0 with $version: "1.0": a set is a list with @uniqueItems': ['$version: "1.0"\nnamespace ex\nset Tags { member: String }\n', true],
  'IDL 1.0 with $version: "1"': ['$version: "1"\nnamespace ex\nstring A\n', true],
  "IDL 1.0 has no enum shapes": ["namespace ex\nenum E { A }\n", false],
  "IDL 1.0 has no mixins": ["namespace ex\n@mixin\nstructure M {}\nstructure S with [M] {}\n", false],
  "IDL 1.0 has no inline input": ["namespace ex\noperation O { input := {} }\n", false],
  "shapes and traits in code-unit order, service operations in ShapeId order (case-insensitive first)": [
    `${V2}@trait\nstructure zz {}\n@trait\nstructure Zb {}\n@trait\nstructure _x {}\n@zz @Zb @_x\nservice S { operations: [_Op, ListQueues, ListQueueTags, aOp, Bop] }\noperation _Op {}\noperation ListQueues {}\noperation ListQueueTags {}\noperation aOp {}\noperation Bop {}\n`,
    true,
  ],
  "a default value assignment ends at a line break": [`${V2}structure S { a: String = "x" }\n`, false],
  "two shapes on one line": [`${V2}string A string B\n`, false],
  "a control statement needs a line break after it": ['$version: "2" $operationInputSuffix: "In"\nnamespace ex\n', false],
  "a duplicate control statement": ['$version: "2"\n$operationInputSuffix: "In"\n$operationInputSuffix: "In"\nnamespace ex\n', false],
  "the shape name stays on the line of the shape type": [`${V2}structure\n  S {}\n`, false],
  "`with` on the next line is not a mixin clause": [`${V2}structure S\nwith [M] {}\n@mixin\nstructure M {}\n`, false],
  "a member's ':' stays on the member's line": [`${V2}structure S {\n  a\n  : String\n}\n`, false],
  "a space between a trait name and its value": [`${V2}@deprecated (since: "1")\nstring A\n`, false],
  "a trait and its shape on one line": [`${V2}@unstable string A\n`, true],
  "identical repeated traits merge, repeated list traits concatenate": [`${V2}@unstable @unstable\n@tags(["a"]) @tags(["b"])\nstring A\n`, true],
  "an enum default may name a value inherited from a mixin": [`${V2}@mixin\nenum M { A }\nenum E with [M] { B }\nstructure S {\n    e: E = "A"\n}\n`, true],
  "intEnum values inherited from a mixin": [`${V2}@mixin\nintEnum M {\n    A = 1\n}\nintEnum E with [M] {\n    B = 2\n}\nstructure S {\n    e: E = 1\n}\n`, true],
  "a duplicate intEnum value across a mixin": [`${V2}@mixin\nintEnum M {\n    A = 1\n}\nintEnum E with [M] {\n    B = 1\n}\n`, false],
  "intEnum values must fit in an int32": [`${V2}intEnum E {\n    A = 2147483648\n}\n`, false],
  "a resource's unknown property is only a WARNING (seed 1223823403, model 1784)": [`${V2}resource R {\n    identifies: { a: String }\n}\n`, true],
  "an @externalDocumentation URL java.net.URL accepts (seed 1223823403, model 1988)": [`${V2}@externalDocumentation("Home Page": "https://example.co[m")\nstring A\n`, true],
  "a documentation comment right before an enum's closing brace (seed 1222723701, model 173)": [`${V2}@mixin\nenum E {\n    A\n    /// Trailing /// inside     B = "b"\n}\n`, false],
  // Found when the generator's names came to include Object.prototype's: an
  // apply to an inherited `$__proto__` wrote its traits onto Object.prototype.
  "members named __proto__/constructor, inherited from a mixin and applied to": [
    `${V2}@mixin\nstructure M {\n    __proto__: String\n    constructor: Integer\n}\nstructure S with [M] {\n    toString: String\n}\napply S$__proto__ @documentation("d")\napply S$constructor @deprecated\n`,
    true,
  ],
  "an apply to a member named constructor that does not exist": [`${V2}structure S { a: String }\napply S$constructor @deprecated\n`, false],
  "trait values with keys named __proto__/constructor": [
    `$version: "2"\nmetadata m = {__proto__: {constructor: 1}}\nnamespace ex\n@trait\nstructure conf { __proto__: String, constructor: Integer }\n@conf(__proto__: "p", constructor: 1)\n@externalDocumentation(__proto__: "https://example.com", constructor: "https://example.com")\nstring A\n`,
    true,
  ],
  "an unknown trait-value key named constructor is a warning, not a member": [`${V2}@trait\nstructure conf { name: String }\n@conf(constructor: 1)\nstring A\n`, true],
  "a structure lacking a member named constructor that is @required": [`${V2}@trait\nstructure conf { @required constructor: String }\n@conf(toString: "x")\nstring A\n`, false],
  "an unknown member in a structure trait value is a warning": [`${V2}@trait\nstructure conf { name: String }\n@conf(nope: 1)\nstring A\n`, true],
  "an unresolved syntactic shape ID in a trait value is DANGER": [`${V2}@trait\ndocument meta\n@meta([NotDefinedShape, String])\nstring A\n`, true],
  "SingleOperationBinding: an operation bound by the service and a resource": [
    `${V2}service S { operations: [O], resources: [R] }\nresource R { operations: [O] }\noperation O {}\n`,
    false,
  ],
  "DefaultTrait: a member targeting PrimitiveInteger without its default": [`${V2}structure S { a: PrimitiveInteger }\n`, false],
  "DefaultTrait: a member repeating its target's default": [`${V2}structure S {\n    a: PrimitiveInteger = 0\n    b: PrimitiveBoolean = null\n}\n`, true],
  "TraitTarget: @uniqueItems on a list reaching a double": [`${V2}@uniqueItems\nlist L { member: S }\nstructure S { d: Double }\n`, false],
  "inline input: `with` may start the next line after := (WS there, not SP)": [
    `${V2}@mixin\nstructure M { a: String }\noperation O {\n    input :=\n    with [M] {}\n    output := @documentation("x")\n    with [M] {}\n}\n`,
    true,
  ],
  "metadata key, '=' and value stay on one line": ['$version: "2"\nmetadata a =\n  1\nnamespace ex\n', false],
  "`namespace` and its name stay on one line": ['$version: "2"\nnamespace\nex\n', false],
  "a control statement's ':' stays on its line": ['$version\n: "2"\nnamespace ex\n', false],
  "a default's value stays on the line of '='": [`${V2}structure S {\n    a: String =\n      "x"\n}\n`, false],
  "an elided member inherited through a mixin that elides it too": [
    `${V2}@mixin\nstructure A { item: Integer }\n@mixin\nstructure B with [A] {\n    @required\n    $item\n}\nstructure C with [B] {\n    @since("1")\n    $item\n}\n`,
    true,
  ],
  "a redeclared enum member prints only its introduced traits": [
    `${V2}@mixin\nenum M { A }\nenum E with [M] {\n    @deprecated\n    A\n    B\n}\n`,
    true,
  ],
  "JsonName: two members with the same JSON name": [`${V2}structure S {\n    @jsonName("b")\n    a: String\n    b: String\n}\n`, false],
  "@externalDocumentation values must be URLs": [`${V2}@externalDocumentation("Home": "ht/tps://example.com")\nstring A\n`, false],
  "a lone surrogate in a string prints as ?": [`${V2}@documentation("emoji \ud83c)")\nstring A\n`, true],
  "an enum needs at least one member": [`${V2}enum E {}\n`, false],
  "an enum with only mixin members": [`${V2}@mixin\nenum M { A }\nenum E with [M] {}\n`, true],
  "a control statement key is an identifier, not a namespace": ['$version.: "2"\nnamespace ex\n', false],
  "a redeclared mixin member prints its written traits even when equal to the mixin's": [
    `${V2}@mixin\nstructure M {\n    @required\n    a: String\n}\nstructure S with [M] {\n    @required\n    $a\n}\n`,
    true,
  ],
  "an identical duplicate shape definition is ignored": [`${V2}@documentation("x")\nstring A\n@documentation("x")\nstring A\n`, true],
  "a duplicate definition differing only in its traits is the same shape, traits merged": [`${V2}@range(max: 10)\ninteger A\n@since("1")\ninteger A\n`, true],
  "a different duplicate shape definition is refused": [`${V2}string A\ninteger A\n`, false],
  "a member reached through two mixins (a diamond) prints as an apply entry": [
    `${V2}@mixin\nenum A {\n    @deprecated\n    X\n}\n@mixin\nenum B with [A] { Y }\nenum C with [B, A] { Z }\n`,
    true,
  ],
  "apply needs whitespace between its target and the trait": [`${V2}string A\napply A@since("1")\n`, false],
  "a text block starts with a line break": [`${V2}@documentation("""text""")\nstring A\n`, false],
  "a text block's line break comes right after the quotes (no spaces)": [`${V2}@documentation("""  \n    x\n    """)\nstring A\n`, false],
  "$member elision from a resource's properties": [
    `${V2}resource R {\n    identifiers: { id: String }\n    properties: { name: Integer }\n    read: GetR\n}\n@readonly\noperation GetR {\n    input := for R { @required $id }\n    output := for R {\n        @required\n        $id\n        $name\n    }\n}\n`,
    true,
  ],
  // Mixin diamonds: seed 20261205 models 302, 1902, 2403; seed 1 model 1530.
  "a diamond member prints every trait it has in the LAST mixin that has it, applied ones included": [
    `${V2}@mixin\nstructure A {\n    @deprecated\n    a: String\n    b: Integer\n}\n@mixin\nstructure B with [A] {}\n@mixin\nstructure C with [A] {\n    @internal\n    $a\n}\napply A$b @range(min: 1)\napply B$b @since("2")\nstructure S with [B, C] {}\nstructure T with [C, B] {}\noperation O {\n    output := with [B, C] {}\n}\n`,
    true,
  ],
  "a diamond member the shape redeclares or applies to prints only those traits": [
    `${V2}@mixin\nstructure A {\n    @deprecated\n    a: String\n    @deprecated\n    b: String\n}\n@mixin\nstructure B with [A] {}\nstructure S with [B, A] {\n    $a\n    @since("1")\n    $b\n}\nstructure T with [A, B] {}\napply T$a @internal\n@mixin\nenum E1 {\n    @deprecated\n    X\n    Y\n}\n@mixin\nenum E2 with [E1] { Z }\nenum E3 with [E2, E1] { W }\napply E3$Y @internal\n`,
    true,
  ],
  "a big number copied into a diamond member's entry keeps every digit": [
    `${V2}@mixin\nstructure A {\n    @range(max: 1000000000000000000000000000001)\n    a: Byte\n    @range(max: 1.5)\n    c: Float\n}\n@mixin\nstructure B with [A] {}\nstructure U with [A, B] {}\n`,
    true,
  ],
  "apply and its target may be on different lines (seed 1, model 106)": [`${V2}string A\napply\nA @deprecated\napply\n  A {\n@since("1")\n}\n`, true],
  "a /// on a statement's last line documents nothing; the lines below it still document (seed 1, model 1314)": [
    `$version: "2"\nnamespace ex /// n\nuse smithy.api#String /// u\nstring A /// a\nstructure S { a: String } /// s\n/// Kept.\n@deprecated\nstring B\napply A @since("1") /// x\nstring C\n`,
    true,
  ],
  "text blocks: only spaces indent, the closing line counts, a line of spaces may keep one (seed 1, model 297)": [
    `${V2}@documentation("""\n    a\n\t\n    b\n    """)\nstring A\n@documentation("""\n  a\n     \n  b\t\n""")\nstring B\n@documentation("""\na\n   \nb""")\nstring C\n`,
    true,
  ],
  "a mixin's enum member redeclared with another value keeps the new one (seed 1, model 2014)": [
    `${V2}@mixin\nintEnum M {\n    A = 1\n    B = 2\n}\nintEnum E with [M] {\n    C = 1\n    A = 3\n}\n@mixin\nenum N {\n    X = "x"\n}\nenum F with [N] {\n    X = "y"\n    Y = "x"\n}\n`,
    true,
  ],
  "a mixin's intEnum member keeping its value still collides": [`${V2}@mixin\nintEnum M {\n    A = 1\n}\nintEnum E with [M] {\n    C = 1\n    A = 1\n}\n`, false],
};

describeAgainstSmithy("regressions found by the differential test", CASES);
