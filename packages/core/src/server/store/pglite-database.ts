import type { SqlDatabase, SqlExecutor } from './sql-database.js';

/**
 * Opens (or creates) an embedded PostgreSQL in `dataDir` with PGlite (PostgreSQL compiled
 * to WebAssembly; `@electric-sql/pglite`, an optional peer dependency): zero set-up, the
 * same SQL as a server, one process at a time. Each commit is written to the data files
 * before it resolves, so a killed process loses nothing it acknowledged.
 */
export async function openPgliteDatabase(dataDir: string): Promise<SqlDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  const executor = (target: { query: typeof db.query; exec: typeof db.exec }): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(text, params as unknown[])).rows;
    },
    async exec(script: string) {
      await target.exec(script);
    },
  });
  return {
    engine: 'pglite',
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}
