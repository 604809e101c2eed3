"""Schemathesis hooks that let it speak awsJson1_0 to generated/openapi.json.

The contract keeps its real media type, application/x-amz-json-1.0 (the
awsJson wire), instead of pretending to be application/json. Schemathesis
knows no serializer for it, so without these hooks it cannot send a body nor
validate a response. Through its documented extension points
(schemathesis.serializer / schemathesis.deserializer) the body is written and
read as the JSON it is. The X-Amz-Target header is a required header parameter
with a single enum value in the contract, so Schemathesis sends it on its own.

Loaded with SCHEMATHESIS_HOOKS=awsjson_hooks (PYTHONPATH = this folder).
"""

import json

import schemathesis

AWS_JSON = ("application/x-amz-json-1.0", "application/x-amz-json-1.1")


@schemathesis.serializer(*AWS_JSON)
def aws_json_serializer(ctx, value):
    # The same body the built-in JSON serializer would send, with the awsJson
    # media type kept in Content-Type (Schemathesis sets it from the schema).
    if isinstance(value, bytes):
        return value
    return json.dumps(value).encode("utf-8")


@schemathesis.deserializer(*AWS_JSON)
def aws_json_deserializer(ctx, response):
    # awsJson allows an empty body where no output is modelled.
    text = response.content.decode("utf-8") if response.content else ""
    return json.loads(text) if text.strip() else None


@schemathesis.hook
def before_load_schema(context, raw_schema):
    # The contract declares SigV4 as an apiKey scheme on the Authorization
    # header (the smithy-openapi convention). Schemathesis would treat it as a
    # plain required header it can leave out or fill with junk, and expect 401;
    # it cannot sign. The servers under test here run without authentication
    # (SigV4 is checked by the kit's --auth sigv4 tests), so this run reads the
    # contract without its security requirement — in memory; the file is
    # unchanged.
    raw_schema.pop("security", None)
    raw_schema.get("components", {}).pop("securitySchemes", None)
