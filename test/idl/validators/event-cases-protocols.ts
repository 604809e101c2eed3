// Event cases of Smithy's validators of individual protocol and API traits
// (codegen/src/idl/validate/protocol-traits.ts and its modules): for each
// rule, a trigger Smithy reports and a near miss it accepts, judged by the
// pinned Smithy in protocols.oracle.test.ts.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\n';
const REST = `${H}use aws.protocols#restJson1\n`;

export const PROTOCOL_CASES: EventCase[] = [
  // ---- AuthTrait (DANGER)
  {
    id: "AuthTrait",
    name: "@auth on a service and on a contained operation names schemes the service does not apply",
    expect: "trigger",
    text: `${REST}@restJson1\n@httpBasicAuth\n@auth([httpBasicAuth, httpDigestAuth])\nservice S {\n    version: "1"\n    operations: [Op]\n    resources: [R]\n}\nresource R { operations: [Op2] }\n@auth([httpBearerAuth])\n@http(method: "POST", uri: "/op")\noperation Op {}\n@auth([httpBearerAuth, httpBasicAuth])\n@http(method: "POST", uri: "/op2")\noperation Op2 {}\n`,
  },
  {
    id: "AuthTrait",
    name: "@auth names only schemes the service applies; an operation outside every service is not checked",
    expect: "accept",
    text: `${REST}@restJson1\n@httpBasicAuth\n@httpBearerAuth\n@auth([httpBasicAuth])\nservice S {\n    version: "1"\n    operations: [Op]\n}\n@auth([httpBearerAuth])\n@http(method: "POST", uri: "/op")\noperation Op {}\n@auth([httpDigestAuth])\noperation Loose {}\n`,
  },
  // ---- CorsTrait / HttpApiKeyAuthTrait (ERROR)
  {
    id: "CorsTrait",
    name: "@cors sets both origin and origins",
    expect: "trigger",
    text: `${H}@cors(origin: "https://a.example", origins: { a: "https://b.example" })\nservice S { version: "1" }\n`,
  },
  {
    id: "CorsTrait",
    name: "@cors with origin alone, or with an empty origins",
    expect: "accept",
    text: `${H}@cors(origin: "https://a.example")\nservice S { version: "1" }\n@cors(origin: "https://a.example", origins: {})\nservice S2 { version: "1" }\n`,
  },
  {
    id: "HttpApiKeyAuthTrait",
    name: "a scheme with the key in the query string",
    expect: "trigger",
    text: `${H}@httpApiKeyAuth(name: "key", in: "query", scheme: "Bearer")\nservice S { version: "1" }\n`,
  },
  {
    id: "HttpApiKeyAuthTrait",
    name: "a scheme in a header, or a query key without scheme",
    expect: "accept",
    text: `${H}@httpApiKeyAuth(name: "Authorization", in: "header", scheme: "Bearer")\nservice S { version: "1" }\n@httpApiKeyAuth(name: "key", in: "query")\nservice S2 { version: "1" }\n`,
  },
  // ---- NoInlineDocumentSupport (ERROR)
  {
    id: "NoInlineDocumentSupport",
    name: "a protocol without inline documents on a service whose closure has a document",
    expect: "trigger",
    text: `${H}@protocolDefinition(noInlineDocumentSupport: true)\n@trait(selector: "service")\nstructure myProto {}\n@myProto\nservice S {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := { d: MyDoc }\n}\ndocument MyDoc\n`,
  },
  {
    id: "NoInlineDocumentSupport",
    name: "the document is outside the service's closure",
    expect: "accept",
    text: `${H}@protocolDefinition(noInlineDocumentSupport: true)\n@trait(selector: "service")\nstructure myProto {}\n@myProto\nservice S {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := { s: String }\n}\ndocument MyDoc\nstructure Other { d: MyDoc }\n`,
  },
  // ---- ExamplesTrait (ERROR; WARNING for allowed constraint errors)
  {
    id: "ExamplesTrait",
    name: "example values of the wrong type, missing required input, output beside error, an error the operation lacks",
    expect: "trigger",
    text: `${H}@examples([\n    {\n        title: "one"\n        input: { a: "x", b: 5, c: "toolong", l: [1, "x"] }\n        output: { z: "1" }\n    }\n    {\n        title: "two"\n        output: { z: 1 }\n        error: { shapeId: E, content: { m: "x" } }\n    }\n    {\n        title: "three"\n        input: { a: "x" }\n        error: { shapeId: E2, content: {} }\n    }\n    {\n        title: "four"\n        input: { a: "x", e: "nope" }\n        allowConstraintErrors: true\n    }\n])\noperation Op {\n    input := {\n        @required\n        a: String\n        b: String\n        @length(max: 3)\n        c: String\n        l: Ints\n        e: En\n    }\n    output := { z: Integer }\n    errors: [E]\n}\nlist Ints {\n    member: Integer\n}\nenum En {\n    A = "a"\n}\n@error("client")\nstructure E { m: String }\n@error("client")\nstructure E2 {}\n`,
  },
  {
    id: "ExamplesTrait",
    name: "allowConstraintErrors with an error: constraint failures are WARNINGs, the error content is checked",
    expect: "trigger",
    compareIds: ["ExamplesTrait"],
    text: `${H}@examples([\n    {\n        title: "bad"\n        allowConstraintErrors: true\n        input: { c: "toolong" }\n        error: { shapeId: E, content: { m: 1 } }\n    }\n])\noperation Op {\n    input := {\n        @required\n        a: String\n        @length(max: 3)\n        c: String\n    }\n    errors: [E]\n}\n@error("client")\nstructure E { m: String }\n`,
  },
  {
    id: "ExamplesTrait",
    name: "examples that fit the operation (and constraint errors an example allows)",
    expect: "accept",
    compareIds: ["ExamplesTrait"],
    text: `${H}@examples([\n    {\n        title: "ok"\n        input: { a: "x", c: "abc" }\n        output: { z: 1 }\n    }\n    {\n        title: "fails"\n        input: { a: "x" }\n        error: { shapeId: E, content: { m: "no" } }\n    }\n    {\n        title: "too long"\n        allowConstraintErrors: true\n        input: { c: "toolong" }\n        error: { shapeId: E, content: {} }\n    }\n])\noperation Op {\n    input := {\n        @required\n        a: String\n        @length(max: 3)\n        c: String\n    }\n    output := { z: Integer }\n    errors: [E]\n}\n@examples([{ title: "nothing" }])\noperation Empty {}\n@error("client")\nstructure E { m: String }\n`,
  },
  // ---- HostLabelTrait (ERROR, DANGER)
  {
    id: "HostLabelTrait",
    name: "labels without members, members without labels, a host that cannot expand, no trailing period",
    expect: "trigger",
    text: `${H}@endpoint(hostPrefix: "{foo}-bar")\noperation Op {\n    input := {\n        @hostLabel\n        @required\n        bar: String\n    }\n}\n@endpoint(hostPrefix: "a..b.")\noperation Op2 {}\n@endpoint(hostPrefix: "{foo}.")\noperation Op3 {}\n`,
  },
  {
    id: "HostLabelTrait",
    name: "every label bound, the host ends in a period",
    expect: "accept",
    text: `${H}@endpoint(hostPrefix: "{foo}-{bar}.data.")\noperation Op {\n    input := {\n        @hostLabel\n        @required\n        foo: String\n        @hostLabel\n        @required\n        bar: String\n    }\n}\n@endpoint(hostPrefix: "data-")\noperation Op2 {}\n`,
  },
  // ---- HttpResponseCodeSemantics (DANGER; WARNING for a body with 204/205)
  {
    id: "HttpResponseCodeSemantics",
    name: "an @http code outside 2xx, @httpError codes outside the error's range, a 204 with a body",
    expect: "trigger",
    compareIds: ["HttpResponseCodeSemantics"],
    text: `${H}@http(method: "GET", uri: "/a", code: 302)\n@readonly\noperation Op {}\n@error("client")\n@httpError(500)\nstructure E {}\n@error("server")\n@httpError(404)\nstructure E2 {}\n@http(method: "GET", uri: "/b", code: 204)\n@readonly\noperation Op2 {\n    output := { a: String }\n}\n`,
  },
  {
    id: "HttpResponseCodeSemantics",
    name: "2xx codes, matching error ranges, a 205 whose output is all headers",
    expect: "accept",
    compareIds: ["HttpResponseCodeSemantics"],
    text: `${H}@http(method: "GET", uri: "/a", code: 201)\n@readonly\noperation Op {}\n@error("client")\n@httpError(429)\nstructure E {}\n@error("server")\n@httpError(503)\nstructure E2 {}\n@http(method: "GET", uri: "/b", code: 205)\n@readonly\noperation Op2 {\n    output := {\n        @httpHeader("x-a")\n        a: String\n        @httpResponseCode\n        code: Integer\n    }\n}\n`,
  },
  // ---- IdempotentTrait / RequestCompressionTrait (ERROR)
  {
    id: "IdempotentTrait",
    name: "exists and notFound together, an error the operation does not declare",
    expect: "trigger",
    text: `${H}@idempotent(exists: [E], notFound: [E2])\noperation Op {\n    errors: [E]\n}\n@error("client")\nstructure E {}\n@error("client")\nstructure E2 {}\n`,
  },
  {
    id: "IdempotentTrait",
    name: "exists names one of the operation's errors",
    expect: "accept",
    text: `${H}@idempotent(exists: [E])\noperation Op {\n    errors: [E, E2]\n}\n@idempotent\noperation Op2 {}\n@error("client")\nstructure E {}\n@error("client")\nstructure E2 {}\n`,
  },
  {
    id: "RequestCompressionTrait",
    name: "no input, no encodings, unsupported encodings, a streaming input that requires its length",
    expect: "trigger",
    text: `${H}@requestCompression(encodings: [])\noperation Op {}\n@requestCompression(encodings: ["gzip", "br", "zstd"])\noperation Op2 {\n    input := {\n        @required\n        s: Stream\n    }\n}\n@streaming\n@requiresLength\nblob Stream\n@requestCompression(encodings: ["deflate"])\noperation Op3 {\n    input := {}\n}\n`,
  },
  {
    id: "RequestCompressionTrait",
    name: "gzip (any case) on an operation with input",
    expect: "accept",
    text: `${H}@requestCompression(encodings: ["GZIP"])\noperation Op {\n    input := {\n        @required\n        s: Stream\n    }\n}\n@streaming\nblob Stream\n`,
  },
  // ---- HttpPayload (ERROR): only where HTTP binds the structure
  {
    id: "HttpPayload",
    name: "beside a payload, members a request or response cannot bind (a response code in input, labels and queries in output or errors)",
    expect: "trigger",
    text: `${H}@http(method: "POST", uri: "/a/{l}")\noperation A {\n    input: AIn\n    output: AOut\n}\nstructure AIn {\n    @httpPayload\n    p: String\n    @httpLabel\n    @required\n    l: String\n    @httpResponseCode\n    rc: Integer\n    x: String\n}\nstructure AOut {\n    @httpPayload\n    p: String\n    @httpLabel\n    @required\n    l: String\n    @httpHeader("h")\n    h: String\n}\n@error("client")\nstructure E {\n    @httpPayload\n    p: String\n    y: String\n}\n`,
  },
  {
    id: "HttpPayload",
    name: "a payload beside unbound members in structures HTTP does not bind (no @http operation, no @error)",
    expect: "accept",
    text: `${H}structure Loose {\n    @httpPayload\n    p: String\n    x: String\n}\noperation NoHttp {\n    input := {\n        @httpPayload\n        p: String\n        z: String\n    }\n}\n@http(method: "POST", uri: "/a")\noperation A {\n    input := {\n        @httpPayload\n        p: String\n        @httpHeader("h")\n        h: String\n    }\n    output := {\n        @httpPayload\n        p: String\n        @httpResponseCode\n        code: Integer\n    }\n}\n`,
  },
  // ---- HttpMethodSemantics (DANGER; WARNINGs for readonly/idempotent/casing/OPTIONS)
  {
    id: "HttpMethodSemantics",
    name: "a body with GET (document members, a payload) and DELETE, a response code in a GET input; method casing, readonly and idempotent mismatches",
    expect: "trigger",
    compareIds: ["HttpMethodSemantics"],
    text: `${H}@http(method: "get", uri: "/a")\noperation A {\n    input := { b: String }\n}\n@http(method: "GET", uri: "/b")\n@readonly\noperation B {\n    input := {\n        @httpPayload\n        p: String\n    }\n}\n@http(method: "DELETE", uri: "/c")\n@readonly\noperation C {\n    input := { c: Integer }\n}\n@http(method: "PUT", uri: "/d")\noperation D {}\n@http(method: "OPTIONS", uri: "/e")\n@readonly\noperation E {}\n@http(method: "POST", uri: "/f")\n@readonly\noperation F {}\n@http(method: "GET", uri: "/g")\n@readonly\noperation G {\n    input: GIn\n}\nstructure GIn {\n    @httpResponseCode\n    rc: Integer\n}\n`,
  },
  {
    id: "HttpMethodSemantics",
    name: "every method with its semantics: bodies only where allowed",
    expect: "accept",
    compareIds: ["HttpMethodSemantics"],
    text: `${H}@http(method: "GET", uri: "/a")\n@readonly\noperation A {\n    input := {\n        @httpQuery("q")\n        q: String\n        @httpHeader("h")\n        h: String\n        @httpPrefixHeaders("x-")\n        m: StrMap\n        @httpQueryParams\n        qp: StrMap\n    }\n}\n@http(method: "DELETE", uri: "/c")\n@idempotent\noperation C {}\n@http(method: "PUT", uri: "/d")\n@idempotent\noperation D {\n    input := { b: String }\n}\n@http(method: "POST", uri: "/f")\noperation F {\n    input := { b: String }\n}\n@http(method: "PATCH", uri: "/g")\noperation G {}\n@http(method: "CUSTOM", uri: "/h")\n@readonly\noperation H {\n    input := { b: String }\n}\nmap StrMap {\n    key: String\n    value: String\n}\n`,
  },
  // ---- HttpUriFormat (ERROR)
  {
    id: "HttpUriFormat",
    name: "a URI that is not ASCII",
    expect: "trigger",
    text: `${H}@http(method: "POST", uri: "/caf\u00e9")\noperation A {}\n`,
  },
  {
    id: "HttpUriFormat",
    name: "an ASCII URI with escapes and query literals",
    expect: "accept",
    text: `${H}@http(method: "POST", uri: "/caf%C3%A9/x-y_z.~?a=b&c")\noperation A {}\n`,
  },
  // ---- HttpUriConflict (ERROR): @endpoint and query literals
  {
    id: "HttpUriConflict",
    name: "the same route: equal query literals in any order or spelling, host prefixes that may meet",
    expect: "trigger",
    text: `${H}service S {\n    version: "1"\n    operations: [C, D, G, H, I, J, K, L]\n}\n@endpoint(hostPrefix: "a.")\n@http(method: "POST", uri: "/g")\noperation C {}\n@endpoint(hostPrefix: "b.")\n@http(method: "POST", uri: "/g")\noperation D {}\n@endpoint(hostPrefix: "{x}.")\n@http(method: "POST", uri: "/i")\noperation G {\n    input := {\n        @hostLabel\n        @required\n        x: String\n    }\n}\n@endpoint(hostPrefix: "abc.")\n@http(method: "POST", uri: "/i")\noperation H {}\n@http(method: "POST", uri: "/j?a")\noperation I {}\n@http(method: "POST", uri: "/j?a=")\noperation J {}\n@http(method: "POST", uri: "/k?a=1&b=2")\noperation K {}\n@http(method: "POST", uri: "/k?b=2&a=1")\noperation L {}\n`,
  },
  {
    id: "HttpUriConflict",
    name: "routes kept apart: @endpoint on one side only, a host label whose @pattern excludes the literal, labels against literals, greedy against plain labels",
    expect: "accept",
    text: `${H}service S {\n    version: "1"\n    operations: [A, B, E, F, M, N, P, Q]\n}\n@endpoint(hostPrefix: "a.")\n@http(method: "POST", uri: "/f")\noperation A {}\n@http(method: "POST", uri: "/f")\noperation B {}\n@endpoint(hostPrefix: "{x}.")\n@http(method: "POST", uri: "/h")\noperation E {\n    input := {\n        @hostLabel\n        @required\n        @pattern("^[0-9]+$")\n        x: String\n    }\n}\n@endpoint(hostPrefix: "abc.")\n@http(method: "POST", uri: "/h")\noperation F {}\n@http(method: "POST", uri: "/m/{a+}")\noperation M {\n    input := {\n        @httpLabel\n        @required\n        a: String\n    }\n}\n@http(method: "POST", uri: "/m/{b}")\noperation N {\n    input := {\n        @httpLabel\n        @required\n        b: String\n    }\n}\n@http(method: "POST", uri: "/p/{b}")\noperation P {\n    input := {\n        @httpLabel\n        @required\n        b: String\n    }\n}\n@http(method: "POST", uri: "/p/list")\noperation Q {}\n`,
  },
  // ---- HttpPrefixHeadersTrait (ERROR) / HttpUriGreedyLabel (DANGER)
  {
    id: "HttpPrefixHeadersTrait",
    name: "headers that start with the prefix, in any case",
    expect: "trigger",
    text: `${H}structure P {\n    @httpPrefixHeaders("X-Foo-")\n    m: StrMap\n    @httpHeader("x-foo-bar")\n    h: String\n    @httpHeader("X-FOO-baz")\n    h2: String\n}\nmap StrMap {\n    key: String\n    value: String\n}\n`,
  },
  {
    id: "HttpPrefixHeadersTrait",
    name: "headers outside the prefix",
    expect: "accept",
    text: `${H}structure P {\n    @httpPrefixHeaders("X-Foo-")\n    m: StrMap\n    @httpHeader("x-foobar")\n    h: String\n}\nmap StrMap {\n    key: String\n    value: String\n}\n`,
  },
  {
    id: "HttpPrefixHeadersTrait",
    name: "an empty prefix takes every header: only a NOTE",
    expect: "accept",
    compareIds: ["HttpPrefixHeadersTrait"],
    text: `${H}structure P {\n    @httpPrefixHeaders("")\n    m: StrMap\n    @httpHeader("x-foo-bar")\n    h: String\n}\nmap StrMap {\n    key: String\n    value: String\n}\n`,
  },
  {
    id: "Model",
    name: "@endpoint host prefixes Smithy cannot build: unclosed, greedy, adjacent, stray braces, empty, invalid and repeated labels",
    expect: "trigger",
    text: `${H}@endpoint(hostPrefix: "{foo")\noperation A {}\n@endpoint(hostPrefix: "{foo+}.")\noperation B {\n    input := {\n        @hostLabel\n        @required\n        foo: String\n    }\n}\n@endpoint(hostPrefix: "{a}{b}.")\noperation C {}\n@endpoint(hostPrefix: "a}.")\noperation D {}\n@endpoint(hostPrefix: "{}.")\noperation E {}\n@endpoint(hostPrefix: "{a-b}.")\noperation F {}\n@endpoint(hostPrefix: "{a}.{A}.")\noperation G {}\n@endpoint(hostPrefix: "{a}}.")\noperation H {}\n`,
  },
  {
    id: "HttpUriGreedyLabel",
    name: "labels after a greedy label, one event each",
    expect: "trigger",
    text: `${H}@http(method: "POST", uri: "/{a+}/{b}/x/{c}")\noperation B {\n    input := {\n        @httpLabel\n        @required\n        a: String\n        @httpLabel\n        @required\n        b: String\n        @httpLabel\n        @required\n        c: String\n    }\n}\n`,
  },
  {
    id: "HttpUriGreedyLabel",
    name: "the greedy label last, literals after it",
    expect: "accept",
    text: `${H}@http(method: "POST", uri: "/{b}/{a+}/x")\noperation B {\n    input := {\n        @httpLabel\n        @required\n        a: String\n        @httpLabel\n        @required\n        b: String\n    }\n}\n`,
  },
  // ---- traits and members a shape has from its mixins, located where the mixin applied them
  {
    id: "HttpResponseCodeSemantics",
    name: "traits and members from mixins are validated on the shapes that mix them in",
    expect: "trigger",
    text: `${H}@mixin\n@http(method: "POST", uri: "/a", code: 302)\n@requestCompression(encodings: ["br"])\noperation OpMixin {}\noperation Op with [OpMixin] {}\n@mixin\nstructure EvMixin {\n    @eventPayload\n    p: Blob\n    x: String\n}\nstructure Ev with [EvMixin] {\n    y: String\n}\n@mixin\nstructure HL {\n    @hostLabel\n    @required\n    bar: String\n}\n@endpoint(hostPrefix: "{foo}.")\noperation Op2 {\n    input := with [HL] {}\n}\n@mixin\n@enum([{ value: "a", name: "A" }, { value: "a", name: "B" }])\nstring EnumMixin\nstring E2 with [EnumMixin]\n`,
  },
  {
    id: "HttpResponseCodeSemantics",
    name: "a mixin's localTraits stay with the mixin",
    expect: "accept",
    text: `${H}@mixin(localTraits: [http])\n@http(method: "POST", uri: "/a", code: 302)\n@suppress(["HttpResponseCodeSemantics"])\noperation OpMixin {}\noperation Op with [OpMixin] {}\n`,
  },
  {
    id: "HttpLabelTrait",
    name: "@http from an operation mixin, bound headers from a structure mixin, as the HTTP binding validators see them",
    expect: "trigger",
    text: `${REST}@restJson1\nservice S {\n    version: "1"\n    operations: [Op, Op3]\n}\n@mixin\n@http(method: "GET", uri: "/a/{id}")\n@readonly\noperation OpMixin {}\noperation Op with [OpMixin] {\n    input := {\n        other: String\n    }\n}\n@mixin\nstructure Hdr {\n    @httpHeader("Authorization")\n    auth: String\n}\n@http(method: "POST", uri: "/b")\noperation Op3 {\n    input := with [Hdr] {}\n}\n`,
  },
  {
    id: "HttpBindingsMissing",
    name: "an operation whose @http comes from its mixin has @http",
    expect: "accept",
    text: `${REST}@restJson1\nservice S {\n    version: "1"\n    operations: [Op]\n}\n@mixin\n@http(method: "GET", uri: "/a")\n@readonly\noperation OpMixin {}\noperation Op with [OpMixin] {\n    input := {\n        @httpQuery("q")\n        q: String\n    }\n}\n`,
  },
  {
    id: "ExamplesTrait",
    name: "@examples from an operation mixin are checked against the input of the operation that mixes it in",
    expect: "trigger",
    text: `${H}@mixin\n@examples([{ title: "a", input: { a: 1 } }])\noperation OpMixin {}\noperation Op with [OpMixin] {\n    input := {\n        a: String\n    }\n}\n`,
  },
  // ---- EventPayloadTrait (ERROR)
  {
    id: "EventPayloadTrait",
    name: "an event with a payload and members that are not headers",
    expect: "trigger",
    text: `${H}@streaming\nunion Events {\n    a: Ev\n}\nstructure Ev {\n    @eventPayload\n    p: Blob\n    @eventHeader\n    h: String\n    x: String\n    y: Integer\n}\n`,
  },
  {
    id: "EventPayloadTrait",
    name: "an event with a payload and headers only",
    expect: "accept",
    text: `${H}@streaming\nunion Events {\n    a: Ev\n}\nstructure Ev {\n    @eventPayload\n    p: Blob\n    @eventHeader\n    h: String\n}\n`,
  },
  // ---- MediaType (ERROR)
  {
    id: "MediaType",
    name: "media types Smithy cannot parse",
    expect: "trigger",
    text: `${H}@mediaType("foo")\nstring A\n@mediaType("application/json; charset")\nstring B\n@mediaType("a/b c")\nblob C\n@mediaType("text/plain; a=\\"open")\nstring D\n@mediaType("a /b")\nstring E\n@mediaType("")\nstring F\n`,
  },
  {
    id: "MediaType",
    name: "types, suffixes, parameters and quoted parameter values",
    expect: "accept",
    text: `${H}@mediaType("application/json")\nblob A\n@mediaType("application/vnd.amazon.eventstream")\nblob B\n@mediaType("text/markdown; charset=UTF-8;variant=CommonMark")\nstring C\n@mediaType("application/x+json ; a=\\"q \\\\\\" x\\"")\nstring D\n`,
  },
  // ---- XmlNamespaceTrait (ERROR)
  {
    id: "XmlNamespaceTrait",
    name: "URIs java.net.URI refuses: spaces, braces, bad escapes, brackets in a path, no scheme part",
    expect: "trigger",
    text: `${H}@xmlNamespace(uri: "http://a b")\nstructure A {\n    @xmlNamespace(uri: "foo:")\n    m: String\n}\n@xmlNamespace(uri: "http://example.com/{x}")\nstructure B {}\n@xmlNamespace(uri: "%zz")\nstructure C {}\n@xmlNamespace(uri: ":x")\nstructure D {}\n@xmlNamespace(uri: "http://example.com/a[1]")\nstructure F {}\n@xmlNamespace(uri: "urn:x:y#a#b")\nstructure G {}\n@xmlNamespace(uri: "1http://x")\nstructure H {}\n@xmlNamespace(uri: "http://")\nstructure I {}\n@xmlNamespace(uri: "http://[::1")\nstructure J {}\n@xmlNamespace(uri: "http://h/a%2")\nstructure K {}\n`,
  },
  {
    id: "XmlNamespaceTrait",
    name: "namespace URIs java.net.URI accepts",
    expect: "accept",
    text: `${H}@xmlNamespace(uri: "http://doc.s3.amazonaws.com/2006-03-01")\nstructure A {}\n@xmlNamespace(uri: "http://[::1]/a", prefix: "x")\nstructure B {}\n@xmlNamespace(uri: "http://x/?q=[1]#frag")\nstructure C {}\n@xmlNamespace(uri: "urn:example:ns")\nstructure D {}\n@xmlNamespace(uri: "http://a_b.com/%C3%A9/é")\nstructure E {}\n@xmlNamespace(uri: "relative/path")\nstructure F {}\n@xmlNamespace(uri: "http://[fe80::1%25eth0]/")\nstructure G {}\n@xmlNamespace(uri: "mailto:a@b.c")\nstructure H {}\n@xmlNamespace(uri: "http://user:pass@host:80/p;q?x#y")\nstructure I {}\n@xmlNamespace(uri: "#frag")\nstructure J {}\n@xmlNamespace(uri: "http:///a")\nstructure K {}\n`,
  },
  // ---- EnumTrait (ERROR; WARNINGs for names)
  {
    id: "EnumTrait",
    name: "duplicate values and names, a definition without a name when others have one",
    expect: "trigger",
    compareIds: ["EnumTrait", "EnumNamesPresent"],
    text: `${H}@enum([{ value: "a", name: "A" }, { value: "a", name: "A" }, { value: "b" }, { value: "c", name: "lower" }])\nstring E1\n@enum([{ value: "a" }, { value: "b" }])\nstring E2\n`,
  },
  {
    id: "EnumTrait",
    name: "unique values, every definition named",
    expect: "accept",
    compareIds: ["EnumTrait", "EnumNamesPresent"],
    text: `${H}@enum([{ value: "a", name: "A" }, { value: "b", name: "B_2" }])\nstring E1\n`,
  },
];
