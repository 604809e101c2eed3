// Event cases of Smithy's validators about shapes, traits, resources and
// metadata (validate/model-rules.ts and the modules it runs): for each rule
// a trigger Smithy emits as ERROR/DANGER, and a near miss it accepts.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\n';

export const SHAPE_CASES: EventCase[] = [
  // ---- mixins that mix each other in (the assembler's strongly connected components)
  { id: "Model", name: "two mixins that mix each other in: an ERROR on each, naming the other", expect: "trigger", text: `${H}@mixin\nstructure A with [B] { a: String }\n@mixin\nstructure B with [A] { b: String }\n` },
  { id: "Model", name: "a mixin that mixes in only itself is dropped without a word", expect: "accept", text: `${H}@mixin\nstructure C with [C] { c: String }\n@mixin\nstructure E with [F] {}\n@mixin\nstructure F {}\n` },
  // ---- TargetValidator: a map's key targets a string
  {
    id: "Target",
    name: "map keys targeting an integer and a blob",
    expect: "trigger",
    text: `${H}map Counts {\n    key: Integer\n    value: String\n}\nmap Blobs {\n    key: Blob\n    value: String\n}\n`,
  },
  {
    id: "Target",
    name: "near miss: map keys targeting an enum and a string shape",
    expect: "accept",
    text: `${H}map ByKind {\n    key: Kind\n    value: String\n}\nenum Kind {\n    A\n}\nstring Name\nmap ByName {\n    key: Name\n    value: String\n}\n`,
  },
  // ---- OperationValidator
  {
    id: "OperationInputOutputMisuse",
    name: "an @input structure used by two operations, as an output, and as a member's target",
    expect: "trigger",
    compareIds: ["OperationInputOutputName", "OperationNameAmbiguity"],
    text: `${H}operation A {\n    input: AIn\n    output: AIn\n}\noperation B {\n    input: AIn\n}\n@input\nstructure AIn {}\nstructure S {\n    m: AIn\n}\n`,
  },
  {
    id: "OperationInputOutputMisuse",
    name: "an @output structure targeted by a member inherited through a mixin",
    expect: "trigger",
    text: `${H}operation A {\n    output: AOut\n}\n@output\nstructure AOut {}\n@mixin\nstructure M {\n    m: AOut\n}\nstructure S with [M] {}\n`,
  },
  {
    id: "OperationInputOutputMisuse",
    name: "near miss: each operation has its own @input/@output (names and ambiguity WARNINGs compared too)",
    expect: "accept",
    compareIds: ["OperationInputOutputName", "OperationNameAmbiguity"],
    text: `${H}operation A {\n    input: AIn\n    output: Other\n}\n@input\nstructure AIn {}\n@output\nstructure Other {}\nstructure AOutput {}\nstructure ARequest {}\n`,
  },
  // ---- ShapeIdConflictValidator
  {
    id: "ShapeIdConflict",
    name: "shapes and members whose ids differ only in case",
    expect: "trigger",
    text: `${H}structure Foo { a: String }\nstructure foo { a: String }\nstructure S {\n    a: String\n    A: String\n}\n`,
  },
  {
    id: "ShapeIdConflict",
    name: "near miss: the same member name in shapes of different names",
    expect: "accept",
    text: `${H}structure Foo { a: String }\nstructure Foo2 { a: String }\nstructure S {\n    a: String\n    a2: String\n}\n`,
  },
  // ---- TraitConflictValidator
  {
    id: "TraitConflict",
    name: "traits that a definition's `conflicts` lists, on a shape and a member; @input with @output",
    expect: "trigger",
    text: `${H}@trait(conflicts: [b, "ex#c"])\nstructure a {}\n@trait\nstructure b {}\n@trait\nstructure c {}\n@a @b @c\nstring X\nstructure S {\n    @a @b\n    m: String\n}\n@sensitive\n@trait(conflicts: [sensitive])\nstructure d {}\n@d @sensitive\nstring Y\n@input @output\nstructure IO {}\n`,
  },
  {
    id: "TraitConflict",
    name: "near miss: conflicting traits on different shapes",
    expect: "accept",
    text: `${H}@trait(conflicts: [b])\nstructure a {}\n@trait\nstructure b {}\n@a\nstring X\n@b\nstring Y\n`,
  },
  // ---- ReferencesTraitValidator
  {
    id: "ReferencesTrait",
    name: "references to a non-resource, with ids on a string, too few/extraneous ids, missing and non-string members",
    expect: "trigger",
    text: `${H}resource R {\n    identifiers: { id: String, b: String }\n}\nresource One {\n    identifiers: { id: String }\n}\n@references([{resource: R}])\nstructure S1 {\n    id: String\n}\n@references([{resource: R, ids: {id: "id", x: "id"}}])\nstructure S2 {\n    @required\n    id: String\n}\n@references([{resource: One, ids: {id: "x"}}])\nstring Str\n@references([{resource: R}])\nstring Str2\n@references([{resource: S2}])\nstructure S3 {}\n@references([{resource: One}])\nstructure S4 {\n    id: Integer\n}\n@references([{resource: R, ids: {id: "a"}}, {resource: One, ids: {id: "q"}}])\nstructure S5 { a: String }\n`,
  },
  {
    id: "ReferencesTrait",
    name: "near miss: implicit and explicit bindings to string members, a string referencing a one-identifier resource",
    expect: "accept",
    text: `${H}resource R {\n    identifiers: { id: String, b: String }\n}\nresource One {\n    identifiers: { id: String }\n}\n@references([{resource: R}])\nstructure S1 {\n    @required\n    id: String\n    b: String\n}\n@references([{resource: R, ids: {id: "x", b: "y"}}, {resource: One, ids: {id: "x"}}])\nstructure S2 {\n    x: String\n    y: String\n}\n@references([{resource: One}])\nstring Str\n`,
  },
  // ---- ResourceCycleValidator (a correctness check: the other validators do not run after it fails)
  {
    id: "ResourceCycle",
    name: "resources binding each other, themselves, and a resource reached twice below one start",
    expect: "trigger",
    text: `${H}resource X { resources: [Y] }\nresource Y { resources: [X] }\nresource Z { resources: [Z] }\nresource P { resources: [A, B] }\nresource A { resources: [C] }\nresource B { resources: [C] }\nresource C {}\n@input @output\nstructure NotReported {}\n`,
  },
  {
    id: "ResourceCycle",
    name: "near miss: a tree of resources",
    expect: "accept",
    text: `${H}resource P { resources: [A, B] }\nresource A { resources: [C] }\nresource B {}\nresource C {}\n`,
  },
  // ---- SingleResourceBindingValidator
  {
    id: "SingleResourceBinding",
    name: "a resource bound by the service and by another resource of its closure",
    expect: "trigger",
    text: `${H}service Svc {\n    version: "1"\n    resources: [P, C]\n}\nresource P {\n    resources: [C]\n}\nresource C {}\n`,
  },
  {
    id: "SingleResourceBinding",
    name: "near miss: bound by two services, once in each closure",
    expect: "accept",
    text: `${H}service Svc {\n    version: "1"\n    resources: [P]\n}\nservice Svc2 {\n    version: "1"\n    resources: [C]\n}\nresource P {\n    resources: [C]\n}\nresource C {}\n`,
  },
  // ---- TraitBreakingChangesValidator
  {
    id: "TraitBreakingChanges",
    name: "breakingChanges paths through members that do not exist",
    expect: "trigger",
    text: `${H}@trait(breakingChanges: [{change: "remove", path: "/foo/bar"}, {change: "add", path: "/nope"}, {change: "add", path: "/foo/member"}, {change: "add", path: ""}])\nstructure t {\n    foo: L\n}\nlist L { member: String }\n`,
  },
  {
    id: "TraitBreakingChanges",
    name: "near miss: paths through a list member and a map value",
    expect: "accept",
    text: `${H}@trait(breakingChanges: [{change: "remove", path: "/foo/member"}, {change: "update", path: "/m/value"}, {change: "add"}])\nstructure t {\n    foo: L\n    m: M\n}\nlist L { member: String }\nmap M { key: String, value: String }\n`,
  },
  // ---- ResourceOperationInputOutputValidator
  {
    id: "ResourceOperationInputOutput",
    name: "a property bound with the wrong target, a member binding no property, two members binding one, a nested properties member, an unused property",
    expect: "trigger",
    text: `${H}resource R {\n    identifiers: { id: String }\n    properties: { name: String, size: Integer, unused: String }\n    create: CreateR\n    read: GetR\n    operations: [Touch]\n}\noperation CreateR {\n    input := {\n        name: String\n        size: Long\n        extra: String\n        @property(name: "name")\n        alias: String\n    }\n    output := {\n        @required\n        id: String\n    }\n}\n@readonly\noperation GetR {\n    input := {\n        @required\n        id: String\n    }\n    output := {\n        @required\n        id: String\n        name: String\n        size: Integer\n    }\n}\noperation Touch {\n    input := {\n        @required\n        id: String\n        @notProperty\n        dryRun: Boolean\n        @nestedProperties\n        props: TouchProps\n    }\n}\nstructure TouchProps {\n    name: String\n    nope: String\n}\n`,
  },
  {
    id: "ResourceOperationInputOutput",
    name: "near miss: @property(name), @notProperty, identifiers, and a list operation (not checked) with any input",
    expect: "accept",
    text: `${H}resource R {\n    identifiers: { id: String }\n    properties: { name: String, size: Integer }\n    create: CreateR\n    read: GetR\n    list: ListR\n}\noperation CreateR {\n    input := {\n        name: String\n        size: Integer\n        @notProperty\n        token: String\n    }\n    output := {\n        @required\n        id: String\n    }\n}\n@readonly\noperation GetR {\n    input := {\n        @required\n        id: String\n    }\n    output := {\n        @required\n        id: String\n        @property(name: "name")\n        theName: String\n    }\n}\n@readonly\noperation ListR {\n    input := {\n        anything: String\n    }\n}\n`,
  },
  {
    id: "ResourceOperationInputOutput",
    name: "a member named after an identifier that another member binds with @resourceIdentifier binds nothing (the explicit binding wins, whichever comes first)",
    expect: "trigger",
    compareIds: ["ResourceOperationInputOutput", "ResourceIdentifierBinding"],
    text: `${H}service Svc {\n    version: "1"\n    resources: [R]\n}\nresource R {\n    identifiers: { id: String }\n    properties: { p: String }\n    read: ReadR\n}\n@readonly\noperation ReadR {\n    input := {\n        @required @resourceIdentifier("id") key: String\n        @required id: String\n    }\n    output := {\n        p: String\n    }\n}\n`,
  },
  // ---- TraitValidatorsValidator
  {
    id: "TraitValidators",
    name: "an invalid event id; validators of ERROR and NOTE severity run from each shape the trait is applied to",
    expect: "trigger",
    compareIds: ["u.Note"],
    text: `${H}@trait(selector: "structure")\n@traitValidators(\n    "t.NoMembers": { selector: "> member", message: "no members please" }\n    "t.Warn": { selector: "> member > string", severity: "DANGER" }\n    "bad id!": { selector: "*" }\n)\nstructure t {}\n@trait(selector: "structure")\n@traitValidators("u.NoMembers": { selector: "> member" }, "u.Str": { selector: "> member > string", severity: "DANGER", message: "m" }, "u.Note": {selector: "*", severity: "NOTE"})\nstructure u {}\n@t\nstructure A { a: String }\n@u\nstructure B { a: String, b: Integer }\n@u\nstructure C {}\n`,
  },
  {
    id: "UnsupportedProtocolDocument",
    name: "the prelude's own: documents under awsQuery and restXml (ERROR), rpcv2Cbor (DANGER)",
    expect: "trigger",
    text: `${H}use aws.protocols#restXml\nuse aws.protocols#awsQuery\nuse smithy.protocols#rpcv2Cbor\n@restXml\nservice S { version: "1", operations: [Op] }\n@awsQuery\n@xmlNamespace(uri: "http://foo")\nservice Q { version: "1", operations: [Op] }\n@rpcv2Cbor\nservice C { version: "1", operations: [Op] }\n@http(method: "POST", uri: "/")\noperation Op { input := { d: Document, s: Nested } }\nstructure Nested { doc: Document }\n`,
  },
  {
    id: "TraitValidators",
    name: "near miss: the trait's validators find nothing where it is applied",
    expect: "accept",
    text: `${H}@trait(selector: "structure")\n@traitValidators("u.NoMembers": { selector: "> member" }, "u.Str": { selector: "> member > string", severity: "DANGER" })\nstructure u {}\n@u\nstructure C {}\nstructure B { a: String }\n`,
  },
  // ---- MetadataTraitValidator, TypedMetadataValidator, ShapeClosureValidator
  {
    id: "MetadataTrait",
    name: "a metadata key typed twice, a reserved key typed; a typed value of the wrong kind; closures: id of a shape, empty namespace (DANGER), nothing included, declared twice, renames",
    expect: "trigger",
    text: `$version: "2"\nmetadata foo = {a: "x", b: 1}\nmetadata bar = "x"\nmetadata shapeClosures = [{id: "ex#A", includeNamespaces: ["nope"]}, {id: "ex#c2"}, {id: "ex#c2", includeNamespaces: ["ex"]}, {id: "ex#c3", includeBySelector: "timestamp"}, {id: "ex#c5", includeBySelector: "structure", rename: {"ex#A": "A", "ex#B": "q"}}]\nnamespace ex\n@metadata(key: "foo")\nstructure Foo { @required a: Integer }\n@metadata(key: "bar")\nstring Bar1\n@metadata(key: "bar")\nstring Bar2\n@metadata(key: "suppressions")\nlist Supp { member: String }\nstructure A {}\nstructure B {}\nstructure Q {}\n`,
  },
  {
    id: "ShapeClosure",
    name: "closures over several metadata statements: renames colliding with a shape and with each other, an empty namespace, entries of the wrong shape, an id that is not a shape id",
    expect: "trigger",
    text: `$version: "2"\nmetadata shapeClosures = [{id: "ex#c5", includeBySelector: "structure", rename: {"ex#B": "q"}}, {id: "ex#c6", includeNamespaces: ["ex", "other"]}, {id: "ex#c7", includeNamespaces: ["ex"], rename: {"ex#A": "Q"}}, {id: 5}, "x", {id: "c9", includeNamespaces: ["ex"]}]\nmetadata shapeClosures = [{id: "ex#c8", includeNamespaces: ["ex"], rename: {"ex#A": "Q2", "ex#B": "q2", "ex#Foo": "Bar"}}]\nnamespace ex\nstructure A {}\nstructure B {}\nstructure Q {}\nstructure Foo { s: Str }\n@pattern("a")\nstring Str\n`,
  },
  {
    id: "TypedMetadata",
    name: "list metadata whose items do not fit the type (the unknown member is a WARNING)",
    expect: "trigger",
    text: `$version: "2"\nmetadata foo = {a: 3, b: 1}\nmetadata baz = [1, 2]\nnamespace ex\n@metadata(key: "foo")\nstructure Foo { @required a: Integer, c: String }\n@metadata(key: "baz")\nlist Baz { member: String }\n`,
  },
  {
    id: "TypedMetadata",
    name: "near miss: typed metadata that fits, closures with valid renames and a selector",
    expect: "accept",
    text: `$version: "2"\nmetadata foo = {a: 3}\nmetadata baz = ["1", "2"]\nmetadata shapeClosures = [{id: "ex#c1", includeNamespaces: ["ex"], rename: {"ex#A": "Alpha", "ex#B": "Beta"}}, {id: "ex#c2", includeBySelector: "structure"}]\nnamespace ex\n@metadata(key: "foo")\nstructure Foo { @required a: Integer, c: String }\n@metadata(key: "baz")\nlist Baz { member: String }\nstructure A {}\nstructure B {}\n`,
  },
  // ---- the loader's SyntacticShapeIdTarget: a DANGER, at the value (or at the trait it is the whole value of)
  {
    id: "SyntacticShapeIdTarget",
    name: "unquoted strings that resolve to no shape, in metadata, a trait value, a list and on a member",
    expect: "trigger",
    text: `$version: "2"\nmetadata x = Foo\nnamespace ex\n@documentation(Bar)\nstring S\n@tags([Baz, S])\nstructure T {\n    @documentation(Qux)\n    m: String\n}\n`,
  },
  {
    id: "SyntacticShapeIdTarget",
    name: "near miss: the same strings quoted, and an unquoted one that names a shape",
    expect: "accept",
    text: `$version: "2"\nmetadata x = "Foo"\nnamespace ex\n@documentation("Bar")\nstring S\n@tags(["Baz", S])\nstructure T {\n    @documentation("Qux")\n    m: String\n}\n`,
  },
  // ---- ServiceValidator: renames and the kinds of name conflicts Smithy allows
  {
    id: "Service",
    name: "renames of a resource, to an invalid identifier, to the same name; conflicting structures (ERROR), lists (WARNING), enums (NOTE)",
    expect: "trigger",
    compareIds: ["Service"],
    text: `${H}service Shop {\n    version: "1"\n    operations: [Op]\n    resources: [Item]\n    rename: { "ex#Item": "Thing", "ex#A": "A", "ex#B": "not valid" }\n}\nresource Item {}\noperation Op {\n    input := {\n        a: A\n        b: B\n        l: Names\n        l2: other#Names\n        e: E\n        e2: other#E\n        s: S\n        s2: other#s\n    }\n}\nstructure A {}\nstructure B {}\nlist Names { member: String }\nenum E { X }\nstructure S {}\n`,
    extra: `$version: "2"\nnamespace other\nlist Names { member: String }\nenum E { Y }\nstructure s {}\n`,
  },
  {
    id: "Service",
    name: "near miss: lists of one name whose members agree (a WARNING), a valid rename",
    expect: "accept",
    compareIds: ["Service"],
    text: `${H}service Shop {\n    version: "1"\n    operations: [Op]\n    rename: { "other#Thing": "OtherThing" }\n}\noperation Op {\n    input := {\n        l: Names\n        l2: other#Names\n        t: Thing\n        t2: other#Thing\n    }\n}\nlist Names { member: String }\nstructure Thing {}\n`,
    extra: `$version: "2"\nnamespace other\nlist Names { member: String }\nstructure Thing {}\n`,
  },
  {
    id: "Service",
    name: "a shape named like a prelude shape the closure also reaches: another type, or the same type with other traits (an ERROR on both, the prelude's included)",
    expect: "trigger",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := {\n        a: String\n        b: smithy.api#String\n        c: Blob\n        d: smithy.api#Blob\n    }\n}\n@length(min: 1)\nstring String\nlist Blob { member: Integer }\n`,
  },
  {
    id: "Service",
    name: "near miss: a simple shape named and made like the prelude's (a NOTE, on the model's shape only), and one the closure does not reach beside its namesake",
    expect: "accept",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := {\n        a: String\n        b: smithy.api#String\n        c: Integer\n    }\n}\nstring String\n@range(min: 1)\nbyte Byte\n`,
  },
  {
    id: "Service",
    name: "a rename of a shape that does not exist at all: the service's ERROR, not the loader's",
    expect: "trigger",
    text: `${H}service S {\n    version: "1"\n    rename: { "ex#Nope": "X" }\n}\n`,
  },
  // ---- ShapeRecursionValidator: collections through collections alone, unions that cannot be built
  {
    id: "ShapeRecursion",
    name: "a list of itself, a list of maps of itself, unions only of themselves, structures through required members",
    expect: "trigger",
    text: `$version: "2"\nnamespace ex\nlist L { member: L }\nlist L2 { member: M2 }\nmap M2 { key: String, value: L2 }\nlist Ok { member: S }\nstructure S { l: Ok }\nunion U { a: U }\nunion U2 { a: U2, b: String }\nunion U3 { a: R }\nstructure R { @required u: U3 }\nunion U4 { a: R4 }\nstructure R4 { @required u: U4, x: String }\nstructure A { @required b: B }\nstructure B { @required a: A }\n`,
  },
  {
    id: "ShapeRecursion",
    name: "near miss: recursion through a structure, unions with a way out",
    expect: "accept",
    text: `$version: "2"\nnamespace ex\nlist Ok { member: S }\nstructure S { l: Ok }\nunion U2 { a: U2, b: String }\nunion U4 { a: R4 }\nstructure R4 { @required u: U4, x: String }\nmap M { key: String, value: Wrapper }\nstructure Wrapper { m: M }\n`,
  },
  // ---- ResourceIdentifierBindingValidator and ResourceIdentifierValidator in full
  {
    id: "ResourceIdentifierBinding",
    name: "collection operations binding every identifier (also of a resource without identifiers), a child's operation missing its parent's, two @resourceIdentifier members, identifiers that are properties or retargeted",
    expect: "trigger",
    compareIds: ["ResourceIdentifierBinding", "ResourceIdentifier"],
    text: `$version: "2"\nnamespace ex\nresource Plain { create: MakePlain, list: ListPlain }\noperation MakePlain {}\n@readonly\noperation ListPlain {}\nresource R {\n    identifiers: { id: String }\n    create: MakeR\n    list: ListR\n    read: GetR\n    collectionOperations: [Batch]\n    operations: [Touch]\n    resources: [C]\n}\noperation MakeR { input := { @required id: String } }\n@readonly\noperation ListR { input := { @required @resourceIdentifier("id") other: String } }\n@readonly\noperation GetR { input := { @required @resourceIdentifier("id") x: String } }\noperation Batch {}\noperation Touch { input := { @required id: String, @required @resourceIdentifier("id") y: String, @required @resourceIdentifier("id") z: String } }\nresource C {\n    identifiers: { id: String, cid: String }\n    read: GetC\n    list: ListC\n}\n@readonly\noperation GetC { input := { @required cid: String } }\n@readonly\noperation ListC { input := { @required id: String } }\nresource Prop {\n    identifiers: { name: String }\n    properties: { Name: String }\n    resources: [Kid]\n}\nresource Kid { identifiers: { name: Str2 } }\nstring Str2\n`,
  },
  {
    id: "ResourceIdentifierBinding",
    name: "near miss: collection operations without the identifiers, instance and child operations with all of them",
    expect: "accept",
    compareIds: ["ResourceIdentifierBinding", "ResourceIdentifier"],
    text: `$version: "2"\nnamespace ex\nresource R {\n    identifiers: { id: String }\n    create: MakeR\n    list: ListR\n    read: GetR\n    resources: [C]\n}\noperation MakeR { input := { name: String } }\n@readonly\noperation ListR { input := { token: String } }\n@readonly\noperation GetR { input := { @required @resourceIdentifier("id") x: String } }\nresource C {\n    identifiers: { id: String, cid: String }\n    read: GetC\n    list: ListC\n}\n@readonly\noperation GetC { input := { @required cid: String, @required id: String } }\n@readonly\noperation ListC { input := { @required id: String } }\n`,
  },
  // ---- StreamingTraitValidator in full
  {
    id: "StreamingTrait",
    name: "a stream's structure as an error, a member's target, an output with @requiresLength; an event stream member not a structure; no @httpPayload under restJson1; an optional streaming blob",
    expect: "trigger",
    text: `$version: "2"\nnamespace ex\nuse aws.protocols#restJson1\n@restJson1\nservice S { version: "1", operations: [Up, Down] }\n@http(method: "POST", uri: "/up")\noperation Up {\n    input := {\n        @required\n        body: Stream\n    }\n}\n@http(method: "POST", uri: "/down")\n@readonly\noperation Down {\n    output: DownOut\n    errors: [Bad]\n}\n@output\nstructure DownOut {\n    @httpPayload\n    @required\n    body: LenStream\n}\n@error("client")\nstructure Bad { body: Stream }\nstructure Holder { h: DownOut }\n@streaming\nblob Stream\n@streaming\n@requiresLength\nblob LenStream\n@streaming\nunion Events { a: Ev, b: String }\nstructure Ev {}\nlist L { member: Stream }\n`,
  },
  {
    id: "StreamingTrait",
    name: "near miss: streams as @httpPayload of an input and an output, an event stream of structures",
    expect: "accept",
    text: `$version: "2"\nnamespace ex\nuse aws.protocols#restJson1\n@restJson1\nservice S { version: "1", operations: [Up, Down] }\n@http(method: "POST", uri: "/up")\noperation Up {\n    input := {\n        @required\n        @httpPayload\n        body: LenStream\n    }\n}\n@http(method: "GET", uri: "/down")\n@readonly\noperation Down {\n    output := {\n        @httpPayload\n        events: Events\n    }\n}\n@streaming\n@requiresLength\nblob LenStream\n@streaming\nunion Events { a: Ev }\nstructure Ev {}\n`,
  },
  // ---- PaginatedTraitValidator in full: service defaults, DANGERs and WARNINGs
  {
    id: "PaginatedTrait",
    name: "values inherited from the service (missing members, a long page size), a map token, a required page size, a deep path, paths where none are allowed, enums",
    expect: "trigger",
    compareIds: ["PaginatedTrait"],
    text: `$version: "2"\nnamespace ex\n@paginated(inputToken: "token", outputToken: "next", pageSize: "size")\nservice S { version: "1", operations: [A, B, C, D] }\n@readonly\n@paginated(items: "things")\noperation A {\n    input := { token: String, size: Long }\n    output := { next: String, things: L }\n}\n@readonly\n@paginated(items: "things")\noperation B {\n    input := { tok: String }\n    output := { next: String, things: L }\n}\n@readonly\n@paginated(inputToken: "token", outputToken: "a.b.c", pageSize: "size", items: "things")\noperation C {\n    input := { token: M, @required size: Integer }\n    output := { a: A1, things: String }\n}\nstructure A1 { b: B1 }\nstructure B1 { c: String }\n@readonly\n@paginated(inputToken: "t.x", outputToken: "next")\noperation D {\n    input := { @required t: E }\n    output := { @required next: E }\n}\nenum E { X }\nlist L { member: String }\nmap M { key: String, value: String }\n`,
  },
  {
    id: "PaginatedTrait",
    name: "required members: the input token (ERROR), the output token (DANGER), the page size (WARNING), items (nothing)",
    expect: "trigger",
    compareIds: ["PaginatedTrait"],
    text: `$version: "2"\nnamespace ex\n@readonly\n@paginated(inputToken: "token", outputToken: "next")\noperation D {\n    input := { @required token: String }\n    output := { next: String }\n}\n@readonly\n@paginated(inputToken: "token", outputToken: "next", pageSize: "size")\noperation E {\n    input := { token: String, @required size: Integer }\n    output := { @required next: String }\n}\n@readonly\n@paginated(inputToken: "token", outputToken: "next", items: "things")\noperation F {\n    input := { token: String }\n    output := { next: String, @required things: L }\n}\nlist L { member: String }\n`,
  },
  {
    id: "PaginatedTrait",
    name: "near miss: an operation completed by its service's @paginated",
    expect: "accept",
    compareIds: ["PaginatedTrait"],
    text: `$version: "2"\nnamespace ex\n@paginated(inputToken: "token", outputToken: "next", pageSize: "size")\nservice S { version: "1", operations: [A] }\n@readonly\n@paginated(items: "things")\noperation A {\n    input := { token: String, size: Integer }\n    output := { next: String, things: L }\n}\nlist L { member: String }\n`,
  },
  {
    id: "ShapeRecursion",
    name: "two required paths back to one structure: one event per path",
    expect: "trigger",
    text: `$version: "2"\nnamespace ex\nstructure A { @required b: B, @required c: C }\nstructure B { @required a: A }\nstructure C { @required a: A }\n`,
  },
];
