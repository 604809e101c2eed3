// The one error the verifier throws. It carries the AWS error type and HTTP
// status a front end answers with, so any server can send it as AWS does
// (the awsJson core of @mwaa-serverless/server-runtime sends `__type` and
// X-Amzn-ErrorType from `type`, the status from `status`). It is not the
// server runtime's FrameworkError: this package must not depend on the
// server runtime, which depends on it.

/** A request whose SigV4 signature cannot be accepted, with the AWS error type and status to answer. */
export class SigV4Error extends Error {
  constructor(
    /** AWS error type: MissingAuthenticationTokenException, IncompleteSignatureException, UnrecognizedClientException or InvalidSignatureException. */
    readonly type: string,
    /** 400 for IncompleteSignatureException, 403 otherwise. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}
