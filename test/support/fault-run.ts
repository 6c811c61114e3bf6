import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSubmissionClient, type DeliveryResult } from '@onestory/core';
import { createReferenceServer } from '@onestory/core/server';
import { createFaultProxy, randomFaultScript, seededRandom, type Fault } from './fault-proxy.js';
import { quickLocation } from './stores.js';
import { fullStorySubmission, submissionIdFor } from './submissions.js';

/** Options of {@link runFaultScripts}. */
export interface FaultRunOptions {
  /** How many submissions, each with its own random fault script. */
  readonly scripts: number;
  /** Seed of the scripts (the same seed replays the same run). */
  readonly seed: number;
  /** Longest fault script per submission. Default 6. */
  readonly maxFaults?: number;
  /** Submissions in flight at once. Default 25. */
  readonly concurrency?: number;
  /** Client timeout in ms: what a `hang` costs, and long enough for a loaded machine to answer. Default 2000. */
  readonly timeoutMs?: number;
}

/** What a fault run found. `lost` and `storedTwice` must both be 0. */
export interface FaultRunReport {
  readonly scripts: number;
  /** Submissions confirmed to their sender and stored. */
  readonly delivered: number;
  /** Submissions never stored, or never confirmed to their sender. */
  readonly lost: number;
  /** Submissions stored more than once. */
  readonly storedTwice: number;
  /** Confirmed with a reference other than the one stored. */
  readonly wrongReference: number;
  /** Requests the proxy saw, and how many of each fault it injected. */
  readonly requests: number;
  readonly faults: Readonly<Record<Fault['kind'], number>>;
  readonly seconds: number;
}

/**
 * Sends `scripts` full-size submissions through a fault-injecting proxy to a real
 * reference endpoint, each with its own seeded fault script, retrying (with waits cut
 * short) and flushing until each is confirmed; then counts what the endpoint stored.
 */
export async function runFaultScripts(options: FaultRunOptions): Promise<FaultRunReport> {
  const started = performance.now();
  const { scripts, seed, maxFaults = 6, concurrency = 25, timeoutMs = 2000 } = options;
  const random = seededRandom(seed);
  const plan = new Map<string, Fault[]>();
  for (let n = 1; n <= scripts; n++) plan.set(submissionIdFor(seed, n), randomFaultScript(random, maxFaults));

  const dataDir = await mkdtemp(join(tmpdir(), 'onestory-faults-'));
  const endpoint = await createReferenceServer(await quickLocation(dataDir));
  const proxy = await createFaultProxy({
    target: endpoint.url,
    faultFor: ({ idempotencyKey, attempt }) => (idempotencyKey && plan.get(idempotencyKey)?.[attempt]) || { kind: 'pass' },
  });

  const results = new Map<string, DeliveryResult>();
  const ids = [...plan.keys()];
  try {
    const worker = async () => {
      for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
        const client = createSubmissionClient({
          endpoint: `${proxy.url}/submissions`,
          timeoutMs,
          retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
          // Waits are shortened to at most 25 ms (a Retry-After of seconds included), so a
          // run takes seconds; long enough that a 409's first request can finish meanwhile.
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 25))),
        });
        let result = await client.submit(fullStorySubmission(id));
        // What start() does on the next page load or `online`: flush until confirmed. Past
        // its script every attempt passes, so only an endpoint too slow to answer within
        // the timeout, round after round, can end this loop unconfirmed (and count as lost).
        for (let round = 0; result.status === 'queued' && round < 50; round++) {
          result = (await client.flush({ force: true }))[0] ?? result;
        }
        results.set(id, result);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await proxy.settled();

    // Each stored submission is one row by its key; each envelope one inbox item: an
    // envelope stored twice would be listed twice.
    const storedCount = new Map<string, number>();
    const storedReference = new Map<string, string>();
    for (const item of await endpoint.store.inbox('adult-social-care', { limit: 1_000_000 })) {
      storedCount.set(item.submissionId, (storedCount.get(item.submissionId) ?? 0) + 1);
      storedReference.set(item.submissionId, item.reference);
    }

    let delivered = 0;
    let lost = 0;
    let wrongReference = 0;
    for (const id of plan.keys()) {
      const result = results.get(id);
      const stored = storedCount.get(id) ?? 0;
      if (result?.status !== 'sent' || stored === 0) lost += 1;
      else if (result.reference !== storedReference.get(id)) wrongReference += 1;
      else delivered += 1;
    }
    const faults = Object.fromEntries(
      ['pass', 'status', 'rate-limit', 'hang', 'hang-after-commit', 'reset', 'lost-response', 'duplicate', 'duplicate-late'].map((kind) => [
        kind,
        proxy.log.filter((entry) => entry.fault.kind === kind).length,
      ]),
    ) as Record<Fault['kind'], number>;
    return {
      scripts,
      delivered,
      lost,
      storedTwice: [...storedCount.values()].filter((count) => count > 1).length,
      wrongReference,
      requests: proxy.log.length,
      faults,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await proxy.close();
    await endpoint.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
