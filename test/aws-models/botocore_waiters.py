# botocore's own waiters, as boto3's `client.get_waiter(name).wait()` decides
# each poll, for botocore-waiters.test.ts: an independent implementation of
# the acceptors (its matchers, evaluated with python's jmespath) over the
# same waiter descriptions (waiters-2.json) the test's @waitable traits are
# converted from.
#
# stdin: {"polls": [{"service", "waiter", "body"} | {"service", "waiter", "error"}]}
#   body: the operation's output as the service sends it (JSON text),
#   error: the code of the error the call failed with.
# stdout: {"states": ["success" | "failure" | "retry", ...], "raised": n}, one
#   state per poll: the state of the first acceptor that matches; none
#   matching, "failure" after an error (botocore raises WaiterError) and
#   "retry" otherwise. An acceptor whose JMESPath raises a type error on the
#   output (`length(x)` of a missing member) counts as not matching: botocore
#   lets the error end the wait, the generated waiters (as smithy-typescript's)
#   go on to the next acceptor; `raised` counts the polls where that happened.
import json
import sys

import botocore.parsers
import jmespath.exceptions
import botocore.session
import botocore.waiter

session = botocore.session.get_session()
parser = botocore.parsers.create_parser("json")
waiters = {}
services = {}


def waiter_config(service, name):
    if service not in waiters:
        waiters[service] = session.get_waiter_model(service)
        services[service] = session.get_service_model(service)
    return waiters[service].get_waiter(name)


def response_of(service, config, poll):
    """What botocore's waiter sees of one call: the parsed output, or the error response."""
    if "error" in poll:
        return {"Error": {"Code": poll["error"], "Message": ""}, "ResponseMetadata": {"HTTPStatusCode": 400}}
    op = services[service].operation_model(config.operation)
    parsed = parser.parse({"status_code": 200, "headers": {}, "body": poll["body"].encode("utf-8")}, op.output_shape)
    parsed["ResponseMetadata"] = {"HTTPStatusCode": 200}
    return parsed


raised = 0


def matches(acceptor, response):
    global raised
    try:
        return acceptor.matcher_func(response)
    except jmespath.exceptions.JMESPathTypeError:
        raised += 1
        return False


def state_of(poll):
    config = waiter_config(poll["service"], poll["waiter"])
    response = response_of(poll["service"], config, poll)
    for acceptor in config.acceptors:
        if matches(acceptor, response):
            return acceptor.state
    return "failure" if "Error" in response else "retry"


job = json.load(sys.stdin)
states = [state_of(poll) for poll in job["polls"]]
json.dump({"states": states, "raised": raised}, sys.stdout)
