$version: "2"
// Inline operation input and output take these suffixes, so the generated
// shapes keep the names AWS's own model uses.
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"

namespace com.amazonaws.mwaaserverless

/// Stops a running workflow execution. This operation terminates all running
/// tasks and prevents new tasks from starting. Amazon Managed Workflows for
/// Apache Airflow Serverless gracefully shuts down the workflow execution by
/// stopping task scheduling and terminating active ECS worker containers. The
/// operation transitions the workflow run to a `STOPPING` state and then to
/// `STOPPED` once all cleanup is complete. In-flight tasks may complete or be
/// terminated depending on their current execution state.
@idempotent
operation StopWorkflowRun {
    input := {
        /// The Amazon Resource Name (ARN) of the workflow that contains the run you want to stop.
        @required
        WorkflowArn: WorkflowArn

        /// The unique identifier of the workflow run to stop.
        @required
        RunId: IdString
    }

    output := {
        /// The Amazon Resource Name (ARN) of the workflow that contains the stopped run.
        WorkflowArn: WorkflowArn

        /// The version of the workflow that was stopped.
        WorkflowVersion: VersionId

        /// The unique identifier of the stopped workflow run.
        RunId: IdString

        /// The status of the workflow run after the stop operation. This is
        /// typically `STOPPING` or `STOPPED`.
        Status: WorkflowRunStatus
    }

    errors: [
        ThrottlingException
        ValidationException
        ResourceNotFoundException
        AccessDeniedException
        InternalServerException
        OperationTimeoutException
    ]
}

// Patterns are anchored: a Smithy @pattern matches anywhere in the value
// unless it is anchored, and these values must match as a whole.
@length(min: 1, max: 2048)
@pattern("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow/([a-zA-Z0-9][a-zA-Z0-9\\.\\-_]{0,254}-[a-zA-Z0-9]{10})$")
string WorkflowArn

@length(min: 1, max: 255)
@pattern("^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$")
string IdString

@length(min: 1, max: 2048)
@pattern("^.+$")
string VersionId

enum WorkflowRunStatus {
    STARTING
    QUEUED
    RUNNING
    SUCCESS
    FAILED
    TIMEOUT
    STOPPING
    STOPPED
}
