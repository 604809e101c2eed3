// Trait definitions of the AWS namespaces this toolchain generates for:
// aws.protocols (https://smithy.io/2.0/aws/protocols/), aws.auth#sigv4
// (https://smithy.io/2.0/aws/aws-auth.html) and aws.api#service
// (https://smithy.io/2.0/aws/aws-core.html). Only what validation needs.

export const AWS_PROTOCOLS = `$version: "2"
namespace aws.protocols

@trait(selector: "service")
@protocolDefinition
structure awsJson1_0 {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition
structure awsJson1_1 {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition
structure restJson1 {
    http: StringList
    eventStreamHttp: StringList
}

list StringList {
    member: String
}

/// The service was migrated from awsQuery: clients send x-amzn-query-mode and
/// read awsQuery error codes from the x-amzn-query-error header.
@trait(selector: "service")
structure awsQueryCompatible {}

/// The awsQuery error code and HTTP status of an error shape.
@trait(selector: "structure[trait|error]")
structure awsQueryError {
    @required
    code: String
    @required
    httpResponseCode: Integer
}
`;

export const AWS_AUTH = `$version: "2"
namespace aws.auth

@trait(selector: "service")
@authDefinition
structure sigv4 {
    @required
    @length(min: 1)
    name: String
}

@trait(selector: "operation")
structure unsignedPayload {}
`;

export const AWS_API = `$version: "2"
namespace aws.api

@trait(selector: "service")
structure service {
    @required
    sdkId: String
    cloudFormationName: String
    arnNamespace: ArnNamespace
    cloudTrailEventSource: String
    docId: String
    endpointPrefix: String
}

@pattern("^[a-z0-9.\\\\-]{1,63}$")
string ArnNamespace

@trait(selector: "resource")
structure arn {
    @required
    template: String
    absolute: Boolean
    noRegion: Boolean
    noAccount: Boolean
}
`;
