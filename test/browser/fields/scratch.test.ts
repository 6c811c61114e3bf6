import '../../../packages/components/src/fields/fields.define.js';
import { runFieldContracts } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';
runFieldContracts(FIELD_EXAMPLES.filter((example) => example.tag === 'onestory-radios'));
