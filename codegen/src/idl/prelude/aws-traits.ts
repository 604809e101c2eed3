// The AWS core trait libraries (smithy-aws-traits): aws.api (service, ARN,
// tagging, endpoint discovery; https://smithy.io/2.0/aws/aws-core.html),
// aws.auth (SigV4/SigV4a, Cognito; https://smithy.io/2.0/aws/aws-auth.html),
// aws.protocols (https://smithy.io/2.0/aws/protocols/) and
// aws.customizations (S3). Same definitions as the pinned Smithy, minus
// documentation; test/idl/prelude proves it.

export const AWS_API = `$version: "2"
namespace aws.api

@externalDocumentation(
    Reference: "https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html"
)
@trait(selector: "resource")
structure arn {
    @required
    template: String

    absolute: Boolean

    noRegion: Boolean

    noAccount: Boolean

    resourceDelimiter: ResourceDelimiter

    reusable: Boolean
}

@pattern("^[a-z0-9.\\\\-]{1,63}$")
@private
string ArnNamespace

@trait(selector: "string")
structure arnReference {
    type: String

    resource: String

    service: String
}

@trait(selector: "blob[trait|streaming]", breakingChanges: [{ change: "remove" }])
structure awsChunked {}

@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

@trait(selector: "service")
structure clientEndpointDiscovery {
    @idRef(failWhenMissing: true, selector: "operation")
    @required
    operation: String

    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    @recommended
    error: String
}

@trait(
    selector: "operation[trait|aws.api#clientDiscoveredEndpoint] -[input]->\\nstructure > :test(member[trait|required] > string)"
)
structure clientEndpointDiscoveryId {}

@pattern("^[A-Z][A-Za-z0-9]+$")
@private
string CloudFormationName

@length(min: 1, max: 255)
@pattern("^[^:].*$")
@private
string CloudWatchMetricNamespace

@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#dataPlane"])
structure controlPlane {}

@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"

    CUSTOMER_ACCOUNT_INFORMATION = "account"

    SERVICE_ATTRIBUTES = "usage"

    TAG_DATA = "tagging"

    PERMISSIONS_DATA = "permissions"
}

@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#controlPlane"])
structure dataPlane {}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"

    COLON = ":"
}

@trait(selector: "service")
structure service {
    @required
    sdkId: String

    arnNamespace: ArnNamespace

    cloudFormationName: CloudFormationName

    cloudTrailEventSource: String

    docId: String

    endpointPrefix: String

    cloudWatchNamespace: CloudWatchMetricNamespace
}

@idRef(failWhenMissing: true, selector: "service > operation")
string ServiceTagOperationReference

@trait(selector: "service")
@unstable
structure tagEnabled {
    disableDefaultOperations: Boolean

    apiConfig: TaggableServiceApiConfig
}

@trait(selector: "resource")
@unstable
structure taggable {
    property: String

    apiConfig: TaggableApiConfig

    disableSystemTags: Boolean
}

structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference

    @required
    untagApi: TagOperationReference

    @required
    listTagsApi: TagOperationReference
}

structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference

    untagApi: ServiceTagOperationReference

    listTagsApi: ServiceTagOperationReference
}

@idRef(failWhenMissing: true, selector: "resource > operation")
string TagOperationReference
`;

export const AWS_AUTH = `$version: "2"
namespace aws.auth

@authDefinition
@internal
@tags(["internal"])
@trait(selector: "service")
structure cognitoUserPools {
    @required
    providerArns: StringList
}

@internal
@length(min: 1)
@tags(["internal"])
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
list cognitoUserPoolsScopes {
    member: String
}

@authDefinition(traits: ["aws.auth#unsignedPayload"])
@externalDocumentation(
    Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html"
)
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
            message: "Removing the existing authentication scheme is not backward compatible and can break existing clients' authentication."
        }
    ]
)
structure sigv4 {
    @externalDocumentation(
        Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html"
    )
    @length(min: 1)
    @required
    name: String
}

@authDefinition(traits: ["aws.auth#unsignedPayload"])
@externalDocumentation(
    Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html"
    Examples: "https://github.com/aws-samples/sigv4a-signing-examples"
)
@trait(
    selector: "service[trait|aws.auth#sigv4]"
    breakingChanges: [
        {
            change: "remove"
            message: "Removing the existing authentication scheme is not backward compatible and can break existing clients' authentication."
        }
    ]
)
structure sigv4a {
    @externalDocumentation(
        Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html"
    )
    @length(min: 1)
    @required
    name: String
}

@private
list StringList {
    member: String
}

@trait(selector: "operation")
structure unsignedPayload {}
`;

