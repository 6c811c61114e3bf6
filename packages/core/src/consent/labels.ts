import type { Art6Basis } from '../definition/service.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';

// Every FieldPath has a `field.<path>` label: this line fails to compile if one is missing.
type FieldLabelKey = `field.${FieldPath}`;
const labelKeysExist: FieldLabelKey extends MessageKey ? true : never = true;
void labelKeysExist;

/** The short label of a Story field, e.g. "Date of birth" (text, never HTML). */
export function fieldLabel(path: FieldPath, locale: Locale): string {
  return translate(locale, `field.${path}`);
}

/** The plain-language name of an Art 6 basis, e.g. "your consent". */
export function basisLabel(basis: Art6Basis, locale: Locale): string {
  return translate(locale, `consent.basis.${basis}`);
}

/** Field labels joined into one line, in the given order. */
export function fieldList(paths: readonly FieldPath[], locale: Locale): string {
  return paths.map((path) => fieldLabel(path, locale)).join('; ');
}
