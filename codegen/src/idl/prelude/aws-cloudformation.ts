// aws.cloudformation (smithy-aws-cloudformation-traits): resource schema
// traits (https://smithy.io/2.0/aws/aws-cloudformation.html). Same
// definitions as the pinned Smithy, minus documentation; test/idl/prelude
// proves it.

export const AWS_CLOUDFORMATION = `$version: "2"
namespace aws.cloudformation

@trait(
    selector: "structure > :test(member > string)"
    conflicts: ["aws.cloudformation#cfnExcludeProperty"]
    breakingChanges: [{ change: "remove" }]
)
@unstable
structure cfnAdditionalIdentifier {}

@trait(
    selector: "resource > operation -[input, output]-> structure > member"
    conflicts: ["aws.cloudformation#cfnExcludeProperty"]
)
@unstable
structure cfnDefaultValue {}

@trait(
    selector: "structure > member"
    conflicts: [
        "aws.cloudformation#cfnAdditionalIdentifier"
        "aws.cloudformation#cfnMutability"
        "aws.cloudformation#cfnDefaultValue"
    ]
    breakingChanges: [{ change: "add" }]
)
@unstable
structure cfnExcludeProperty {}

@trait(selector: "structure > member", conflicts: ["aws.cloudformation#cfnExcludeProperty"])
@unstable
enum cfnMutability {
    FULL = "full"

    CREATE_AND_READ = "create-and-read"

    CREATE = "create"

    READ = "read"

    WRITE = "write"
}

@trait(selector: "structure > member", breakingChanges: [{ change: "any" }])
@unstable
string cfnName

@trait(selector: "resource", breakingChanges: [{ change: "presence" }])
@unstable
structure cfnResource {
    name: String

    additionalSchemas: StructureIdList

    @deprecated(message: "Prefer the resource's identifiers when generating resource schemas.")
    primaryIdentifier: String
}

@private
list StructureIdList {
    @idRef(failWhenMissing: true, selector: "structure")
    member: String
}
`;
