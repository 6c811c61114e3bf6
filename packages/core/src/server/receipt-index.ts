import { timingSafeEqual } from 'node:crypto';
import { parseReceiptCode, receiptVerifierHash } from '../delivery/receipt-code.js';
import type { Submission } from '../submission/submission.schema.js';

/** One receipt code the endpoint can check: never the code, only its selector and the hash of its secret. */
export interface ReceiptEntry {
  readonly selector: string;
  readonly verifierHash: string;
  readonly submissionId: string;
}

/**
 * Which submission a receipt code opens. Built from the `receipt` registrations that
 * submissions carry; a database-backed receiver keeps the same three columns.
 */
export class ReceiptIndex {
  readonly #bySelector = new Map<string, ReceiptEntry[]>();

  /** Indexes a stored submission's receipt registration, if it has one. */
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
    for (const entry of this.#bySelector.get(parsed.selector) ?? []) {
      const stored = Buffer.from(entry.verifierHash, 'hex');
      if (stored.length === hash.length && timingSafeEqual(stored, hash) && found === undefined) found = entry.submissionId;
    }
    return found;
  }
}
