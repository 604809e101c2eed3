// Trait definitions of smithy.test: HTTP protocol compliance tests
// (https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html).

export const SMITHY_TEST = `$version: "2"
namespace smithy.test

@trait(selector: "operation")
@length(min: 1)
list httpRequestTests {
    member: HttpRequestTestCase
}

@trait(selector: ":test(operation, structure[trait|error])")
@length(min: 1)
list httpResponseTests {
    member: HttpResponseTestCase
}

structure HttpRequestTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String
    @required
    protocol: String
    @required
    @length(min: 1)
    method: String
    @required
    uri: String
    host: String
    resolvedHost: String
    authScheme: String
    queryParams: StringList
    forbidQueryParams: StringList
    requireQueryParams: StringList
    headers: StringMap
    forbidHeaders: StringList
    requireHeaders: StringList
    body: String
    bodyMediaType: String
    params: Document
    vendorParams: Document
    vendorParamsShape: String
    documentation: String
    tags: NonEmptyStringList
    appliesTo: AppliesTo
}

structure HttpResponseTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String
    @required
    protocol: String
    @required
    @range(min: 100, max: 599)
    code: Integer
    authScheme: String
    headers: StringMap
    forbidHeaders: StringList
    requireHeaders: StringList
    body: String
    bodyMediaType: String
    params: Document
    vendorParams: Document
    vendorParamsShape: String
    documentation: String
    tags: NonEmptyStringList
    appliesTo: AppliesTo
}

@trait(selector: "operation")
@length(min: 1)
list httpMalformedRequestTests {
    member: HttpMalformedRequestTestCase
}

structure HttpMalformedRequestTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String
    documentation: String
    @required
    protocol: String
    @required
    request: HttpMalformedRequestDefinition
    @required
    response: HttpMalformedResponseDefinition
    tags: NonEmptyStringList
    testParameters: HttpMalformedRequestTestParametersDefinition
}

structure HttpMalformedRequestDefinition {
    @required
    method: String
    @required
    uri: String
    host: String
    queryParams: StringList
    headers: StringMap
    body: String
}

structure HttpMalformedResponseDefinition {
    headers: StringMap
    @required
    code: Integer
    body: HttpMalformedResponseBodyDefinition
}

structure HttpMalformedResponseBodyDefinition {
    @required
    assertion: HttpMalformedResponseBodyAssertion
    @required
    mediaType: String
}

union HttpMalformedResponseBodyAssertion {
    contents: String
    messageRegex: String
}

map HttpMalformedRequestTestParametersDefinition {
    key: String
    value: StringList
}

enum AppliesTo {
    CLIENT = "client"
    SERVER = "server"
}

list StringList {
    member: String
}

list NonEmptyStringList {
    member: NonEmptyString
}

@length(min: 1)
string NonEmptyString

map StringMap {
    key: String
    value: String
}
`;
