import { ConfigError, type ConfigProblem } from '../errors.js';
import type { Submission } from '../submission/submission.schema.js';
import { attemptDelivery, type AttemptOutcome } from './attempt.js';
import { checkEndpointUrl, resolveClientOptions, type ResolvedClientOptions, type SubmissionClientOptions } from './client-options.js';
import { DeliveryStorageError, SubmissionRejectedError } from './delivery-errors.js';
import type { DeliveryEvent, DeliveryListener, DeliveryReceipt, DeliveryResult, TransientFailure } from './delivery-events.js';
import { createMemoryOutbox, type Outbox, type OutboxEntry } from './outbox.js';
import { decideRetry } from './retry-policy.js';
import { routeSubmission, type DeliveryPart } from './routing.js';
import { registerWipeable } from './wipe.js';

/** A finished submission, with or without its id: the client creates one when it is missing. */
export type SubmissionToSend = Omit<Submission, 'submissionId'> & { readonly submissionId?: string };

/** Sends finished submissions so that none is lost and none is stored twice. */
export interface SubmissionClient {
  /**
   * Queues a finished submission in the outbox, then delivers it. Its `submissionId`
   * (created now if missing, before the first attempt) is the `Idempotency-Key` of every
   * attempt, so retries, other tabs and later page loads can never make a second copy.
   * Resolves once every endpoint confirms (`sent`), the run ends unconfirmed (`queued`:
   * it stays in the outbox) or an endpoint refuses it (`failed`). Never rejects for a
   * network or endpoint problem; throws ConfigError for a per-service endpoint that is
   * not a safe URL.
   */
  submit(submission: SubmissionToSend, options?: { readonly signal?: AbortSignal }): Promise<DeliveryResult>;
  /**
   * Sends every queued submission that is due (all of them with `force`), oldest first.
   * Call it when the page opens; {@link SubmissionClient.start} does, and again on `online`.
   */
  flush(options?: { readonly force?: boolean; readonly signal?: AbortSignal }): Promise<DeliveryResult[]>;
  /**
   * Flushes now, again whenever the browser comes back online, and when the next queued
   * submission falls due. Returns a function that stops all of that.
   */
  start(): () => void;
  /** Adds a listener for {@link DeliveryEvent}s; returns a function that removes it. */
  addListener(listener: DeliveryListener): () => void;
  /** The outbox this client sends from. */
  readonly outbox: Outbox;
}

/**
 * Creates a submission client.
 *
 * @example
 * const client = createSubmissionClient({ endpoint: 'https://hub.example.gov.uk/submissions' });
 * client.addListener((event) => { if (event.type === 'sent') showReference(event.reference); });
 * client.start();
 * const result = await client.submit(submission);
 *
 * @throws ConfigError naming every invalid option and its fix.
 */
export function createSubmissionClient(options: SubmissionClientOptions): SubmissionClient {
  const resolved = resolveClientOptions(options);
  if (options.outbox !== undefined && !isOutbox(options.outbox)) {
    throw new ConfigError('The submission client options are invalid.', [
      { path: 'outbox', code: 'not-an-outbox', message: 'Pass createMemoryOutbox() or createIndexedDbOutbox().' },
    ]);
  }
  const outbox = options.outbox ?? createMemoryOutbox();
  const listeners = new Set<DeliveryListener>();
  if (options.onEvent) listeners.add(options.onEvent);
  const inFlight = new Map<string, Promise<DeliveryResult>>();
  // A wipe aborts every delivery: a person leaving in a hurry leaves nothing running or
  // stored. Referenced from `deliver`, so it lives exactly as long as the client.
  const deliveries = {
    controller: new AbortController(),
    async wipe() {
      deliveries.controller.abort();
      deliveries.controller = new AbortController();
    },
  };
  registerWipeable(deliveries);

  const emit = (event: DeliveryEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // A host listener that throws must not stop a delivery.
      }
    }
  };

  const deliver = (submissionId: string, signal?: AbortSignal): Promise<DeliveryResult> => {
    let running = inFlight.get(submissionId);
    if (!running) {
      const combined = anySignal([deliveries.controller.signal, signal]);
      running = deliverEntry(submissionId, combined, resolved, outbox, emit).finally(() => inFlight.delete(submissionId));
      inFlight.set(submissionId, running);
    }
    return running;
  };

  const client: SubmissionClient = {
    outbox,
    async submit(submission, submitOptions = {}) {
      const submissionId = submission.submissionId ?? resolved.newId();
      const complete = { ...submission, submissionId } as Submission;
      checkRoutes(routeSubmission(complete, resolved.endpoint, resolved.serviceEndpoints));
      if (!(await outbox.get(submissionId))) {
        await outbox.put({ submissionId, submission: complete, queuedAt: resolved.now(), attempts: 0, nextTryAt: 0, receipts: [] });
      }
      return deliver(submissionId, submitOptions.signal);
    },
    async flush(flushOptions = {}) {
      const results: DeliveryResult[] = [];
      for (const entry of await outbox.list()) {
        if (flushOptions.signal?.aborted) break;
        if (entry.rejected || (!flushOptions.force && entry.nextTryAt > resolved.now())) continue;
        results.push(await deliver(entry.submissionId, flushOptions.signal));
      }
      return results;
    },
    start() {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const run = async (force: boolean) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        await client.flush({ force }).catch(() => []);
        if (!stopped) await schedule();
      };
      // Wakes up when the earliest queued submission falls due (a Retry-After, a backoff).
      const schedule = async () => {
        const due = (await outbox.list().catch(() => [])).filter((entry) => !entry.rejected).map((entry) => entry.nextTryAt);
        if (timer !== undefined) clearTimeout(timer);
        if (stopped || due.length === 0) return;
        const waitMs = Math.max(1000, Math.min(...due) - resolved.now());
        timer = setTimeout(() => void run(false), Math.min(waitMs, 2 ** 31 - 1));
        (timer as { unref?: () => void }).unref?.();
      };
      const onOnline = () => void run(true);
      globalThis.addEventListener?.('online', onOnline);
      void run(false);
      return () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        globalThis.removeEventListener?.('online', onOnline);
      };
    },
    addListener(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return client;
}

