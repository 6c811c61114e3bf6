import { fullStorySubmission, submissionIdFor } from '../.build/support/submissions.js';
import { parseSubmission } from '@onestory/core/server';
const s = JSON.parse(JSON.stringify(fullStorySubmission(submissionIdFor(9, 1))));
for (let i = 0; i < 500; i++) parseSubmission(s);
const c = process.cpuUsage(); const t = performance.now();
for (let i = 0; i < 3000; i++) parseSubmission(s);
const d = process.cpuUsage(c);
console.log('per parse µs cpu', ((d.user + d.system) / 3000).toFixed(1), 'wall', ((performance.now() - t) * 1000 / 3000).toFixed(1));
