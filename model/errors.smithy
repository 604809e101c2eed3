$version: "2"

namespace com.amazonaws.mwaaserverless

// Status codes follow the service documentation: client errors are 400 and
// server errors 500, which is what awsJson1_0 derives from @error (HTTP
// binding traits such as @httpError are ignored by that protocol).

/// You do not have sufficient permission to perform this action.
@error("client")
structure AccessDeniedException {
    @required
    Message: ErrorMessage
}

/// An unexpected server-side error occurred during request processing.
@error("server")
@retryable
structure InternalServerException {
    @required
    Message: ErrorMessage

    /// The number of seconds to wait before retrying the operation.
    RetryAfterSeconds: Integer
}

/// The operation timed out.
@error("server")
structure OperationTimeoutException {
    Message: ErrorMessage
}

/// The specified resource was not found. You can only access or modify a
/// resource that already exists.
@error("client")
structure ResourceNotFoundException {
    @required
    Message: ErrorMessage

    /// The unique identifier of the resource.
    @required
    ResourceId: String

    /// The type of the resource.
    @required
    ResourceType: String
}

/// The request was denied because too many requests were made in a short
/// period, exceeding the service rate limits. Amazon Managed Workflows for
/// Apache Airflow Serverless implements throttling controls to ensure fair
/// resource allocation across all customers in the multi-tenant environment.
/// This helps maintain service stability and performance. If you encounter
/// throttling, implement exponential backoff and retry logic in your
/// applications, or consider distributing your API calls over a longer time
/// period.
@error("client")
@retryable(throttling: true)
structure ThrottlingException {
    @required
    Message: ErrorMessage

    /// The code for the service.
    @required
    ServiceCode: String

    /// The code of the quota.
    @required
    QuotaCode: String

    /// The number of seconds to wait before retrying the operation.
    RetryAfterSeconds: Integer
}

/// The specified request parameters are invalid, missing, or inconsistent with
/// Amazon Managed Workflows for Apache Airflow Serverless service requirements.
/// This can occur when workflow definitions contain unsupported operators, when
/// required IAM permissions are missing, when S3 locations are inaccessible, or
/// when network configurations are invalid. The service validates workflow
/// definitions, execution roles, and resource configurations to ensure
/// compatibility with the managed Airflow environment and security
/// requirements.
@error("client")
structure ValidationException {
    @required
    Message: ErrorMessage

    /// The reason the request failed validation.
    @required
    Reason: ValidationExceptionReason

    /// The fields that failed validation.
    FieldList: ValidationExceptionFields
}

enum ValidationExceptionReason {
    UNKNOWN_OPERATION = "unknownOperation"
    CANNOT_PARSE = "cannotParse"
    FIELD_VALIDATION_FAILED = "fieldValidationFailed"
    OTHER = "other"
}

list ValidationExceptionFields {
    member: ValidationExceptionField
}

/// Contains information about a field that failed validation, including the
/// field name and a descriptive error message.
structure ValidationExceptionField {
    /// The name of the field that failed validation.
    @required
    Name: String

    /// A message that describes why the field failed validation.
    @required
    Message: ErrorMessage
}

@length(min: 1, max: 2048)
@pattern("^.*$")
string ErrorMessage
