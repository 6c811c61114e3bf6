/**
 * A BCP 47 language tag in canonical case: a 2–3 letter language, then optionally a
 * script (`Arab`) and a region (`GB`, `419`). For example `en`, `cy`, `pl`, `pa-Arab`,
 * `pt-BR`. Any language can be used once a catalogue for it is loaded.
 */
export type Locale = string;

/** The shape of a {@link Locale}: language, optional script, optional region, canonical case. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

/** The languages OneStory ships a catalogue for. */
export const SHIPPED_LOCALES = ['en', 'cy'] as const;

/**
 * The languages a definition has when it declares none: English and Welsh, as every
 * definition had before languages could be declared.
 * @deprecated Use {@link SHIPPED_LOCALES} or a definition's own `languages`.
 */
export const LOCALES = SHIPPED_LOCALES;

/** Text given in each language of its definition, keyed by language tag. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** True when `value` is a language tag in the canonical shape OneStory accepts. */
export function isLanguageTag(value: unknown): value is Locale {
  return typeof value === 'string' && LANGUAGE_TAG_PATTERN.test(value);
}

/**
 * The tag in canonical case (`pt-br` → `pt-BR`, `EN` → `en`), or undefined when it is not
 * a BCP 47 tag at all. For messages that suggest the right spelling.
 */
export function canonicalLanguageTag(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/**
 * Picks the text for `locale` from a localized value. A text always has every language of
 * its (checked) definition; the fallbacks (English, then any) only serve texts read
 * outside one, such as a receiving service reading a consent record.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

// Built once: Intl.DisplayNames is costly to construct and the names never change.
let englishNames: Intl.DisplayNames | undefined;

/** The language's name in English (`ur` → `Urdu`), for messages to developers. */
export function englishLanguageName(locale: Locale): string {
  try {
    englishNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return englishNames.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** `Welsh (cy)`, `Urdu (ur)`: a language as a definition's author reads it. */
export function describeLanguage(locale: Locale): string {
  return `${englishLanguageName(locale)} (${locale})`;
}
