// Models with validation events, each judged by the pinned Smithy: the
// trigger makes Smithy emit the event, the near miss (same model, one thing
// right) makes it accept. Grouped by the validator (event id) they prove.

export interface EventCase {
  /** Smithy's event id this case is about. */
  id: string;
  name: string;
  text: string;
  /** "trigger": Smithy emits `id` as ERROR or DANGER; "accept": no ERROR or DANGER at all. */
  expect: "trigger" | "accept";
  /** A second file of the model (model/extra.smithy). */
  extra?: string;
  /** Also compare these event ids at every severity (WARNING, NOTE, SUPPRESSED ...). */
  compareIds?: string[];
}

const H = '$version: "2"\nnamespace ex\n';
const REST = `${H}use aws.protocols#restJson1\n@restJson1\n`;

export const CASES: EventCase[] = [
  // ---- suppressions and severity overrides (events decorated as Smithy does)
  {
    id: "DeprecatedShape",
    name: "@suppress on a member silences its event; its container's does not",
    expect: "accept",
    compareIds: ["DeprecatedShape"],
    text: `${H}@deprecated\nstring Old\n@suppress(["DeprecatedShape"])\nstructure S {\n    @suppress(["DeprecatedShape"])\n    a: Old\n    b: Old\n}\n`,
  },
  {
    id: "DeprecatedShape",
    name: "metadata suppressions match the id's dotted parent, by namespace or '*'",
    expect: "accept",
    compareIds: ["DeprecatedShape"],
    text: `$version: "2"\nmetadata suppressions = [{id: "DeprecatedShape", namespace: "other"}, {id: "DeprecatedShape", namespace: "ex", reason: "legacy"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }\n`,
  },
  {
    id: "DeprecatedShape",
    name: "a suppression of a different id, or of a prefix that is not a dotted parent, does nothing",
    expect: "accept",
    compareIds: ["DeprecatedShape"],
    text: `$version: "2"\nmetadata suppressions = [{id: "Deprecated", namespace: "*"}, {id: "DeprecatedShape.ex#Ol", namespace: "*"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }\n`,
  },
  {
    id: "DeprecatedShape",
    name: "severityOverrides raise a WARNING to DANGER (which fails the build)",
    expect: "trigger",
    compareIds: ["DeprecatedShape"],
    text: `$version: "2"\nmetadata severityOverrides = [{id: "DeprecatedShape", namespace: "ex", severity: "DANGER"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }\n`,
  },
  {
    id: "DeprecatedShape",
    name: "a suppression wins over a severity override",
    expect: "accept",
    compareIds: ["DeprecatedShape"],
    text: `$version: "2"\nmetadata severityOverrides = [{id: "DeprecatedShape", namespace: "*", severity: "DANGER"}]\nmetadata suppressions = [{id: "DeprecatedShape", namespace: "*"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }\n`,
  },
  {
    id: "LengthTrait",
    name: "an ERROR is neither suppressed nor changed by an override",
    expect: "trigger",
    text: `$version: "2"\nmetadata severityOverrides = [{namespace: "*", id: "LengthTrait", severity: "WARNING"}]\nmetadata suppressions = [{namespace: "*", id: "LengthTrait"}]\nnamespace ex\n@length(min: -1)\nstring Invalid\n`,
  },
  {
    id: "Model",
    name: "a severity override may only raise to WARNING or DANGER",
    expect: "trigger",
    text: `$version: "2"\nmetadata severityOverrides = [{id: "Foo", namespace: "*", severity: "NOTE"}, {id: "B", namespace: "*", severity: "ERROR"}]\nnamespace ex\nstring A\n`,
  },
  {
    id: "Model",
    name: "suppressions must be a list of objects",
    expect: "trigger",
    text: `$version: "2"\nmetadata suppressions = [{id: "Foo", namespace: "*"}, "str"]\nmetadata severityOverrides = "x"\nnamespace ex\nstring A\n`,
  },
  {
    id: "Model",
    name: "well-formed suppressions and overrides",
    expect: "accept",
    text: `$version: "2"\nmetadata suppressions = [{id: "Foo", namespace: "*", reason: "r"}]\nmetadata severityOverrides = [{id: "Foo", namespace: "ex", severity: "WARNING"}]\nnamespace ex\nstring A\n`,
  },
  // ---- syntax: one error, no cascade before it, no validator after it
  {
    id: "Model",
    name: "an unclosed string is the only error reported",
    expect: "trigger",
    text: `${H}structure A { b: Nope }\n@documentation("open\nstring S\n`,
  },
  // ---- TargetValidator
  {
    id: "Target",
    name: "unresolved targets and relationships to the wrong kind of shape",
    expect: "trigger",
    text: `${H}operation O { input: Nope, errors: [Bad] }\nstructure Bad {}\nstructure A { a: O }\nservice S { version: "1", operations: [NotOp] }\nstring NotOp\n`,
  },
  {
    id: "Target",
    name: "every relationship resolves to the right kind",
    expect: "accept",
    text: `${H}operation O { input: In, errors: [Bad] }\nstructure In {}\n@error("client")\nstructure Bad {}\nservice S { version: "1", operations: [O] }\n`,
  },
  // ---- LengthTrait / RangeTrait / TraitTarget
  {
    id: "LengthTrait",
    name: "length and range bounds out of order, negative length",
    expect: "trigger",
    text: `${H}@range(min: 5, max: 1)\ninteger R\n@length(min: -1)\nstring L\nstructure S {\n    @length(min: 2, max: 1)\n    m: String\n}\n`,
  },
  {
    id: "LengthTrait",
    name: "ordered bounds",
    expect: "accept",
    text: `${H}@range(min: 1, max: 5)\ninteger R\n@length(min: 0)\nstring L\n`,
  },
  {
    id: "TraitTarget",
    name: "a trait where its selector does not allow it",
    expect: "trigger",
    text: `${H}@length(min: 1)\ninteger I\nstructure S { @httpHeader("x") h: Blob }\n`,
  },
  // ---- HTTP bindings
  {
    id: "HttpBindingsMissing",
    name: "a restJson1 service whose operation has no @http",
    expect: "trigger",
    text: `${REST}service Svc { version: "1", operations: [A, B] }\n@http(method: "GET", uri: "/a")\n@readonly\noperation A {}\noperation B {}\n`,
  },
  {
    id: "HttpBindingsMissing",
    name: "every operation of a restJson1 service has @http",
    expect: "accept",
    text: `${REST}service Svc { version: "1", operations: [A, B] }\n@http(method: "GET", uri: "/a")\n@readonly\noperation A {}\n@http(method: "POST", uri: "/b")\noperation B {}\n`,
  },
  {
    id: "HttpLabelTrait",
    name: "a URI label without member, a label member without URI label, a greedy label on an integer",
    expect: "trigger",
    text: `${H}@http(method: "GET", uri: "/a/{id}/{other}")\n@readonly\noperation A {\n    input := {\n        @required\n        @httpLabel\n        id: String\n        @required\n        @httpLabel\n        stray: String\n    }\n}\n@http(method: "GET", uri: "/b/{rest+}")\n@readonly\noperation B {\n    input := {\n        @required\n        @httpLabel\n        rest: Integer\n    }\n}\n`,
  },
  {
    id: "HttpLabelTrait",
    name: "labels and members match, the greedy label is a string",
    expect: "accept",
    text: `${H}@http(method: "GET", uri: "/a/{id}/{rest+}")\n@readonly\noperation A {\n    input := {\n        @required\n        @httpLabel\n        id: String\n        @required\n        @httpLabel\n        rest: String\n    }\n}\n`,
  },
  {
    id: "HttpPayload",
    name: "a payload member beside a member bound to the body",
    expect: "trigger",
    text: `${H}@http(method: "POST", uri: "/a")\noperation A {\n    input := {\n        @httpPayload\n        body: Blob\n        other: String\n    }\n}\n`,
  },
  {
    id: "HttpPayload",
    name: "a payload member beside header and query members",
    expect: "accept",
    text: `${H}@http(method: "POST", uri: "/a")\noperation A {\n    input := {\n        @httpPayload\n        body: Blob\n        @httpHeader("x-a")\n        h: String\n        @httpQuery("q")\n        q: String\n    }\n}\n`,
  },
  {
    id: "HttpHeaderTrait",
    name: "two members bound to one header, case-insensitively",
    expect: "trigger",
    text: `${H}structure S {\n    @httpHeader("X-A")\n    a: String\n    @httpHeader("x-a")\n    b: String\n}\n`,
  },
  {
    id: "HttpQueryTrait",
    name: "two members bound to one query parameter",
    expect: "trigger",
    text: `${H}structure S {\n    @httpQuery("q")\n    a: String\n    @httpQuery("q")\n    b: String\n}\n`,
  },
  {
    id: "HttpQueryTrait",
    name: "query parameters differing in case are distinct",
    expect: "accept",
    text: `${H}structure S {\n    @httpQuery("q")\n    a: String\n    @httpQuery("Q")\n    b: String\n}\n`,
  },
  {
    id: "HttpUriConflict",
    name: "two operations with one method and URI shape",
    expect: "trigger",
    text: `${H}service Svc { version: "1", operations: [A, B] }\n@http(method: "GET", uri: "/x/{a}")\n@readonly\noperation A { input := { @required @httpLabel a: String } }\n@http(method: "GET", uri: "/x/{b}")\n@readonly\noperation B { input := { @required @httpLabel b: String } }\n`,
  },
  {
    id: "HttpUriConflict",
    name: "told apart by a query literal, or by the method",
    expect: "accept",
    text: `${H}service Svc { version: "1", operations: [A, B, C] }\n@http(method: "GET", uri: "/x?list")\n@readonly\noperation A {}\n@http(method: "GET", uri: "/x?get")\n@readonly\noperation B {}\n@http(method: "POST", uri: "/x")\noperation C {}\n`,
  },
  {
    id: "HttpPrefixHeadersTrait",
    name: "a header inside the prefix-headers prefix",
    expect: "trigger",
    text: `${H}structure S {\n    @httpPrefixHeaders("x-meta-")\n    meta: StringMap\n    @httpHeader("X-Meta-One")\n    one: String\n}\nmap StringMap { key: String, value: String }\n`,
  },
  {
    id: "HttpPrefixHeadersTrait",
    name: "a header outside the prefix",
    expect: "accept",
    text: `${H}structure S {\n    @httpPrefixHeaders("x-meta-")\n    meta: StringMap\n    @httpHeader("x-other")\n    one: String\n}\nmap StringMap { key: String, value: String }\n`,
  },
  // ---- members and what they reach
  {
    id: "ExclusiveStructureMemberTrait",
    name: "two payload members, two idempotency tokens, two members targeting streaming blobs",
    expect: "trigger",
    text: `${H}structure A {\n    @httpPayload\n    a: Blob\n    @httpPayload\n    b: Blob\n}\nstructure B {\n    @idempotencyToken\n    a: String\n    @idempotencyToken\n    b: String\n}\n@streaming\nblob Stream\nstructure C {\n    @required\n    a: Stream\n    @required\n    b: Stream\n}\n`,
  },
  {
    id: "ExclusiveStructureMemberTrait",
    name: "one of each",
    expect: "accept",
    text: `${H}structure B {\n    @idempotencyToken\n    a: String\n    b: String\n}\n@streaming\nblob Stream\nstructure C {\n    @required\n    a: Stream\n    b: Blob\n}\n`,
  },
  {
    id: "StreamingTrait",
    name: "a member targeting a streaming blob, neither @required nor with a default",
    expect: "trigger",
    text: `${H}@streaming\nblob Stream\nstructure C {\n    a: Stream\n}\n`,
  },
  {
    id: "StreamingTrait",
    name: "a member targeting a streaming blob with a default",
    expect: "accept",
    text: `${H}@streaming\nblob Stream\nstructure C {\n    a: Stream = ""\n}\n`,
  },
  {
    id: "ShapeRecursion",
    name: "structures recursive through required members only",
    expect: "trigger",
    text: `${H}structure A {\n    @required\n    b: B\n}\nstructure B {\n    @required\n    a: A\n}\nstructure Self {\n    @required\n    me: Self\n}\n`,
  },
  {
    id: "ShapeRecursion",
    name: "recursion broken by an optional member or a list",
    expect: "accept",
    text: `${H}structure A {\n    @required\n    b: B\n}\nstructure B {\n    a: A\n}\nstructure Tree {\n    @required\n    children: Trees\n}\nlist Trees { member: Tree }\n`,
  },
  {
    id: "UnitType",
    name: "a structure member and a list member targeting Unit",
    expect: "trigger",
    text: `${H}structure S { a: Unit }\nlist L { member: Unit }\n`,
  },
  {
    id: "UnitType",
    name: "a union member targeting Unit",
    expect: "accept",
    text: `${H}union U { a: Unit, b: String }\n`,
  },
  {
    id: "PrivateAccess",
    name: "a @private shape used from another namespace",
    expect: "trigger",
    text: `$version: "2"\nnamespace other\nuse ex#Secret\nstructure S { a: Secret }\n`,
    extra: `${H}@private\nstring Secret\n`,
  },
  {
    id: "PrivateAccess",
    name: "a @private shape used from its own namespace",
    expect: "accept",
    text: `${H}structure S { a: Secret }\n`,
    extra: `${H}@private\nstring Secret\n`,
  },
  // ---- resources
  {
    id: "ResourceLifecycle",
    name: "lifecycle operations without the readonly/idempotent traits their role needs",
    expect: "trigger",
    text: `${H}resource R {\n    identifiers: { id: String }\n    read: GetR\n    delete: DeleteR\n    put: PutR\n    list: ListR\n    create: CreateR\n    update: UpdateR\n}\noperation GetR { input := { @required id: String } }\n@readonly\noperation DeleteR { input := { @required id: String } }\n@readonly\noperation PutR { input := { @required id: String } }\noperation ListR { input := { } }\n@readonly\noperation CreateR { input := { } }\n@readonly\noperation UpdateR { input := { @required id: String } }\n`,
  },
  {
    id: "ResourceLifecycle",
    name: "every lifecycle operation with the traits its role needs",
    expect: "accept",
    text: `${H}resource R {\n    identifiers: { id: String }\n    read: GetR\n    delete: DeleteR\n    put: PutR\n    list: ListR\n    create: CreateR\n    update: UpdateR\n}\n@readonly\noperation GetR { input := { @required id: String } }\n@idempotent\noperation DeleteR { input := { @required id: String } }\n@idempotent\noperation PutR { input := { @required id: String } }\n@readonly\noperation ListR { input := { } }\noperation CreateR { input := { } }\noperation UpdateR { input := { @required id: String } }\n`,
  },
  {
    id: "ResourceIdentifierBinding",
    name: "instance operations that do not bind the identifier (absent, optional, another target)",
    expect: "trigger",
    text: `${H}resource R {\n    identifiers: { id: String }\n    read: GetR\n    operations: [Do, Other]\n}\n@readonly\noperation GetR { input := { @required other: String } }\noperation Do { input := { id: String } }\nstring Id\noperation Other { input := { @required id: Id } }\n`,
  },
  {
    id: "ResourceIdentifierBinding",
    name: "identifiers bound by name and by @resourceIdentifier",
    expect: "accept",
    text: `${H}resource R {\n    identifiers: { id: String }\n    read: GetR\n    operations: [Do]\n}\n@readonly\noperation GetR { input := { @required id: String } }\noperation Do { input := { @required @resourceIdentifier("id") theId: String } }\n`,
  },
  {
    id: "ResourceIdentifier",
    name: "a child resource without its parent's identifier",
    expect: "trigger",
    text: `${H}resource P {\n    identifiers: { pid: String }\n    resources: [C]\n}\nresource C {\n    identifiers: { cid: String }\n}\n`,
  },
  {
    id: "Target",
    name: "a resource identifier that is not a string (TargetValidator: no other validator runs)",
    expect: "trigger",
    text: `${H}resource P {\n    identifiers: { pid: String }\n    resources: [C]\n}\nresource C {\n    identifiers: { cid: String }\n}\nresource N {\n    identifiers: { n: Integer }\n}\n`,
  },
  {
    id: "ResourceIdentifier",
    name: "a child resource repeating its parent's identifier",
    expect: "accept",
    text: `${H}resource P {\n    identifiers: { pid: String }\n    resources: [C]\n}\nresource C {\n    identifiers: { pid: String, cid: String }\n}\n`,
  },
  // ---- ServiceValidator
  {
    id: "Service",
    name: "names conflicting case-insensitively across namespaces (ERROR; NOTE for equivalent simple shapes); a rename of a shape outside the service",
    expect: "trigger",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n    rename: { "ex#Unused": "X" }\n}\noperation Op { input := { a: other#Thing, b: thing, c: other#Name, d: Name } }\nstructure thing {}\nstring Name\nstring Unused\n`,
    extra: `$version: "2"\nnamespace other\nstructure Thing {}\nstring Name\n`,
  },
  {
    id: "Service",
    name: "an operation renamed; a rename that creates a conflict",
    expect: "trigger",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n    rename: { "other#Thing": "Renamed", "ex#Op": "Op2" }\n}\noperation Op { input := { a: other#Thing, b: Renamed } }\nstructure Renamed {}\n`,
    extra: `$version: "2"\nnamespace other\nstructure Thing {}\n`,
  },
  {
    id: "Service",
    name: "a rename that resolves a conflict",
    expect: "accept",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n    rename: { "other#Thing": "OtherThing" }\n}\noperation Op { input := { a: other#Thing, b: Thing } }\nstructure Thing {}\n`,
    extra: `$version: "2"\nnamespace other\nstructure Thing {}\n`,
  },
  {
    id: "Service",
    name: "a shape named Unit beside operations whose input and output are smithy.api#Unit (Smithy does not walk to Unit from an operation: EMR's model)",
    expect: "accept",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op, Get]\n}\noperation Op { input: smithy.api#Unit, output: smithy.api#Unit }\noperation Get { input := { unit: Unit } }\nstructure Unit {}\n`,
  },
  {
    id: "Service",
    name: "a shape named Unit beside a union member that targets smithy.api#Unit (reached through the member)",
    expect: "trigger",
    compareIds: ["Service"],
    text: `${H}service S {\n    version: "1"\n    operations: [Op]\n}\noperation Op { input := { choice: Choice } }\nunion Choice { none: smithy.api#Unit, some: Unit }\nstructure Unit {}\n`,
  },
  // ---- unions and mixins
  {
    id: "Union",
    name: "a union without members",
    expect: "trigger",
    text: `${H}union U {}\n`,
  },
  {
    id: "Union",
    name: "a union whose member comes from a mixin",
    expect: "accept",
    text: `${H}@mixin\nunion M { a: String }\nunion U with [M] {}\n`,
  },
  {
    id: "Model",
    name: "two mixins giving one member name different targets",
    expect: "trigger",
    text: `${H}@mixin\nstructure A { x: String }\n@mixin\nstructure B { x: Integer }\nstructure C with [A, B] {}\n`,
  },
  {
    id: "Model",
    name: "one member reached through two mixins (a diamond)",
    expect: "accept",
    text: `${H}@mixin\nstructure Base { x: String }\n@mixin\nstructure A with [Base] {}\n@mixin\nstructure B with [Base] {}\nstructure C with [A, B] {}\n`,
  },
  {
    id: "HttpHeaderTrait",
    name: "headers the HTTP stack owns (DANGER), in any case",
    expect: "trigger",
    text: `${H}structure S {\n    @httpHeader("Authorization")\n    a: String\n    @httpHeader("content-length")\n    b: String\n    @httpHeader("X-Forwarded-For")\n    c: String\n    @httpHeader("TE")\n    d: String\n}\n`,
  },
  {
    id: "HttpHeaderTrait",
    name: "ordinary headers",
    expect: "accept",
    text: `${H}structure S {\n    @httpHeader("Content-Type")\n    a: String\n    @httpHeader("Date")\n    b: String\n    @httpHeader("x-amz-meta")\n    c: String\n}\n`,
  },
  // ---- PaginatedTrait
  {
    id: "PaginatedTrait",
    name: "paginated members of the wrong kinds",
    expect: "trigger",
    text: `${H}@readonly\n@paginated(inputToken: "next", outputToken: "token", items: "things", pageSize: "size")\noperation L {\n    input := { next: Integer, size: String }\n    output := { token: String, things: String }\n}\n`,
  },
  {
    id: "PaginatedTrait",
    name: "paginated members that do not exist, also through a path (the service's defaults are not checked on the operation)",
    expect: "trigger",
    text: `${H}@paginated(inputToken: "next", pageSize: "nope4")\nservice S { version: "1", operations: [L] }\n@readonly\n@paginated(outputToken: "page.nope2", items: "nope3")\noperation L {\n    input := { next: String }\n    output := { page: Page }\n}\nstructure Page { token: String }\n`,
  },
  {
    id: "PaginatedTrait",
    name: "paginated members of the right kinds, the output token through a path",
    expect: "accept",
    text: `${H}@readonly\n@paginated(inputToken: "next", outputToken: "page.token", items: "things", pageSize: "size")\noperation L {\n    input := { next: String, size: Integer }\n    output := { page: Page, things: Things }\n}\nstructure Page { token: String }\nlist Things { member: String }\n`,
  },
];
