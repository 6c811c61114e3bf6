import type { Locale } from './locale.js';
import { CATALOGUES, en, type MessageKey } from './catalogue.js';

/** True when `key` names a message in the catalogues. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The message for `key` in `locale`, with `{param}` placeholders filled. Parameters are
 * inserted as plain text; callers render the result as text, never as HTML.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = CATALOGUES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
