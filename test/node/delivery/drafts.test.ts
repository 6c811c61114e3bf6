import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ConfigError,
  createDraftStore,
  createMemoryKeyValueStore,
  DEFAULT_DRAFT_ITERATIONS,
  generateResumeCode,
  normaliseResumeCode,
  onWipe,
  RESUME_CODE_ALPHABET,
  wipeAll,
  type StoredDraft,
} from '@onestory/core';
import { seededRandom } from '../../support/fault-proxy.js';

const HOUR = 60 * 60 * 1000;
const answers = { 'person.givenName': 'Carys', 'contact.address': { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1AA' } };

/** Deterministic "random" bytes for resume codes. */
const bytesFrom = (random: () => number) => (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));

function drafts(now = () => 1_000_000) {
  const storage = createMemoryKeyValueStore<StoredDraft>();
  // Few iterations keep the tests fast; the default is checked below.
  return { storage, store: createDraftStore({ storage, iterations: 1000, lifetimeMs: 24 * HOUR, now }) };
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
    assert.deepEqual(loaded, { status: 'found', answers, ...saved });
  });

  it('rest as AES-GCM ciphertext with a new 96-bit IV on every save, and no trace of the code', async () => {
    const { store, storage } = drafts();
    const code = generateResumeCode();
    const ivs = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await store.save(code, { ...answers, step: i });
      const [[id, record]] = (await storage.entries()) as [[string, StoredDraft]];
      ivs.add(record.iv);
      assert.equal(Buffer.from(record.iv, 'base64').length, 12);
      const resting = JSON.stringify(record) + id;
      for (const secret of ['Carys', 'CF10', code, code.replace(/-/g, '')]) assert.ok(!resting.includes(secret), secret);
    }
    assert.equal(ivs.size, 20);
  });

  it('do not open with another code, and say so when altered on the device', async () => {
    const { store, storage } = drafts();
    const code = generateResumeCode();
    await store.save(code, answers);
    assert.deepEqual(await store.load(generateResumeCode()), { status: 'not-found' });
    assert.deepEqual(await store.load('not a code'), { status: 'not-found' });

    const [[id, record]] = (await storage.entries()) as [[string, StoredDraft]];
    const bytes = Buffer.from(record.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    await storage.set(id, { ...record, ciphertext: bytes.toString('base64') });
    // A fresh store (a new page) must derive the key again, and still refuse the altered draft.
    const fresh = createDraftStore({ storage, iterations: 1000, now: () => 1_000_000 });
    assert.deepEqual(await fresh.load(code), { status: 'unreadable' });
  });

  it('open on a new page (a fresh store) with only the code', async () => {
    const { store, storage } = drafts();
    const code = generateResumeCode();
    await store.save(code, answers);
    const later = createDraftStore({ storage, iterations: 5000, now: () => 2_000_000 });
    const loaded = await later.load(code);
    assert.equal(loaded.status, 'found');
    assert.deepEqual(loaded.status === 'found' && loaded.answers, answers);
  });

  it('expire: an expired draft does not open and is deleted; purgeExpired clears the rest', async () => {
    let now = 1_000_000;
    const { store, storage } = drafts(() => now);
    const [a, b] = [generateResumeCode(), generateResumeCode()];
    await store.save(a, answers);
    await store.save(b, answers);
    now += 24 * HOUR;
    assert.deepEqual(await store.load(a), { status: 'expired' });
    assert.equal((await storage.entries()).length, 1);
    assert.equal(await store.purgeExpired(), 1);
    assert.deepEqual(await storage.entries(), []);
  });

  it('are deleted by delete(code) and by wipeAll(), which also tells onWipe listeners', async () => {
    const { store, storage } = drafts();
    const [a, b] = [generateResumeCode(), generateResumeCode()];
    await store.save(a, answers);
    await store.save(b, answers);
    await store.delete(a);
    assert.equal((await storage.entries()).length, 1);

    let told = 0;
    const stop = onWipe(() => void (told += 1));
    await wipeAll();
    stop();
    assert.deepEqual(await storage.entries(), []);
    assert.deepEqual(await store.load(b), { status: 'not-found' });
    assert.equal(told, 1);
  });

  it('use at least 210,000 PBKDF2 iterations unless told otherwise, and check their options', async () => {
    assert.equal(DEFAULT_DRAFT_ITERATIONS, 210_000);
    const storage = createMemoryKeyValueStore<StoredDraft>();
    await createDraftStore({ storage }).save(generateResumeCode(), answers);
    assert.equal((await storage.entries())[0]?.[1].iterations, 210_000);
    assert.throws(() => createDraftStore({ iterations: 0, lifetimeMs: -1 }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.path), ['iterations', 'lifetimeMs']);
      return true;
    });
    await assert.rejects(createDraftStore({ iterations: 1000 }).save('1234', answers), ConfigError);
  });
});
