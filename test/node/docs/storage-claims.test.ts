import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createDraftStore, createEncryptedOutbox } from '@onestory/core';
import {
  createMemoryKeyValueStore,
  DEFAULT_DRAFT_ITERATIONS,
  DEFAULT_DRAFT_LIFETIME_MS,
  generateReceiptCode,
  generateResumeCode,
  MAX_DRAFT_LIFETIME_MS,
  RESUME_CODE_ALPHABET,
  type EncryptedOutboxStores,
} from '@onestory/core/delivery';
import { DEFAULT_GUESS_LIMIT } from '@onestory/core/server';
import { loadDefinition } from '@onestory/core';
import { repoRoot } from '../../support/paths.js';

// SECURITY.md and docs/governance.md tell partners and information-governance officers
// what is stored, under which key, and for how long. Each claim is checked here against
// the code, so changing one without the other fails.

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8').replace(/\s+/g, ' ');
const security = read('SECURITY.md');
const governance = read('docs/governance.md');
const DAY = 24 * 60 * 60 * 1000;
const bits = (symbols: number) => Math.floor(symbols * Math.log2(RESUME_CODE_ALPHABET.length));

describe('what the docs say about storage, keys and expiry', () => {
  it('draft keys: the resume code\'s size, PBKDF2 and its iterations, as the code uses them', () => {
    const symbols = generateResumeCode().replace(/-/g, '').length;
    const iterations = DEFAULT_DRAFT_ITERATIONS.toLocaleString('en-GB');
    assert.ok(security.includes(`${symbols} symbols, ${bits(symbols)} random bits, through PBKDF2-HMAC-SHA-256 with ${iterations} iterations`));
    assert.ok(governance.includes(`PBKDF2-HMAC-SHA-256, ${iterations} iterations`));
  });

  it('draft expiry: the default and the longest lifetime, in both documents and the definition format', () => {
    const phrase = `${DEFAULT_DRAFT_LIFETIME_MS / DAY} days after the last save unless the definition sets another lifetime, at most ${MAX_DRAFT_LIFETIME_MS / DAY} days`;
    assert.ok(security.includes(phrase), phrase);
    assert.ok(governance.includes(phrase), phrase);
    const definition = JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json'), 'utf8'));
    const withLifetime = (lifetimeDays: number) => ({ ...definition, settings: { ...definition.settings, saveAndResume: { enabled: true, lifetimeDays } } });
    assert.doesNotThrow(() => loadDefinition(withLifetime(MAX_DRAFT_LIFETIME_MS / DAY)));
    assert.throws(() => loadDefinition(withLifetime(MAX_DRAFT_LIFETIME_MS / DAY + 1)));
  });

  it('drafts made with the defaults expire after the documented default', async () => {
    const saved = await createDraftStore({ iterations: 1000 }).save(generateResumeCode(), { a: 1 });
    assert.equal(saved.expiresAt - saved.savedAt, DEFAULT_DRAFT_LIFETIME_MS);
  });

  it('the guessing limit', () => {
    const phrase = `${DEFAULT_GUESS_LIMIT.failures} per address per ${DEFAULT_GUESS_LIMIT.perMs / 60_000} minutes`;
    assert.ok(security.includes(phrase), phrase);
  });

  it('receipt codes: their length and the size of their secret', () => {
    const symbols = generateReceiptCode().code.replace(/-/g, '').length;
    assert.ok(security.includes(`${symbols} symbols whose last 26 are a ${bits(26)}-bit secret`));
    assert.equal(generateReceiptCode().verifier.length, 26);
    assert.ok(bits(26) >= 128);
  });

  it('persist: the outbox key is a per-device key kept beside the entries, and entries do not expire', async () => {
    assert.ok(security.includes('under a **per-device key**: a non-extractable Web Crypto key kept in the same database'));
    assert.ok(security.includes('They **do not expire**'));
    assert.ok(governance.includes('encrypted under a per-device key kept beside it (not the person\'s code)'));
    const stores = { entries: createMemoryKeyValueStore(), keys: createMemoryKeyValueStore() } as unknown as EncryptedOutboxStores;
    const outbox = createEncryptedOutbox(stores);
    await outbox.put({ submissionId: 's', submission: {} as never, queuedAt: 0, attempts: 0, nextTryAt: 0, receipts: [] });
    const [[name, key]] = (await stores.keys.entries()) as [[string, CryptoKey]];
    assert.equal(name, 'device');
    assert.equal(key.extractable, false);
    assert.equal(Object.keys((await stores.entries.entries())[0]![1]).includes('expiresAt'), false);
  });

  it('no longer claims that unsent submissions are under the resume code\'s key', () => {
    for (const text of [security, governance]) {
      assert.ok(!/unsent submissions and drafts are encrypted/.test(text));
      assert.ok(!/stored on the device only if the host page turns saving on; then it is encrypted with a key from a resume code/.test(text));
    }
  });
});
