import { fullStorySubmission, submissionIdFor } from '../.build/support/submissions.js';
import { Agent, request } from 'node:http';
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
if (process.argv[2] === 'serve') {
  const { createReferenceServer } = await import('@onestory/core/server');
  const server = await createReferenceServer({ dataDir: process.argv[3] });
  process.send(server.url);
  process.on('message', async () => { await server.close(); process.exit(0); });
} else {
  const child = fork(new URL(import.meta.url), ['serve', mkdtempSync('/tmp/os-')], { execArgv: ['--cpu-prof', '--cpu-prof-dir=/work/main/test/.scratch/prof'] });
  const url = new URL('/submissions', await new Promise((r) => child.once('message', r)));
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  let n = 0; let errors = 0;
  const post = () => new Promise((resolve) => {
    const body = JSON.stringify(fullStorySubmission(submissionIdFor(77, ++n)));
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', (e) => { errors++; console.log(e.message); resolve(); });
    req.end(body);
  });
  const t = performance.now();
  await Promise.all(Array.from({ length: 32 }, async () => { for (let i = 0; i < 60; i++) await post(); }));
  console.log('rate', (n / ((performance.now() - t) / 1000)).toFixed(0), 'errors', errors);
  agent.destroy(); child.send('close'); await new Promise((r) => child.once('exit', r));
}
