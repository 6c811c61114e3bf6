import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../support/paths.js';

// The benchmarks are figures, never assertions; but a benchmark whose generated definitions
// no longer pass checkDefinition stops printing them. Run it briefly to keep it runnable.
describe('npm run bench', () => {
  it('the engine benchmark still generates valid definitions and prints its figures', () => {
    const script = join(repoRoot, 'packages/core/bench/engine.bench.mjs');
    const run = spawnSync(process.execPath, [script, '20'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /500 questions: median [\d.]+ ms/);
  });
});
