import { join } from 'node:path';
import type { ConsentRecord } from '../consent/consent-record.schema.js';
import type { DisclosureEnvelope } from '../consent/disclosure.schema.js';
import type { Submission, WithdrawalNotice } from '../submission/submission.schema.js';
import { AppendOnlyLog, type LogRecovery } from './append-log.js';

/** A submission as the reference endpoint stored it: one line of `submissions.jsonl`. */
export interface StoredSubmission {
  readonly type: 'submission';
  /** The reference number the person was shown. */
  readonly reference: string;
  /** Its id, which was also its idempotency key. */
  readonly submissionId: string;
  /** When it was stored (ISO 8601). */
  readonly receivedAt: string;
  /** SHA-256 (hex) of the request body's bytes; a retry must match it or its canonical JSON must. */
  readonly bodyHash: string;
  readonly submission: Submission;
}

/** A withdrawal notice as stored: one line of `withdrawals.jsonl`. */
export interface StoredWithdrawal {
  readonly type: 'withdrawal';
  readonly reference: string;
  /** The request's `Idempotency-Key`, or the notice's `recordId` when it had none. */
  readonly idempotencyKey: string;
  readonly receivedAt: string;
  readonly bodyHash: string;
  readonly notice: WithdrawalNotice;
}

/** What one service received in one submission: its envelope and its consent records. */
export interface ServiceDelivery {
  readonly reference: string;
  readonly submissionId: string;
  readonly receivedAt: string;
  readonly disclosure: DisclosureEnvelope;
  readonly consents: readonly ConsentRecord[];
}

/** Read access to what the reference endpoint stored (for tests and the demo's listing page). */
export interface ReferenceStore {
  /** Every stored submission, in the order received. */
  submissions(): readonly StoredSubmission[];
  /** The stored submission with this id. */
  submission(submissionId: string): StoredSubmission | undefined;
  /** What the service received, submission by submission. */
  receivedBy(serviceId: string): ServiceDelivery[];
  /** Every stored withdrawal notice, in the order received. */
  withdrawals(): readonly StoredWithdrawal[];
  /** What was repaired when the data files were opened. */
  readonly recovery: { readonly submissions: LogRecovery; readonly withdrawals: LogRecovery };
}

/** Names of the data files under `dataDir`. */
export const DATA_FILES = { submissions: 'submissions.jsonl', withdrawals: 'withdrawals.jsonl' } as const;

/**
 * The endpoint's storage: two append-only logs, loaded into memory indexes on open so
 * idempotency (and reference uniqueness) survive restarts.
 */
export class SubmissionStore implements ReferenceStore {
  readonly recovery: ReferenceStore['recovery'];
  readonly #submissionLog: AppendOnlyLog;
  readonly #withdrawalLog: AppendOnlyLog;
  readonly #submissions: StoredSubmission[] = [];
  readonly #byId = new Map<string, StoredSubmission>();
  readonly #withdrawals: StoredWithdrawal[] = [];
  readonly #withdrawalsByKey = new Map<string, StoredWithdrawal>();
  readonly #references = new Set<string>();

  private constructor(submissionLog: AppendOnlyLog, withdrawalLog: AppendOnlyLog, recovery: ReferenceStore['recovery']) {
    this.#submissionLog = submissionLog;
    this.#withdrawalLog = withdrawalLog;
    this.recovery = recovery;
  }

  /** Opens (or creates) the data files in `dataDir`, repairing a torn last line. */
  static async open(dataDir: string): Promise<SubmissionStore> {
    const submissions = await AppendOnlyLog.open(join(dataDir, DATA_FILES.submissions));
    const withdrawals = await AppendOnlyLog.open(join(dataDir, DATA_FILES.withdrawals));
    const store = new SubmissionStore(submissions.log, withdrawals.log, {
      submissions: submissions.recovery,
      withdrawals: withdrawals.recovery,
    });
    for (const record of submissions.records) if (isStoredSubmission(record)) store.#indexSubmission(record);
    for (const record of withdrawals.records) if (isStoredWithdrawal(record)) store.#indexWithdrawal(record);
    return store;
  }

  submissions(): readonly StoredSubmission[] {
    return this.#submissions;
  }

  submission(submissionId: string): StoredSubmission | undefined {
    return this.#byId.get(submissionId);
  }

  receivedBy(serviceId: string): ServiceDelivery[] {
    return this.#submissions.flatMap(({ reference, submissionId, receivedAt, submission }) =>
      submission.disclosures
        .filter((disclosure) => disclosure.serviceId === serviceId)
        .map((disclosure) => ({
          reference,
          submissionId,
          receivedAt,
          disclosure,
          consents: submission.consents.filter((record) => record.serviceId === serviceId),
        })),
    );
  }

  withdrawals(): readonly StoredWithdrawal[] {
    return this.#withdrawals;
  }

  /** The stored withdrawal with this idempotency key. */
  withdrawal(idempotencyKey: string): StoredWithdrawal | undefined {
    return this.#withdrawalsByKey.get(idempotencyKey);
  }

  /** True when a reference number is already in use. */
  hasReference(reference: string): boolean {
    return this.#references.has(reference);
  }

  /** Stores a submission durably, then indexes it. */
  async addSubmission(record: StoredSubmission): Promise<void> {
    await this.#submissionLog.append(record);
    this.#indexSubmission(record);
  }

  /** Stores a withdrawal notice durably, then indexes it. */
  async addWithdrawal(record: StoredWithdrawal): Promise<void> {
    await this.#withdrawalLog.append(record);
    this.#indexWithdrawal(record);
  }

  /** Finishes pending writes and closes the files. */
  async close(): Promise<void> {
    await Promise.all([this.#submissionLog.close(), this.#withdrawalLog.close()]);
  }

  #indexSubmission(record: StoredSubmission): void {
    if (this.#byId.has(record.submissionId)) return;
    this.#byId.set(record.submissionId, record);
    this.#submissions.push(record);
    this.#references.add(record.reference);
  }

  #indexWithdrawal(record: StoredWithdrawal): void {
    if (this.#withdrawalsByKey.has(record.idempotencyKey)) return;
    this.#withdrawalsByKey.set(record.idempotencyKey, record);
    this.#withdrawals.push(record);
    this.#references.add(record.reference);
  }
}

function isStoredSubmission(value: unknown): value is StoredSubmission {
  const record = value as Partial<StoredSubmission> | null;
  return (
    record?.type === 'submission' &&
    typeof record.submissionId === 'string' &&
    typeof record.reference === 'string' &&
    typeof record.bodyHash === 'string' &&
    typeof record.submission === 'object'
  );
}

function isStoredWithdrawal(value: unknown): value is StoredWithdrawal {
  const record = value as Partial<StoredWithdrawal> | null;
  return (
    record?.type === 'withdrawal' &&
    typeof record.idempotencyKey === 'string' &&
    typeof record.reference === 'string' &&
    typeof record.bodyHash === 'string' &&
    typeof record.notice === 'object'
  );
}
