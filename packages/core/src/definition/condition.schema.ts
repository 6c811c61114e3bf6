import * as z from 'zod/mini';
import { FIELD_PATHS, type FieldPath } from '../story/fields.js';

/** A Story field path, e.g. `person.dateOfBirth`. */
export const FieldPathSchema = z.enum(FIELD_PATHS as [FieldPath, ...FieldPath[]]);

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
  z.strictObject({ equals: z.strictObject({ field: FieldPathSchema, value: ScalarSchema }) }),
  z.strictObject({ oneOf: z.strictObject({ field: FieldPathSchema, values: z.array(ScalarSchema).check(z.minLength(1)) }) }),
  z.strictObject({ includes: z.strictObject({ field: FieldPathSchema, value: ScalarSchema }) }),
  z.strictObject({ answered: FieldPathSchema }),
  z.strictObject({ compare: z.strictObject({ field: FieldPathSchema, op: Comparison, value: z.number() }) }),
  z.strictObject({
    date: z.strictObject({
      field: FieldPathSchema,
      op: Comparison,
      /** An ISO date `YYYY-MM-DD`, or `today`. */
      value: z.string().check(z.regex(/^(?:\d{4}-\d{2}-\d{2}|today)$/, 'Use an ISO date YYYY-MM-DD or "today"')),
    }),
  }),
  z.strictObject({
    age: z.strictObject({ field: z.optional(FieldPathSchema), op: Comparison, value: z.number().check(z.minimum(0)) }),
  }),
  z.strictObject({ serviceChosen: Id }),
  z.strictObject({ condition: Id }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
]) as unknown as z.ZodMiniType<Condition>;
