import { fullSubmission, submissionIdFor } from '../.build/support/submissions.js';
import { parseSubmission } from '@onestory/core/server';
import { canonicalJson } from '@onestory/core';
const s = JSON.parse(JSON.stringify(fullSubmission(submissionIdFor(9, 1))));
const text = JSON.stringify(s);
function cpu(label, n, f) { for (let i = 0; i < 50; i++) f(); const c = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const d = process.cpuUsage(c); console.log(label, ((d.user + d.system) / 1000 / n).toFixed(3), 'ms cpu'); }
cpu('parse', 300, () => parseSubmission(s));
cpu('JSON.parse', 300, () => JSON.parse(text));
cpu('canon', 300, () => canonicalJson(s));
cpu('stringify', 300, () => JSON.stringify(s));
