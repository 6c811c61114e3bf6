import { fullStorySubmission, submissionIdFor } from '../.build/support/submissions.js';
import { Agent, request } from 'node:http';
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
if (process.argv[2] === 'serve') {
  const fsp = await import('node:fs/promises');
  const { createReferenceServer } = await import('@onestory/core/server');
  const server = await createReferenceServer({ dataDir: process.argv[3] });
  process.send(server.url);
  let mark;
  process.on('message', async (m) => { if (m === 'mark') { mark = process.cpuUsage(); process.send('ok'); return; } const u = process.cpuUsage(mark); await server.close(); process.send(u); process.exit(0); });
} else {
  const child = fork(new URL(import.meta.url), ['serve', mkdtempSync('/tmp/os-')]);
  const next = () => new Promise((r) => child.once('message', r));
  const url = new URL('/submissions', await next());
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  let n = 0;
  const post = () => new Promise((resolve) => {
    const body = JSON.stringify(fullStorySubmission(submissionIdFor(77, ++n)));
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', () => resolve());
    req.end(body);
  });
  await Promise.all(Array.from({ length: 32 }, async () => { for (let i = 0; i < 5; i++) await post(); }));
  child.send('mark'); await next(); const n0 = n;
  const c0 = process.cpuUsage();
  await Promise.all(Array.from({ length: 32 }, async () => { for (let i = 0; i < 30; i++) await post(); }));
  const cc = process.cpuUsage(c0);
  child.send('close'); const u = await next();
  const k = n - n0;
  console.log('server user µs/req', (u.user / k).toFixed(0), 'system µs/req', (u.system / k).toFixed(0), 'client cpu µs/req', ((cc.user + cc.system) / k).toFixed(0));
  agent.destroy();
}