export const AWS_PROTOCOLS = `$version: "2"
namespace aws.protocols

@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
    ]
)
@trait(selector: "service")
structure awsJson1_0 with [HttpConfiguration] {}

@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
    ]
)
@trait(selector: "service")
structure awsJson1_1 with [HttpConfiguration] {}

@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "aws.protocols#awsQueryError"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with awsQuery"
    }
)
structure awsQuery {}

@trait(
    selector: "service :test([trait|aws.protocols#awsJson1_0],\\n              [trait|smithy.protocols#rpcv2Cbor],\\n              [trait|smithy.protocols#rpcv2Json])"
)
structure awsQueryCompatible {}

@trait(selector: "structure [trait|error]", breakingChanges: [{ change: "any" }])
structure awsQueryError {
    @required
    code: String

    @required
    httpResponseCode: Integer
}

@private
enum ChecksumAlgorithm {
    CRC32

    CRC32C

    CRC64NVME

    MD5

    SHA1

    SHA256

    SHA512

    XXHASH64

    XXHASH3

    XXHASH128
}

@length(min: 1)
@private
@uniqueItems
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "aws.protocols#ec2QueryName"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with ec2Query"
    }
)
structure ec2Query {}

@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
@trait(selector: "structure > member")
string ec2QueryName

@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: "Removing the trait removes the ability for clients to do request or response checksums. The service MUST continue to support old clients by supporting the \`httpChecksum\` trait."
        }
        {
            change: "remove"
            path: "/requestAlgorithmMember"
            severity: "DANGER"
            message: "\`requestAlgorithmMember\` was removed, so newly generated clients will no longer be able to pick the request checksum algorithms The service MUST continue to support old clients by supporting \`requestAlgorithmMember\`."
        }
        {
            change: "remove"
            path: "/requestValidationModeMember"
            severity: "DANGER"
            message: "\`requestValidationModeMember\` was removed, so newly generated clients will no longer validate response checksums. The service MUST continue to support old clients by supporting \`requestValidationModeMember\`."
        }
        {
            change: "remove"
            path: "/responseAlgorithms/member"
            severity: "DANGER"
            message: "Members of \`responseAlgorithms\` were removed, so newly generated clients will no longer validate response checksums for the removed algorithms. The service MUST continue to support old clients by supporting removed compression algorithms."
        }
    ]
)
@unstable
structure httpChecksum {
    requestAlgorithmMember: String

    requestChecksumRequired: Boolean

    requestValidationModeMember: String

    responseAlgorithms: ChecksumAlgorithmSet
}

@mixin(localTraits: ["smithy.api#private"])
@private
structure HttpConfiguration {
    http: StringList

    eventStreamHttp: StringList
}

@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#http"
        "smithy.api#httpError"
        "smithy.api#httpHeader"
        "smithy.api#httpLabel"
        "smithy.api#httpPayload"
        "smithy.api#httpPrefixHeaders"
        "smithy.api#httpQuery"
        "smithy.api#httpQueryParams"
        "smithy.api#httpResponseCode"
        "aws.protocols#httpChecksum"
        "smithy.api#httpChecksumRequired"
        "smithy.api#jsonName"
    ]
)
@trait(selector: "service")
structure restJson1 with [HttpConfiguration] {}

@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#http"
        "smithy.api#httpError"
        "smithy.api#httpHeader"
        "smithy.api#httpLabel"
        "smithy.api#httpPayload"
        "smithy.api#httpPrefixHeaders"
        "smithy.api#httpQuery"
        "smithy.api#httpQueryParams"
        "smithy.api#httpResponseCode"
        "aws.protocols#httpChecksum"
        "smithy.api#httpChecksumRequired"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with restXml"
    }
)
structure restXml with [HttpConfiguration] {
    @deprecated
    noErrorWrapping: Boolean
}

@private
list StringList {
    member: String
}
`;

export const AWS_CUSTOMIZATIONS = `$version: "2"
namespace aws.customizations

@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
`;
