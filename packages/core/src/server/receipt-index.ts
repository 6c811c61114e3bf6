import { timingSafeEqual } from 'node:crypto';
import { parseReceiptCode, receiptVerifierHash } from '../delivery/receipt-code.js';
import type { Submission } from '../submission/submission.schema.js';

/** One receipt code the endpoint can check: never the code, only its selector and the hash of its secret. */
export interface ReceiptEntry {
  readonly selector: string;
  readonly verifierHash: string;
  readonly submissionId: string;
}

/** Where the receipts under one selector are kept (the receiver's store: `receiptEntries`). */
export type ReceiptLookup = (selector: string) => Promise<readonly ReceiptEntry[]>;

/**
 * Which submission a receipt code opens. Over the receiver's store (`new
 * ReceiptIndex((selector) => store.receiptEntries(selector))`), which records each
 * submission's `receipt` registration as it stores it, so that every process sharing the
 * database opens every receipt, after a restart too. Without a lookup it keeps the
 * registrations given to `add` in memory (tests, receivers of their own).
 */
export class ReceiptIndex {
  readonly #bySelector = new Map<string, ReceiptEntry[]>();
  readonly #lookup: ReceiptLookup;

  constructor(lookup?: ReceiptLookup) {
    this.#lookup = lookup ?? (async (selector) => this.#bySelector.get(selector) ?? []);
  }

  /** Indexes a stored submission's receipt registration in memory, if it has one (not needed over a store). */
  add(submission: Submission): void {
    if (!submission.receipt) return;
    const { selector, verifierHash } = submission.receipt;
    const entries = this.#bySelector.get(selector) ?? [];
    if (entries.some((entry) => entry.submissionId === submission.submissionId)) return;
    entries.push({ selector, verifierHash, submissionId: submission.submissionId });
    this.#bySelector.set(selector, entries);
  }

  /**
   * The submission `code` opens, or `undefined`. The secret part is hashed and compared
   * with every receipt under the same selector in constant time, all of them, so timing
   * tells a guesser nothing about how close a guess came.
   */
  async submissionFor(code: string): Promise<string | undefined> {
    const parsed = parseReceiptCode(code);
    if (!parsed) return undefined;
    const hash = Buffer.from(await receiptVerifierHash(parsed.verifier), 'hex');
    let found: string | undefined;
    for (const entry of await this.#lookup(parsed.selector)) {
      const stored = Buffer.from(entry.verifierHash, 'hex');
      if (stored.length === hash.length && timingSafeEqual(stored, hash) && found === undefined) found = entry.submissionId;
    }
    return found;
  }
}
