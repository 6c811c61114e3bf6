import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ConfigError, createDeviceDraftStorage, createDraftStore, wipeAll } from '@onestory/core';
import {
  createMemoryKeyValueStore,
  deriveDraftKeys,
  DEFAULT_DRAFT_ITERATIONS,
  generateResumeCode,
  normaliseResumeCode,
  onWipe,
  RESUME_CODE_ALPHABET,
  type StoredDraft,
} from '@onestory/core/delivery';
import { seededRandom } from '../../support/fault-proxy.js';

const HOUR = 60 * 60 * 1000;
const answers = { 'person.givenName': 'Carys', 'contact.address': { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1AA' } };

/** Deterministic "random" bytes for resume codes. */
const bytesFrom = (random: () => number) => (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));

function drafts(now = () => 1_000_000) {
  const kv = createMemoryKeyValueStore<StoredDraft>();
  const storage = createDeviceDraftStorage({ store: kv, now });
  // Few iterations keep the tests fast; the default is checked below.
  return { kv, storage, store: createDraftStore({ storage, iterations: 1000, lifetimeMs: 24 * HOUR }) };
}

describe('resume codes', () => {
  it('are four groups of four from an alphabet without 0/O or 1/I, from injected randomness', () => {
    const code = generateResumeCode(bytesFrom(seededRandom(1)));
    assert.match(code, /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    assert.equal(generateResumeCode(bytesFrom(seededRandom(1))), code, 'same randomness, same code');
    assert.equal(RESUME_CODE_ALPHABET.length, 32);
    assert.ok(!/[01IO]/.test(RESUME_CODE_ALPHABET));
  });
  it('read back however they are typed (property, 500 runs)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('', ' ', '-', '  '), fc.boolean(), (seed, separator, lower) => {
        const code = generateResumeCode(bytesFrom(seededRandom(seed)));
        const typed = code.split('-').join(separator);
        return normaliseResumeCode(lower ? typed.toLowerCase() : typed) === code;
      }),
      { seed: 11, numRuns: 500 },
    );
    assert.equal(normaliseResumeCode('ABCD-EFGH-JKLM-NPQ0'), undefined, '0 is never in a code');
    assert.equal(normaliseResumeCode('ABCD-EFGH-JKLM'), undefined);
  });
});

