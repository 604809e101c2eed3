// @mwaa-serverless/sha256: SHA-256 and fixed-key HMAC-SHA-256 for SigV4's hot path.
export { FixedKeyHmac, sha256Digest, sha256Hex } from "./sha256.js";
