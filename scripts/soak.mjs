#!/usr/bin/env node
// `npm run soak`: the delivery promise at volume. Sends 1,000+ submissions (default
// 1,000; `--scripts N`) through a fault-injecting proxy to a real reference endpoint,
// each with its own seeded fault script (`--seed S` replays a run), and prints what was
// delivered, lost and stored twice. Exits 1 unless lost, stored twice, wrong reference
// are all 0. Needs a build (`npm run build`).
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    scripts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    concurrency: { type: 'string', default: '25' },
  },
});
const scripts = Number(values.scripts);
const seed = Number(values.seed);
if (!Number.isInteger(scripts) || scripts < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error('Usage: npm run soak -- [--scripts 1000] [--seed 12345] [--concurrency 25]');
  process.exit(2);
}

const { runFaultScripts } = await import('../test/.build/support/fault-run.js').catch(() => {
  console.error('Build first: npm run build (the soak run loads test/.build/support/).');
  process.exit(2);
});

console.log(`Soak: ${scripts} submissions through injected faults (seed ${seed}, ${values.concurrency} at once)…`);
const report = await runFaultScripts({ scripts, seed, concurrency: Number(values.concurrency) });
const faults = Object.entries(report.faults).map(([kind, count]) => `${kind} ${count}`).join(', ');
console.log(`requests through the proxy: ${report.requests} (${faults})`);
console.log(`delivered:       ${report.delivered}`);
console.log(`lost:            ${report.lost}`);
console.log(`stored twice:    ${report.storedTwice}`);
console.log(`wrong reference: ${report.wrongReference}`);
console.log(`time:            ${report.seconds.toFixed(1)} s`);
const ok = report.lost === 0 && report.storedTwice === 0 && report.wrongReference === 0;
console.log(ok ? 'OK: nothing lost, nothing stored twice.' : 'FAILED');
process.exitCode = ok ? 0 : 1;
