// Smithy's HTTP binding rules, each found missing or different when our front
// end was measured against the real Smithy 1.73.0, as a minimal case written
// here. The expectation is Smithy's (one JVM for the batch): the verdict and,
// for every event that fails a build or that comes from an HTTP validator or
// the @http trait's own parsing, the same severity, id, shape, line:col and
// message on both sides.
import { expect } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { describeAgainstSmithy, type SingleFileCases } from "../oracle/single-file-cases.js";
import type { OracleAnswer } from "../oracle/smithy-oracle.js";

const V2 = '$version: "2"\nnamespace ex\n';
/** A protocol whose definition lists @http: its services need @http on every operation. */
const PROTOCOL = `${V2}@trait(selector: "service")\n@protocolDefinition(traits: [smithy.api#http, smithy.api#httpQuery, smithy.api#httpLabel])\nstructure rest {}\n`;

const HTTP_IDS = /^(Http|HostLabel|MediaType|ProtocolHttp|Model$)/;
const compared = (severity: string, id: string): boolean => severity === "ERROR" || severity === "DANGER" || (severity !== "SUPPRESSED" && HTTP_IDS.test(id));

function sameEvents(files: { path: string; text: string }[], answer: OracleAnswer): void {
  const theirs = answer.events
    .filter((e) => compared(e.severity, e.id))
    .map((e) => `${e.severity} ${e.id} ${e.shapeId ?? ""} ${e.line}:${e.col} ${e.message}`)
    .sort();
  const ours = loadIdl(files)
    .diagnostics.filter((d) => compared(d.severity.toUpperCase(), d.id))
    .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId ?? ""} ${d.line}:${d.column} ${d.message}`)
    .sort();
  expect(ours, `our events differ from Smithy's for:\n${files[0]!.text}`).toEqual(theirs);
}

const op = (name: string, http: string, input = "", traits = "@readonly\n"): string => `@http(${http})\n${traits}operation ${name} {${input === "" ? "" : `\n    input := {\n${input}    }\n`}}\n`;

