// The widest question page the engine can show: every Story field that has a field element,
// once each (the engine asks each field once, and `loadDefinition` allows one question per
// field), on one page, with the referrer's details conditional on "a professional".
import { FIELD_PATHS, type FieldPath } from '@onestory/core';
import walkingSkeleton from '../../../packages/schemas/examples/walking-skeleton.definition.json';

const text = (en: string) => ({ en, cy: `${en} (cy)` });

// Left out: the DASH checklist needs its 24 items from the definition, and its 72 radios
// would swamp the comparison with earlier runs of this benchmark.
const UNRENDERED: readonly FieldPath[] = ['risk.dash'];
const REFERRER_DETAILS: readonly FieldPath[] = ['referrer.name', 'referrer.role', 'referrer.organisation', 'referrer.secureEmail'];

/** Fields on the widest page, in Story order (referrer.type first: the others depend on it). */
export const WIDEST_FIELDS: readonly FieldPath[] = [
  'referrer.type',
  ...FIELD_PATHS.filter((field) => field !== 'referrer.type' && !UNRENDERED.includes(field)),
];

/** How many questions the widest page shows before and after the person says "a professional". */
export const WIDEST_COUNTS = { hidden: WIDEST_FIELDS.length - REFERRER_DETAILS.length, shown: WIDEST_FIELDS.length };

/**
 * A valid definition, built on the walking skeleton's privacy notice and housing service:
 * the service requires only the first name, so every other question is front-door (asked
 * whatever is chosen), all on one page.
 */
export function widestDefinition(): Readonly<Record<string, unknown>> {
  const [housing] = walkingSkeleton.services;
  const questions = WIDEST_FIELDS.map((field) => ({
    // `contact.safeContact` → `contact-safe-contact`: ids are lower-case with hyphens.
    id: field.replace(/\./g, '-').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
    field,
    label: text(`Question about ${field}`),
    ...(REFERRER_DETAILS.includes(field) && { when: { equals: { field: 'referrer.type', value: 'professional' } } }),
  }));
  return {
    ...walkingSkeleton,
    id: 'bench-widest-page',
    conditions: {},
    services: [{ ...housing, purposes: [{ ...housing!.purposes[0], requires: ['person.givenName'], optional: [] }] }],
    questions,
    pages: [{ id: 'everything', title: text('Everything at once'), questions: questions.map((q) => q.id) }],
  };
}
