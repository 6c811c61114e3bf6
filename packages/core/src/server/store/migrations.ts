import type { SqlDatabase } from './sql-database.js';

/** One versioned change to the receiver's tables. Versions only grow; a released one never changes. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The receiver's schema, oldest first. To add tables, append a
 * migration with the next version: never edit one that has shipped.
 *
 * No table below holds personal data outside `deliveries.envelope` (what a service
 * received) and `deliveries.reason` (the service's words): purging and withdrawal clear
 * those, and every other row is ids, hashes, states and times.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'submissions, inbox, withdrawals, service tokens, webhook queue',
    sql: `
      -- Reference numbers are unique across submissions and withdrawals.
      CREATE TABLE issued_references (reference text PRIMARY KEY);

      -- One row per submissionId: the idempotency record. meta is the submission without
      -- its envelopes (ids, times, consent records: no answers).
      CREATE TABLE submissions (
        submission_id text PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        received_at timestamptz NOT NULL,
        body_hash text NOT NULL,
        canonical_hash text NOT NULL,
        meta jsonb NOT NULL
      );

      -- One row per envelope: a service's inbox item.
      CREATE TABLE deliveries (
        submission_id text NOT NULL REFERENCES submissions,
        position integer NOT NULL,
        service_id text NOT NULL,
        reference text NOT NULL,
        received_at timestamptz NOT NULL,
        urgent boolean NOT NULL,
        envelope jsonb,
        status text NOT NULL DEFAULT 'received',
        reason text,
        status_at timestamptz NOT NULL,
        seen_at timestamptz,
        accepted_at timestamptz,
        declined_at timestamptz,
        closed_at timestamptz,
        retain_until timestamptz,
        purged_at timestamptz,
        PRIMARY KEY (submission_id, position)
      );
      CREATE INDEX deliveries_inbox ON deliveries (service_id, received_at, submission_id);
      CREATE INDEX deliveries_due_for_purge ON deliveries (retain_until) WHERE purged_at IS NULL;

      -- What happened to each inbox item, when: the audit trail (no personal data).
      CREATE TABLE delivery_events (
        id bigserial PRIMARY KEY,
        submission_id text NOT NULL,
        service_id text NOT NULL,
        event text NOT NULL,
        at timestamptz NOT NULL,
        detail jsonb
      );
      CREATE INDEX delivery_events_item ON delivery_events (submission_id, service_id, id);

      CREATE TABLE withdrawals (
        idempotency_key text PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        received_at timestamptz NOT NULL,
        body_hash text NOT NULL,
        canonical_hash text NOT NULL,
        service_id text NOT NULL,
        notice jsonb NOT NULL,
        applied jsonb
      );
      CREATE INDEX withdrawals_service ON withdrawals (service_id, received_at);

      -- Only SHA-256 hashes of tokens are kept: the token itself is shown once, when issued.
      CREATE TABLE service_tokens (
        token_id text PRIMARY KEY,
        service_id text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        label text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      );

      -- Webhooks to send, in the same database as what they announce: committed together.
      CREATE TABLE webhook_queue (
        id bigserial PRIMARY KEY,
        service_id text NOT NULL,
        event text NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        delivered_at timestamptz,
        last_status text
      );
      CREATE INDEX webhook_queue_due ON webhook_queue (next_attempt_at) WHERE delivered_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'FHIR forwarding queue',
    sql: `
      -- Envelopes to forward as FHIR transaction Bundles, one row per submission and
      -- service, queued in the transaction that stores the submission. The Bundle itself
      -- is built when sent, from the envelope as the service may see it then (after
      -- withdrawals and purges): nothing personal is copied here.
      CREATE TABLE fhir_forward_queue (
        submission_id text NOT NULL,
        service_id text NOT NULL,
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        delivered_at timestamptz,
        last_status text,
        PRIMARY KEY (submission_id, service_id)
      );
      CREATE INDEX fhir_forward_queue_due ON fhir_forward_queue (next_attempt_at) WHERE delivered_at IS NULL;
    `,
  },
  {
    version: 3,
    name: 'saved drafts and receipt codes',
    sql: `
      -- Save-and-resume drafts: ciphertext the browser sealed, under the SHA-256 of its
      -- lookup id. Nothing here can be read without the person's resume code.
      CREATE TABLE drafts (
        id_hash text PRIMARY KEY,
        iv text NOT NULL,
        ciphertext text NOT NULL,
        saved_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX drafts_expiry ON drafts (expires_at);

      -- Which submission a receipt code opens: its selector and the SHA-256 of its secret
      -- part, never the code. Written with the submission, so every receiver process
      -- sharing the database can open every receipt.
      CREATE TABLE receipts (
        submission_id text PRIMARY KEY REFERENCES submissions,
        selector text NOT NULL,
        verifier_hash text NOT NULL
      );
      CREATE INDEX receipts_selector ON receipts (selector);
      INSERT INTO receipts (submission_id, selector, verifier_hash)
        SELECT submission_id, meta -> 'receipt' ->> 'selector', meta -> 'receipt' ->> 'verifierHash'
        FROM submissions WHERE meta -> 'receipt' ->> 'selector' IS NOT NULL AND meta -> 'receipt' ->> 'verifierHash' IS NOT NULL;
    `,
  },
];

/** Any number: the advisory lock that keeps two processes from migrating at once. */
const MIGRATION_LOCK = 7_160_721;

/**
 * Brings the database up to the newest migration, each in its own transaction, and
 * returns the versions applied. Safe when several receiver processes start together:
 * they queue on an advisory lock and each version is applied once.
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  ).catch(async (error) => {
    // Two processes creating it at once: one wins, the other sees it exists.
    const exists = await db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'schema_migrations'`);
    if (exists.length === 0) throw error;
  });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    });
  }
  return applied;
}
