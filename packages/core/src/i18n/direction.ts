import type { Locale } from './locale.js';

/** Which way a language's text runs. */
export type TextDirection = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924): Arabic (Arabic, Urdu, Persian, Pashto, Sindhi,
// Kurdish Sorani, Punjabi Shahmukhi), Hebrew (Hebrew, Yiddish), Syriac, Thaana (Dhivehi),
// N'Ko, Adlam (Fulani), Hanifi Rohingya, Mandaic, Samaritan, Yezidi.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

/**
 * The direction of `locale`'s text, from its script: the one given in the tag (`pa-Arab`)
 * or the one the language is most likely written in (`ur` → Arabic → right to left).
 */
export function textDirection(locale: Locale): TextDirection {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
