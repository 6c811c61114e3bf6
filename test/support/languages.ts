import { type Locale } from '@onestory/core';
import { localizedTexts } from '@onestory/core/definition';

type Json = Record<string, any>; // eslint-disable-line -- definitions are edited freely in tests

/**
 * A copy of `definition` in `languages`: each text keeps the languages it already has
 * among them, and `add(text, path, locale)` gives any it lacks (a fixture's translation).
 */
export function inLanguages(
  definition: Json,
  languages: readonly Locale[],
  add: (text: Readonly<Record<string, unknown>>, path: string, locale: Locale) => string = () => {
    throw new Error('no translation given');
  },
): Json {
  const copy = structuredClone(definition);
  copy['languages'] = [...languages];
  if (!languages.includes('cy')) delete copy['nation'];
  for (const { path, text } of localizedTexts(copy)) {
    const mutable = text as Record<string, unknown>;
    for (const key of Object.keys(mutable)) if (!languages.includes(key)) delete mutable[key];
    for (const locale of languages) if (mutable[locale] === undefined) mutable[locale] = add(text, path, locale);
  }
  return copy;
}
