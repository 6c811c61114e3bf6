import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createReferenceServer, DATA_FILES } from '@onestory/core/server';
import { repoRoot } from '../../support/paths.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';

// The endpoint process is killed (SIGKILL: no clean-up of any kind) while dozens of
// submissions are being written. Afterwards every line of the data file must parse,
// every submission that was answered 201 must be there exactly once, and sending them
// all again must store nothing twice.

const SERVER_SCRIPT = `
  import { createReferenceServer } from '@onestory/core/server';
  const server = await createReferenceServer({ dataDir: process.argv[1] });
  process.stdout.write(server.url + '\\n');
`;

describe('reference endpoint killed mid-write', () => {
  let dataDir: string;
  after(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves a data file whose every line parses, holding every acknowledged submission once', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'onestory-crash-'));
    const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER_SCRIPT, dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim()));
      child.once('exit', () => reject(new Error('the endpoint process exited early')));
    });

    const ids = Array.from({ length: 160 }, (_, i) => submissionIdFor(0xc4a5, i + 1));
    const acknowledged: string[] = [];
    const queue = [...ids];
    let killed = false;
    const send = async (id: string) => {
      const response = await fetch(`${url}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': id },
        body: JSON.stringify(fullStorySubmission(id)),
      });
      await response.text();
      if (response.status === 201) acknowledged.push(id);
      // Kill it while the next batch is in the middle of being written.
      if (acknowledged.length >= 40 && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) await send(id).catch(() => undefined);
      }),
    );
    await exited;
    assert.ok(killed && acknowledged.length >= 40 && acknowledged.length < ids.length, `acknowledged ${acknowledged.length}`);

    // Every complete line parses; a torn tail, if the kill made one, is cut off on restart.
    const restarted = await createReferenceServer({ dataDir });
    try {
      const text = await readFile(join(dataDir, DATA_FILES.submissions), 'utf8');
      assert.ok(text === '' || text.endsWith('\n'), 'no torn last line after restart');
      const lines = text.split('\n').filter(Boolean);
      const stored = lines.map((line) => (JSON.parse(line) as { submissionId: string }).submissionId);
      assert.equal(new Set(stored).size, stored.length, 'nothing stored twice');
      for (const id of acknowledged) assert.ok(stored.includes(id), `acknowledged ${id} is stored`);

      // The senders retry everything they were not sure of: still nothing twice.
      const statuses = await Promise.all(
        ids.map(async (id) => {
          const response = await fetch(`${restarted.url}/submissions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': id },
            body: JSON.stringify(fullStorySubmission(id)),
          });
          await response.text();
          return response.status;
        }),
      );
      assert.deepEqual(new Set(statuses), new Set([201]));
      assert.equal(restarted.store.submissions().length, ids.length);
      const final = (await readFile(join(dataDir, DATA_FILES.submissions), 'utf8')).split('\n').filter(Boolean);
      assert.equal(final.length, ids.length);
      for (const line of final) JSON.parse(line);
    } finally {
      await restarted.close();
    }
  });
});
