import type { ConsentRecord } from '../../consent/consent-record.schema.js';
import type { DisclosureEnvelope } from '../../consent/disclosure.schema.js';
import type { Submission, WithdrawalNotice } from '../../submission/submission.schema.js';
import { transition, type InboxAction, type InboxStatus } from '../inbox-status.js';
import { applyWithdrawal, type WithdrawalEffect } from '../withdrawal.js';
import type { EndpointDraft, EndpointDraftStore } from '../draft-store.js';
import type { ReceiptEntry } from '../receipt-index.js';
import { migrate } from './migrations.js';
import type {
  InboxEvent,
  InboxItem,
  InboxSummary,
  ReceiverStore,
  ServiceStatus,
  ForwardJob,
  ServiceTokenInfo,
  StatusChange,
  StoredSubmission,
  StoredWithdrawal,
  SubmissionWrite,
  WebhookEvent,
  WebhookJob,
  WithdrawalWrite,
  WriteOutcome,
} from './receiver-store.js';
import { isUniqueViolation, type SqlDatabase, type SqlExecutor } from './sql-database.js';

/** The submission minus its envelopes: ids, times and consent records, no answers. */
type SubmissionMeta = Omit<Submission, 'disclosures'>;

interface DeliveryRow {
  submission_id: string;
  position: number;
  service_id: string;
  reference: string;
  received_at: Date;
  urgent: boolean;
  envelope: DisclosureEnvelope | null;
  status: InboxStatus;
  reason: string | null;
  status_at: Date;
  seen_at: Date | null;
  accepted_at: Date | null;
  declined_at: Date | null;
  closed_at: Date | null;
  retain_until: Date | null;
  purged_at: Date | null;
}

interface SubmissionRow {
  submission_id: string;
  reference: string;
  received_at: Date;
  body_hash: string;
  canonical_hash: string;
  meta: SubmissionMeta;
}

interface WithdrawalRow {
  idempotency_key: string;
  reference: string;
  received_at: Date;
  body_hash: string;
  canonical_hash: string;
  notice: WithdrawalNotice;
  applied: StoredWithdrawal['applied'] | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const optionalIso = (value: Date | string | null | undefined) => (value == null ? undefined : iso(value));
const json = (value: unknown) => JSON.stringify(value);

/** Reference candidates tried before giving up: 40 random bits make a second try rare already. */
const REFERENCE_TRIES = 20;

/**
 * Stores a new submission in one statement: its row, its reference, its receipt code's
 * hashes, one delivery per envelope with its 'received' event, its webhook alerts and its
 * FHIR forwards. Every part but the first inserts only when the first did (`FROM
 * new_submission`), so a submission stored before changes nothing. Envelopes ($9) and
 * alerts ($10) come as JSON arrays of rows.
 */
const STORE_SUBMISSION = `
  WITH new_submission AS (
    INSERT INTO submissions (submission_id, reference, received_at, body_hash, canonical_hash, meta)
    VALUES ($1, $2, $3, $4, $5, $6::jsonb)
    ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id
  ), envelopes AS (
    -- jsonb_array_elements hands each envelope over as jsonb; jsonb_to_recordset would
    -- print it to text and parse it again, which doubles PGlite's time per submission.
    SELECT (e ->> 'position')::integer AS position, e ->> 'service_id' AS service_id, (e ->> 'urgent')::boolean AS urgent,
      e -> 'envelope' AS envelope, (e ->> 'retain_until')::timestamptz AS retain_until, (e ->> 'forwards')::boolean AS forwards
    FROM new_submission, jsonb_array_elements($9::jsonb) AS e
  ), new_reference AS (
    INSERT INTO issued_references (reference) SELECT $2 FROM new_submission
  ), new_receipt AS (
    INSERT INTO receipts (submission_id, selector, verifier_hash) SELECT submission_id, $7, $8 FROM new_submission WHERE $7::text IS NOT NULL
  ), new_deliveries AS (
    INSERT INTO deliveries (submission_id, position, service_id, reference, received_at, urgent, envelope, status_at, retain_until)
    SELECT $1, position, service_id, $2, $3, urgent, envelope, $3, retain_until FROM envelopes
  ), new_events AS (
    INSERT INTO delivery_events (submission_id, service_id, event, at) SELECT $1, service_id, 'received', $3 FROM envelopes ORDER BY position
  ), new_alerts AS (
    INSERT INTO webhook_queue (service_id, event, body, created_at, next_attempt_at)
    SELECT a.service_id, a.event, a.body, $3, $3 FROM new_submission, jsonb_to_recordset($10::jsonb) AS a(service_id text, event text, body jsonb)
  ), new_forwards AS (
    INSERT INTO fhir_forward_queue (submission_id, service_id, created_at, next_attempt_at)
    SELECT $1, service_id, $3, $3 FROM envelopes WHERE forwards ON CONFLICT DO NOTHING
  )
  SELECT EXISTS (SELECT 1 FROM new_submission) AS stored`;

/**
 * The receiver's store over any {@link SqlDatabase}: the same statements on a PostgreSQL
 * server and on PGlite. Opens by running the migrations.
 */
export class SqlReceiverStore implements ReceiverStore {
  readonly #db: SqlDatabase;
  #closing: Promise<void> | undefined;

