// A service whose operations have a waiter for every kind of acceptor the
// smithy.waiters#waitable trait has, one of them without input or output
// (test/client/waiters.test.ts).
export const WAITERS_MODEL = `$version: "2"
namespace example.waits

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0
use smithy.waiters#waitable

@service(sdkId: "Waits")
@sigv4(name: "waits")
@awsJson1_0
service Waits {
    version: "2024-01-01"
    operations: [GetThing, Ping]
}

@readonly
@waitable(
    ThingReady: {
        documentation: "Waits until the thing is ready."
        minDelay: 5
        maxDelay: 30
        acceptors: [
            { state: "failure", matcher: { output: { path: "Status", expected: "failed", comparator: "stringEquals" } }, message: "Reasons" }
            { state: "success", matcher: { output: { path: "Status", expected: "ready", comparator: "stringEquals" } } }
            { state: "retry", matcher: { errorType: "example.waits#NotFound" } }
        ]
    }
    PartsDone: {
        acceptors: [
            { state: "failure", matcher: { output: { path: "Parts[].State", expected: "broken", comparator: "anyStringEquals" } } }
            { state: "success", matcher: { output: { path: "Parts[].State", expected: "done", comparator: "allStringEquals" } } }
        ]
    }
    FlagSet: {
        acceptors: [{ state: "success", matcher: { output: { path: "Flag", expected: "true", comparator: "booleanEquals" } } }]
    }
    SameName: {
        acceptors: [{ state: "success", matcher: { inputOutput: { path: "input.Name == output.Name", expected: "true", comparator: "booleanEquals" } } }]
    }
    CreatedLater: {
        acceptors: [{ state: "success", matcher: { output: { path: "Created > \`1700000000\` && Data == 'AQID'", expected: "true", comparator: "booleanEquals" } } }]
    }
    ThingGone: {
        deprecated: true
        acceptors: [
            { state: "success", matcher: { errorType: "NotFound" } }
            { state: "retry", matcher: { success: true } }
        ]
    }
)
operation GetThing {
    input := { @required Name: String }
    output := {
        Name: String
        Status: String
        Reasons: Reasons
        Parts: Parts
        Flag: Boolean
        Created: Timestamp
        Data: Blob
    }
    errors: [NotFound]
}

/// Neither input nor output: a waiter of success and errors only.
@waitable(
    PingOk: { acceptors: [{ state: "success", matcher: { success: true } }, { state: "retry", matcher: { errorType: "NotFound" } }] }
)
operation Ping {
    errors: [NotFound]
}

@error("client")
structure NotFound { message: String }

list Reasons { member: String }
list Parts { member: Part }
structure Part { State: String }
`;
