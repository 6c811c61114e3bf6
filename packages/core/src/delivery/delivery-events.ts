import type { SubmissionRejectedError } from './delivery-errors.js';
import type { ProblemDetails } from './problem.js';

/** One endpoint's confirmation that it holds (part of) a submission. */
export interface DeliveryReceipt {
  /** The URL that confirmed. */
  readonly endpoint: string;
  /** Services whose disclosures went there (empty when the submission has none). */
  readonly serviceIds: readonly string[];
  /** The reference number the endpoint gave, to show the person. */
  readonly reference: string;
  /** True when the endpoint answered from its idempotency record (it already had it). */
  readonly replayed: boolean;
}

/** Why an attempt did not get a confirmation, when trying again may help. */
export type TransientFailure =
  /** The request never got an HTTP answer (offline, DNS, connection reset, CORS). */
  | { readonly kind: 'network'; readonly message: string }
  /** No answer within `timeoutMs`. */
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  /** The runtime reports it is offline, so no attempt was made. */
  | { readonly kind: 'offline' }
  /** 408, 409, 429 or 5xx. */
  | { readonly kind: 'status'; readonly status: number; readonly problem: ProblemDetails }
  /** A 2xx without the `{reference}` body the client needs. */
  | { readonly kind: 'bad-response'; readonly status: number };

/** The outcome of delivering one submission. */
export type DeliveryResult =
  /** Every endpoint confirmed. `reference` is the main endpoint's (or the only one's). */
  | {
      readonly status: 'sent';
      readonly submissionId: string;
      readonly reference: string;
      readonly receipts: readonly DeliveryReceipt[];
    }
  /** Not confirmed yet: it stays in the outbox and is sent again by `flush()`. */
  | {
      readonly status: 'queued';
      readonly submissionId: string;
      readonly reason: TransientFailure;
      /** When the next try is due (ms since epoch). */
      readonly nextTryAt: number;
    }
  /** An endpoint refused it for good; it stays in the outbox, marked rejected, until the host deletes it. */
  | { readonly status: 'failed'; readonly submissionId: string; readonly error: SubmissionRejectedError };

/** What the client tells listeners as a delivery progresses. */
export type DeliveryEvent =
  | { readonly type: 'sent'; readonly submissionId: string; readonly reference: string; readonly receipts: readonly DeliveryReceipt[] }
  | { readonly type: 'queued'; readonly submissionId: string; readonly reason: TransientFailure; readonly nextTryAt: number }
  | {
      readonly type: 'retrying';
      readonly submissionId: string;
      readonly endpoint: string;
      /** The attempt about to be made (2 for the first retry). */
      readonly attempt: number;
      /** When it will be made (ms since epoch). */
      readonly nextTryAt: number;
      readonly reason: TransientFailure;
    }
  | { readonly type: 'failed'; readonly submissionId: string; readonly error: SubmissionRejectedError };

/** Receives delivery events. */
export type DeliveryListener = (event: DeliveryEvent) => void;
