import { mkdir } from 'node:fs/promises';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';
import type { ReceiverStore } from './receiver-store.js';
import { SqlReceiverStore } from './sql-receiver-store.js';

/** Where the receiver keeps its data: a PostgreSQL server, or PGlite embedded in a folder. */
export type StoreLocation =
  | { readonly databaseUrl: string; readonly maxConnections?: number }
  | { readonly dataDir: string };

/**
 * Opens the receiver's store and runs its migrations: on a PostgreSQL server when given a
 * `databaseUrl` (production; any number of receiver processes may share it), else PGlite
 * in `dataDir` (created if missing; one process at a time).
 */
export async function openReceiverStore(location: StoreLocation): Promise<SqlReceiverStore & ReceiverStore> {
  if ('databaseUrl' in location) {
    return SqlReceiverStore.open(
      await openPostgresDatabase({
        connectionString: location.databaseUrl,
        ...(location.maxConnections ? { maxConnections: location.maxConnections } : {}),
      }),
    );
  }
  await mkdir(location.dataDir, { recursive: true, mode: 0o700 });
  return SqlReceiverStore.open(await openPgliteDatabase(location.dataDir));
}
