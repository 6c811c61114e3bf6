import type { ReceiverStore } from './store/receiver-store.js';

/** How a durable queue spaces its retries. */
export interface Backoff {
  /** First retry delay; doubles each attempt. */
  readonly baseDelayMs: number;
  /** Longest delay between attempts. */
  readonly maxDelayMs: number;
  /** Random in [0, 1), for the jitter. */
  readonly random: () => number;
}

/** What every sender draining a durable queue (webhooks, FHIR forwarding) is given. */
export interface QueueSenderOptions<Target> {
  readonly store: ReceiverStore;
  /** Service id → where and how to send. */
  readonly targets: ReadonlyMap<string, Target>;
  readonly now: () => number;
  /** Random in [0, 1), for the backoff's jitter. */
  readonly random?: () => number;
  /** First retry delay; doubles each attempt. Default 1 s. */
  readonly baseDelayMs?: number;
  /** Longest delay between attempts. Default 1 hour. */
  readonly maxDelayMs?: number;
  /** How long one attempt may take. */
  readonly timeoutMs?: number;
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
