/** How a durable queue spaces its retries. */
export interface Backoff {
  /** First retry delay; doubles each attempt. */
  readonly baseDelayMs: number;
  /** Longest delay between attempts. */
  readonly maxDelayMs: number;
  /** Random in [0, 1), for the jitter. */
  readonly random: () => number;
}

/**
 * When to try again after `attempts` failed tries: capped exponential backoff with full
 * jitter (never sooner than the base delay), so that many failed sends do not all come
 * back at once.
 */
export function nextAttemptAt(nowMs: number, attempts: number, { baseDelayMs, maxDelayMs, random }: Backoff): Date {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(attempts, 30));
  return new Date(nowMs + Math.max(baseDelayMs, random() * ceiling));
}

/** The status a failed `fetch` is recorded with: no message, which could echo a URL. */
export function fetchFailureStatus(error: unknown): string {
  return (error as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'network-error';
}
