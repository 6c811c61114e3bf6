import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '@onestory/core';
import { backoffDelayMs, decideRetry, isRetryableStatus, parseRetryAfter } from '@onestory/core/delivery';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('which statuses are retried', () => {
  it('retries 408, 409 (same key in flight), 429 and every 5xx', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504, 599]) assert.equal(isRetryableStatus(status), true, String(status));
  });
  it('never retries any other 4xx: the endpoint refused the submission itself', () => {
    for (let status = 400; status < 500; status++) {
      if ([408, 409, 429].includes(status)) continue;
      assert.equal(isRetryableStatus(status), false, String(status));
    }
  });
});

describe('capped full-jitter backoff', () => {
  it('draws from [0, min(max, base·2^(n−1))) and reaches the cap', () => {
    const almostOne = () => 0.999999;
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, policy, almostOne)),
      [99, 199, 399, 799, 999, 999],
    );
    assert.equal(backoffDelayMs(3, policy, () => 0), 0);
    assert.equal(backoffDelayMs(3, policy, () => 0.5), 200);
  });
  it('stays within bounds for any random draw and retry number (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, draw) => {
        const delay = backoffDelayMs(retry, policy, () => draw);
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
        return Number.isInteger(delay) && delay >= 0 && delay < Math.max(1, ceiling);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2026, 0, 15, 12, 0, 0);
  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });
  it('reads an HTTP date, relative to the injected clock, and treats the past as now', () => {
    assert.equal(parseRetryAfter('Thu, 15 Jan 2026 12:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Thu, 15 Jan 2026 11:00:00 GMT', now), 0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', 'soon', '-5', '1.5', '2026-01-15T12:00:30Z']) {
      assert.equal(parseRetryAfter(value, now), undefined, String(value));
    }
  });
});

describe('decideRetry', () => {
  it('waits exactly as long as Retry-After asks, instead of the backoff', () => {
    assert.deepEqual(decideRetry(1, 3000, policy, () => 0.5), { action: 'retry', attempt: 2, delayMs: 3000 });
  });
  it('queues instead of waiting longer than maxRetryAfterMs, keeping the time asked for', () => {
    assert.deepEqual(decideRetry(1, 60_000, policy, () => 0.5), { action: 'queue', notBeforeMs: 60_000 });
  });
  it('queues after the last attempt', () => {
    assert.equal(decideRetry(policy.maxAttempts, undefined, policy, () => 0.5).action, 'queue');
    assert.equal(decideRetry(policy.maxAttempts - 1, undefined, policy, () => 0.5).action, 'retry');
  });
  it('has defaults that retry for about half a minute', () => {
    const worst = [1, 2, 3, 4, 5].reduce((sum, retry) => sum + backoffDelayMs(retry, DEFAULT_RETRY_POLICY, () => 0.999999), 0);
    assert.ok(worst > 5_000 && worst < 60_000, String(worst));
  });
});
