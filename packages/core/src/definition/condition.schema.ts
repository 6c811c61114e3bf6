import * as z from 'zod/mini';
import { DECLARED_FIELD_PATH_PATTERN, FIELD_PATHS, type DeclaredFieldPath, type FieldPath, type StoryFieldPath } from '../story/fields.js';

/** One of the Story's own field paths, e.g. `person.dateOfBirth`. */
export const StoryFieldPathSchema = z.enum(FIELD_PATHS as [StoryFieldPath, ...StoryFieldPath[]]);

/** The path of a field the definition declares, e.g. `declared.rentArrears` (see the definition's `fields`). */
export const DeclaredFieldPathSchema = z
  .string()
  .check(z.regex(DECLARED_FIELD_PATH_PATTERN, 'A declared field is written declared.<id>, e.g. declared.rentArrears')) as unknown as z.ZodMiniType<DeclaredFieldPath>;

/** A field path: a Story field (`person.dateOfBirth`) or a declared field (`declared.rentArrears`). */
export const FieldPathSchema: z.ZodMiniType<FieldPath> = z.union([StoryFieldPathSchema, DeclaredFieldPathSchema]);

/** A plain JSON value a condition can compare an answer with. */
export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

const Comparison = z.enum(['lt', 'lte', 'gt', 'gte']);
const Id = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, 'Use lower-case letters, digits and hyphens, starting with a letter'));

/** An identifier used inside a definition: lower-case letters, digits and hyphens. */
export const IdSchema = Id;

/**
 * A declarative condition: plain data, evaluated by a small interpreter, never code. Each
 * object has exactly one key naming the test.
 */
export type Condition =
  | { readonly equals: { readonly field: FieldPath; readonly value: Scalar } }
  | { readonly oneOf: { readonly field: FieldPath; readonly values: readonly Scalar[] } }
  | { readonly includes: { readonly field: FieldPath; readonly value: Scalar } }
  | { readonly answered: FieldPath }
  | { readonly compare: { readonly field: FieldPath; readonly op: 'lt' | 'lte' | 'gt' | 'gte'; readonly value: number } }
  | { readonly date: { readonly field: FieldPath; readonly op: 'lt' | 'lte' | 'gt' | 'gte'; readonly value: string } }
  | { readonly age: { readonly field?: FieldPath; readonly op: 'lt' | 'lte' | 'gt' | 'gte'; readonly value: number } }
  | { readonly serviceChosen: string }
  | { readonly condition: string }
  | { readonly not: Condition }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/** The JSON form of {@link Condition}. */
export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({
    /** True when the answer to `field` equals `value`. */
    equals: z.strictObject({
      /** The Story field whose answer is tested. */
      field: FieldPathSchema,
      /** The value the answer must equal. */
      value: ScalarSchema,
    }),
  }),
  z.strictObject({
    /** True when the answer to `field` is one of `values`. */
    oneOf: z.strictObject({
      /** The Story field whose answer is tested. */
      field: FieldPathSchema,
      /** The values the answer may be one of. */
      values: z.array(ScalarSchema).check(z.minLength(1)),
    }),
  }),
  z.strictObject({
    /** True when the answer to `field` (a list, such as `needs.domains`) includes `value`. */
    includes: z.strictObject({
      /** The Story field (holding a list) whose answer is tested. */
      field: FieldPathSchema,
      /** The value the list must include. */
      value: ScalarSchema,
    }),
  }),
  z.strictObject({
    /** True when the field has an answer. */
    answered: FieldPathSchema,
  }),
  z.strictObject({
    /** Compares a numeric answer with `value` (`lt`, `lte`, `gt`, `gte`). */
    compare: z.strictObject({
      /** The Story field (holding a number) whose answer is tested. */
      field: FieldPathSchema,
      /** The comparison: less than, at most, more than, at least. */
      op: Comparison,
      /** The number to compare with. */
      value: z.number(),
    }),
  }),
  z.strictObject({
    /** Compares a date answer with an ISO date or `today`. */
    date: z.strictObject({
      /** The Story field (holding a date) whose answer is tested. */
      field: FieldPathSchema,
      /** The comparison: before, on or before, after, on or after. */
      op: Comparison,
      /** An ISO date `YYYY-MM-DD`, or `today`. */
      value: z.string().check(z.regex(/^(?:\d{4}-\d{2}-\d{2}|today)$/, 'Use an ISO date YYYY-MM-DD or "today"')),
    }),
  }),
  z.strictObject({
    /** Compares an age in whole years (from `field`, by default `person.dateOfBirth`) with `value`. */
    age: z.strictObject({
      /** The date-of-birth field to take the age from (default `person.dateOfBirth`). */
      field: z.optional(FieldPathSchema),
      /** The comparison: younger than, at most, older than, at least. */
      op: Comparison,
      /** The age in whole years. */
      value: z.number().check(z.minimum(0)),
    }),
  }),
  z.strictObject({
    /** True when the person has chosen the service with this id. */
    serviceChosen: Id,
  }),
  z.strictObject({
    /** The named condition with this id, from the definition's `conditions`. */
    condition: Id,
  }),
  z.strictObject({
    /** True when the inner condition is false. */
    get not() {
      return ConditionSchema;
    },
  }),
  z.strictObject({
    /** True when every inner condition is true. */
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    /** True when at least one inner condition is true. */
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
]) as unknown as z.ZodMiniType<Condition>;
