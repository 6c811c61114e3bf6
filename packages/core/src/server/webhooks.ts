import { createHmac, timingSafeEqual } from 'node:crypto';
import { fetchFailureStatus, nextAttemptAt, type QueueSenderOptions } from './retry-backoff.js';
import type { WebhookJob } from './store/receiver-store.js';

/** Header carrying a webhook's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'OneStory-Signature';

/** Where a service's alerts go, and the secret they are signed with. */
export interface WebhookTarget {
  readonly url: string;
  /** Shared secret (at least 16 characters); never sent. */
  readonly secret: string;
}

/** The signature header value for `body` sent at `nowMs`: HMAC-SHA256 of `${t}.${body}`. */
export function signWebhook(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/**
 * For the receiving side: true when `header` signs exactly `body` with `secret` and was
 * made within `toleranceSeconds` of `nowMs` (a replayed old alert is refused).
 */
export function verifyWebhook(secret: string, header: string | undefined, body: string, nowMs: number, toleranceSeconds = 300): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const t = Number(match[1]);
  if (Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(match[2]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Options of {@link createWebhookSender}; one attempt may take 10 s unless `timeoutMs` says otherwise. */
export type WebhookSenderOptions = QueueSenderOptions<WebhookTarget>;

/**
 * Sends due webhooks from the durable queue: signed, with ids only, retried with capped
 * full-jitter backoff until the service answers 2xx. `sendDue()` sends one batch and
 * resolves to how many were delivered; the server calls it on a timer.
 */
export function createWebhookSender(options: WebhookSenderOptions): { sendDue(): Promise<number> } {
  const { store, targets, now, random = Math.random, baseDelayMs = 1000, maxDelayMs = 3_600_000, timeoutMs = 10_000 } = options;
  async function send(job: WebhookJob): Promise<boolean> {
    const target = targets.get(job.serviceId);
    if (!target) {
      await store.webhookDelivered(job.id, new Date(now()), 'no-target');
      return false;
    }
    const body = JSON.stringify({ id: job.id, ...job.body });
    let status: string;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(target.secret, body, now()), 'user-agent': 'OneStory-Webhook' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        await store.webhookDelivered(job.id, new Date(now()), String(response.status));
        return true;
      }
      status = String(response.status);
    } catch (error) {
      status = fetchFailureStatus(error);
    }
    await store.webhookFailed(job.id, nextAttemptAt(now(), job.attempts, { baseDelayMs, maxDelayMs, random }), status);
    return false;
  }
  return {
    async sendDue() {
      const jobs = await store.claimWebhooks(new Date(now()), 20, timeoutMs * 3);
      const results = await Promise.all(jobs.map(send));
      return results.filter(Boolean).length;
    },
  };
}
