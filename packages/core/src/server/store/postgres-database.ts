import type { SqlDatabase, SqlExecutor } from './sql-database.js';

/** Options of {@link openPostgresDatabase}. */
export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`. */
  readonly connectionString: string;
  /** Most connections open at once. Default 20. */
  readonly maxConnections?: number;
}

/**
 * Connects to a PostgreSQL server through node-postgres (`pg`, an optional peer
 * dependency: install it beside `@onestory/core` to use a server).
 */
export async function openPostgresDatabase({ connectionString, maxConnections = 20 }: PostgresOptions): Promise<SqlDatabase> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Every statement is prepared once per connection, under a name of its own: the server
  // then parses and plans it once, not on every request.
  const names = new Map<string, string>();
  const nameOf = (text: string) => names.get(text) ?? (names.set(text, `onestory_${names.size}`), names.get(text)!);
  const executor = (client: { query: InstanceType<typeof pg.Pool>['query'] }): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query({ name: nameOf(text), text, values: params as unknown[] });
      return result.rows as Row[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  });
  return {
    engine: 'postgres',
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
