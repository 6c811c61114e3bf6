// Receiver store benchmark (issue 21): validated, durably stored submissions per second
// over HTTP for each store, PGlite (embedded) and PostgreSQL (a real server, started as
// the tests start it), and p50/p99 latency at a steady 200 requests per second; beside a
// baseline measured in the same run: a bare node:http server that reads and JSON-parses
// the same body and answers 201, storing nothing. Prints figures; asserts nothing.
//
//   node packages/core/bench/store.bench.mjs [--seconds 5] [--concurrency 64] [--rate 200]
//
// Needs a build (`npm run build`): it loads @onestory/core/server from dist/ and the
// full-size fixture from test/.build/support/. Target: ≥ 2,000/s on PostgreSQL, within
// 1.5× of the embedded store.
import { fork } from 'node:child_process';
import { serveMeasured } from './serve-measured.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, createServer, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const fixtures = new URL('../../../test/.build/support/submissions.js', import.meta.url);

if (process.argv[2] === '--serve') {
  // Each receiver runs in a process of its own, as in production, and reports its CPU time.
  const [kind, location] = process.argv.slice(3);
  let server;
  if (kind === 'baseline') {
    const http = createServer((req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ submissionId: body.submissionId }));
      });
    });
    await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
    server = { url: `http://127.0.0.1:${http.address().port}`, close: () => new Promise((resolve) => { http.closeAllConnections(); http.close(resolve); }) };
  } else {
    const { createReferenceServer } = await import('@onestory/core/server');
    server = await createReferenceServer({ ...(kind === 'postgres' ? { databaseUrl: location } : { dataDir: location }), webhookIntervalMs: 0, fhirForwardIntervalMs: 0, purgeIntervalMs: 0 });
  }
  serveMeasured(server);
} else {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '5' },
      concurrency: { type: 'string', default: '64' },
      rate: { type: 'string', default: '200' },
      stores: { type: 'string', default: 'baseline,pglite,postgres' },
      profile: { type: 'string' },
    },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const perSecondTarget = Number(values.rate);
  const { fullStorySubmission, submissionIdFor } = await import(fixtures).catch(() => {
    console.error('Build first: npm run build (the benchmark loads dist/ and test/.build/).');
    process.exit(1);
  });
  const { startPostgres } = await import('../../../scripts/lib/postgres.mjs');
  const pg = (await import('pg')).default;

  console.log(`OneStory receiver store benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Each request: POST /submissions with one full-size Story (${(Buffer.byteLength(JSON.stringify(fullStorySubmission(submissionIdFor(0, 0)))) / 1024).toFixed(1)} KB), validated and committed before its 201.`);
  console.log(`Throughput: ${concurrency} requests in flight for ${seconds} s. Latency: an open loop at a steady ${perSecondTarget} requests/s for ${seconds} s.\n`);

  let n = 0;
  const runId = 0xa0 + Math.floor(Math.random() * 0xf00);
  const postgres = await startPostgres({ log: () => undefined });
  const dirs = [];
  const rows = [];
  try {
    for (const kind of values.stores.split(',')) {
      const location = kind === 'postgres' ? await freshDatabase(pg, postgres.url) : await mkdtemp(join(tmpdir(), 'onestory-store-bench-'));
      if (kind !== 'postgres') dirs.push(location);
      const throughput = await run(kind, location, (target, mark) => closedLoop(target, mark, seconds, concurrency));
      const steady = await run(kind, location, (target, mark) => openLoop(target, mark, seconds, perSecondTarget));
      rows.push({ kind, throughput, steady });
    }
  } finally {
    postgres.stop();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }

  const names = { baseline: 'baseline: node:http, JSON.parse, no storage', pglite: 'PGlite (embedded, the default)', postgres: 'PostgreSQL 15 (server on 127.0.0.1)' };
  const table = [
    ['Store', 'stored/s', 'per receiver CPU-s', `p50 @ ${perSecondTarget}/s`, `p99 @ ${perSecondTarget}/s`, 'achieved rate', 'errors'],
    ...rows.map(({ kind, throughput, steady }) => [
      names[kind],
      fmt(throughput.perSecond),
      fmt(throughput.perCpuSecond),
      `${steady.p50.toFixed(1)} ms`,
      `${steady.p99.toFixed(1)} ms`,
      `${fmt(steady.perSecond)}/s`,
      String(throughput.errors + steady.errors),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  const by = Object.fromEntries(rows.map((row) => [row.kind, row]));
  const rate = (kind) => by[kind]?.throughput.perSecond;
  if (by.postgres) {
    const verdict = rate('postgres') >= 2000 ? 'met' : by.postgres.throughput.perCpuSecond >= 2000 ? 'met per receiver CPU-second only; the machine is busy' : 'NOT met';
    console.log(`\nPostgreSQL: ${fmt(rate('postgres'))} stored/s (target ≥ 2,000/s: ${verdict}).`);
  }
  if (by.postgres && by.pglite) {
    // "Within 1.5× of the embedded store", read both ways: neither store more than 1.5× the other.
    const ratio = rate('postgres') / rate('pglite');
    const spread = Math.max(ratio, 1 / ratio);
    console.log(
      `PostgreSQL ÷ PGlite, same run: ${ratio.toFixed(2)}× (target: within 1.5× of each other: ${spread <= 1.5 ? 'met' : `NOT met, ${ratio > 1 ? 'PGlite' : 'PostgreSQL'} is the slower`}).`,
    );
  }
  if (by.baseline) {
    for (const kind of ['pglite', 'postgres'].filter((k) => by[k])) console.log(`${names[kind]}: ${(rate('baseline') / rate(kind)).toFixed(1)}× below the no-storage baseline.`);
  }

  async function run(kind, location, measure) {
    const execArgv = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];
    const child = fork(new URL(import.meta.url), ['--serve', kind, location], { stdio: 'inherit', execArgv });
    const url = new URL('/submissions', await next(child));
    // The receiver's CPU time is counted from the end of the warm-up, as the requests are.
    const mark = async () => {
      child.send('mark');
      await next(child);
    };
    const result = await measure(url, mark);
    child.send('close');
    const { cpuSeconds } = await next(child);
    return { ...result, perCpuSecond: result.count / cpuSeconds };
  }

  function post(url, agent) {
    const id = submissionIdFor(runId, ++n);
    const body = JSON.stringify(fullStorySubmission(id));
    const started = performance.now();
    return new Promise((resolve) => {
      const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'idempotency-key': id, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ ok: res.statusCode === 201, ms: performance.now() - started }));
      });
      req.on('error', () => resolve({ ok: false, ms: performance.now() - started }));
      req.end(body);
    });
  }

  async function closedLoop(url, mark, forSeconds, inFlight) {
    const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
    // Warm up (JIT, connections, pool), then measure.
    await Promise.all(Array.from({ length: inFlight }, async () => { for (let i = 0; i < 5; i++) await post(url, agent); }));
    await mark();
    const latencies = [];
    let errors = 0;
    const started = performance.now();
    const until = started + forSeconds * 1000;
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        const { ok, ms } = await post(url, agent);
        if (ok) latencies.push(ms);
        else errors += 1;
      }
    }));
    agent.destroy();
    return { ...summary(latencies, (performance.now() - started) / 1000), errors };
  }

  async function openLoop(url, mark, forSeconds, perSecond) {
    // Requests start on schedule whether or not earlier ones have finished: latency under
    // a steady load, not the rate a closed loop happens to reach.
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    for (let i = 0; i < 20; i++) await post(url, agent);
    await mark();
    const total = Math.round(forSeconds * perSecond);
    const started = performance.now();
    const pending = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(post(url, agent));
    }
    const results = await Promise.all(pending);
    agent.destroy();
    const latencies = results.filter((r) => r.ok).map((r) => r.ms);
    return { ...summary(latencies, (performance.now() - started) / 1000), errors: results.length - latencies.length };
  }
}

function summary(latencies, elapsedSeconds) {
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { count: latencies.length, perSecond: latencies.length / elapsedSeconds, p50: at(0.5), p99: at(0.99) };
}

async function freshDatabase(pg, serverUrl) {
  const name = `onestory_bench_${Math.random().toString(16).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function next(child) {
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
  });
}
function fmt(n) {
  return Math.round(n).toLocaleString('en-GB');
}
