/**
 * When to try again, and how long to wait. Pure functions: the clock and the random
 * source are passed in, so every schedule can be reproduced in a test.
 */

/** How persistently the client retries a transient failure before leaving it queued. */
export interface RetryPolicy {
  /** Attempts in one delivery run, the first included (1 = never retry). */
  readonly maxAttempts: number;
  /** Backoff ceiling before the first retry, in milliseconds; it doubles on each retry. */
  readonly baseDelayMs: number;
  /** The backoff ceiling never grows beyond this, in milliseconds. */
  readonly maxDelayMs: number;
  /**
   * The longest `Retry-After` the client will wait for in one run, in milliseconds. A
   * longer one is honoured by stopping the run: the submission stays queued, with
   * `nextTryAt` set to when the endpoint asked to be tried again.
   */
  readonly maxRetryAfterMs: number;
}

/** Defaults: 6 attempts over about half a minute, then the outbox keeps the story. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 120_000,
});

/**
 * True for response statuses worth retrying: 408 (request timeout), 429 (too many
 * requests), every 5xx, and 409 — which an idempotent endpoint answers while the same
 * `Idempotency-Key` is still being processed (draft-ietf-httpapi-idempotency-key-header
 * §2.7); the retry is safe because of the key, and it is the only way to learn the
 * reference number. Every other 4xx is the endpoint refusing this submission: retrying
 * would only repeat the refusal.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * "Full jitter" backoff (AWS Architecture Blog, *Exponential Backoff and Jitter*): a delay
 * drawn uniformly from `[0, min(maxDelayMs, baseDelayMs × 2^(retry − 1)))`, so clients that
 * failed together do not retry together.
 *
 * @param retry - 1 for the first retry, 2 for the second…
 * @param random - a source of numbers in `[0, 1)`, such as `Math.random`.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds from `nowMs`, or `undefined`
 * when the header is absent or unreadable. Accepts both forms RFC 9110 §10.2.3 allows:
 * delay-seconds (`120`) and an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`). A date in the
 * past means "now" (0).
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the IMF-fixdate shape servers are required to send; Date.parse alone accepts far more.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** What to do after a retryable failure. */
export type RetryDecision =
  /** Wait `delayMs`, then make attempt `attempt`. */
  | { readonly action: 'retry'; readonly attempt: number; readonly delayMs: number }
  /** Stop this run and leave the submission queued; try again no earlier than `notBeforeMs` from now. */
  | { readonly action: 'queue'; readonly notBeforeMs: number };

/**
 * Decides what follows failed attempt `attempt` (1-based). A `Retry-After` the endpoint
 * sent wins over the computed backoff (it knows its own load); one longer than
 * `maxRetryAfterMs`, or running out of attempts, ends the run with the story queued.
 */
export function decideRetry(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  const delayMs = retryAfterMs ?? backoffDelayMs(attempt, policy, random);
  if (attempt >= policy.maxAttempts || delayMs > policy.maxRetryAfterMs) {
    return { action: 'queue', notBeforeMs: delayMs };
  }
  return { action: 'retry', attempt: attempt + 1, delayMs };
}
