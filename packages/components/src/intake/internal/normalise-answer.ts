import { normaliseNhsNumber, type FieldPath } from '@onestory/core';

// Fields shown with a general-purpose widget whose Story value has a canonical form the
// widget does not produce itself (raw input → parsed stage).
const NORMALISERS: Partial<Record<FieldPath, (raw: string) => string>> = {
  'person.nhsNumber': normaliseNhsNumber,
};

/** The Story value of an answer read from a field element: canonical where the Story says so. */
export function normaliseAnswer(field: FieldPath, value: unknown): unknown {
  const normalise = NORMALISERS[field];
  return normalise && typeof value === 'string' ? normalise(value) : value;
}
