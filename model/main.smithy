$version: "2"

metadata suppressions = []

namespace com.amazonaws.mwaaserverless

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0

/// Amazon Managed Workflows for Apache Airflow Serverless runs Apache Airflow
/// workflows without provisioning or managing Airflow environments. This model
/// covers the StopWorkflowRun operation of the service.
@title("Amazon Managed Workflows for Apache Airflow Serverless")
@awsJson1_0
@sigv4(name: "airflow-serverless")
@service(
    sdkId: "MWAA Serverless"
    arnNamespace: "airflow-serverless"
    endpointPrefix: "airflow-serverless"
)
service AmazonMWAAServerless {
    version: "2024-07-26"
    operations: [
        StopWorkflowRun
    ]
}
