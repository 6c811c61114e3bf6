import { OneStoryError } from '@onestory/core';
import { UK_POSTCODE_PATTERN } from '@onestory/core/story';
import * as z from 'zod/mini';
import type { JsonSchema } from './json-schema.js';

// Separators a phone number may be typed with (core's phone rules drop them).
const SEP = '[\\s().-]*';
const digits = (min: number, max: number) => `(?:\\d${SEP}){${min},${max}}`;
const chars = (text: string) => [...text].map((c) => (c === '+' ? '\\+' : c)).join(SEP);

/**
 * core's `isPhone` as a pattern. UK (`isUkPhone`): after dropping separators, a `+44`/`0044`
 * prefix (and one `0` after it) becomes `0`, and what is left must be `0`, a non-zero digit
 * and 8 or 9 more digits. Elsewhere (`internationalPhoneDigits`): `+` or `00`, a country
 * code not starting `44`, 7 to 15 digits in all.
 */
const PHONE_PATTERN =
  `^${SEP}(?:(?:${chars('+44')}|${chars('0044')})${SEP}(?:0${SEP})?[1-9]${SEP}${digits(8, 9)}` +
  `|0${SEP}[1-9]${SEP}${digits(8, 9)}` +
  `|(?:\\+|${chars('00')})${SEP}(?!4${SEP}4)[1-9]${SEP}${digits(6, 14)})$`;

// zod's own real-calendar-date pattern (leap years included); core also refuses year 0000.
const isoDatePattern = (): string => {
  const pattern = (z.toJSONSchema(z.iso.date()) as JsonSchema)['pattern'];
  if (typeof pattern !== 'string') throw new OneStoryError('zod no longer publishes a pattern for iso dates');
  return `^(?!0000)${pattern.replace(/^\^/, '')}`;
};

/**
 * JSON Schema keywords for core's refinements, keyed by the catalogue message each one
 * reports. A refinement is code, which JSON Schema cannot carry; where a pattern says the
 * same thing, the published schema says it too. What no pattern can say is listed in
 * {@link KNOWN_JSON_SCHEMA_DIFFERENCES}.
 */
export function refinementKeywords(): ReadonlyMap<string, JsonSchema> {
  const notBlank = { pattern: '\\S' };
  return new Map<string, JsonSchema>([
    ['text.blank', notBlank],
    ['Text must not be empty', notBlank],
    ['postcode.invalid', { pattern: UK_POSTCODE_PATTERN.source }],
    ['date.real', { format: 'date', pattern: isoDatePattern() }],
    ['phone.invalid', { pattern: PHONE_PATTERN }],
    ['email.invalid', { maxLength: 254, pattern: '^[^\\s@]{1,64}@[^\\s@.]+(?:\\.[^\\s@.]+)+$' }],
    ['nhsNumber.invalid', { pattern: '^\\d{10}$' }],
  ]);
}

/**
 * Where the published JSON Schemas accept more than core's zod schemas. In every case
 * JSON Schema is the more lenient: whatever zod accepts, the JSON Schema accepts too.
 */
export const KNOWN_JSON_SCHEMA_DIFFERENCES = [
  {
    id: 'nhs-number-check-digit',
    where: 'person.nhsNumber',
    explanation: 'JSON Schema checks for 10 digits; the modulus-11 check digit is arithmetic no pattern can express.',
  },
  {
    id: 'utf16-length',
    where: 'every maxLength (and the 64-character local part of an email address)',
    explanation:
      'zod counts UTF-16 code units, JSON Schema counts code points: a character outside the Basic Multilingual Plane (most emoji) counts twice in zod, once in JSON Schema.',
  },
] as const;
