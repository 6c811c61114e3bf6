/** The languages OneStory ships with. English and Welsh are complete catalogues. */
export const LOCALES = ['en', 'cy'] as const;
/** A BCP 47 language tag OneStory has a catalogue for. */
export type Locale = (typeof LOCALES)[number];

/** Text given in every supported language (definitions must provide both). */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** True when `value` is a locale OneStory has a catalogue for. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy';
}

/** Picks the text for `locale` from a localized value. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
