import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEncryptedOutbox, createMemoryOutbox, createSubmissionClient, wipeAll, type Outbox, type OutboxEntry } from '@onestory/core';
import { createMemoryKeyValueStore, type StoredOutboxEntry } from '@onestory/core/delivery';
import { createScriptedServer } from '../../support/scripted-server.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';

let n = 0;
const entry = (queuedAt: number): OutboxEntry => {
  const submissionId = submissionIdFor(0x0b, ++n);
  return { submissionId, submission: fullStorySubmission(submissionId), queuedAt, attempts: 0, nextTryAt: 0, receipts: [] };
};

function encryptedOutbox() {
  const entries = createMemoryKeyValueStore<StoredOutboxEntry>();
  const keys = createMemoryKeyValueStore<CryptoKey>();
  return { outbox: createEncryptedOutbox({ entries, keys }), entries, keys };
}

for (const [name, make] of [
  ['memory outbox', () => createMemoryOutbox()],
  ['encrypted outbox', () => encryptedOutbox().outbox],
] as const) {
  describe(name, () => {
    const outbox: () => Outbox = make;
    it('keeps entries until deleted, oldest first, and returns copies', async () => {
      const box = outbox();
      const [late, early] = [entry(2000), entry(1000)];
      await box.put(late);
      await box.put(early);
      assert.deepEqual((await box.list()).map((e) => e.submissionId), [early.submissionId, late.submissionId]);
      const copy = await box.get(late.submissionId);
      assert.deepEqual(copy, late);
      (copy as { attempts: number }).attempts = 99;
      assert.equal((await box.get(late.submissionId))?.attempts, 0);
      await box.delete(late.submissionId);
      assert.deepEqual((await box.list()).map((e) => e.submissionId), [early.submissionId]);
    });
    it('is emptied by wipeAll()', async () => {
      const box = outbox();
      await box.put(entry(1));
      await wipeAll();
      assert.deepEqual(await box.list(), []);
    });
  });
}

describe('encrypted outbox at rest', () => {
  it('stores only ciphertext (AES-GCM, a fresh 96-bit IV per write) under a non-extractable device key', async () => {
    const { outbox, entries, keys } = encryptedOutbox();
    const queued = entry(1);
    await outbox.put(queued);
    await outbox.put({ ...queued, attempts: 1 });

    const [[, stored]] = (await entries.entries()) as [[string, StoredOutboxEntry]];
    const resting = JSON.stringify(stored);
    for (const secret of ['Carys', 'CF10 1AA', '07700 900982', 'adult-social-care']) assert.ok(!resting.includes(secret), secret);
    assert.equal(Buffer.from(stored.box.iv, 'base64').length, 12);

    const key = await keys.get('device');
    assert.equal(key?.extractable, false);
    assert.deepEqual(key?.algorithm, { name: 'AES-GCM', length: 256 });
    assert.deepEqual(await outbox.get(queued.submissionId), { ...queued, attempts: 1 });
  });

  it('never reuses an IV', async () => {
    const { outbox, entries } = encryptedOutbox();
    const queued = entry(1);
    const ivs = new Set<string>();
    for (let attempt = 0; attempt < 50; attempt++) {
      await outbox.put({ ...queued, attempts: attempt });
      ivs.add((await entries.get(queued.submissionId))!.box.iv);
    }
    assert.equal(ivs.size, 50);
  });

  it('destroys the key first when wiped, so leftover ciphertext cannot be read', async () => {
    const { outbox, entries, keys } = encryptedOutbox();
    const queued = entry(1);
    await outbox.put(queued);
    const leftover = await entries.get(queued.submissionId);
    await outbox.wipe();
    assert.equal(await keys.get('device'), undefined);
    assert.deepEqual(await entries.entries(), []);
    // A copy the storage engine kept is now unreadable, even to this outbox.
    await entries.set(queued.submissionId, leftover!);
    assert.deepEqual(await outbox.list(), []);
  });

  it('keeps a story queued through a lost signal and sends it once when the endpoint is back', async () => {
    const server = await createScriptedServer([{ reset: true }, { reset: true }]);
    try {
      const { outbox } = encryptedOutbox();
      const options = { endpoint: `${server.url}/submissions`, outbox, sleep: async () => undefined, retry: { maxAttempts: 2 } };
      const first = createSubmissionClient(options);
      const queued = entry(1);
      assert.equal((await first.submit(queued.submission)).status, 'queued');

      // A new page load: a new client over the same outbox.
      const second = createSubmissionClient(options);
      const [result] = await second.flush({ force: true });
      assert.equal(result?.status, 'sent');
      assert.equal(server.requests.length, 3);
      assert.deepEqual(new Set(server.requests.map((r) => r.headers['idempotency-key'])), new Set([queued.submissionId]));
      assert.deepEqual(await outbox.list(), []);
    } finally {
      await server.close();
    }
  });
});
