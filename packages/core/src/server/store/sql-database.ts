/** Runs SQL: what the receiver's store needs of a PostgreSQL connection, whichever engine. */
export interface SqlExecutor {
  /** Runs one parameterised statement (`$1`, `$2`…) and resolves to its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * A PostgreSQL database: a server reached through `pg` ({@link openPostgresDatabase}) or
 * PGlite embedded in this process ({@link openPgliteDatabase}). The same SQL runs on both.
 */
export interface SqlDatabase extends SqlExecutor {
  /** `postgres` or `pglite`, for messages and benchmarks. */
  readonly engine: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Closes the connections (or the embedded database). */
  close(): Promise<void>;
}

/** True for PostgreSQL's unique_violation (SQLSTATE 23505), on the named constraint when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (e?.code !== '23505') return false;
  if (constraint === undefined) return true;
  return e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(`"${constraint}"`));
}
