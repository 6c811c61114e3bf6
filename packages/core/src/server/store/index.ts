export * from './receiver-store.js';
export * from './sql-database.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { openPostgresDatabase, type PostgresOptions } from './postgres-database.js';
export { openPgliteDatabase } from './pglite-database.js';
export { SqlReceiverStore } from './sql-receiver-store.js';
export { openReceiverStore, type StoreLocation } from './open-store.js';