const CASES: SingleFileCases = {
  // HttpBindingsMissing runs only when some shape of the model has @http.
  "a protocol needing @http, but no @http anywhere: no event": [
    `${PROTOCOL}@rest\nservice Svc { version: "1", operations: [A] }\n@readonly\noperation A {}\n`,
    true,
  ],
  "a protocol needing @http, one operation with it: the other is an ERROR": [
    `${PROTOCOL}@rest\nservice Svc { version: "1", operations: [A, B] }\n${op("A", 'method: "GET", uri: "/a"')}@readonly\noperation B {}\n`,
    false,
  ],
  "@http in a model whose service has no operation with it: no event": [
    `${V2}service Svc { version: "1", operations: [B] }\n@http(method: "GET", uri: "/a")\n@readonly\noperation A {}\n@readonly\noperation B {}\n`,
    true,
  ],
  "no protocol, some operations with @http: a WARNING on the others": [
    `${V2}service Svc { version: "1", operations: [A, B] }\n${op("A", 'method: "GET", uri: "/a"')}@readonly\noperation B {}\n`,
    true,
  ],
  // HttpQueryTrait: an @httpQuery name may not be a literal of the operation's URI.
  "an @httpQuery name that is a bare query literal of the URI": [
    `${V2}${op("A", 'method: "GET", uri: "/a?code"', '        @httpQuery("code")\n        code: String\n')}`,
    false,
  ],
  "an @httpQuery name that is a query literal with a value": [
    `${V2}${op("A", 'method: "GET", uri: "/a?code=x"', '        @httpQuery("code")\n        c: String\n')}`,
    false,
  ],
  "one input shared by two operations: one event per operation": [
    `${V2}${op("A", 'method: "GET", uri: "/a?code"', "", "@readonly\n").replace("operation A {}", "operation A { input: In }")}${op("B", 'method: "GET", uri: "/b?code=1&other"', "", "@readonly\n").replace("operation B {}", "operation B { input: In }")}structure In {\n    @httpQuery("code")\n    c: String\n    @httpQuery("other")\n    o: String\n}\n`,
    false,
  ],
  "query literals and @httpQuery names that differ, also in case, are fine": [
    `${V2}${op("A", 'method: "GET", uri: "/a?Code&x=1"', '        @httpQuery("code")\n        c: String\n')}`,
    true,
  ],
  "two members bound to one query parameter": [`${V2}structure S {\n    @httpQuery("q")\n    a: String\n    @httpQuery("q")\n    b: String\n}\n`, false],
  // HttpLabelTrait matches labels by member name; @resourceIdentifier does not rename.
  "an @httpLabel member with @resourceIdentifier of another name than its label": [
    `${V2}resource Foo {\n    identifiers: { fooId: String }\n    read: GetFoo\n}\n${op("GetFoo", 'method: "GET", uri: "/foo/{fooId}"', '        @httpLabel\n        @required\n        @resourceIdentifier("fooId")\n        id: String\n')}`,
    false,
  ],
  "a label member found case-insensitively, but the label itself unmatched": [
    `${V2}${op("A", 'method: "GET", uri: "/a/{id}"', "        @httpLabel\n        @required\n        ID: String\n")}`,
    false,
  ],
  "a greedy label on an integer member": [`${V2}${op("A", 'method: "GET", uri: "/a/{n+}"', "        @httpLabel\n        @required\n        n: Integer\n")}`, false],
  // HttpUriGreedyLabel: for each greedy label, every later label (and greedy label) is a DANGER
  // (a DANGER fails Smithy's build, but its `ast` still prints the model: `true` here).
  "two greedy labels: a DANGER for the second greedy label and for it being after one": [
    `${V2}${op("A", 'method: "GET", uri: "/a/{b+}/{c+}"', "        @httpLabel\n        @required\n        b: String\n        @httpLabel\n        @required\n        c: String\n")}`,
    true,
  ],
  "a label after a greedy label: a DANGER": [
    `${V2}${op("A", 'method: "GET", uri: "/a/{b+}/{c}"', "        @httpLabel\n        @required\n        b: String\n        @httpLabel\n        @required\n        c: String\n")}`,
    true,
  ],
  // The @http URI as Smithy's UriPattern parses it: load errors at the trait.
  "a URI ending in '?'": [`${V2}${op("A", 'method: "GET", uri: "/a?"')}`, false],
  "a URI not starting with '/'": [`${V2}${op("A", 'method: "GET", uri: "a"')}`, false],
  "a URI with a fragment": [`${V2}${op("A", 'method: "GET", uri: "/a#f"')}`, false],
  "a label in the query string": [`${V2}${op("A", 'method: "GET", uri: "/a?x={y}"')}`, false],
  "a repeated query literal": [`${V2}${op("A", 'method: "GET", uri: "/a?x=1&x=2"')}`, false],
  "an empty label": [`${V2}${op("A", 'method: "GET", uri: "/a/{}"')}`, false],
  "an empty greedy label": [`${V2}${op("A", 'method: "GET", uri: "/a/{+}"')}`, false],
  "a label that is no identifier": [`${V2}${op("A", 'method: "GET", uri: "/a/{a-b}"')}`, false],
  "a label of underscores only": [`${V2}${op("A", 'method: "GET", uri: "/a/{_}"')}`, false],
  "a brace inside a literal segment": [`${V2}${op("A", 'method: "GET", uri: "/a/x{y}"')}`, false],
  "an empty segment between slashes": [`${V2}${op("A", 'method: "GET", uri: "/a//b"')}`, false],
  "the first problem is reported, the path before the query": [`${V2}${op("A", 'method: "GET", uri: "/a/{}?x={y}"')}`, false],
  "a label repeated in another case": [`${V2}${op("A", 'method: "GET", uri: "/a/{x}/{X}"', "        @httpLabel\n        @required\n        x: String\n")}`, false],
  "an unparsable URI is refused wherever @http is applied: a structure, a member, a mixin, an apply": [
    `${V2}@http(method: "GET", uri: "bad")\nstructure S {\n    @http(method: "GET", uri: "x")\n    m: String\n}\n@mixin\n@http(method: "GET", uri: "/m/{}")\n@readonly\noperation M {}\noperation A with [M] {}\n@readonly\noperation C {}\napply C @http(method: "GET", uri: "/c/{}")\n`,
    false,
  ],
  "trailing slashes are dropped, empty query pairs are fine": [`${V2}${op("A", 'method: "GET", uri: "/a//?x&&y="')}`, true],
  "labels with underscores and digits are identifiers": [
    `${V2}${op("A", 'method: "GET", uri: "/a/{_1}/{b_2}"', "        @httpLabel\n        @required\n        _1: String\n        @httpLabel\n        @required\n        b_2: String\n")}`,
    true,
  ],
  // HttpPayload: a structure used by several operations is reported once per operation.
  "an input and output with unbound members beside a payload, shared by two operations": [
    `${V2}@http(method: "POST", uri: "/a")\noperation A { input: In, output: Out }\n@http(method: "POST", uri: "/b")\noperation B { input: In, output: Out, errors: [Err] }\nstructure In {\n    @httpPayload\n    body: Blob\n    other: String\n}\nstructure Out {\n    @httpPayload\n    body: Blob\n    @httpQuery("q")\n    q: String\n}\n@error("client")\nstructure Err {\n    @httpPayload\n    body: Blob\n    x: String\n}\n`,
    false,
  ],
  // HostLabelTrait finds a member's label case-insensitively; the label's own check is exact.
  "a host label member matching its label only case-insensitively": [
    `${V2}@endpoint(hostPrefix: "{Foo}.data.")\noperation A {\n    input := {\n        @hostLabel\n        @required\n        foo: String\n    }\n}\n`,
    false,
  ],
  // A mixin operation is checked as any operation: its @http labels need members.
  "a mixin operation with a URI label and no input": [
    `${V2}@mixin\n@http(method: "GET", uri: "/a/{id}")\n@readonly\noperation Base {}\noperation A with [Base] {\n    input := {\n        @httpLabel\n        @required\n        id: String\n    }\n}\n`,
    false,
  ],
  "headers and query names from a mixin conflict in the structure that mixes them in": [
    `${V2}@mixin\nstructure M {\n    @httpHeader("X-A")\n    a: String\n    @httpQuery("code")\n    code: String\n}\nstructure S with [M] {\n    @httpHeader("x-a")\n    b: String\n}\n@http(method: "GET", uri: "/b?code")\n@readonly\noperation B { input: S }\n`,
    false,
  ],
  "a 3xx @http code is a DANGER, a 204 with a body a WARNING, a lower-case method a WARNING": [
    `${V2}@http(method: "get", uri: "/c", code: 204)\n@readonly\noperation C {\n    output := {\n        body: String\n    }\n}\n@http(method: "POST", uri: "/d", code: 302)\noperation D {}\n`,
    true,
  ],
  // The AWS protocols' HTTP rules (smithy-aws-traits): ProtocolHttp and ProtocolHttpPayload.
  "eventStreamHttp versions missing from http, with http's default and eventStreamHttp's": [
    `${V2}use aws.protocols#restJson1\nuse aws.protocols#awsJson1_0\n@restJson1(http: ["h2"], eventStreamHttp: ["http/1.1", "h2", "x"])\nservice A { version: "1" }\n@awsJson1_0(eventStreamHttp: ["h2"])\nservice B { version: "1" }\n@restJson1(http: ["h2"])\nservice C { version: "1" }\n`,
    false,
  ],
  "payloads an AWS protocol cannot bind: in @http operations, and in errors of any operation": [
    `${V2}use aws.protocols#restJson1\n@restJson1\nservice A { version: "1", operations: [Op, Plain] }\n@http(method: "POST", uri: "/op")\noperation Op {\n    input := {\n        @httpPayload\n        n: Integer\n    }\n    output := {\n        @httpPayload\n        l: Strings\n    }\n    errors: [Err]\n}\n@http(method: "POST", uri: "/plain")\noperation Plain {\n    input := {\n        @httpPayload\n        e: E\n    }\n    errors: [Err]\n}\nenum E { A }\nlist Strings { member: String }\n@error("client")\nstructure Err {\n    @httpPayload\n    b: Boolean\n}\n`,
    false,
  ],
  "a payload of any type is fine without an AWS protocol": [
    `${V2}service A { version: "1", operations: [Op] }\n@http(method: "POST", uri: "/op")\noperation Op {\n    input := {\n        @httpPayload\n        n: Integer\n    }\n}\n`,
    true,
  ],
  // HttpBindingTraitIgnored (WARNING): a binding where the structure is used in a way that ignores it.
  "bindings ignored by members targeting the structure, the wrong side of an operation, an error": [
    `${V2}@http(method: "POST", uri: "/a")\noperation A { input: In, output: In, errors: [In2] }\n@http(method: "POST", uri: "/b")\noperation B { input: Out, output: Out }\noperation C { output: In }\nstructure In {\n    @httpQuery("q")\n    q: String\n    @httpHeader("h")\n    h: String\n    @httpResponseCode\n    c: Integer\n}\n@error("client")\nstructure In2 {\n    @httpQuery("q")\n    q: String\n    @httpResponseCode\n    c: Integer\n}\nstructure Out {\n    @httpResponseCode\n    c: Integer\n    @httpQueryParams\n    qp: StringMap\n    @httpQuery("z")\n    z: String\n}\nmap StringMap { key: String, value: String }\nstructure Holder {\n    in: In\n    out: Out\n}\nlist Ins { member: In }\n`,
    true,
  ],
  "a binding mixed in from a mixin, ignored where the structure is a member's target": [
    `${V2}@mixin\nstructure M {\n    @httpLabel\n    @required\n    id: String\n}\nstructure WithM with [M] {}\nstructure Holder {\n    w: WithM\n}\n`,
    true,
  ],
  // aws.protocols#httpChecksum (HttpChecksumTrait): behaviours, enum members, checksum header conflicts.
  "httpChecksum without behaviour, with missing, non-enum and unsupported enum members, and conflicting headers": [
    `${V2}\nuse aws.protocols#httpChecksum\n\n@httpChecksum\n@http(method: "POST", uri: "/a")\noperation A {}\n\n@httpChecksum(requestAlgorithmMember: "alg", requestValidationModeMember: "mode")\n@http(method: "POST", uri: "/b")\noperation B {\n    input := {\n        @httpHeader("x-amz-request-algorithm")\n        alg: Algo\n        @httpHeader("x-amz-checksum-crc32")\n        crc: String\n        @httpPrefixHeaders("x-amz-")\n        other: StringMap\n        mode: Mode\n    }\n    output := {\n        @httpHeader("X-Amz-Checksum-Foo")\n        f: String\n        @httpHeader("x-amz-checksum-sha1")\n        g: String\n    }\n    errors: [Err]\n}\n\n@httpChecksum(requestChecksumRequired: true, requestAlgorithmMember: "missing", responseAlgorithms: ["CRC32"])\n@http(method: "POST", uri: "/c")\noperation C {\n    input := {\n        s: String\n    }\n}\n\n@httpChecksum(requestAlgorithmMember: "s", requestValidationModeMember: "old", responseAlgorithms: ["CRC32"])\n@http(method: "POST", uri: "/d")\noperation D {\n    input := {\n        s: String\n        old: OldMode\n    }\n}\n\nenum Algo {\n    CRC32\n    FOO = "foo"\n    BAR\n}\n\nenum Mode { ENABLED }\n\n@enum([{ value: "ENABLED" }, { value: "DISABLED" }])\nstring OldMode\n\nmap StringMap { key: String, value: String }\n\n@error("client")\nstructure Err {\n    @httpPrefixHeaders("x-amz-checksum-")\n    p: StringMap\n}\n`,
    false,
  ],
  // HttpHeaderTrait: header names are RFC 9110 tokens; some belong to the HTTP stack.
  "a header name that is no token: a DANGER": [`${V2}structure S {\n    @httpHeader("x a")\n    a: String\n    @httpHeader("x:b")\n    b: String\n}\n`, true],
  "a header the HTTP stack owns: a DANGER": [`${V2}structure S {\n    @httpHeader("Content-Length")\n    a: String\n}\n`, true],
  "two members bound to one header, case-insensitively": [`${V2}structure S {\n    @httpHeader("X-A")\n    a: String\n    @httpHeader("x-a")\n    b: String\n}\n`, false],
  // HttpPrefixHeaders: a header under the prefix is an ERROR; an empty prefix only a NOTE.
  "a header under the prefix headers' prefix": [
    `${V2}structure S {\n    @httpPrefixHeaders("X-")\n    m: Headers\n    @httpHeader("x-a")\n    a: String\n}\nmap Headers {\n    key: String\n    value: String\n}\n`,
    false,
  ],
  "an empty prefix beside a header": [
    `${V2}structure S {\n    @httpPrefixHeaders("")\n    m: Headers\n    @httpHeader("x-a")\n    a: String\n}\nmap Headers {\n    key: String\n    value: String\n}\n`,
    true,
  ],
};

describeAgainstSmithy("HTTP binding rules against the real Smithy", CASES, sameEvents);
