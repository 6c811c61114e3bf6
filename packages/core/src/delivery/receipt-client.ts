import { ConsentRecordSchema, type ConsentRecord } from '../consent/consent-record.schema.js';
import type { WithdrawalNotice } from '../submission/withdrawal-notice.schema.js';
import * as z from 'zod/mini';
import { EndpointRequestError, postJson, siblingUrl, type EndpointRequestOptions } from './endpoint-request.js';
import { parseReceiptCode } from './receipt-code.js';

/** Header that carries a receipt code to authorise a withdrawal. */
export const RECEIPT_AUTHORIZATION_SCHEME = 'OneStory-Receipt';

/** A withdrawal the endpoint recorded. */
export interface RecordedWithdrawal {
  readonly recordId: string;
  readonly withdrawnAt: string;
  /** The endpoint's reference for the withdrawal. */
  readonly reference: string;
}

/** Where a service has got to with what the person sent, as their receipt shows it. */
export type ReceiptServiceState = 'received' | 'seen' | 'accepted' | 'declined' | 'closed' | 'deleted';

/** One service's status on a receipt. */
export interface ReceiptServiceStatus {
  readonly serviceId: string;
  /**
   * `received` (stored), `seen` (the service opened it), `accepted`, `declined` (see
   * `reason`), `closed` (finished with) or `deleted` (past its retention).
   */
  readonly status: ReceiptServiceState;
  /** When it last changed (ISO 8601). */
  readonly at: string;
  /** The service's reason, shown to the person, when it declined. */
  readonly reason?: string;
}

/** What the endpoint keeps for a receipt code: the submission's consent records as they stand now, and each service's status. */
export interface StoredReceipt {
  readonly submissionId: string;
  /** The reference the person was shown. */
  readonly reference: string;
  readonly receivedAt: string;
  /** The consent records sent, each with its withdrawal (if any) added to its events. */
  readonly consents: readonly ConsentRecord[];
  readonly withdrawals: readonly RecordedWithdrawal[];
  /** Where each service that received something has got to. */
  readonly services: readonly ReceiptServiceStatus[];
}

const StoredReceiptSchema = z.object({
  submissionId: z.string(),
  reference: z.string(),
  receivedAt: z.string(),
  consents: z.array(ConsentRecordSchema),
  withdrawals: z.array(z.object({ recordId: z.string(), withdrawnAt: z.string(), reference: z.string() })),
  services: z.array(
    z.object({
      serviceId: z.string(),
      status: z.enum(['received', 'seen', 'accepted', 'declined', 'closed', 'deleted']),
      at: z.string(),
      reason: z.optional(z.string()),
    }),
  ),
});

/** Options for {@link openReceipt} and {@link sendWithdrawal}. */
export interface ReceiptRequestOptions extends EndpointRequestOptions {
  /** The submission endpoint; receipts open at its sibling route `receipts/open`, withdrawals go to `withdrawals`. */
  readonly endpoint: string;
}

/**
 * Opens a receipt with its code, on any device: `POST receipts/open { receiptCode }`.
 * Resolves to `undefined` when the code matches nothing (mistyped, or not yet stored).
 *
 * @throws EndpointRequestError when the endpoint cannot be reached or refuses (429 after too many wrong codes).
 */
export async function openReceipt(code: string, options: ReceiptRequestOptions): Promise<StoredReceipt | undefined> {
  const parsed = parseReceiptCode(code);
  if (!parsed) return undefined;
  const url = siblingUrl(options.endpoint, 'receipts/open');
  const answer = await postJson(url, { receiptCode: parsed.code }, options);
  if (answer.status === 404) return undefined;
  const result = z.safeParse(StoredReceiptSchema, answer.body);
  if (!result.success) throw new EndpointRequestError(`${url} answered with something that is not a receipt.`, answer.status);
  return result.data as StoredReceipt;
}

/**
 * Posts a withdrawal notice (from core's `withdraw`) to the endpoint's `withdrawals` route,
 * authorised by the receipt code (`Authorization: OneStory-Receipt <code>`), keyed for
 * idempotency by submission and record. Resolves to the endpoint's reference.
 *
 * @throws EndpointRequestError when refused (403: the code does not cover this record) or unreachable.
 */
export async function sendWithdrawal(notice: WithdrawalNotice, code: string, options: ReceiptRequestOptions): Promise<string> {
  const parsed = parseReceiptCode(code);
  const url = siblingUrl(options.endpoint, 'withdrawals');
  if (!parsed) throw new EndpointRequestError('That is not a receipt code.', 403);
  const answer = await postJson(url, notice, {
    ...options,
    headers: { ...options.headers, authorization: `${RECEIPT_AUTHORIZATION_SCHEME} ${parsed.code}`, 'idempotency-key': `${notice.submissionId ?? ''}:${notice.recordId}` },
  });
  const reference = (answer.body as { reference?: unknown } | undefined)?.reference;
  if (answer.status !== 201 || typeof reference !== 'string') {
    throw new EndpointRequestError(`${url} did not record the withdrawal.`, answer.status);
  }
  return reference;
}