  /** Save-and-resume drafts, in the `drafts` table. */
  readonly drafts: EndpointDraftStore;

  private constructor(db: SqlDatabase) {
    this.#db = db;
    this.drafts = sqlDraftStore(db);
  }

  get engine() {
    return this.#db.engine;
  }

  /** The database, for modules that add tables of their own through a migration. */
  get database(): SqlDatabase {
    return this.#db;
  }

  /** Migrates `db` to the newest schema and wraps it. */
  static async open(db: SqlDatabase): Promise<SqlReceiverStore> {
    await migrate(db);
    return new SqlReceiverStore(db);
  }

  async storeSubmission(write: SubmissionWrite): Promise<WriteOutcome<StoredSubmission>> {
    const { submission } = write;
    const { disclosures, ...meta } = submission;
    const at = iso(write.receivedAt);
    const envelopes = disclosures.map((envelope, position) => ({
      position,
      service_id: envelope.serviceId,
      urgent: envelope.flags.immediateDanger || envelope.flags.marac,
      envelope,
      retain_until: optionalIso(write.retainUntil(envelope, submission.consents.filter((record) => record.serviceId === envelope.serviceId))) ?? null,
      forwards: write.forwards?.(envelope.serviceId) ?? false,
    }));
    return this.#withNewReference(write.newReference, async (reference) => {
      const alerts = envelopes
        .filter((row) => write.notifies(row.service_id))
        .map((row) => ({
          service_id: row.service_id,
          event: row.urgent ? 'referral.urgent' : 'referral.received',
          body: { event: row.urgent ? 'referral.urgent' : 'referral.received', serviceId: row.service_id, occurredAt: at, submissionId: submission.submissionId, reference, urgent: row.urgent },
        }));
      // One statement, so one round trip and its own transaction: everything is committed
      // before it resolves, or nothing is. The unique key decides: a racing insert of the
      // same id waits for the first to commit, then inserts nothing here.
      const [inserted] = await this.#db.query<{ stored: boolean }>(STORE_SUBMISSION, [
        submission.submissionId,
        reference,
        write.receivedAt,
        write.bodyHash,
        write.canonicalHash,
        json(meta),
        submission.receipt?.selector ?? null,
        submission.receipt?.verifierHash ?? null,
        json(envelopes),
        json(alerts),
      ]);
      if (inserted?.stored) {
        return {
          kind: 'stored',
          record: { type: 'submission', reference, submissionId: submission.submissionId, receivedAt: at, bodyHash: write.bodyHash, submission },
        } as const;
      }
      // Stored before (committed, so no transaction is needed to read it): a replay, or the same key with another body.
      const [stored] = await this.#db.query<SubmissionRow>('SELECT * FROM submissions WHERE submission_id = $1', [submission.submissionId]);
      if (!stored) throw new Error('The stored submission vanished.');
      if (stored.body_hash !== write.bodyHash && stored.canonical_hash !== write.canonicalHash) return { kind: 'conflict' } as const;
      return { kind: 'replayed', record: await this.#rebuild(this.#db, stored) } as const;
    });
  }

  async storeWithdrawal(write: WithdrawalWrite): Promise<WriteOutcome<StoredWithdrawal>> {
    const { notice } = write;
    return this.#withNewReference(write.newReference, (reference) =>
      this.#db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO withdrawals (idempotency_key, reference, received_at, body_hash, canonical_hash, service_id, notice)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
          [write.idempotencyKey, reference, write.receivedAt, write.bodyHash, write.canonicalHash, notice.serviceId, json(notice)],
        );
        if (inserted.length === 0) {
          const [stored] = await tx.query<WithdrawalRow>('SELECT * FROM withdrawals WHERE idempotency_key = $1', [write.idempotencyKey]);
          if (!stored) throw new Error('The stored withdrawal vanished.');
          if (stored.body_hash !== write.bodyHash && stored.canonical_hash !== write.canonicalHash) return { kind: 'conflict' } as const;
          return { kind: 'replayed', record: withdrawalOf(stored) } as const;
        }
        await tx.query('INSERT INTO issued_references (reference) VALUES ($1)', [reference]);
        const applied = await this.#honour(tx, notice, write.receivedAt);
        await tx.query('UPDATE withdrawals SET applied = $2::jsonb WHERE idempotency_key = $1', [write.idempotencyKey, json(applied)]);
        if (write.notifies(notice.serviceId)) {
          await this.#enqueue(tx, notice.serviceId, 'withdrawal.received', write.receivedAt, {
            reference,
            recordId: notice.recordId,
            ...(notice.submissionId ? { submissionId: notice.submissionId } : {}),
          });
        }
        return {
          kind: 'stored',
          record: {
            type: 'withdrawal',
            reference,
            idempotencyKey: write.idempotencyKey,
            receivedAt: iso(write.receivedAt),
            bodyHash: write.bodyHash,
            notice,
            applied,
          },
        } as const;
      }),
    );
  }

  async submission(submissionId: string): Promise<StoredSubmission | undefined> {
    const [row] = await this.#db.query<SubmissionRow>('SELECT * FROM submissions WHERE submission_id = $1', [submissionId]);
    return row && this.#rebuild(this.#db, row);
  }

  async submissions(): Promise<StoredSubmission[]> {
    const rows = await this.#db.query<SubmissionRow>('SELECT * FROM submissions ORDER BY received_at, submission_id');
    const deliveries = await this.#db.query<DeliveryRow>('SELECT * FROM deliveries ORDER BY submission_id, position');
    const bySubmission = new Map<string, DeliveryRow[]>();
    for (const row of deliveries) bySubmission.set(row.submission_id, [...(bySubmission.get(row.submission_id) ?? []), row]);
    return rows.map((row) => rebuilt(row, bySubmission.get(row.submission_id) ?? []));
  }

  async withdrawals(): Promise<StoredWithdrawal[]> {
    const rows = await this.#db.query<WithdrawalRow>('SELECT * FROM withdrawals ORDER BY received_at, idempotency_key');
    return rows.map(withdrawalOf);
  }

  async inbox(serviceId: string, query: { status?: InboxStatus; urgent?: boolean; limit?: number } = {}): Promise<InboxSummary[]> {
    const rows = await this.#db.query<DeliveryRow>(
      `SELECT submission_id, position, service_id, reference, received_at, urgent, status, status_at, retain_until, purged_at
       FROM deliveries WHERE service_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::boolean IS NULL OR urgent = $3)
       ORDER BY received_at, submission_id, position LIMIT $4`,
      [serviceId, query.status ?? null, query.urgent ?? null, query.limit ?? 100],
    );
    return rows.map(summaryOf);
  }

  async inboxItem(serviceId: string, submissionId: string): Promise<InboxItem | undefined> {
    return this.#item(this.#db, serviceId, submissionId);
  }

  async changeStatus(serviceId: string, submissionId: string, action: InboxAction, at: Date, reason?: string): Promise<StatusChange> {
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.query<DeliveryRow>(
        'SELECT * FROM deliveries WHERE service_id = $1 AND submission_id = $2 ORDER BY position LIMIT 1 FOR UPDATE',
        [serviceId, submissionId],
      );
      if (!row) return { kind: 'not-found' } as const;
      const next = transition(row.status, action, action !== 'decline' || row.reason === (reason ?? null));
      if (next.kind === 'conflict') return next;
      if (next.kind === 'changed') {
        const column = { seen: 'seen_at', accepted: 'accepted_at', declined: 'declined_at', closed: 'closed_at', received: 'status_at' }[next.status];
        // Accepting or declining what was never acknowledged also marks it seen.
        const alsoSeen = column === 'seen_at' ? '' : ', seen_at = COALESCE(seen_at, $4)';
        await tx.query(
          `UPDATE deliveries SET status = $3, status_at = $4, ${column} = $4${alsoSeen},
             reason = CASE WHEN $3 = 'declined' THEN $5 ELSE reason END
           WHERE service_id = $1 AND submission_id = $2`,
          [serviceId, submissionId, next.status, at, reason ?? null],
        );
        await this.#event(tx, submissionId, serviceId, next.status, at, next.status === 'declined' ? { reason } : undefined);
      }
      return { kind: next.kind, item: (await this.#item(tx, serviceId, submissionId))! };
    });
  }

  async serviceWithdrawals(serviceId: string): Promise<StoredWithdrawal[]> {
    const rows = await this.#db.query<WithdrawalRow>('SELECT * FROM withdrawals WHERE service_id = $1 ORDER BY received_at, idempotency_key', [serviceId]);
    return rows.map(withdrawalOf);
  }

  async receiptStatus(submissionId: string): Promise<ServiceStatus[]> {
    const rows = await this.#db.query<DeliveryRow>(
      'SELECT service_id, status, status_at, reason, purged_at FROM deliveries WHERE submission_id = $1 ORDER BY position',
      [submissionId],
    );
    return rows.map((row) =>
      row.purged_at
        ? { serviceId: row.service_id, status: 'deleted', at: iso(row.purged_at) }
        : { serviceId: row.service_id, status: row.status, at: iso(row.status_at), ...(row.reason ? { reason: row.reason } : {}) },
    );
  }

  async issueToken(serviceId: string, label: string, at: Date, tokenHash: string): Promise<ServiceTokenInfo> {
    const tokenId = `tok_${tokenHash.slice(0, 16)}`;
    await this.#db.query('INSERT INTO service_tokens (token_id, service_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4, $5)', [
      tokenId,
      serviceId,
      tokenHash,
      label,
      at,
    ]);
    return { tokenId, serviceId, label, createdAt: iso(at) };
  }

  async revokeToken(tokenId: string, at: Date): Promise<boolean> {
    const rows = await this.#db.query('UPDATE service_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE token_id = $1 RETURNING token_id', [tokenId, at]);
    return rows.length > 0;
  }

  async tokens(serviceId?: string): Promise<ServiceTokenInfo[]> {
    const rows = await this.#db.query<{ token_id: string; service_id: string; label: string; created_at: Date; revoked_at: Date | null }>(
      `SELECT token_id, service_id, label, created_at, revoked_at FROM service_tokens
       WHERE $1::text IS NULL OR service_id = $1 ORDER BY service_id, created_at, token_id`,
      [serviceId ?? null],
    );
    return rows.map((row) => ({
      tokenId: row.token_id,
      serviceId: row.service_id,
      label: row.label,
      createdAt: iso(row.created_at),
      ...(row.revoked_at ? { revokedAt: iso(row.revoked_at) } : {}),
    }));
  }

  async serviceForTokenHash(tokenHash: string) {
    const [row] = await this.#db.query<{ service_id: string; token_id: string; token_hash: string }>(
      'SELECT service_id, token_id, token_hash FROM service_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    return row && { serviceId: row.service_id, tokenId: row.token_id, tokenHash: row.token_hash };
  }

  async claimWebhooks(now: Date, limit: number, leaseMs: number): Promise<WebhookJob[]> {
    // SKIP LOCKED: two processes claim different rows; the lease hands a crashed sender's rows to another later.
    const rows = await this.#db.query<{ id: string; service_id: string; event: WebhookEvent; body: Record<string, unknown>; attempts: number }>(
      `UPDATE webhook_queue SET next_attempt_at = $2 WHERE id IN (
         SELECT id FROM webhook_queue WHERE delivered_at IS NULL AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, service_id, event, body, attempts`,
      [now, new Date(now.getTime() + leaseMs), limit],
    );
    return rows.map((row) => ({ id: String(row.id), serviceId: row.service_id, event: row.event, body: row.body, attempts: row.attempts }));
  }

  async webhookDelivered(id: string, at: Date, status: string): Promise<void> {
    await this.#db.query('UPDATE webhook_queue SET delivered_at = $2, attempts = attempts + 1, last_status = $3 WHERE id = $1', [id, at, status]);
  }

  async webhookFailed(id: string, nextAttemptAt: Date, status: string): Promise<void> {
    await this.#db.query('UPDATE webhook_queue SET next_attempt_at = $2, attempts = attempts + 1, last_status = $3 WHERE id = $1', [id, nextAttemptAt, status]);
  }

  async pendingWebhooks() {
    const rows = await this.#db.query<{
      id: string; service_id: string; event: WebhookEvent; body: Record<string, unknown>; attempts: number; next_attempt_at: Date; last_status: string | null;
    }>('SELECT * FROM webhook_queue WHERE delivered_at IS NULL ORDER BY id');
    return rows.map((row) => ({
      id: String(row.id),
      serviceId: row.service_id,
      event: row.event,
      body: row.body,
      attempts: row.attempts,
      nextAttemptAt: iso(row.next_attempt_at),
      ...(row.last_status ? { lastStatus: row.last_status } : {}),
    }));
  }

  async claimForwards(now: Date, limit: number, leaseMs: number): Promise<ForwardJob[]> {
    const rows = await this.#db.query<{ submission_id: string; service_id: string; attempts: number }>(
      `UPDATE fhir_forward_queue SET next_attempt_at = $2 WHERE (submission_id, service_id) IN (
         SELECT submission_id, service_id FROM fhir_forward_queue WHERE delivered_at IS NULL AND next_attempt_at <= $1
         ORDER BY next_attempt_at, submission_id, service_id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING submission_id, service_id, attempts`,
      [now, new Date(now.getTime() + leaseMs), limit],
    );
    return rows.map((row) => ({ submissionId: row.submission_id, serviceId: row.service_id, attempts: row.attempts }));
  }

  async forwardDelivered(job: ForwardJob, at: Date, status: string): Promise<void> {
    await this.#db.query(
      'UPDATE fhir_forward_queue SET delivered_at = $3, attempts = attempts + 1, last_status = $4 WHERE submission_id = $1 AND service_id = $2',
      [job.submissionId, job.serviceId, at, status],
    );
  }

  async forwardFailed(job: ForwardJob, nextAttemptAt: Date, status: string): Promise<void> {
    await this.#db.query(
      'UPDATE fhir_forward_queue SET next_attempt_at = $3, attempts = attempts + 1, last_status = $4 WHERE submission_id = $1 AND service_id = $2',
      [job.submissionId, job.serviceId, nextAttemptAt, status],
    );
  }

  async pendingForwards() {
    const rows = await this.#db.query<{ submission_id: string; service_id: string; attempts: number; next_attempt_at: Date; last_status: string | null }>(
      'SELECT * FROM fhir_forward_queue WHERE delivered_at IS NULL ORDER BY created_at, submission_id, service_id',
    );
    return rows.map((row) => ({
      submissionId: row.submission_id,
      serviceId: row.service_id,
      attempts: row.attempts,
      nextAttemptAt: iso(row.next_attempt_at),
      ...(row.last_status ? { lastStatus: row.last_status } : {}),
    }));
  }

  async receiptEntries(selector: string): Promise<ReceiptEntry[]> {
    const rows = await this.#db.query<{ submission_id: string; selector: string; verifier_hash: string }>(
      'SELECT submission_id, selector, verifier_hash FROM receipts WHERE selector = $1 ORDER BY submission_id',
      [selector],
    );
    return rows.map((row) => ({ submissionId: row.submission_id, selector: row.selector, verifierHash: row.verifier_hash }));
  }

  async purgeExpired(now: Date): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const purged = await tx.query<{ submission_id: string; service_id: string; retain_until: Date }>(
        `UPDATE deliveries SET envelope = NULL, reason = NULL, purged_at = $1
         WHERE purged_at IS NULL AND retain_until <= $1 RETURNING submission_id, service_id, retain_until`,
        [now],
      );
      for (const row of purged) {
        await this.#event(tx, row.submission_id, row.service_id, 'purged', now, { retainUntil: iso(row.retain_until) });
      }
      // Decline reasons are the service's words and may name someone: they go too.
      await tx.query(`UPDATE delivery_events e SET detail = NULL FROM deliveries d
        WHERE d.purged_at = $1 AND e.submission_id = d.submission_id AND e.service_id = d.service_id AND e.event = 'declined'`, [now]);
      return purged.length;
    });
  }

  /** Closes the database; closing again is harmless. */
  close(): Promise<void> {
    return (this.#closing ??= this.#db.close());
  }

  /** Runs `write` with fresh references until one is not in use. */
  async #withNewReference<T>(newReference: () => string, write: (reference: string) => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await write(newReference());
      } catch (error) {
        const clash = isUniqueViolation(error, 'issued_references_pkey') || isUniqueViolation(error, 'submissions_reference_key') || isUniqueViolation(error, 'withdrawals_reference_key');
        if (!clash || tries >= REFERENCE_TRIES) throw error;
      }
    }
  }

  /** Takes the withdrawn purpose's data out of the service's view of every envelope it concerns. */
  async #honour(tx: SqlExecutor, notice: WithdrawalNotice, at: Date): Promise<(WithdrawalEffect & { submissionId: string })[]> {
    const rows = await tx.query<DeliveryRow & { meta: SubmissionMeta }>(
      `SELECT d.*, s.meta FROM deliveries d JOIN submissions s USING (submission_id)
       WHERE d.service_id = $1 AND d.envelope IS NOT NULL AND ($2::text IS NULL OR d.submission_id = $2)
         AND ($2::text IS NOT NULL OR s.meta -> 'consents' @> $3::jsonb)
       FOR UPDATE OF d`,
      [notice.serviceId, notice.submissionId ?? null, json([{ recordId: notice.recordId }])],
    );
    const applied: (WithdrawalEffect & { submissionId: string })[] = [];
    for (const row of rows) {
      const consents = row.meta.consents.filter((record: ConsentRecord) => record.serviceId === notice.serviceId);
      const result = applyWithdrawal(row.envelope!, consents, notice);
      if (!result) continue;
      await tx.query('UPDATE deliveries SET envelope = $3::jsonb WHERE submission_id = $1 AND position = $2', [row.submission_id, row.position, json(result.envelope)]);
      await this.#event(tx, row.submission_id, row.service_id, 'withdrawal-applied', at, result.effect);
      applied.push({ submissionId: row.submission_id, ...result.effect });
    }
    return applied;
  }

  async #event(tx: SqlExecutor, submissionId: string, serviceId: string, event: InboxEvent['event'], at: Date, detail?: object): Promise<void> {
    await tx.query('INSERT INTO delivery_events (submission_id, service_id, event, at, detail) VALUES ($1, $2, $3, $4, $5::jsonb)', [
      submissionId,
      serviceId,
      event,
      at,
      detail === undefined ? null : json(detail),
    ]);
  }

  async #enqueue(tx: SqlExecutor, serviceId: string, event: WebhookEvent, at: Date, ids: Record<string, unknown>): Promise<void> {
    const body = { event, serviceId, occurredAt: iso(at), ...ids };
    await tx.query('INSERT INTO webhook_queue (service_id, event, body, created_at, next_attempt_at) VALUES ($1, $2, $3::jsonb, $4, $4)', [
      serviceId,
      event,
      json(body),
      at,
    ]);
  }

  async #item(tx: SqlExecutor, serviceId: string, submissionId: string): Promise<InboxItem | undefined> {
    const [row] = await tx.query<DeliveryRow & { meta: SubmissionMeta }>(
      `SELECT d.*, s.meta FROM deliveries d JOIN submissions s USING (submission_id)
       WHERE d.service_id = $1 AND d.submission_id = $2 ORDER BY d.position LIMIT 1`,
      [serviceId, submissionId],
    );
    if (!row) return undefined;
    const events = await tx.query<{ event: InboxEvent['event']; at: Date; detail: { reason?: string } | null }>(
      'SELECT event, at, detail FROM delivery_events WHERE submission_id = $1 AND service_id = $2 ORDER BY id',
      [submissionId, serviceId],
    );
    return {
      ...summaryOf(row),
      ...(row.envelope ? { envelope: row.envelope, flags: row.envelope.flags } : {}),
      consents: row.meta.consents.filter((record) => record.serviceId === serviceId),
      ...(row.reason ? { reason: row.reason } : {}),
      ...(row.seen_at ? { seenAt: iso(row.seen_at) } : {}),
      ...(row.accepted_at ? { acceptedAt: iso(row.accepted_at) } : {}),
      ...(row.declined_at ? { declinedAt: iso(row.declined_at) } : {}),
      ...(row.closed_at ? { closedAt: iso(row.closed_at) } : {}),
      events: events.map(({ event, at, detail }) => ({ event, at: iso(at), ...(detail?.reason ? { reason: detail.reason } : {}) })),
    };
  }

  async #rebuild(tx: SqlExecutor, row: SubmissionRow): Promise<StoredSubmission> {
    const deliveries = await tx.query<DeliveryRow>('SELECT * FROM deliveries WHERE submission_id = $1 ORDER BY position', [row.submission_id]);
    return rebuilt(row, deliveries);
  }
}

