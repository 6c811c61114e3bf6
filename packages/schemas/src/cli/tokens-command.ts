import type { Definition } from '@onestory/core';
import { CliError } from './read-definition.js';
import type { CliIo } from './main.js';

export const TOKENS_USAGE = `  tokens create <serviceId> [--label text] [--definition definition.json]
  tokens list [serviceId]
  tokens revoke <tokenId>
                                        Manage the receiver's service tokens, in its database
                                        (--database-url or DATABASE_URL; or --data-dir for PGlite,
                                        with the receiver stopped). A new token is printed once, on
                                        stdout: only its SHA-256 hash is stored.
`;

/** Where the receiver's store is, from the options or DATABASE_URL. */
export interface TokensLocation {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
}

export interface TokensOptions extends TokensLocation {
  readonly label?: string | undefined;
  /** When given, the service must be one of its services. */
  readonly definition?: Definition | undefined;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

const SERVICE_ID = /^[\x21-\x7e]{1,100}$/;

/** Runs `onestory tokens create|list|revoke …`. */
export async function tokensCommand(args: readonly string[], options: TokensOptions, io: CliIo): Promise<number> {
  const [action, subject, ...extra] = args;
  if (extra.length > 0) throw new CliError(`unexpected argument "${extra[0]}"`);
  if (action !== 'create' && action !== 'list' && action !== 'revoke') {
    throw new CliError('tokens needs an action: onestory tokens create <serviceId> | list [serviceId] | revoke <tokenId>');
  }
  if (action !== 'list' && subject === undefined) {
    throw new CliError(action === 'create' ? 'tokens create needs a service id: onestory tokens create <serviceId>' : 'tokens revoke needs a token id (tok_…): onestory tokens list shows them');
  }
  if (action === 'create' && !SERVICE_ID.test(subject!)) throw new CliError('the service id must be 1 to 100 visible ASCII characters');
  if (action === 'create' && options.definition && !options.definition.services.some((s) => s.id === subject)) {
    const known = options.definition.services.map((s) => s.id).join(', ');
    throw new CliError(`the definition has no service "${subject}" (its services: ${known})`);
  }
  if (options.label !== undefined && action !== 'create') throw new CliError('--label only applies to tokens create');
  if (options.label !== undefined && !/^[^\x00-\x1f\x7f]{1,100}$/.test(options.label)) throw new CliError('--label must be 1 to 100 characters, no control characters');

  const server = await import('@onestory/core/server');
  const location = storeLocation(options);
  const store = await server.openReceiverStore(location).catch((error: Error) => {
    // The driver's message names the host and database, never a password; keep to one line.
    throw new CliError(`cannot open the receiver's database: ${error.message.split('\n')[0]}`);
  });
  const now = options.now ?? (() => new Date());
  try {
    if (action === 'create') {
      const issued = await server.issueServiceToken(store, subject!, { label: options.label ?? 'operator', at: now() });
      io.stdout(`${issued.token}\n`);
      io.stderr(
        `Token ${issued.tokenId} for service "${issued.serviceId}" (label "${issued.label}"), printed above once: only its SHA-256 hash is stored.\n` +
          `The service sends it as Authorization: Bearer <token>. Revoke it with: onestory tokens revoke ${issued.tokenId}\n`,
      );
      return 0;
    }
    if (action === 'revoke') {
      if (!(await store.revokeToken(subject!, now()))) {
        io.stderr(`onestory: no token "${subject}" (onestory tokens list shows them)\n`);
        return 1;
      }
      io.stdout(`Revoked ${subject}: requests with it now answer 401.\n`);
      return 0;
    }
    const tokens = await store.tokens(subject);
    if (tokens.length === 0) {
      io.stdout(subject === undefined ? 'No tokens.\n' : `No tokens for service "${subject}".\n`);
      return 0;
    }
    const rows = [['token id', 'service', 'label', 'created', 'revoked'], ...tokens.map((t) => [t.tokenId, t.serviceId, t.label, t.createdAt, t.revokedAt ?? '–'])];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    for (const row of rows) io.stdout(`${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function storeLocation({ databaseUrl, dataDir }: TokensLocation): { databaseUrl: string } | { dataDir: string } {
  if (databaseUrl !== undefined && dataDir !== undefined) throw new CliError('give --database-url or --data-dir, not both');
  if (dataDir !== undefined) return { dataDir };
  if (databaseUrl === undefined) {
    throw new CliError("tokens needs the receiver's database: --database-url postgres://… (or DATABASE_URL), or --data-dir <folder> for PGlite");
  }
  if (!/^postgres(?:ql)?:\/\//.test(databaseUrl)) throw new CliError('--database-url must be a postgres:// URL');
  return { databaseUrl };
}