describe('drafts', () => {
  it('save and load the answers under the resume code', async () => {
    const { store } = drafts();
    const code = generateResumeCode();
    const saved = await store.save(code, answers);
    assert.deepEqual(saved, { savedAt: 1_000_000, expiresAt: 1_000_000 + 24 * HOUR });
    const loaded = await store.load(code.toLowerCase().replace(/-/g, ' '));
    assert.deepEqual(loaded, { status: 'found', content: answers, ...saved });
  });

  it('rest as AES-GCM ciphertext with a new 96-bit IV on every save, and no trace of the code', async () => {
    const { store, kv } = drafts();
    const code = generateResumeCode();
    const ivs = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await store.save(code, { ...answers, step: i });
      const [[id, record]] = (await kv.entries()) as [[string, StoredDraft]];
      ivs.add(record.iv);
      assert.equal(Buffer.from(record.iv, 'base64').length, 12);
      const resting = JSON.stringify(record) + id;
      for (const secret of ['Carys', 'CF10', code, code.replace(/-/g, '')]) assert.ok(!resting.includes(secret), secret);
    }
    assert.equal(ivs.size, 20);
  });

  it('file each draft under a lookup id that is not a fast hash of the code, and apart from its key', async () => {
    const code = generateResumeCode(bytesFrom(seededRandom(4)));
    const { lookupId, key } = await deriveDraftKeys(code, 1000);
    assert.match(lookupId, /^[0-9a-f]{64}$/);
    // A stolen store must not let a guesser test codes at SHA-256 speed.
    for (const fast of [code, `onestory-draft-id:${code}`]) {
      assert.notEqual(lookupId, createHash('sha256').update(fast).digest('hex'));
    }
    assert.equal((await deriveDraftKeys(code, 1000)).lookupId, lookupId, 'the same code finds the same draft on any device');
    assert.notEqual((await deriveDraftKeys(code, 1001)).lookupId, lookupId, 'the id costs the full PBKDF2');
    // The key is not the id: knowing where a draft is filed does not open it.
    assert.equal(key.extractable, false);
    const idAsKey = await crypto.subtle.importKey('raw', Buffer.from(lookupId, 'hex'), 'AES-GCM', false, ['decrypt']);
    const storage = createDeviceDraftStorage();
    const store = createDraftStore({ storage, iterations: 1000 });
    await store.save(code, answers);
    const sealed = (await storage.get(lookupId))!;
    await assert.rejects(
      crypto.subtle.decrypt({ name: 'AES-GCM', iv: Buffer.from(sealed.iv, 'base64') }, idAsKey, Buffer.from(sealed.ciphertext, 'base64')),
    );
  });

  it('do not open with another code, and say so when altered where they rest', async () => {
    const { store, kv, storage } = drafts();
    const code = generateResumeCode();
    await store.save(code, answers);
    assert.deepEqual(await store.load(generateResumeCode()), { status: 'not-found' });
    assert.deepEqual(await store.load('not a code'), { status: 'not-found' });

    const [[id, record]] = (await kv.entries()) as [[string, StoredDraft]];
    const bytes = Buffer.from(record.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    await kv.set(id, { ...record, ciphertext: bytes.toString('base64') });
    // A fresh store (a new page) must derive the key again, and still refuse the altered draft.
    const fresh = createDraftStore({ storage, iterations: 1000 });
    assert.deepEqual(await fresh.load(code), { status: 'unreadable' });
  });

  it('open on a new page (a fresh store) with only the code', async () => {
    const { store, storage } = drafts();
    const code = generateResumeCode();
    await store.save(code, answers);
    const later = createDraftStore({ storage, iterations: 1000 });
    const loaded = await later.load(code);
    assert.equal(loaded.status, 'found');
    assert.deepEqual(loaded.status === 'found' && loaded.content, answers);
  });

  it('expire: an expired draft does not open and is deleted; purgeExpired clears the rest', async () => {
    let now = 1_000_000;
    const { store, kv, storage } = drafts(() => now);
    const [a, b] = [generateResumeCode(), generateResumeCode()];
    await store.save(a, answers);
    await store.save(b, answers);
    now += 24 * HOUR;
    assert.deepEqual(await store.load(a), { status: 'not-found' });
    assert.equal((await kv.entries()).length, 1);
    assert.equal(await storage.purgeExpired(), 1);
    assert.deepEqual(await kv.entries(), []);
  });

  it('are deleted by delete(code) and by wipeAll(), which also tells onWipe listeners', async () => {
    const { store, kv } = drafts();
    const [a, b] = [generateResumeCode(), generateResumeCode()];
    await store.save(a, answers);
    await store.save(b, answers);
    await store.delete(a);
    assert.equal((await kv.entries()).length, 1);

    let told = 0;
    const stop = onWipe(() => void (told += 1));
    await wipeAll();
    stop();
    assert.deepEqual(await kv.entries(), []);
    assert.deepEqual(await store.load(b), { status: 'not-found' });
    assert.equal(told, 1);
  });

  it('use 600,000 PBKDF2-SHA-256 iterations unless told otherwise, and check their options', async () => {
    assert.equal(DEFAULT_DRAFT_ITERATIONS, 600_000);
    assert.throws(() => createDraftStore({ iterations: 0, lifetimeMs: -1 }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.path), ['iterations', 'lifetimeMs']);
      return true;
    });
    assert.throws(() => createDraftStore({ lifetimeMs: 31 * 24 * HOUR }), ConfigError);
    await assert.rejects(createDraftStore({ iterations: 1000 }).save('1234', answers), ConfigError);
  });
});
