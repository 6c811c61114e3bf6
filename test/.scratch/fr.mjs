import { runFaultScripts } from '../.build/support/fault-run.js';
import { createSubmissionClient } from '@onestory/core';
const r = await runFaultScripts({ scripts: 5, seed: 3, concurrency: 5 });
console.log(r);
