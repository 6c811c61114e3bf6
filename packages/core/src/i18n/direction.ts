import type { Locale } from './locale.js';

/** Which way a language's text runs. */
export type TextDirection = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924): Arabic (Arabic, Urdu, Persian, Pashto, Sindhi,
// Kurdish Sorani, Punjabi Shahmukhi), Hebrew (Hebrew, Yiddish), Syriac, Thaana (Dhivehi),
// N'Ko, Adlam (Fulani), Hanifi Rohingya, Mandaic, Samaritan, Yezidi.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

// Answers so far, by tag; the shipped languages known without asking. The first
// `Intl.Locale#maximize()` in a page loads ICU's likely-subtags data: measured at 11–16 ms
// of the intake's first render (test/bench/profile-intake.mjs), for an answer that never changes.
const directions = new Map<Locale, TextDirection>([
  ['en', 'ltr'],
  ['cy', 'ltr'],
]);

/**
 * The direction of `locale`'s text, from its script: the one given in the tag (`pa-Arab`)
 * or the one the language is most likely written in (`ur` → Arabic → right to left).
 */
export function textDirection(locale: Locale): TextDirection {
  let direction = directions.get(locale);
  if (direction === undefined) {
    try {
      const script = new Intl.Locale(locale).maximize().script;
      direction = script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(locale, direction);
  }
  return direction;
}

// Letters of the right-to-left scripts (Hebrew to Arabic Extended-A, and their presentation forms).
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * True for a value that must read left to right even on a right-to-left page: a phone
 * number, postcode, date, NHS number or email address: digits or `@`, and no right-to-left
 * letter. Without it, `07700 900 982` on an Arabic page shows as `982 900 07700`.
 */
export function isLeftToRightValue(text: string): boolean {
  return /[0-9@]/.test(text) && !RTL_LETTER.test(text);
}

// Unicode's first-strong isolates (LRI … PDI): the run between them is laid out left to
// right as one unit, whatever surrounds it.
const LRI = '\u2066';
const PDI = '\u2069';
// A number written in groups: a phone number (`0303 123 1113`), an NHS number, a date typed
// as `27 3 2007`. Spaces between digits are neutral, so right-to-left text around them
// takes them over and reverses the groups. Not inside a word (`SA11 1AA` runs left to right).
const NUMBER_IN_GROUPS = /(?<![\p{L}\p{N}])\d+(?:[ \u00A0]\d+)+(?![\p{L}\p{N}])/gu;

/**
 * `text` with every number written in groups kept left to right, for a right-to-left page:
 * without it, `مثلًا، 07700 900 982` shows as `982 900 07700`. Display only: stored and
 * hashed texts (a privacy notice) stay as the definition gives them. Idempotent.
 */
export function isolateNumbers(text: string): string {
  return text.replace(NUMBER_IN_GROUPS, (run: string, offset: number) => (text[offset - 1] === LRI ? run : `${LRI}${run}${PDI}`));
}
