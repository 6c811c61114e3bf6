// Endpoint benchmark: how many validated submissions per second the reference endpoint
// stores through HTTP (each one parsed, validated, written and fsynced before its 201),
// and how many `parseSubmission` validates alone. Prints figures; times nothing as a test.
//
//   node packages/core/bench/endpoint.bench.mjs [--seconds 5] [--concurrency 64]
//
// Needs a build (`npm run build`): it loads @onestory/core/server from dist/ and the
// full-size fixtures from test/.build/support/. Targets: ≥ 2,000/s through HTTP and
// ≥ 10,000/s for parseSubmission, for a submission carrying one full-size Story.
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { serveMeasured } from './serve-measured.mjs';

const fixtures = new URL('../../../test/.build/support/submissions.js', import.meta.url);

if (process.argv[2] === '--serve') {
  // The endpoint runs in a process of its own, as it would in production; it reports the
  // CPU time it used, which stays meaningful on a machine busy with other work.
  const { createReferenceServer } = await import('@onestory/core/server');
  const server = await createReferenceServer({ dataDir: process.argv[3] });
  serveMeasured(server);
} else {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '64' } } });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const { parseSubmission } = await import('@onestory/core/server');
  const { fullStorySubmission, fullSubmission, submissionIdFor } = await import(fixtures).catch(() => {
    console.error('Build first: npm run build (the benchmark loads dist/ and test/.build/).');
    process.exit(1);
  });

  const oneStory = fullStorySubmission(submissionIdFor(0xbe, 0));
  const everyService = fullSubmission(submissionIdFor(0xbe, 0));
  console.log(`OneStory endpoint benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}`);
  console.log(
    `Fixtures: one full-size Story, ${kb(oneStory)} (1 envelope with every Story field, ${oneStory.consents.length} consent records); ` +
      `every service, ${kb(everyService)} (${everyService.disclosures.length} envelopes, ${everyService.consents.length} consent records).`,
  );

  console.log('Rates are per second of wall time and, in brackets, per CPU-second the work actually got (the same on an idle machine; the fairer figure on a busy one).');

  for (const [name, submission] of [['one full-size Story', oneStory], ['every service', everyService]]) {
    const { perSecond, perCpuSecond } = measureParse(parseSubmission, JSON.parse(JSON.stringify(submission)), 2);
    console.log(
      `parseSubmission, ${name}: ${fmt(perSecond)} validated/s (${fmt(perCpuSecond)}/CPU-s)` +
        (name === 'one full-size Story' ? `  target ≥ 10,000/s: ${verdict(perSecond, perCpuSecond, 10_000)}` : ''),
    );
  }

  for (const [name, make] of [['one full-size Story', fullStorySubmission], ['every service', fullSubmission]]) {
    const result = await measureHttp(make, seconds, concurrency);
    console.log(
      `HTTP POST /submissions, ${name}: ${fmt(result.perSecond)} stored/s (${fmt(result.perCpuSecond)}/endpoint CPU-s) over ${result.count} ` +
        `(concurrency ${concurrency}; p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.resets ? `; ${result.resets} resent` : ''})` +
        (name === 'one full-size Story' ? `  target ≥ 2,000/s: ${verdict(result.perSecond, result.perCpuSecond, 2000)}` : ''),
    );
  }

  function verdict(perSecond, perCpuSecond, target) {
    if (perSecond >= target) return 'met';
    return perCpuSecond >= target ? 'met per CPU-second, not in wall time (is the machine busy?)' : 'NOT met';
  }

  function measureParse(parse, value, forSeconds) {
    for (let i = 0; i < 300; i++) parse(value); // warm up the JIT
    let count = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const until = started + forSeconds * 1000;
    while (performance.now() < until) {
      for (let i = 0; i < 50; i++) if (!parse(value).ok) throw new Error('fixture invalid');
      count += 50;
    }
    const used = process.cpuUsage(cpu);
    return { perSecond: count / ((performance.now() - started) / 1000), perCpuSecond: count / ((used.user + used.system) / 1e6) };
  }

  async function measureHttp(make, forSeconds, inFlight) {
    const dataDir = await mkdtemp(join(tmpdir(), 'onestory-bench-'));
    const endpoint = fork(new URL(import.meta.url), ['--serve', dataDir], { stdio: 'inherit' });
    const url = new URL('/submissions', await next(endpoint));
    const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
    const run = 0xb0 + Math.floor(Math.random() * 0xf00);
    let n = 0;
    let resets = 0;
    const post = (id = submissionIdFor(run, ++n)) => {
      const body = JSON.stringify(make(id));
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 201 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode}`))));
        });
        // A kept-alive socket the server closed as it was reused: send again (same id, so stored once).
        req.on('error', () => {
          resets += 1;
          resolve(post(id));
        });
        req.end(body);
      });
    };
    // Warm up (JIT, connections), then measure.
    await Promise.all(Array.from({ length: inFlight }, async () => { for (let i = 0; i < 10; i++) await post(); }));
    endpoint.send('mark');
    await next(endpoint);
    const latencies = [];
    const started = performance.now();
    const until = started + forSeconds * 1000;
    await Promise.all(Array.from({ length: inFlight }, async () => { while (performance.now() < until) latencies.push(await post()); }));
    const elapsed = (performance.now() - started) / 1000;
    agent.destroy();
    endpoint.send('close');
    const { cpuSeconds } = await next(endpoint);
    await rm(dataDir, { recursive: true, force: true });
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    return {
      perSecond: latencies.length / elapsed,
      perCpuSecond: latencies.length / cpuSeconds,
      count: latencies.length,
      resets,
      p50: at(0.5),
      p99: at(0.99),
    };
  }
}

function next(child) {
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
  });
}
function kb(value) {
  return `${(Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(1)} KB`;
}
function fmt(n) {
  return Math.round(n).toLocaleString('en-GB');
}
