import { fullSubmission, submissionIdFor } from '../.build/support/submissions.js';
import { parseSubmission } from '@onestory/core/server';
const s = JSON.parse(JSON.stringify(fullSubmission(submissionIdFor(9, 1))));
for (let i = 0; i < 3000; i++) parseSubmission(s);
