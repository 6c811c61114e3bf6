import { fullSubmission, submissionIdFor } from '../.build/support/submissions.js';
import { createReferenceServer } from '@onestory/core/server';
import { mkdtempSync, openSync, writeSync, fdatasyncSync } from 'node:fs';
const dir = mkdtempSync('/tmp/os-');
const fd = openSync(dir + '/x', 'a');
let t = performance.now();
for (let i = 0; i < 20; i++) { writeSync(fd, 'hello\n'); fdatasyncSync(fd); }
console.log('fsync ms', (performance.now() - t) / 20);
const endpoint = await createReferenceServer({ dataDir: dir });
for (let i = 1; i <= 8; i++) {
  t = performance.now();
  const r = await fetch(endpoint.url + '/submissions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fullSubmission(submissionIdFor(9, i))) });
  await r.text();
  console.log(r.status, (performance.now() - t).toFixed(1));
}
await endpoint.close();
