import type { Submission } from '../submission/submission.schema.js';
import type { DeliveryReceipt } from './delivery-events.js';
import type { ProblemDetails } from './problem.js';
import { registerWipeable } from './wipe.js';

/**
 * A finished submission waiting for its endpoint(s) to confirm it. It holds the whole
 * submission — the person's answers included — because that is what must be sent; it is
 * deleted as soon as every endpoint confirms, and `wipeAll()` deletes it at once.
 */
export interface OutboxEntry {
  /** The submission's id, also its `Idempotency-Key`. */
  readonly submissionId: string;
  /** The finished submission, exactly as it will be sent. */
  readonly submission: Submission;
  /** When it was queued (ms since epoch). */
  readonly queuedAt: number;
  /** Attempts made so far, across page loads. */
  readonly attempts: number;
  /** Do not try again before this time (ms since epoch); 0 means at once. */
  readonly nextTryAt: number;
  /** Endpoints that have confirmed their part (with per-service endpoints there are several). */
  readonly receipts: readonly DeliveryReceipt[];
  /** Set when an endpoint refused it for good: `flush()` leaves it alone until the host deletes it. */
  readonly rejected?: { readonly endpoint: string; readonly problem: ProblemDetails };
}

/**
 * Where finished submissions wait. {@link createMemoryOutbox} is the default (nothing
 * touches the device); {@link createIndexedDbOutbox} survives a closed tab, for hosts that
 * turn persistence on.
 */
export interface Outbox {
  /** Adds or replaces the entry for `entry.submissionId`. */
  put(entry: OutboxEntry): Promise<void>;
  /** The entry for `submissionId`, if queued. */
  get(submissionId: string): Promise<OutboxEntry | undefined>;
  /** Every entry, oldest first. */
  list(): Promise<OutboxEntry[]>;
  /** Removes one entry (after its endpoint confirmed it, or when the host gives up on it). */
  delete(submissionId: string): Promise<void>;
  /** Removes every entry and anything the outbox stored to hold them. */
  wipe(): Promise<void>;
}

/**
 * An outbox in memory: it survives a lost signal but not a closed tab. Nothing is written
 * to the device. Entries are copied in and out, so callers cannot change what is queued.
 */
export function createMemoryOutbox(): Outbox {
  const entries = new Map<string, OutboxEntry>();
  const outbox: Outbox = {
    async put(entry) {
      entries.set(entry.submissionId, structuredClone(entry));
    },
    async get(submissionId) {
      const entry = entries.get(submissionId);
      return entry && structuredClone(entry);
    },
    async list() {
      return [...entries.values()].sort((a, b) => a.queuedAt - b.queuedAt).map((entry) => structuredClone(entry));
    },
    async delete(submissionId) {
      entries.delete(submissionId);
    },
    async wipe() {
      entries.clear();
    },
  };
  registerWipeable(outbox);
  return outbox;
}
