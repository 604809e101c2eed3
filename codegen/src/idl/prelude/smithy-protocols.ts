// smithy.protocols (smithy-protocol-traits): the rpcv2Cbor and rpcv2Json
// protocols (https://smithy.io/2.0/additional-specs/protocols/). Same
// definitions as the pinned Smithy, minus documentation; test/idl/prelude
// proves it.

export const SMITHY_PROTOCOLS = `$version: "2"
namespace smithy.protocols

@protocolDefinition(
    traits: [
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#httpError"
        "smithy.api#requestCompression"
    ]
)
@trait(selector: "service")
@traitValidators({
    "rpcv2Cbor.NoDocuments": {
        selector: "service ~> member :test(> document)"
        message: "This protocol does not support document types in most possible scenarios."
        severity: "DANGER"
    }
})
structure rpcv2Cbor {
    http: StringList

    eventStreamHttp: StringList
}

@protocolDefinition(
    traits: [
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#httpError"
        "smithy.api#requestCompression"
    ]
)
@trait(selector: "service")
structure rpcv2Json {
    http: StringList

    eventStreamHttp: StringList
}

@private
list StringList {
    member: String
}
`;
