import type { Locale } from '@onestory/core';

// Building a DateTimeFormat is costly: one per locale.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as a person in the UK reads it, e.g. "11 December 2026 at 18:40", in their language. */
export function readableWhen(value: number | string, locale: Locale): string {
  const tag = locale === 'en' || locale === 'cy' ? `${locale}-GB` : locale;
  let format = formats.get(tag);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
    }
    formats.set(tag, format);
  }
  return format.format(new Date(value));
}
