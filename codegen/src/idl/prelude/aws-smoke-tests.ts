// aws.test (smithy-aws-smoke-test-model): the vendor parameters of AWS
// smoke tests (https://smithy.io/2.0/aws/smoke-tests.html). Same
// definitions as the pinned Smithy, minus documentation; test/idl/prelude
// proves it.

export const AWS_SMOKE_TESTS = `$version: "2"
namespace aws.test

@suppress(["UnreferencedShape"])
structure AwsVendorParams with [BaseAwsVendorParams] {}

@mixin
@suppress(["UnreferencedShape"])
structure BaseAwsVendorParams {
    region: String = "us-west-2"

    sigv4aRegionSet: NonEmptyStringList

    uri: String

    useFips: Boolean = false

    useDualstack: Boolean = false

    useAccountIdRouting: Boolean = true
}

@length(min: 1)
@private
@suppress(["UnreferencedShape"])
list NonEmptyStringList {
    member: String
}

@suppress(["UnreferencedShape"])
structure S3VendorParams with [BaseAwsVendorParams] {
    useAccelerate: Boolean = false

    useGlobalEndpoint: Boolean = false

    forcePathStyle: Boolean = false

    useArnRegion: Boolean = true

    useMultiRegionAccessPoints: Boolean = true
}
`;
