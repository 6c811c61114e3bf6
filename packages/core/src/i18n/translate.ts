import type { Locale } from './locale.js';
import { catalogueFor, en, type MessageKey } from './catalogue.js';

/** True when `key` names a message in the catalogues. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(en, key);
}

/** The `{name}` placeholders of a message, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/**
 * The message for `key` in `locale`, with `{param}` placeholders filled. Parameters are
 * inserted as plain text; callers render the result as text, never as HTML. A language
 * without a catalogue reads English.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = (catalogueFor(locale) ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
