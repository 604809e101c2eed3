// aws.endpoints (smithy-aws-endpoints): endpoint modifier traits for the
// rules engine (https://smithy.io/2.0/aws/aws-endpoints-region.html). Same
// definitions as the pinned Smithy, minus documentation; test/idl/prelude
// proves it.

export const AWS_ENDPOINTS = `$version: "2"
namespace aws.endpoints

@endpointsModifier
@trait(selector: "service", breakingChanges: [{ change: "any" }])
structure dualStackOnlyEndpoints {}

@trait(selector: "structure[trait|trait]", breakingChanges: [{ change: "presence" }])
structure endpointsModifier {}

@private
enum PartitionEndpointPattern {
    @deprecated(
        since: "2025-04-01"
        message: "Not recommended to use. Use AWS_RECOMMENDED instead"
    )
    SERVICE_DNSSUFFIX = "service_dnsSuffix"

    @deprecated(
        since: "2025-04-01"
        message: "Not recommended to use. Use AWS_RECOMMENDED instead"
    )
    SERVICE_REGION_DNSSUFFIX = "service_region_dnsSuffix"
    AWS_RECOMMENDED = "aws_recommended"
}

@private
structure PartitionEndpointSpecialCase {
    endpoint: String

    region: String

    dualStack: Boolean

    fips: Boolean
}

@private
list PartitionEndpointSpecialCaseList {
    member: PartitionEndpointSpecialCase
}

@private
map PartitionEndpointSpecialCaseMap {
    key: String
    value: PartitionEndpointSpecialCaseList
}

@private
structure PartitionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean
}

@private
list PartitionSpecialCaseList {
    member: PartitionSpecialCase
}

@private
map PartitionSpecialCaseMap {
    key: String
    value: PartitionSpecialCaseList
}

@private
structure RegionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean

    signingRegion: String
}

@private
list RegionSpecialCaseList {
    member: RegionSpecialCase
}

@private
map RegionSpecialCaseMap {
    key: String
    value: RegionSpecialCaseList
}

@endpointsModifier
@trait(selector: "service", breakingChanges: [{ change: "any" }])
@unstable
structure rulesBasedEndpoints {}

@endpointsModifier
@trait(
    selector: "service"
    conflicts: ["aws.endpoints#standardRegionalEndpoints"]
    breakingChanges: [{ change: "any" }]
)
structure standardPartitionalEndpoints {
    @required
    endpointPatternType: PartitionEndpointPattern

    partitionEndpointSpecialCases: PartitionEndpointSpecialCaseMap
}

@endpointsModifier
@trait(
    selector: "service"
    conflicts: ["aws.endpoints#standardPartitionalEndpoints"]
    breakingChanges: [{ change: "remove" }]
)
structure standardRegionalEndpoints {
    partitionSpecialCases: PartitionSpecialCaseMap

    regionSpecialCases: RegionSpecialCaseMap
}
`;
