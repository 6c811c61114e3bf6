/** At most `failures` wrong codes per `perMs` milliseconds from one client address. */
export interface GuessLimit {
  readonly failures: number;
  readonly perMs: number;
}

/** Default: 10 wrong resume or receipt codes per address per 15 minutes. */
export const DEFAULT_GUESS_LIMIT: GuessLimit = { failures: 10, perMs: 15 * 60 * 1000 };

/** Counts wrong codes per client address; see {@link createGuessLimiter}. */
export interface GuessLimiter {
  /** 0 when `client` may try a code now, else milliseconds until it may (for `Retry-After`). */
  waitFor(client: string): number;
  /** Records a wrong code from `client`. */
  failed(client: string): void;
}

/**
 * Limits guessing: a token bucket per address that only a wrong code drains. Right codes
 * cost nothing, so a person who mistypes once or twice is never stopped, while a script
 * trying codes is held to `failures` per `perMs`. The clock is injected.
 */
export function createGuessLimiter(limit: GuessLimit, now: () => number): GuessLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = limit.failures / limit.perMs;
  const bucketOf = (client: string) => {
    const at = now();
    const bucket = buckets.get(client) ?? { tokens: limit.failures, at };
    bucket.tokens = Math.min(limit.failures, bucket.tokens + Math.max(0, at - bucket.at) * ratePerMs);
    bucket.at = at;
    return bucket;
  };
  return {
    waitFor(client) {
      const bucket = bucketOf(client);
      if (bucket.tokens >= 1) return 0;
      buckets.set(client, bucket);
      return Math.ceil((1 - bucket.tokens) / ratePerMs);
    },
    failed(client) {
      const bucket = bucketOf(client);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      buckets.set(client, bucket);
      // Forget full buckets now and then, so addresses seen once do not pile up.
      if (buckets.size > 10_000) for (const [key, b] of buckets) if (b.tokens >= limit.failures) buckets.delete(key);
    },
  };
}
