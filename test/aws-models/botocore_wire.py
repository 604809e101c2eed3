# botocore's own awsJson serializer and parser, as boto3 clients use them, for
# boto3-wire.test.ts: an independent implementation of the protocol over the
# same service descriptions the test's models are built from.
#
# stdin: {"requests": [{"service", "operation", "params"}],
#         "responses": [{"service", "operation", "body"}]}
# params give timestamps as epoch seconds and blobs as base64 (JSON has
# neither); they are turned into datetimes and bytes along the input shape.
# stdout: {"requests": [{"body", "target", "contentType"}],
#          "responses": [parsed output, datetimes as epoch seconds, bytes as base64]}
import base64
import datetime
import json
import sys

import botocore.parsers
import botocore.serialize
import botocore.session

session = botocore.session.get_session()
models = {}


def operation(service, name):
    if service not in models:
        models[service] = session.get_service_model(service)
    return models[service].operation_model(name)


def native(shape, value):
    """A JSON value of `shape` as boto3's caller gives it: datetimes and bytes."""
    if shape is None or value is None:
        return value
    kind = shape.type_name
    if kind == "timestamp":
        return datetime.datetime.fromtimestamp(value, tz=datetime.timezone.utc)
    if kind == "blob":
        return base64.b64decode(value)
    if kind == "structure" and shape.is_document_type:
        return value
    if kind == "structure":
        return {k: native(shape.members.get(k), v) for k, v in value.items()}
    if kind == "list":
        return [native(shape.member, v) for v in value]
    if kind == "map":
        return {k: native(shape.value, v) for k, v in value.items()}
    return value


def plain(value):
    """A parsed value in JSON: datetimes as epoch seconds, bytes as base64."""
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# The awsJson serializer and parser whatever protocol botocore prefers for the
# service (CloudWatch lists rpcv2Cbor first): the test's models speak awsJson.
serializer = botocore.serialize.create_serializer("json", include_validation=False)
parser = botocore.parsers.create_parser("json")

job = json.load(sys.stdin)
requests = []
for r in job["requests"]:
    op = operation(r["service"], r["operation"])
    request = serializer.serialize_to_request(native(op.input_shape, r["params"]), op)
    headers = request["headers"]
    body = request["body"]
    requests.append({
        "body": body.decode("utf-8") if isinstance(body, bytes) else body,
        "target": headers.get("X-Amz-Target"),
        "contentType": headers.get("Content-Type"),
    })
responses = []
for r in job["responses"]:
    op = operation(r["service"], r["operation"])
    parsed = parser.parse({"status_code": 200, "headers": {}, "body": r["body"].encode("utf-8")}, op.output_shape)
    parsed.pop("ResponseMetadata", None)
    responses.append(plain(parsed))
json.dump({"requests": requests, "responses": responses}, sys.stdout)
