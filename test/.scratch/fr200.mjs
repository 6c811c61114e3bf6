import { runFaultScripts } from '../.build/support/fault-run.js';
console.log(await runFaultScripts({ scripts: 200, seed: 0x0e57 }));
