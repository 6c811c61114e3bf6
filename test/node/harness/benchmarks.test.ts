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

  it('the receiver store benchmark still stores through both stores and prints its rows', () => {
    // Tiny: a fraction of a second per store and two requests in flight. It uses the test
    // command's PostgreSQL (DATABASE_URL) when there is one, as the benchmark does.
    const script = join(repoRoot, 'packages/core/bench/store.bench.mjs');
    const run = spawnSync(process.execPath, [script, '--seconds', '0.3', '--concurrency', '2', '--rate', '20'], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.status, 0, run.stderr);
    for (const store of ['baseline: node:http', 'PGlite \\(embedded', 'PostgreSQL 15']) {
      // Its name, stored/s, per CPU-s, p50, p99, achieved rate, and no errors.
      assert.match(run.stdout, new RegExp(`^${store}.*?\\s[\\d,]+\\s+[\\d,]+\\s+[\\d.]+ ms\\s+[\\d.]+ ms\\s+[\\d,]+/s\\s+0$`, 'm'));
    }
    assert.match(run.stdout, /^PostgreSQL: [\d,]+ stored\/s \(target ≥ 2,000\/s: /m);
    assert.match(run.stdout, /^PostgreSQL ÷ PGlite, same run: [\d.]+× \(target: within 1\.5× of each other: /m);
  });
});
