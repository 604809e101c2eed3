$version: "2"

namespace com.amazonaws.mwaaserverless

use smithy.test#httpRequestTests
use smithy.test#httpResponseTests

// Wire-format tests for awsJson1_0. The generated client and the generated
// server core both run them: requests are POST / with the operation named in
// X-Amz-Target; errors name their type with `__type` (the full shape ID, which
// awsJson1_0 servers SHOULD send) and use the status @error implies.
apply StopWorkflowRun @httpRequestTests([
    {
        id: "MWAAServerlessStopWorkflowRunRequest"
        documentation: "The request is a POST to / with the target header and a JSON object of the members that are set."
        protocol: "aws.protocols#awsJson1_0"
        method: "POST"
        uri: "/"
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
            "X-Amz-Target": "AmazonMWAAServerless.StopWorkflowRun"
        }
        requireHeaders: ["Content-Length"]
        body: "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"RunId\":\"run-20261124-0001\"}"
        bodyMediaType: "application/json"
        params: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
    }
    {
        id: "MWAAServerlessStopWorkflowRunAcceptsContentTypeParameters"
        documentation: "Servers ignore parameters on the Content-Type header."
        protocol: "aws.protocols#awsJson1_0"
        method: "POST"
        uri: "/"
        headers: {
            "Content-Type": "application/x-amz-json-1.0; charset=utf-8"
            "X-Amz-Target": "AmazonMWAAServerless.StopWorkflowRun"
        }
        body: "{\"RunId\":\"run-20261124-0001\",\"WorkflowArn\":\"arn:aws-cn:airflow-serverless:cn-north-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\"}"
        bodyMediaType: "application/json"
        params: {
            WorkflowArn: "arn:aws-cn:airflow-serverless:cn-north-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            RunId: "run-20261124-0001"
        }
        appliesTo: "server"
    }
])

apply StopWorkflowRun @httpResponseTests([
    {
        id: "MWAAServerlessStopWorkflowRunResponse"
        documentation: "A successful stop is a 200 with a JSON object of the output members."
        protocol: "aws.protocols#awsJson1_0"
        code: 200
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"WorkflowArn\":\"arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5\",\"WorkflowVersion\":\"3\",\"RunId\":\"run-20261124-0001\",\"Status\":\"STOPPING\"}"
        bodyMediaType: "application/json"
        params: {
            WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5"
            WorkflowVersion: "3"
            RunId: "run-20261124-0001"
            Status: "STOPPING"
        }
    }
    {
        id: "MWAAServerlessStopWorkflowRunIgnoresUnknownOutputMembers"
        documentation: "Clients ignore output members the model does not know, so the service can add members."
        protocol: "aws.protocols#awsJson1_0"
        code: 200
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"RunId\":\"run-20261124-0001\",\"Status\":\"STOPPED\",\"StoppedAt\":1764000000,\"Extra\":{\"nested\":true}}"
        bodyMediaType: "application/json"
        params: {
            RunId: "run-20261124-0001"
            Status: "STOPPED"
        }
        appliesTo: "client"
    }
])

apply AccessDeniedException @httpResponseTests([
    {
        id: "MWAAServerlessAccessDeniedException"
        documentation: "AccessDeniedException is a client error: status 400, type in __type."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#AccessDeniedException\",\"Message\":\"Access denied\"}"
        bodyMediaType: "application/json"
        params: {
            Message: "Access denied"
        }
    }
])

apply InternalServerException @httpResponseTests([
    {
        id: "MWAAServerlessInternalServerException"
        documentation: "InternalServerException is a server error: status 500, RetryAfterSeconds in the body."
        protocol: "aws.protocols#awsJson1_0"
        code: 500
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#InternalServerException\",\"Message\":\"Internal error\",\"RetryAfterSeconds\":5}"
        bodyMediaType: "application/json"
        params: {
            Message: "Internal error"
            RetryAfterSeconds: 5
        }
    }
])

apply OperationTimeoutException @httpResponseTests([
    {
        id: "MWAAServerlessOperationTimeoutException"
        documentation: "OperationTimeoutException is a server error with status 500."
        protocol: "aws.protocols#awsJson1_0"
        code: 500
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#OperationTimeoutException\",\"Message\":\"Timed out\"}"
        bodyMediaType: "application/json"
        params: {
            Message: "Timed out"
        }
    }
])

apply ResourceNotFoundException @httpResponseTests([
    {
        id: "MWAAServerlessResourceNotFoundException"
        documentation: "ResourceNotFoundException names the missing resource."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#ResourceNotFoundException\",\"Message\":\"Run not found\",\"ResourceId\":\"run-1\",\"ResourceType\":\"WorkflowRun\"}"
        bodyMediaType: "application/json"
        params: {
            Message: "Run not found"
            ResourceId: "run-1"
            ResourceType: "WorkflowRun"
        }
    }
    {
        id: "MWAAServerlessResourceNotFoundExceptionFromErrorTypeHeader"
        documentation: "Clients also take the error type from X-Amzn-ErrorType, dropping a ':'-suffix."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
            "X-Amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/"
        }
        body: "{\"Message\":\"Run not found\",\"ResourceId\":\"run-1\",\"ResourceType\":\"WorkflowRun\"}"
        bodyMediaType: "application/json"
        params: {
            Message: "Run not found"
            ResourceId: "run-1"
            ResourceType: "WorkflowRun"
        }
        appliesTo: "client"
    }
])

apply ThrottlingException @httpResponseTests([
    {
        id: "MWAAServerlessThrottlingException"
        documentation: "ThrottlingException is a client error with status 400 and names its quota."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#ThrottlingException\",\"Message\":\"Rate exceeded\",\"ServiceCode\":\"airflow-serverless\",\"QuotaCode\":\"L-STOPRUN01\",\"RetryAfterSeconds\":2}"
        bodyMediaType: "application/json"
        params: {
            Message: "Rate exceeded"
            ServiceCode: "airflow-serverless"
            QuotaCode: "L-STOPRUN01"
            RetryAfterSeconds: 2
        }
    }
    {
        id: "MWAAServerlessThrottlingExceptionFromCodeWithDifferentNamespace"
        documentation: "Clients take the type from the body's code and ignore a namespace they do not know."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"code\":\"aws.different.namespace#ThrottlingException\",\"Message\":\"Rate exceeded\",\"ServiceCode\":\"airflow-serverless\",\"QuotaCode\":\"L-STOPRUN01\"}"
        bodyMediaType: "application/json"
        params: {
            Message: "Rate exceeded"
            ServiceCode: "airflow-serverless"
            QuotaCode: "L-STOPRUN01"
        }
        appliesTo: "client"
    }
])

apply ValidationException @httpResponseTests([
    {
        id: "MWAAServerlessValidationException"
        documentation: "ValidationException carries the reason and one entry per failed field."
        protocol: "aws.protocols#awsJson1_0"
        code: 400
        headers: {
            "Content-Type": "application/x-amz-json-1.0"
        }
        body: "{\"__type\":\"com.amazonaws.mwaaserverless#ValidationException\",\"Message\":\"1 validation error detected\",\"Reason\":\"fieldValidationFailed\",\"FieldList\":[{\"Name\":\"RunId\",\"Message\":\"Member must not be null\"}]}"
        bodyMediaType: "application/json"
        params: {
            Message: "1 validation error detected"
            Reason: "fieldValidationFailed"
            FieldList: [
                {
                    Name: "RunId"
                    Message: "Member must not be null"
                }
            ]
        }
    }
])
