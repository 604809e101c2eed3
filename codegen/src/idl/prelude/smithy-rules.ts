// smithy.rules (smithy-rules-engine): endpoint rule sets, BDDs, tests and
// context parameters (https://smithy.io/2.0/additional-specs/rules-engine/).
// Same definitions as the pinned Smithy, minus documentation;
// test/idl/prelude proves it.

export const SMITHY_RULES = `$version: "2"
namespace smithy.rules

@private
@unstable
structure ClientContextParamDefinition {
    @required
    type: ShapeType

    documentation: String
}

@trait(selector: "service")
@unstable
map clientContextParams {
    key: String
    value: ClientContextParamDefinition
}

@private
structure Condition {
    @required
    fn: String

    @required
    argv: DocumentList

    assign: String
}

@private
list Conditions {
    member: Condition
}

@trait(selector: "operation -[input]-> structure > member")
@unstable
structure contextParam {
    @required
    name: String
}

@private
list DocumentList {
    member: Document
}

@trait(selector: "service")
@unstable
structure endpointBdd {
    @required
    version: String

    @required
    parameters: Parameters

    @required
    conditions: Conditions

    @required
    results: Results

    @range(min: -1)
    @required
    root: Integer

    @range(min: 0)
    @required
    nodeCount: Integer

    @required
    nodes: String
}

@private
@unstable
structure EndpointExpectation {
    url: String

    headers: EndpointHeaders

    properties: Properties
}

@private
@unstable
map EndpointHeaders {
    key: String
    value: EndpointHeaderValue
}

@private
@unstable
list EndpointHeaderValue {
    member: String
}

@private
structure EndpointObject {
    @required
    url: Document

    properties: EndpointProperties

    headers: EndpointObjectHeaders
}

@private
map EndpointObjectHeaders {
    key: String
    value: DocumentList
}

@private
map EndpointProperties {
    key: String
    value: Document
}

@trait(selector: "service")
@unstable
document endpointRuleSet

@private
@unstable
structure EndpointTest {
    documentation: String

    params: Document

    operationInputs: OperationInputs

    @required
    expect: EndpointTestExpectation
}

@private
@unstable
union EndpointTestExpectation {
    error: String

    endpoint: EndpointExpectation
}

@private
@unstable
list EndpointTestList {
    member: EndpointTest
}

@trait(
    selector: "service :is([trait|smithy.rules#endpointRuleSet], [trait|smithy.rules#endpointBdd])"
)
@unstable
structure endpointTests {
    @required
    version: String

    testCases: EndpointTestList
}

@private
@unstable
structure OperationContextParamDefinition {
    @required
    path: String
}

@trait(selector: "operation")
@unstable
map operationContextParams {
    key: String
    value: OperationContextParamDefinition
}

@private
@unstable
structure OperationInput {
    @required
    operationName: String

    operationParams: Document

    builtInParams: Document

    clientParams: Document
}

@private
@unstable
list OperationInputs {
    member: OperationInput
}

@private
structure Parameter {
    @required
    type: ParameterType

    deprecated: Boolean

    documentation: String

    default: Document

    builtIn: String

    required: Boolean
}

@private
map Parameters {
    key: String
    value: Parameter
}

enum ParameterType {
    STRING = "string"
    BOOLEAN = "boolean"
    STRING_ARRAY = "stringArray"
}

@private
@unstable
map Properties {
    key: String
    value: Document
}

@private
structure Result {
    @required
    type: ResultType

    documentation: String

    error: Document

    endpoint: EndpointObject

    conditions: Conditions
}

@private
list Results {
    member: Result
}

@private
enum ResultType {
    ENDPOINT = "endpoint"
    ERROR = "error"
}

@private
@unstable
enum ShapeType {
    STRING = "string"

    BOOLEAN = "boolean"
}

@private
@unstable
structure StaticContextParamDefinition {
    @required
    value: Document
}

@trait(selector: "operation")
@unstable
map staticContextParams {
    key: String
    value: StaticContextParamDefinition
}
`;
