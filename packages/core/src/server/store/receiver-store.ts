import type { ConsentRecord } from '../../consent/consent-record.schema.js';
import type { DisclosureEnvelope, SafetyFlags } from '../../consent/disclosure.schema.js';
import type { Submission, WithdrawalNotice } from '../../submission/submission.schema.js';
import type { EndpointDraftStore } from '../draft-store.js';
import type { InboxAction, InboxStatus } from '../inbox-status.js';
import type { ReceiptEntry } from '../receipt-index.js';
import type { WithdrawalEffect } from '../withdrawal.js';

/** A submission as stored, rebuilt from its idempotency record and its envelopes. */
export interface StoredSubmission {
  readonly type: 'submission';
  /** The reference number the person was shown. */
  readonly reference: string;
  /** Its id, which was also its idempotency key. */
  readonly submissionId: string;
  /** When it was stored (ISO 8601). */
  readonly receivedAt: string;
  /** SHA-256 (hex) of the request body's bytes. */
  readonly bodyHash: string;
  /** The submission, each envelope as its service may see it now (after withdrawals and purges). */
  readonly submission: Submission;
}

/** A withdrawal notice as stored. */
export interface StoredWithdrawal {
  readonly type: 'withdrawal';
  readonly reference: string;
  /** The request's `Idempotency-Key`, or the notice's `recordId` when it had none. */
  readonly idempotencyKey: string;
  readonly receivedAt: string;
  readonly bodyHash: string;
  readonly notice: WithdrawalNotice;
  /** What was taken out of the service's view when it was honoured (none when nothing matched). */
  readonly applied: readonly (WithdrawalEffect & { readonly submissionId: string })[];
}

/** One referral in a service's inbox, as listed: no answers, only ids, flags and status. */
export interface InboxSummary {
  readonly submissionId: string;
  readonly reference: string;
  readonly serviceId: string;
  readonly receivedAt: string;
  /** Danger now, or a DASH score of 14 or more. */
  readonly urgent: boolean;
  readonly status: InboxStatus;
  /** When the status last changed. */
  readonly statusAt: string;
  /** When the envelope was deleted at the end of its retention, if it was. */
  readonly purgedAt?: string;
  /** When it is due to be deleted, if a retention is known. */
  readonly retainUntil?: string;
}

/** One inbox event, for the audit trail. */
export interface InboxEvent {
  readonly event: 'received' | InboxStatus | 'withdrawal-applied' | 'purged';
  readonly at: string;
  readonly reason?: string;
}

/** One referral as its service fetches it. */
export interface InboxItem extends InboxSummary {
  /** The envelope (absent once purged). */
  readonly envelope?: DisclosureEnvelope;
  readonly flags?: SafetyFlags;
  /** The consent records for this service. */
  readonly consents: readonly ConsentRecord[];
  /** The reason given when declining. */
  readonly reason?: string;
  readonly seenAt?: string;
  readonly acceptedAt?: string;
  readonly declinedAt?: string;
  readonly closedAt?: string;
  readonly events: readonly InboxEvent[];
}

/** What the person's receipt shows for one service. */
export interface ServiceStatus {
  readonly serviceId: string;
  readonly status: InboxStatus | 'deleted';
  readonly at: string;
  /** The service's reason, when it declined. */
  readonly reason?: string;
}

/** How an idempotent write ended. */
export type WriteOutcome<R> =
  | { readonly kind: 'stored'; readonly record: R }
  | { readonly kind: 'replayed'; readonly record: R }
  /** The key was used before with a different body. */
  | { readonly kind: 'conflict' };

/** What storing a submission needs besides the submission. */
export interface SubmissionWrite {
  readonly submission: Submission;
  /** SHA-256 (hex) of the request body's bytes. */
  readonly bodyHash: string;
  /** SHA-256 (hex) of the submission's canonical JSON: a retry with other bytes but the same JSON is a replay. */
  readonly canonicalHash: string;
  readonly receivedAt: Date;
  /** Makes a reference candidate; called again when one is already in use. */
  readonly newReference: () => string;
  /** When a service must delete what it received (from its retention). */
  readonly retainUntil: (envelope: DisclosureEnvelope, consents: readonly ConsentRecord[]) => Date | undefined;
  /** Whether a service has a webhook, so that an alert is queued for it. */
  readonly notifies: (serviceId: string) => boolean;
  /** Whether a service takes its envelope as a FHIR transaction Bundle, so that a forward is queued for it. */
  readonly forwards?: (serviceId: string) => boolean;
}

/** What storing a withdrawal notice needs besides the notice. */
export interface WithdrawalWrite {
  readonly notice: WithdrawalNotice;
  readonly idempotencyKey: string;
  readonly bodyHash: string;
  readonly canonicalHash: string;
  readonly receivedAt: Date;
  readonly newReference: () => string;
  readonly notifies: (serviceId: string) => boolean;
}

/** The result of an inbox action. */
export type StatusChange =
  | { readonly kind: 'changed' | 'unchanged'; readonly item: InboxItem }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'conflict'; readonly status: InboxStatus; readonly message: string };

