import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createReferenceServer, openReceiverStore, type SqlReceiverStore, type StoreLocation } from '@onestory/core/server';
import { repoRoot } from '../../support/paths.js';
import { get } from '../../support/receiver-http.js';
import { freshLocation, STORE_KINDS } from '../../support/stores.js';

// Issue 21: operators create, list and revoke service tokens from the command line, on
// either store. A token is printed once, on stdout alone; the database keeps its hash.

const bin = join(repoRoot, 'packages/schemas/bin/onestory.mjs');
const earlyHelp = join(repoRoot, 'packages/schemas/examples/early-help.definition.json');

let work = '';
before(() => {
  work = mkdtempSync(join(tmpdir(), 'onestory-tokens-cli-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

function onestory(env: Record<string, string | undefined>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, DATABASE_URL: undefined, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CLI's arguments naming `location`: --data-dir for PGlite, DATABASE_URL for PostgreSQL. */
const at = (location: StoreLocation): { env: Record<string, string>; args: string[] } =>
  'databaseUrl' in location ? { env: { DATABASE_URL: location.databaseUrl }, args: [] } : { env: {}, args: ['--data-dir', location.dataDir] };

for (const kind of STORE_KINDS) {
  describe(`onestory tokens (${kind})`, () => {
    it('creates a token shown once and stored hashed, lists it without the token, and revokes it', async () => {
      const location = await freshLocation(kind, work);
      const { env, args } = at(location);
      const created = await onestory(env, 'tokens', 'create', 'money-advice', '--label', 'caseworkers', '--definition', earlyHelp, ...args);
      assert.equal(created.code, 0, created.stderr);
      const token = created.stdout.trim();
      assert.match(token, /^ost_[A-Za-z0-9_-]{43}$/, 'stdout holds the token alone, for scripts');
      const tokenId = /Token (tok_[0-9a-f]{16})/.exec(created.stderr)?.[1];
      assert.ok(tokenId, created.stderr);
      assert.ok(!created.stderr.includes(token));

      const store = (await openReceiverStore(location)) as SqlReceiverStore;
      let server = await createReferenceServer({ store, webhookIntervalMs: 0, purgeIntervalMs: 0 });
      try {
        const rows = await store.database.query('SELECT * FROM service_tokens');
        assert.ok(!JSON.stringify(rows).includes(token), 'only the hash is stored');
        assert.equal((await get(`${server.url}/services/money-advice/inbox`, token)).status, 200, 'the service reads its inbox with it');
        assert.equal((await get(`${server.url}/services/youth-service/inbox`, token)).status, 403);
      } finally {
        await server.close();
        await store.close(); // PGlite: one process at a time, so the CLI can open it
      }

      await onestory(env, 'tokens', 'create', 'youth-service', ...args);
      const listed = await onestory(env, 'tokens', 'list', ...args);
      assert.equal(listed.code, 0, listed.stderr);
      assert.ok(!listed.stdout.includes(token) && !listed.stdout.includes('ost_'), 'list never shows a token');
      const lines = listed.stdout.trim().split('\n');
      assert.match(lines[0]!, /^token id\s+service\s+label\s+created\s+revoked$/);
      assert.match(lines[1]!, new RegExp(`^${tokenId}\\s+money-advice\\s+caseworkers\\s+\\d{4}-\\d\\d-\\d\\dT.*Z\\s+–$`));
      assert.match(lines[2]!, /youth-service\s+operator/);
      assert.equal((await onestory(env, 'tokens', 'list', 'youth-service', ...args)).stdout.trim().split('\n').length, 2, 'one service\'s tokens');

      const revoked = await onestory(env, 'tokens', 'revoke', tokenId, ...args);
      assert.equal(revoked.code, 0, revoked.stderr);
      assert.equal(revoked.stdout, `Revoked ${tokenId}: requests with it now answer 401.\n`);
      assert.match((await onestory(env, 'tokens', 'list', 'money-advice', ...args)).stdout, /caseworkers\s+\S+Z\s+\d{4}-\S+Z/, 'listed with its revocation time');

      const reopened = await openReceiverStore(location);
      server = await createReferenceServer({ store: reopened, webhookIntervalMs: 0, purgeIntervalMs: 0 });
      try {
        assert.equal((await get(`${server.url}/services/money-advice/inbox`, token)).status, 401, 'a revoked token is refused');
      } finally {
        await server.close();
        await reopened.close();
      }

      const unknown = await onestory(env, 'tokens', 'revoke', 'tok_0000000000000000', ...args);
      assert.equal(unknown.code, 1);
      assert.equal(unknown.stderr, 'onestory: no token "tok_0000000000000000" (onestory tokens list shows them)\n');
    });
  });
}

describe('onestory tokens: mistakes get one clear line', () => {
  const dataDir = () => join(work, 'never-opened');
  for (const [args, message] of [
    [['tokens', 'create', 'money-advice'], "onestory: tokens needs the receiver's database: --database-url postgres://… (or DATABASE_URL), or --data-dir <folder> for PGlite\n"],
    [['tokens'], 'onestory: tokens needs an action: onestory tokens create <serviceId> | list [serviceId] | revoke <tokenId>\n'],
    [['tokens', 'create'], 'onestory: tokens create needs a service id: onestory tokens create <serviceId>\n'],
    [['tokens', 'revoke', '--data-dir', 'x'], 'onestory: tokens revoke needs a token id (tok_…): onestory tokens list shows them\n'],
    [['tokens', 'create', 'dentist', '--definition', earlyHelp, '--data-dir', 'x'], 'onestory: the definition has no service "dentist" (its services: housing-support, drug-alcohol, domestic-abuse, money-advice, youth-service, childrens-centres, health-visiting, adult-social-care)\n'],
    [['tokens', 'list', '--label', 'x', '--data-dir', 'x'], 'onestory: --label only applies to tokens create\n'],
    [['tokens', 'list', '--database-url', 'mysql://x'], 'onestory: --database-url must be a postgres:// URL\n'],
    [['tokens', 'list', '--out', 'x'], 'onestory: --out does not apply to tokens\n'],
  ] as const) {
    const list: readonly string[] = args;
    it(list.map((a) => (a === earlyHelp ? 'definition.json' : a)).join(' '), async () => {
      const result = await onestory({}, ...list.map((a) => (a === 'x' && list.includes('--data-dir') ? dataDir() : a)));
      assert.equal(result.code, 1);
      assert.equal(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }
});
