// @mwaa-serverless/sigv4-verify: AWS Signature Version 4 verification of
// incoming requests (header-signed, AWS4-HMAC-SHA256), with AWS's error types.
export { SigV4Verifier, type SigV4Credential, type SigV4Options, type SignedRequest } from "./sigv4.js";
export { SigV4Error } from "./errors.js";
