import * as z from 'zod/mini';
import { DATA_CATEGORIES } from '../story/fields.js';
import { LocalizedTextSchema, OptionOtherSchema } from './localized.schema.js';

/**
 * The types a declared field can have, and the value each stores (parsed stage):
 * `text` (one line, at most 100 characters unless `maxLength` says fewer), `long-text`
 * (the person's own words, at most 5,000), `whole-number` (an integer, `min`/`max`),
 * `money` (pounds and pence, stored as a whole number of **pence**: `125050` is £1,250.50;
 * its `min`, `max` and conditions are in pence too, one unit everywhere), `date` (ISO
 * `YYYY-MM-DD`; `range` past or future, `earliest`/`latest`), `yes-no` (`true`/`false`),
 * `yes-no-not-known` (`"yes"`, `"no"` or `"unknown"`), `choice` (one option's value) and
 * `multi-choice` (a list of option values, in the options' order).
 */
export const DECLARED_FIELD_TYPES = [
  'text', 'long-text', 'whole-number', 'money', 'date', 'yes-no', 'yes-no-not-known', 'choice', 'multi-choice',
] as const;
export type DeclaredFieldType = (typeof DECLARED_FIELD_TYPES)[number];

/**
 * Kinds of special category data (UK GDPR Art 9(1)), plus criminal offence data (Art 10),
 * which the lawful-basis rules treat the same way: a purpose using it names an Art 9
 * condition, and consent to it is a separate explicit statement.
 */
export const SPECIAL_CATEGORY_KINDS = [
  'racial-or-ethnic-origin', 'political-opinions', 'religious-or-philosophical-beliefs', 'trade-union-membership',
  'genetic', 'biometric', 'health', 'sex-life', 'sexual-orientation', 'criminal-offence',
] as const;
export type SpecialCategoryKind = (typeof SPECIAL_CATEGORY_KINDS)[number];

/** One option of a `choice` or `multi-choice` declared field. */
export const DeclaredOptionSchema = z.strictObject({
  /** The value stored in the Story when chosen: a stable id, e.g. `private-rented`. */
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  /** What the person reads. */
  label: LocalizedTextSchema,
  /** Extra explanation under the option. */
  hint: z.optional(LocalizedTextSchema),
  /** The option's words about the person, when someone else fills the form in: "They rent from a private landlord". */
  other: z.optional(OptionOtherSchema),
});
export type DeclaredOption = z.infer<typeof DeclaredOptionSchema>;

const IsoDateOrToday = z.string().check(z.regex(/^(?:\d{4}-\d{2}-\d{2}|today)$/, 'Use an ISO date YYYY-MM-DD or "today"'));

/**
 * A field a definition declares for its own services: a rent arrears amount, the
 * substances someone uses, a baby's due date. Questions ask it and purposes list it as
 * `declared.<id>`; its answer travels in the Story's `declared` part. It has every
 * guarantee a Story field has: asked once, validated, disclosed only to services that
 * need it and were agreed, typed in the payload, the schemas and the data map.
 *
 * Which constraints apply depends on `type`; `checkDefinition` refuses one that does not.
 */
export const DeclaredFieldSchema = z.strictObject({
  /** Identifier, unique among declared fields: `rentArrears` is asked and listed as `declared.rentArrears`. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** What kind of answer it holds (see {@link DECLARED_FIELD_TYPES}). */
  type: z.enum(DECLARED_FIELD_TYPES),
  /** Its short name, as services, the consent screen, the receipt and the data map show it ("Rent arrears"). */
  label: LocalizedTextSchema,
  /** What kind of personal data it is, for consent records and the data map. */
  category: z.enum(DATA_CATEGORIES),
  /**
   * Special category data (UK GDPR Art 9) or criminal offence data (Art 10): every purpose
   * that uses the field then needs an Art 9 condition, and consent to it a separate explicit
   * statement (lawful-basis rules 1 and 5).
   */
  specialCategory: z.optional(z.enum(SPECIAL_CATEGORY_KINDS)),
  /** `text`, `long-text`: the most characters allowed (at most 100 and 5,000). */
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(5000))),
  /** `whole-number`, `money`: the smallest value allowed, as stored (money in pence: `0`). */
  min: z.optional(z.int()),
  /** `whole-number`, `money`: the largest value allowed, as stored (money in pence: `10000000` is £100,000.00). */
  max: z.optional(z.int()),
  /** `date`: only dates up to today (`past`) or from today on (`future`). */
  range: z.optional(z.enum(['past', 'future'])),
  /** `date`: the earliest date allowed, ISO or `today`. */
  earliest: z.optional(IsoDateOrToday),
  /** `date`: the latest date allowed, ISO or `today`. */
  latest: z.optional(IsoDateOrToday),
  /** `choice`, `multi-choice`: the options, in the order shown. */
  options: z.optional(z.array(DeclaredOptionSchema)),
});
export type DeclaredField = z.infer<typeof DeclaredFieldSchema>;