function checkRoutes(parts: readonly DeliveryPart[]): void {
  const problems: ConfigProblem[] = [];
  for (const part of parts) {
    const checked = checkEndpointUrl(part.endpoint, `disclosures[${part.serviceIds.join(',')}].endpoint`);
    if ('problem' in checked) problems.push(checked.problem);
  }
  if (problems.length > 0) throw new ConfigError('A service endpoint is not a safe URL.', problems);
}

/** Delivers every part of one queued submission not yet confirmed, updating its outbox entry as it goes. */
async function deliverEntry(
  submissionId: string,
  signal: AbortSignal,
  options: ResolvedClientOptions,
  outbox: Outbox,
  emit: (event: DeliveryEvent) => void,
): Promise<DeliveryResult> {
  let entry = await outbox.get(submissionId);
  if (!entry) throw new DeliveryStorageError(`Submission ${submissionId} is not in the outbox (it was wiped).`);
  if (entry.rejected) {
    return { status: 'failed', submissionId, error: new SubmissionRejectedError(submissionId, entry.rejected.endpoint, entry.rejected.problem) };
  }

  // Save progress only while the entry is still queued: after a wipe, nothing is written back.
  const save = async (next: OutboxEntry) => {
    entry = next;
    if (!signal.aborted && (await outbox.get(submissionId))) await outbox.put(next);
  };
  const queue = async (reason: TransientFailure, notBeforeMs: number): Promise<DeliveryResult> => {
    const nextTryAt = options.now() + notBeforeMs;
    await save({ ...entry!, nextTryAt });
    emit({ type: 'queued', submissionId, reason, nextTryAt });
    return { status: 'queued', submissionId, reason, nextTryAt };
  };

  if ((globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false) {
    return queue({ kind: 'offline' }, 0);
  }

  const parts = routeSubmission(entry.submission, options.endpoint, options.serviceEndpoints);
  for (const part of parts) {
    if (entry.receipts.some((receipt) => receipt.endpoint === part.endpoint)) continue;
    const body = JSON.stringify(part.submission);
    for (let attempt = 1; ; ) {
      if (signal.aborted) return queue({ kind: 'network', message: 'stopped before it was confirmed' }, 0);
      const outcome: AttemptOutcome = await attemptDelivery({ endpoint: part.endpoint, idempotencyKey: submissionId, body }, options, signal);
      await save({ ...entry, attempts: entry.attempts + 1 });
      if (outcome.kind === 'confirmed') {
        const receipt: DeliveryReceipt = {
          endpoint: part.endpoint,
          serviceIds: part.serviceIds,
          reference: outcome.reference,
          replayed: outcome.replayed,
        };
        await save({ ...entry, receipts: [...entry.receipts, receipt] });
        break;
      }
      if (outcome.kind === 'rejected') {
        await save({ ...entry, rejected: { endpoint: part.endpoint, problem: outcome.problem } });
        const error = new SubmissionRejectedError(submissionId, part.endpoint, outcome.problem);
        emit({ type: 'failed', submissionId, error });
        return { status: 'failed', submissionId, error };
      }
      const decision = decideRetry(attempt, outcome.retryAfterMs, options.retry, options.random);
      if (decision.action === 'queue' || signal.aborted) return queue(outcome.failure, decision.action === 'queue' ? decision.notBeforeMs : 0);
      const nextTryAt = options.now() + decision.delayMs;
      emit({ type: 'retrying', submissionId, endpoint: part.endpoint, attempt: decision.attempt, nextTryAt, reason: outcome.failure });
      await options.sleep(decision.delayMs, signal);
      attempt = decision.attempt;
    }
  }

  await outbox.delete(submissionId);
  const receipts = entry.receipts;
  const main = receipts.find((receipt) => receipt.endpoint === options.endpoint) ?? receipts[0]!;
  emit({ type: 'sent', submissionId, reference: main.reference, receipts });
  return { status: 'sent', submissionId, reference: main.reference, receipts };
}

/** An AbortSignal that aborts when any of `signals` does. */
function anySignal(signals: readonly (AbortSignal | undefined)[]): AbortSignal {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', () => controller.abort(), { once: true });
  }
  return controller.signal;
}

function isOutbox(value: unknown): value is Outbox {
  const candidate = value as Partial<Record<keyof Outbox, unknown>> | null;
  return (
    typeof candidate === 'object' && candidate !== null &&
    (['put', 'get', 'list', 'delete', 'wipe'] as const).every((method) => typeof candidate[method] === 'function')
  );
}
