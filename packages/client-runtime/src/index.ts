// @mwaa-serverless/client-runtime: what generated awsJson clients need beyond
// the AWS SDK's own runtime (@smithy/*, @aws-sdk/*). Each piece is an
// extension point the SDK offers, filled with a faster or lazier equivalent,
// or a Smithy behaviour the SDK's runtime leaves to generated code; nothing
// here names a service. Generated clients import it and their build bundles
// it (see docs/client-performance.md).

export { OneShotSha256 } from "./OneShotSha256.js";
export { SigningKeyMemoSignatureV4 } from "./SigningKeyMemo.js";
export {
  UndiciHttpHandler,
  type UndiciHttpHandlerOptions,
  type RequestDispatcher,
  type RequestDispatchOptions,
  type RequestDispatchHandler,
  type RequestDispatchController,
} from "./UndiciHttpHandler.js";
export { decideEndpointWithDefaults, withParameterDefaults, type DecisionParameter } from "./endpointDecision.js";
export { getFixedEndpointPlugin, markFixedEndpoint } from "./fixedEndpointPlugin.js";
export { lazyCredentialDefaultProvider, lazyStreamCollector } from "./lazyDefaults.js";
export { memoiseDefaultSigner } from "./memoisedSigner.js";
export { trackMiddlewareStack, withMiddlewareListCache } from "./middlewareListCache.js";
export { withErrorDefaults, withInputDefaults, withOutputDefaults } from "./modelDefaults.js";
export { guardedAwsJson1_0Protocol, guardedAwsJson1_1Protocol, nonJsonErrorOf, type BaseExceptionCtor } from "./nonJsonErrorGuard.js";
export { compressRequest, MIN_COMPRESSION_BYTES, type CompressionSettings } from "./requestCompression.js";
export { resolveRetryAfterMembers, retryAfterSecondsOf, RetryAfterMemberStrategy } from "./retryAfterMembers.js";
export { serdeConfigView } from "./serdeConfigView.js";
export { createFixedUserAgentProvider, escapeUserAgentPair, getUserAgentPlugin, userAgentMiddleware, type UserAgentMiddlewareConfig } from "./userAgent.js";
export { hasInheritedNames, OwnMembersJsonCodec, OwnMembersJsonDeserializer, ownView } from "./ownMembers.js";
export { jmespathData, modelWaiter, waiterState, type WaiterAcceptor, type WaiterCheckResult, type WaiterDelays, type WaiterOutcome, type WaiterPathMatcher } from "./waiters.js";