/** Drafts over the `drafts` table: a draft saved again replaces the old one in one statement. */
function sqlDraftStore(db: SqlDatabase): EndpointDraftStore {
  type DraftRow = { id_hash: string; iv: string; ciphertext: string; saved_at: Date; expires_at: Date };
  return {
    async put(draft: EndpointDraft) {
      await db.query(
        `INSERT INTO drafts (id_hash, iv, ciphertext, saved_at, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id_hash) DO UPDATE SET iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, saved_at = EXCLUDED.saved_at, expires_at = EXCLUDED.expires_at`,
        [draft.idHash, draft.iv, draft.ciphertext, new Date(draft.savedAt), new Date(draft.expiresAt)],
      );
    },
    async get(idHash: string) {
      const [row] = await db.query<DraftRow>('SELECT * FROM drafts WHERE id_hash = $1', [idHash]);
      return (
        row && { idHash: row.id_hash, iv: row.iv, ciphertext: row.ciphertext, savedAt: new Date(row.saved_at).getTime(), expiresAt: new Date(row.expires_at).getTime() }
      );
    },
    async delete(idHash: string) {
      return (await db.query('DELETE FROM drafts WHERE id_hash = $1 RETURNING id_hash', [idHash])).length > 0;
    },
    async deleteExpired(now: number) {
      return (await db.query('DELETE FROM drafts WHERE expires_at <= $1 RETURNING id_hash', [new Date(now)])).length;
    },
  };
}

