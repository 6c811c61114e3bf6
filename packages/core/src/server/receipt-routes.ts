import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentRecord } from '../consent/consent-record.schema.js';
import { withdraw } from '../consent/decisions.js';
import { consentState } from '../consent/state.js';
import { RECEIPT_AUTHORIZATION_SCHEME, type StoredReceipt } from '../delivery/receipt-client.js';
import type { WithdrawalNotice } from '../submission/withdrawal-notice.schema.js';
import { tooManyGuesses } from './draft-routes.js';
import type { EndpointRoute } from './endpoint-route.js';
import type { GuessLimiter } from './guess-limiter.js';
import { problem, sendJson, sendProblem } from './http-problem.js';
import { readJsonRequest } from './json-request.js';
import type { ReceiptIndex } from './receipt-index.js';
import type { ServiceStatus, StoredSubmission, StoredWithdrawal } from './store/receiver-store.js';

/** What the receipt routes read: the stored submissions, withdrawals, and where each service has got to. */
export interface ReceiptSources {
  submission(submissionId: string): Promise<StoredSubmission | undefined>;
  withdrawals(): Promise<readonly StoredWithdrawal[]>;
  receiptStatus(submissionId: string): Promise<readonly ServiceStatus[]>;
}

/** Options of {@link createReceiptRoutes}. */
export interface ReceiptRoutesOptions {
  readonly index: ReceiptIndex;
  readonly sources: ReceiptSources;
  /** Counts receipt codes that open nothing. */
  readonly guesses: GuessLimiter;
}

/** How a withdrawal's authorisation came out. */
export type WithdrawalAuthorisation =
  | { readonly kind: 'authorised' }
  /** This record was withdrawn already: answer with what was stored then. */
  | { readonly kind: 'replay'; readonly stored: StoredWithdrawal }
  /** Refused; the answer has been sent. */
  | { readonly kind: 'answered' };

/**
 * The receipt side of the reference endpoint.
 *
 * - `POST /receipts/open` `{ receiptCode }`: `200` {@link StoredReceipt} (the consent
 *   records sent, with withdrawals applied, and each service's status: received, seen,
 *   accepted, declined with its reason, closed or deleted; never an answer the person
 *   gave), or `404`, which counts as a wrong guess (`429` after too many). The code goes
 *   in the body, never the URL, and is checked in constant time (`ReceiptIndex`).
 * - `authoriseWithdrawal`: a withdrawal notice is accepted only with
 *   `Authorization: OneStory-Receipt <receipt code>` whose submission holds the record,
 *   for the same service and purpose, on the basis of consent, given. A wrong code is
 *   `403` (and a wrong guess); a right code for another submission's record is `403`
 *   too; a purpose on another basis, or not given, is `422`.
 */
export function createReceiptRoutes(options: ReceiptRoutesOptions): {
  readonly routes: Readonly<Record<string, EndpointRoute>>;
  authoriseWithdrawal(request: IncomingMessage, response: ServerResponse, json: unknown, client: string): Promise<WithdrawalAuthorisation>;
} {
  const { index, sources, guesses } = options;

  const receiptOf = async (stored: StoredSubmission): Promise<StoredReceipt> => {
    const [all, statuses] = await Promise.all([sources.withdrawals(), sources.receiptStatus(stored.submissionId)]);
    const withdrawals = all.filter((w) => w.notice.submissionId === stored.submissionId);
    const consents = stored.submission.consents.map((record) => {
      const withdrawal = withdrawals.find((w) => w.notice.recordId === record.recordId);
      return withdrawal ? withdrawn(record, withdrawal.notice) : record;
    });
    return {
      submissionId: stored.submissionId,
      reference: stored.reference,
      receivedAt: stored.receivedAt,
      consents,
      withdrawals: withdrawals.map((w) => ({ recordId: w.notice.recordId, withdrawnAt: w.notice.withdrawnAt, reference: w.reference })),
      services: statuses.map(({ serviceId, status, at, reason }) => ({ serviceId, status, at, ...(reason !== undefined && { reason }) })),
    };
  };

  const openReceipt: EndpointRoute = async (request, response, client) => {
    const waitMs = guesses.waitFor(client);
    if (waitMs > 0) return tooManyGuesses(response, waitMs);
    const body = await readJsonRequest(request, response, 4096);
    if (!body) return;
    const code = (body.json as { receiptCode?: unknown } | null)?.receiptCode;
    const submissionId = typeof code === 'string' ? await index.submissionFor(code) : undefined;
    const stored = submissionId === undefined ? undefined : await sources.submission(submissionId);
    if (!stored) {
      guesses.failed(client);
      return sendProblem(response, problem(404, 'receipt-not-found', 'No such receipt', 'No receipt matches this code.'));
    }
    sendJson(response, 200, await receiptOf(stored));
  };

  const refuse = (response: ServerResponse, status: number, slug: string, title: string, detail: string): WithdrawalAuthorisation => {
    sendProblem(response, problem(status, slug, title, detail, [{ path: status === 403 ? 'Authorization' : 'recordId', code: slug, message: detail }]));
    return { kind: 'answered' };
  };

  async function authoriseWithdrawal(request: IncomingMessage, response: ServerResponse, json: unknown, client: string): Promise<WithdrawalAuthorisation> {
    const waitMs = guesses.waitFor(client);
    if (waitMs > 0) {
      tooManyGuesses(response, waitMs);
      return { kind: 'answered' };
    }
    const header = request.headers.authorization ?? '';
    const prefix = `${RECEIPT_AUTHORIZATION_SCHEME} `;
    const code = header.startsWith(prefix) ? header.slice(prefix.length) : undefined;
    const submissionId = code === undefined ? undefined : await index.submissionFor(code);
    const stored = submissionId === undefined ? undefined : await sources.submission(submissionId);
    if (!stored) {
      guesses.failed(client);
      return refuse(response, 403, 'receipt-code-refused', 'Receipt code refused', `Send Authorization: ${prefix}<the receipt code of this submission>.`);
    }
    const notice = (json ?? {}) as Partial<WithdrawalNotice>;
    const record = stored.submission.consents.find((r) => r.recordId === notice.recordId);
    if (notice.submissionId !== stored.submissionId || !record || record.serviceId !== notice.serviceId || record.purposeId !== notice.purposeId) {
      return refuse(response, 403, 'not-this-receipt', 'Not covered by this receipt', 'This receipt code does not cover that consent record.');
    }
    const earlier = (await sources.withdrawals()).find((w) => w.notice.recordId === record.recordId && w.notice.submissionId === stored.submissionId);
    if (earlier) return { kind: 'replay', stored: earlier };
    if (record.basis !== 'consent') {
      return refuse(response, 422, 'not-consent-based', 'Not based on consent', `This purpose's lawful basis is ${record.basis}, not consent: it cannot be withdrawn, but the person may object to the controller.`);
    }
    if (consentState(record) !== 'given') {
      return refuse(response, 422, 'not-given', 'Consent was not given', `This consent is "${consentState(record)}": there is nothing to withdraw.`);
    }
    return { kind: 'authorised' };
  }

  return { routes: { '/receipts/open': openReceipt }, authoriseWithdrawal };
}

function withdrawn(record: ConsentRecord, notice: WithdrawalNotice): ConsentRecord {
  try {
    return withdraw(record, { now: new Date(notice.withdrawnAt), actor: 'subject', method: 'online' }).record;
  } catch {
    return record;
  }
}
