import type { Locale } from './locale.js';

// Building a DateTimeFormat is costly (about a millisecond): one per language.
const formats = new Map<Locale, Intl.DateTimeFormat>();
const OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' };

/**
 * A moment as a person in the UK reads it, in UK time and in their language: "27 March
 * 2025 at 10:15", "27 Mawrth 2025 am 10:15", "27 marca 2025 10:15", "27 مارس 2025 في 10:15 ص".
 * English and Welsh are read as in Britain (`en-GB`, `cy-GB`); any other language by its
 * own tag. A tag Intl cannot format reads as British English.
 */
export function readableTime(value: number | string | Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale === 'en' || locale === 'cy' ? `${locale}-GB` : locale, OPTIONS);
    } catch {
      format = new Intl.DateTimeFormat('en-GB', OPTIONS);
    }
    formats.set(locale, format);
  }
  return format.format(new Date(value));
}
