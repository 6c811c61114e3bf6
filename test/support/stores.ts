import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openReceiverStore, type ReceiverStore, type StoreLocation } from '@onestory/core/server';

// Where tests store: a real PostgreSQL server (`DATABASE_URL`, which `npm test` starts
// and sets) and PGlite, the embedded default. Each test database is created fresh, so
// test files running in parallel never see each other's rows.

/** The server `npm test` started, if any. */
export const postgresUrl: string | undefined = process.env['DATABASE_URL'];

/** The stores a conformance suite runs against: PGlite always, PostgreSQL when a server is given. */
export const STORE_KINDS: readonly ('pglite' | 'postgres')[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

/** Creates an empty database on the test server and returns its URL. */
export async function freshDatabase(): Promise<string> {
  if (!postgresUrl) throw new Error('Set DATABASE_URL (npm test starts a PostgreSQL server and sets it).');
  const name = `onestory_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh store location of `kind`: a new database, or a PGlite folder under `dir`. */
export async function freshLocation(kind: 'pglite' | 'postgres', dir: string): Promise<StoreLocation> {
  return kind === 'postgres' ? { databaseUrl: await freshDatabase() } : { dataDir: join(dir, `pglite-${randomBytes(4).toString('hex')}`) };
}

/**
 * Where a test that is not about storage stores: PostgreSQL when a server is given (it
 * opens in a fraction of a second), else PGlite.
 */
export function quickLocation(dir: string): Promise<StoreLocation> {
  return freshLocation(postgresUrl ? 'postgres' : 'pglite', dir);
}

/** Opens a fresh store of `kind`. */
export async function openFreshStore(kind: 'pglite' | 'postgres', dir: string): Promise<ReceiverStore> {
  return openReceiverStore(await freshLocation(kind, dir));
}
