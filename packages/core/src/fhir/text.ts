import type { MessageKey } from '../i18n/catalogue.js';
import { LOCALES, localize, type Locale, type LocalizedText } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { Extension, PrimitiveExtensions } from './resources.js';
import { TRANSLATION } from './uris.js';

/** A text element in `locale`, with its other languages as FHIR `translation` extensions. */
export function localizedText(text: LocalizedText, locale: Locale): { text: string; _text?: PrimitiveExtensions } {
  const extension: Extension[] = Object.keys(text).filter((other) => other !== locale && text[other] !== text[locale]).map((other) => ({
    url: TRANSLATION,
    extension: [
      { url: 'lang', valueCode: other },
      { url: 'content', valueString: text[other] },
    ],
  }));
  const shown = localize(text, locale);
  return extension.length > 0 ? { text: shown, _text: { extension } } : { text: shown };
}

/** A catalogue message in every language. */
export function catalogueText(key: MessageKey): LocalizedText {
  return Object.fromEntries(LOCALES.map((locale) => [locale, translate(locale, key)])) as unknown as LocalizedText;
}

/** The text with its first letter in capitals (catalogue answers are written to sit in a sentence). */
export function capitalised(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).map(([locale, words]) => [locale, words.charAt(0).toUpperCase() + words.slice(1)]));
}
