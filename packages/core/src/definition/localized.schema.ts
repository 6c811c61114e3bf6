import * as z from 'zod/mini';

const nonBlank = (max: number) =>
  z.string().check(z.maxLength(max), z.refine((s) => s.trim().length > 0, 'Text must not be empty'));

/** Text in English (`en`) and Welsh (`cy`); both are required and non-empty. */
export const LocalizedTextSchema = z.strictObject({
  /** English text. */
  en: nonBlank(10_000),
  /** Welsh text (Cymraeg). */
  cy: nonBlank(10_000),
});
