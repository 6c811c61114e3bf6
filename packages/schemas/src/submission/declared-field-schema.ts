import { TEXT_LIMITS, type DeclaredField } from '@onestory/core';
import { formatPence, YES_NO_NOT_KNOWN } from '@onestory/core/definition';
import { localize } from '@onestory/core/i18n';
import type { JsonSchema } from '../json-schema/json-schema.js';
import { refinementKeywords } from '../json-schema/refinements.js';

// JSON numbers beyond these lose precision; core accepts safe integers only.
const SAFE = { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };

function integer(field: DeclaredField): JsonSchema {
  return { type: 'integer', minimum: field.min ?? SAFE.minimum, maximum: field.max ?? SAFE.maximum };
}

function dateRangeNote(field: DeclaredField): string {
  const notes = [
    field.range === 'past' ? 'today or earlier' : field.range === 'future' ? 'today or later' : '',
    field.earliest ? `not before ${field.earliest}` : '',
    field.latest ? `not after ${field.latest}` : '',
  ].filter(Boolean);
  // A range moves with the day the submission is made: no JSON Schema keyword can say it.
  return notes.length ? ` It must be ${notes.join(', ')} on the day the submission was made (checked by parseSubmissionFor, not by this schema).` : '';
}

function valueSchema(field: DeclaredField): JsonSchema {
  const keywords = refinementKeywords();
  switch (field.type) {
    case 'text':
    case 'long-text':
      return { type: 'string', maxLength: Math.min(field.maxLength ?? TEXT_LIMITS[field.type]!, TEXT_LIMITS[field.type]!), ...keywords.get('text.blank') };
    case 'whole-number':
    case 'money':
      return integer(field);
    case 'date':
      return { type: 'string', ...keywords.get('date.real') };
    case 'yes-no':
      return { type: 'boolean' };
    case 'yes-no-not-known':
      return { type: 'string', enum: [...YES_NO_NOT_KNOWN] };
    case 'choice':
      return { type: 'string', enum: (field.options ?? []).map((o) => o.value) };
    case 'multi-choice':
      return { type: 'array', items: { type: 'string', enum: (field.options ?? []).map((o) => o.value) }, uniqueItems: true };
  }
}

const WHAT: Readonly<Record<DeclaredField['type'], string>> = {
  text: 'Short text.',
  'long-text': 'The person’s own words.',
  'whole-number': 'A whole number.',
  money: 'An amount of money as a whole number of pence (125050 is £1,250.50): integers are exact in every language, where a decimal of pounds is not.',
  date: 'A date, YYYY-MM-DD.',
  'yes-no': 'Yes (true) or no (false).',
  'yes-no-not-known': '"yes", "no" or "unknown" (not known).',
  choice: 'One of the options.',
  'multi-choice': 'Some of the options, each once.',
};

function describe(field: DeclaredField): string {
  const money = field.type === 'money' && (field.min !== undefined || field.max !== undefined)
    ? ` From ${field.min !== undefined ? formatPence(field.min) : 'any amount'} to ${field.max !== undefined ? formatPence(field.max) : 'any amount'}.`
    : '';
  const options = field.options ? ` Options: ${field.options.map((o) => `"${o.value}" (${localize(o.label, 'en')})`).join(', ')}.` : '';
  const special = field.specialCategory ? ` Special category data (${field.specialCategory}).` : '';
  return `${localize(field.label, 'en')} (declared.${field.id}, ${field.category}). ${WHAT[field.type]}${money}${field.type === 'date' ? dateRangeNote(field) : ''}${options}${special}`;
}

/**
 * The JSON Schema 2020-12 of one declared field's answer, as a receiving service gets it:
 * its real type and constraints (text within its length and not blank, a whole number or
 * an amount of pence within its range, a real date, one of its options…), described for
 * people. What only the submission's day can decide (a date's past/future range) is said
 * in the description and checked by core's `parseSubmissionFor`.
 */
export function declaredFieldSchema(field: DeclaredField, title: string): JsonSchema {
  return { title, description: describe(field), ...valueSchema(field) };
}
