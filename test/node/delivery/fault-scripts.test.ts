import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFaultScripts } from '../../support/fault-run.js';

// The delivery promise, end to end: a real client, a real endpoint writing a real file,
// and between them a proxy injecting 500/502/503, 429 + Retry-After, hangs, resets, lost
// answers after a commit and duplicated deliveries. `npm run soak` runs 1,000+ of these.

describe('delivery through injected faults', () => {
  it('loses no story and stores none twice across 200 randomised fault scripts', async () => {
    const report = await runFaultScripts({ scripts: 200, seed: 0x0e57 });

    assert.equal(report.lost, 0, 'stories lost');
    assert.equal(report.storedTwice, 0, 'stories stored twice');
    assert.equal(report.wrongReference, 0, 'people shown a reference that is not the stored one');
    assert.equal(report.delivered, 200);
    // The run really exercised every fault, several times.
    for (const [kind, count] of Object.entries(report.faults)) assert.ok(count >= 5, `${kind} injected ${count} times`);
  });
});
