import '../../../packages/components/src/fields/fields.define.js';
import { contractShard, runFieldContracts } from './contract.js';

// The field contract over every example (examples.ts), dealt round-robin over three files
// so that the browser pages share the work: a new element joins by its example alone.
runFieldContracts(contractShard(2, 3));
