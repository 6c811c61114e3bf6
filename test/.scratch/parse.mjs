import { fullSubmission, submissionIdFor } from '../.build/support/submissions.js';
import { parseSubmission } from '@onestory/core/server';
import { canonicalJson } from '@onestory/core';
const s = JSON.parse(JSON.stringify(fullSubmission(submissionIdFor(9, 1))));
for (let k = 0; k < 5; k++) {
let t = performance.now();
for (let i = 0; i < 20; i++) parseSubmission(s);
console.log('parse ms', (performance.now() - t) / 20);
}
let t = performance.now();
for (let i = 0; i < 20; i++) canonicalJson(s);
console.log('canon ms', (performance.now() - t) / 20);
