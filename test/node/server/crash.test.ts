import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openReceiverStore } from '@onestory/core/server';
import { sendSubmission, startReceiverProcess, type ReceiverProcess } from '../../support/receiver-process.js';
import { freshLocation, STORE_KINDS } from '../../support/stores.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';

// A receiver process is killed with SIGKILL while submissions are being stored and its
// clients keep retrying (on PostgreSQL, against a second process on the same database;
// on PGlite, against the process restarted on the same folder). Afterwards every
// submission is stored exactly once, and every one answered 201 kept its reference.

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-crash-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

for (const [k, kind] of STORE_KINDS.entries()) {
  describe(`receiver killed mid-load (${kind})`, () => {
    it('loses nothing it acknowledged and stores nothing twice while clients retry', async () => {
      const location = await freshLocation(kind, root);
      const first = await startReceiverProcess(location);
      // PostgreSQL: a second process shares the load; PGlite: one process at a time.
      let others: ReceiverProcess[] = kind === 'postgres' ? [await startReceiverProcess(location)] : [];
      const ids = Array.from({ length: 160 }, (_, i) => submissionIdFor(0xdead0 + k, i + 1));
      const acknowledged = new Map<string, string>();
      let killed = false;
      let restarting: Promise<void> | undefined;
      const urls = () => (killed ? others : [first, ...others]).map((p) => p.url);

      const kill = async () => {
        killed = true;
        first.child.kill('SIGKILL');
        await first.exited;
        if (kind === 'pglite') others = [await startReceiverProcess(location)];
      };
      const deliver = async (id: string, worker: number) => {
        for (let attempt = 0; attempt < 200; attempt++) {
          await restarting;
          const targets = urls();
          const answer = targets.length ? await sendSubmission(targets[(worker + attempt) % targets.length]!, fullStorySubmission(id)) : undefined;
          if (answer?.status === 201) {
            const earlier = acknowledged.get(id);
            if (earlier) assert.equal(answer.reference, earlier, `${id} kept its reference`);
            acknowledged.set(id, answer.reference!);
            if (acknowledged.size >= 40 && !killed) restarting = kill();
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        assert.fail(`${id} was never acknowledged`);
      };
      const queue = [...ids];
      await Promise.all(
        Array.from({ length: 32 }, async (_, worker) => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) await deliver(id, worker);
        }),
      );
      assert.ok(killed, 'the process was killed during the load');

      // Every client now resends everything it was not sure of: still nothing twice.
      for (const id of ids) assert.equal((await sendSubmission(others[0]!.url, fullStorySubmission(id)))?.reference, acknowledged.get(id));
      for (const other of others) {
        other.child.kill('SIGTERM');
        await other.exited;
      }
      const store = await openReceiverStore(location);
      try {
        const items = await store.inbox('adult-social-care', { limit: 10_000 });
        const counts = new Map<string, number>();
        for (const item of items) counts.set(item.submissionId, (counts.get(item.submissionId) ?? 0) + 1);
        assert.deepEqual([...counts.keys()].sort(), [...ids].sort(), 'every submission stored');
        assert.deepEqual([...counts.values()].filter((c) => c > 1), [], 'none stored twice');
        for (const item of items) assert.equal(item.reference, acknowledged.get(item.submissionId));
      } finally {
        await store.close();
      }
    });
  });
}
