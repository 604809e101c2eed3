"""Calls StopWorkflowRun through boto3 (AWS's own model of the service, shipped
in botocore) against a local endpoint and prints what botocore parsed, as JSON.

usage: python3 boto3_calls.py ENDPOINT ACCESS_KEY_ID SECRET CALLS_JSON
CALLS_JSON is a list of {"WorkflowArn": ..., "RunId": ...}; the output is a list
of {"ok": parsed output} or {"error": parsed error response}.
"""

import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def main() -> None:
    endpoint, access_key_id, secret, calls = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    client = boto3.client(
        "mwaa-serverless",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret,
        # One attempt: a test must see each answer, not a retried one.
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
    )
    results = []
    for call in calls:
        try:
            output = client.stop_workflow_run(**call)
            output.pop("ResponseMetadata", None)
            results.append({"ok": output})
        except ClientError as error:
            response = dict(error.response)
            metadata = response.pop("ResponseMetadata", {})
            response["HTTPStatusCode"] = metadata.get("HTTPStatusCode")
            response["RequestId"] = metadata.get("RequestId")
            results.append({"error": response, "exception": type(error).__name__})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
