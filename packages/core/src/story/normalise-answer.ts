import type { FieldPath } from './fields.js';
import { normaliseNhsNumber } from './rules.js';

// Fields asked with a general-purpose widget whose Story value has a canonical form the
// widget does not produce itself (raw input → parsed stage).
const NORMALISERS: Partial<Record<FieldPath, (raw: string) => string>> = {
  'person.nhsNumber': normaliseNhsNumber,
};

/**
 * The Story value of an answer as a field element holds it: canonical where the Story
 * says so (an NHS number's spaces and dashes removed), else `value` unchanged.
 */
export function normaliseAnswer(field: FieldPath, value: unknown): unknown {
  const normalise = NORMALISERS[field];
  return normalise && typeof value === 'string' ? normalise(value) : value;
}