/** A webhook claimed for sending. */
export interface WebhookJob {
  readonly id: string;
  readonly serviceId: string;
  readonly event: WebhookEvent;
  /** The JSON body to send: ids only. */
  readonly body: Record<string, unknown>;
  /** Attempts made before this one. */
  readonly attempts: number;
}

/** Events a service can be alerted to. */
export type WebhookEvent = 'referral.received' | 'referral.urgent' | 'withdrawal.received';

/** An envelope claimed for forwarding to its service's FHIR server. */
export interface ForwardJob {
  readonly submissionId: string;
  readonly serviceId: string;
  /** Attempts made before this one. */
  readonly attempts: number;
}

/** A token as listed (never the token itself). */
export interface ServiceTokenInfo {
  readonly tokenId: string;
  readonly serviceId: string;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

/**
 * Everything the receiver keeps, behind one interface with two implementations of the
 * same SQL: a PostgreSQL server (production, several processes) and PGlite (embedded,
 * zero set-up). Idempotency is the database's: a unique key, with the body hash checked
 * in the same transaction, so racing retries in any number of processes store once.
 */
export interface ReceiverStore {
  readonly engine: 'postgres' | 'pglite';

  /** Stores a submission once: its envelopes become inbox items, with alerts queued in the same transaction. */
  storeSubmission(write: SubmissionWrite): Promise<WriteOutcome<StoredSubmission>>;
  /** Stores a withdrawal notice once and honours it in the same transaction. */
  storeWithdrawal(write: WithdrawalWrite): Promise<WriteOutcome<StoredWithdrawal>>;

  /** The stored submission with this id (administration and tests; never served over HTTP). */
  submission(submissionId: string): Promise<StoredSubmission | undefined>;
  /** Every stored submission, oldest first (administration and tests). */
  submissions(): Promise<StoredSubmission[]>;
  /** Every stored withdrawal, oldest first (administration and tests). */
  withdrawals(): Promise<StoredWithdrawal[]>;

  /** A service's inbox, oldest first: only its own items. */
  inbox(serviceId: string, query?: { readonly status?: InboxStatus; readonly urgent?: boolean; readonly limit?: number }): Promise<InboxSummary[]>;
  /** One item of a service's inbox; undefined when it is not this service's. */
  inboxItem(serviceId: string, submissionId: string): Promise<InboxItem | undefined>;
  /** Acknowledges, accepts, declines (with a reason) or closes an item; idempotent, time stamped. */
  changeStatus(serviceId: string, submissionId: string, action: InboxAction, at: Date, reason?: string): Promise<StatusChange>;
  /** The withdrawals concerning one service, oldest first. */
  serviceWithdrawals(serviceId: string): Promise<StoredWithdrawal[]>;
  /** What the person's receipt shows, service by service. */
  receiptStatus(submissionId: string): Promise<ServiceStatus[]>;

  /** Issues a token for a service: only its hash is stored, so this is the one time it is seen. */
  issueToken(serviceId: string, label: string, at: Date, token: string): Promise<ServiceTokenInfo>;
  /** Revokes a token; false when there is no such token. */
  revokeToken(tokenId: string, at: Date): Promise<boolean>;
  /** A service's tokens; every service's when no service is given. */
  tokens(serviceId?: string): Promise<ServiceTokenInfo[]>;
  /** The service a presented token's hash belongs to, unless unknown or revoked. */
  serviceForTokenHash(tokenHash: string): Promise<{ readonly serviceId: string; readonly tokenId: string; readonly tokenHash: string } | undefined>;

  /** Claims up to `limit` due webhooks for `leaseMs`, so that another process does not send them too. */
  claimWebhooks(now: Date, limit: number, leaseMs: number): Promise<WebhookJob[]>;
  /** Records a webhook delivered. */
  webhookDelivered(id: string, at: Date, status: string): Promise<void>;
  /** Records a failed attempt and when to try again. */
  webhookFailed(id: string, nextAttemptAt: Date, status: string): Promise<void>;
  /** Webhooks not yet delivered (for monitoring and tests). */
  pendingWebhooks(): Promise<(WebhookJob & { readonly nextAttemptAt: string; readonly lastStatus?: string })[]>;

  /** Claims up to `limit` due FHIR forwards for `leaseMs`, so that another process does not send them too. */
  claimForwards(now: Date, limit: number, leaseMs: number): Promise<ForwardJob[]>;
  /** Records a forward delivered (or given up as having nothing to send). */
  forwardDelivered(job: ForwardJob, at: Date, status: string): Promise<void>;
  /** Records a failed forward and when to try again. */
  forwardFailed(job: ForwardJob, nextAttemptAt: Date, status: string): Promise<void>;
  /** Forwards not yet delivered (for monitoring and tests). */
  pendingForwards(): Promise<(ForwardJob & { readonly nextAttemptAt: string; readonly lastStatus?: string })[]>;

  /** Save-and-resume drafts (ciphertext only), in the same database. */
  readonly drafts: EndpointDraftStore;
  /** The receipts whose code starts with `selector` (stored with their submissions): hashes and ids only. */
  receiptEntries(selector: string): Promise<ReceiptEntry[]>;

  /** Deletes every envelope past its retention at `now`, recording each deletion (ids only); returns how many. */
  purgeExpired(now: Date): Promise<number>;

  close(): Promise<void>;
}
