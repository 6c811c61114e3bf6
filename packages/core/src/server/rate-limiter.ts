/** At most `requests` requests per `perMs` milliseconds from one client address. */
export interface RateLimit {
  readonly requests: number;
  readonly perMs: number;
}

/**
 * A token bucket per client address: each holds up to `requests` tokens and refills
 * continuously at `requests / perMs`. `take` returns 0 when a request may go ahead, or
 * how many milliseconds until it may (for `Retry-After`). The clock is injected.
 */
export function createRateLimiter(limit: RateLimit, now: () => number): { take(client: string): number } {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = limit.requests / limit.perMs;
  return {
    take(client) {
      const at = now();
      const bucket = buckets.get(client) ?? { tokens: limit.requests, at };
      bucket.tokens = Math.min(limit.requests, bucket.tokens + (at - bucket.at) * ratePerMs);
      bucket.at = at;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      // Forget full buckets now and then, so addresses seen once do not pile up.
      if (buckets.size > 10_000) for (const [key, b] of buckets) if (b.tokens >= limit.requests) buckets.delete(key);
      return Math.ceil((1 - bucket.tokens) / ratePerMs);
    },
  };
}