function rebuilt(row: SubmissionRow, deliveries: readonly DeliveryRow[]): StoredSubmission {
  return {
    type: 'submission',
    reference: row.reference,
    submissionId: row.submission_id,
    receivedAt: iso(row.received_at),
    bodyHash: row.body_hash,
    submission: { ...row.meta, disclosures: deliveries.flatMap((d) => (d.envelope ? [d.envelope] : [])) } as Submission,
  };
}

function summaryOf(row: DeliveryRow): InboxSummary {
  return {
    submissionId: row.submission_id,
    reference: row.reference,
    serviceId: row.service_id,
    receivedAt: iso(row.received_at),
    urgent: row.urgent,
    status: row.status,
    statusAt: iso(row.status_at),
    ...(row.retain_until ? { retainUntil: iso(row.retain_until) } : {}),
    ...(optionalIso(row.purged_at) ? { purgedAt: iso(row.purged_at!) } : {}),
  };
}

function withdrawalOf(row: WithdrawalRow): StoredWithdrawal {
  return {
    type: 'withdrawal',
    reference: row.reference,
    idempotencyKey: row.idempotency_key,
    receivedAt: iso(row.received_at),
    bodyHash: row.body_hash,
    notice: row.notice,
    applied: row.applied ?? [],
  };
}
