import { fieldLabelOf } from '../definition/declared-fields.js';
import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis } from '../definition/service.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { isFieldPath, type FieldPath, type StoryFieldPath } from '../story/fields.js';

// Every FieldPath has a `field.<path>` label: this line fails to compile if one is missing.
type FieldLabelKey = `field.${StoryFieldPath}`;
const labelKeysExist: FieldLabelKey extends MessageKey ? true : never = true;
void labelKeysExist;

/**
 * The short label of a field, e.g. "Date of birth", or a declared field's own label
 * ("Rent arrears") from the definition; without the definition a declared field shows its
 * path (text, never HTML).
 */
export function fieldLabel(path: FieldPath, locale: Locale, definition?: Definition): string {
  if (definition) return fieldLabelOf(definition, path, locale);
  return isFieldPath(path) ? translate(locale, `field.${path}`) : path;
}

/** The plain-language name of an Art 6 basis, e.g. "your consent". */
export function basisLabel(basis: Art6Basis, locale: Locale): string {
  return translate(locale, `consent.basis.${basis}`);
}

/** Field labels joined into one line, in the given order. */
export function fieldList(paths: readonly FieldPath[], locale: Locale, definition?: Definition): string {
  return paths.map((path) => fieldLabel(path, locale, definition)).join('; ');
}
