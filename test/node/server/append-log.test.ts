import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AppendOnlyLog, StorageWriteError } from '@onestory/core/server';

describe('append-only log', () => {
  it('writes many concurrent records as whole lines (group commit) and reads them back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onestory-log-'));
    try {
      const path = join(dir, 'log.jsonl');
      const { log } = await AppendOnlyLog.open(path);
      await Promise.all(Array.from({ length: 500 }, (_, i) => log.append({ i, text: 'Gwnaeth hi’r gwaith ✓\nnewline inside' })));
      await log.close();
      const lines = (await readFile(path, 'utf8')).split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      assert.deepEqual(lines.map((line) => (JSON.parse(line) as { i: number }).i).sort((a, b) => a - b), Array.from({ length: 500 }, (_, i) => i));

      const reopened = await AppendOnlyLog.open(path);
      assert.equal(reopened.records.length, 500);
      assert.deepEqual(reopened.recovery, { truncatedBytes: 0, skippedLines: 0 });
      await reopened.log.close();
      await assert.rejects(reopened.log.append({}), StorageWriteError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('cuts a torn tail (even mid-character) and keeps appending after the last whole line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onestory-log-'));
    try {
      const path = join(dir, 'log.jsonl');
      const whole = `${JSON.stringify({ a: 1 })}\n`;
      const torn = Buffer.from(JSON.stringify({ b: 'Siân' })).subarray(0, 9); // ends inside "â"
      await writeFile(path, Buffer.concat([Buffer.from(whole), torn]));
      const { log, records, recovery } = await AppendOnlyLog.open(path);
      assert.deepEqual(records, [{ a: 1 }]);
      assert.equal(recovery.truncatedBytes, torn.length);
      await log.append({ c: 3 });
      await log.close();
      assert.equal(await readFile(path, 'utf8'), `${whole}${JSON.stringify({ c: 3 })}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
