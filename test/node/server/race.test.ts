import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openReceiverStore } from '@onestory/core/server';
import { sendSubmission, startReceiverProcess } from '../../support/receiver-process.js';
import { freshDatabase, postgresUrl } from '../../support/stores.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';

// Two receiver processes on one PostgreSQL database, as behind a load balancer. Every
// one of 2,000 submissions is fired at both processes at once (and once more at one of
// them): the database's unique key must store each exactly once, and every 201 for it
// must carry the same reference.

describe('two receiver processes on one database', { skip: postgresUrl ? false : 'needs DATABASE_URL (npm test starts PostgreSQL)' }, () => {
  it('store each of 2,000 racing submissions exactly once', async () => {
    const location = { databaseUrl: await freshDatabase() };
    const processes = await Promise.all([startReceiverProcess(location), startReceiverProcess(location)]);
    try {
      const ids = Array.from({ length: 2000 }, (_, i) => submissionIdFor(0x2ace, i + 1));
      const references = new Map<string, Set<string>>();
      const statuses = new Map<number, number>();
      const queue = [...ids];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            const submission = fullStorySubmission(id);
            const sends = [processes[0]!.url, processes[1]!.url, processes[id.charCodeAt(35) % 2]!.url].map((url) => sendSubmission(url, submission));
            for (const answer of await Promise.all(sends)) {
              statuses.set(answer?.status ?? 0, (statuses.get(answer?.status ?? 0) ?? 0) + 1);
              if (answer?.status === 201) references.set(id, (references.get(id) ?? new Set()).add(answer.reference!));
            }
          }
        }),
      );
      assert.deepEqual([...statuses.keys()], [201], `every answer is 201: ${JSON.stringify([...statuses])}`);
      assert.equal(references.size, ids.length);
      assert.deepEqual([...references.values()].filter((set) => set.size !== 1), [], 'one reference per submission');

      const store = await openReceiverStore(location);
      try {
        const items = await store.inbox('adult-social-care', { limit: 10_000 });
        const counts = new Map<string, number>();
        for (const item of items) counts.set(item.submissionId, (counts.get(item.submissionId) ?? 0) + 1);
        assert.equal(counts.size, ids.length, '0 lost');
        assert.deepEqual([...counts.values()].filter((c) => c !== 1), [], '0 stored twice');
        assert.equal((await store.submissions()).length, ids.length);
      } finally {
        await store.close();
      }
    } finally {
      for (const p of processes) p.child.kill('SIGTERM');
      await Promise.all(processes.map((p) => p.exited));
    }
  });
});
