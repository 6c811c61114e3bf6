import * as z from 'zod/mini';
import { LANGUAGE_TAG_PATTERN } from '../i18n/locale.js';

const nonBlank = (max: number) =>
  z.string().check(z.maxLength(max), z.refine((s) => s.trim().length > 0, 'Text must not be empty'));

/** A BCP 47 language tag in canonical case, such as `en`, `cy`, `pl`, `pa-Arab`, `pt-BR`. */
export const LanguageTagSchema = z.string().check(
  z.regex(LANGUAGE_TAG_PATTERN, 'Use a BCP 47 language tag in canonical case, such as "en", "cy", "pl" or "pa-Arab"'),
);

/**
 * Text in each language the definition declares (`languages`; English and Welsh when it
 * declares none), keyed by language tag: `{ "en": "…", "cy": "…" }`. Every text must have
 * exactly the definition's languages, each non-empty (checked by `checkDefinition`).
 */
export const LocalizedTextSchema = z.record(LanguageTagSchema, nonBlank(10_000), {
  // A plain string here is most often an older definition's contact, from before contacts
  // were texts: say how to write it rather than "expected record".
  error: (issue) =>
    issue.code === 'invalid_type' && typeof issue.input === 'string'
      ? 'Expected text in each language the definition declares, keyed by language tag, such as { "en": "…", "cy": "…" }; found a plain string.'
      : undefined,
});

/**
 * An answer option's words when someone fills the form in about another person (a
 * professional referring them, a parent for their child): "They rent from a private
 * landlord" for "I rent from a private landlord". Without it the option keeps its own words.
 */
export const OptionOtherSchema = z.strictObject({
  /** The option about the person, e.g. "They rent from a private landlord". */
  label: LocalizedTextSchema,
  /** The hint about the person (when absent, the option's `hint` is shown). */
  hint: z.optional(LocalizedTextSchema),
});
export type OptionOther = z.infer<typeof OptionOtherSchema>;
