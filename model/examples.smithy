$version: "2"

namespace com.amazonaws.mwaaserverless

// One example per outcome. The Prism mock serves these (select one with
// `Prefer: code=<status>, example=<title>`), the OpenAPI document carries
// them, and the conformance kit replays the successful one.
apply StopWorkflowRun @examples([
    {
        title: "StopRunningWorkflowRun"
        documentation: "Stops a running workflow run; the run moves to STOPPING while its tasks are shut down."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        output: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            WorkflowVersion: "3"
            RunId: "run-20261124-0001"
            Status: "STOPPING"
        }
    }
    {
        title: "AccessDenied"
        documentation: "The caller is not allowed to stop runs of this workflow."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        error: {
            shapeId: "com.amazonaws.mwaaserverless#AccessDeniedException"
            content: {
                Message: "User is not authorized to perform airflow-serverless:StopWorkflowRun on this workflow."
            }
        }
    }
    {
        title: "InternalServerError"
        documentation: "An unexpected server-side error; retry after the given number of seconds."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        error: {
            shapeId: "com.amazonaws.mwaaserverless#InternalServerException"
            content: {
                Message: "An internal error occurred. Try again later."
                RetryAfterSeconds: 5
            }
        }
    }
    {
        title: "OperationTimeout"
        documentation: "The stop request did not complete in time."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        error: {
            shapeId: "com.amazonaws.mwaaserverless#OperationTimeoutException"
            content: {
                Message: "The operation timed out."
            }
        }
    }
    {
        title: "RunNotFound"
        documentation: "No run with this identifier exists in the workflow."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-does-not-exist"
        }
        error: {
            shapeId: "com.amazonaws.mwaaserverless#ResourceNotFoundException"
            content: {
                Message: "Workflow run run-does-not-exist was not found."
                ResourceId: "run-does-not-exist"
                ResourceType: "WorkflowRun"
            }
        }
    }
    {
        title: "Throttled"
        documentation: "Too many requests; back off before retrying."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        error: {
            shapeId: "com.amazonaws.mwaaserverless#ThrottlingException"
            content: {
                Message: "Rate exceeded."
                ServiceCode: "airflow-serverless"
                QuotaCode: "L-STOPRUN01"
                RetryAfterSeconds: 2
            }
        }
    }
    {
        title: "InvalidRunId"
        documentation: "The run identifier does not match the required pattern."
        input: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "-not-valid"
        }
        allowConstraintErrors: true
        error: {
            shapeId: "com.amazonaws.mwaaserverless#ValidationException"
            content: {
                Message: "1 validation error detected. Value at '/RunId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$"
                Reason: "fieldValidationFailed"
                FieldList: [
                    {
                        Name: "RunId"
                        Message: "Value at '/RunId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$"
                    }
                ]
            }
        }
    }
])
