// The SDK's retry strategies take a back-off hint only from the `Retry-After`
// / `x-amz-retry-after` response headers. Under awsJson1_0 HTTP binding traits
// are ignored, so a service tells clients how long to wait in an error member
// instead (e.g. `RetryAfterSeconds`). This wraps whichever strategy the client
// resolved (standard, adaptive, or the user's own) and turns that member into
// the same hint the header would give; the strategy's own rules (backoff,
// jitter, capacity, cap of backoff + 5 s) still decide the delay.

import type { Provider, RetryErrorInfo, RetryStrategy, RetryStrategyV2, RetryToken, StandardRetryToken } from "@smithy/types";

type AnyRetryStrategy = RetryStrategy | RetryStrategyV2;

function isV2(strategy: AnyRetryStrategy): strategy is RetryStrategyV2 {
  return typeof (strategy as RetryStrategyV2).refreshRetryTokenForRetry === "function";
}

/** Seconds to wait named by the first numeric member of `members` on the error, if any. */
export function retryAfterSecondsOf(error: unknown, members: readonly string[]): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  for (const member of members) {
    const value = (error as Record<string, unknown>)[member];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
}

export class RetryAfterMemberStrategy implements RetryStrategyV2 {
  constructor(
    private readonly inner: RetryStrategyV2,
    private readonly members: readonly string[],
  ) {}

  /** The wrapped strategy's mode ("standard" / "adaptive"), reported in the user agent. */
  get mode(): string | undefined {
    return (this.inner as { mode?: string }).mode;
  }

  acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(retryTokenScope);
  }

  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (errorInfo.retryAfterHint === undefined) {
      const seconds = retryAfterSecondsOf(errorInfo.error, this.members);
      if (seconds !== undefined) {
        errorInfo = { ...errorInfo, retryAfterHint: new Date(Date.now() + seconds * 1000) };
      }
    }
    return this.inner.refreshRetryTokenForRetry(token, errorInfo);
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token as StandardRetryToken);
  }
}

/**
 * Wraps the resolved `retryStrategy` provider (as `resolveRetryConfig` leaves
 * it) so every strategy it yields also honours the modelled members.
 */
export function resolveRetryAfterMembers<T extends { retryStrategy: Provider<AnyRetryStrategy> }>(
  config: T,
  members: readonly string[],
): T {
  if (members.length === 0) return config;
  const resolveInner = config.retryStrategy;
  let wrapped: Promise<AnyRetryStrategy> | undefined;
  config.retryStrategy = () =>
    (wrapped ??= resolveInner().then((inner) =>
      isV2(inner) ? new RetryAfterMemberStrategy(inner, members) : inner,
    ));
  return config;
}
