import { fullStorySubmission, submissionIdFor } from '../.build/support/submissions.js';
import { parseSubmission } from '@onestory/core/server';
const s = JSON.parse(JSON.stringify(fullStorySubmission(submissionIdFor(9, 1))));
for (let i = 0; i < 20000; i++) parseSubmission(s);
