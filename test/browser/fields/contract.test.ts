import '../../../packages/components/src/fields/fields.define.js';
import { runFieldContract } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

for (const example of FIELD_EXAMPLES) runFieldContract(example);
