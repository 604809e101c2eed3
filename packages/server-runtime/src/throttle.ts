// A token bucket shared by every request of one service core: `burst` tokens
// at most, refilled at `ratePerSecond`. Refill is computed lazily from the
// clock on each take, so an idle service costs nothing (no timers).

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0) || !(burst >= 1)) {
      throw new RangeError(`throttle needs ratePerSecond > 0 and burst >= 1 (got ${ratePerSecond}/${burst})`);
    }
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token: 0 when granted, otherwise whole seconds until one is available (≥ 1). */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.ratePerSecond));
  }
}
