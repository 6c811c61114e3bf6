import '../../../packages/components/src/fields/fields.define.js';
import { runFieldContracts } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

// The field contract, split over three files so that two browser pages share the work.
const TAGS: readonly string[] = ['onestory-text-field', 'onestory-textarea', 'onestory-number-field', 'onestory-money-field', 'onestory-phone-field', 'onestory-email-field'];
runFieldContracts(FIELD_EXAMPLES.filter((example) => TAGS.includes(example.tag)));
