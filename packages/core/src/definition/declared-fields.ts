import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import {
  declaredFieldPath,
  FIELD_PATHS,
  fieldInfo,
  isDeclaredFieldPath,
  isFieldPath,
  type DeclaredFieldPath,
  type FieldInfo,
  type FieldPath,
} from '../story/fields.js';
import type { DeclaredField } from './declared-field.schema.js';
import { declaredRequiredMessage } from './declared-value.js';
import type { Definition } from './definition.schema.js';

/** A definition's fields: the Story's own and the ones it declares, with what is known of each. */
interface DefinitionFields {
  readonly declared: ReadonlyMap<DeclaredFieldPath, DeclaredField>;
  /** Every field path, Story fields first (in Story order), then declared ones (in declaration order). */
  readonly order: readonly FieldPath[];
}

const cache = new WeakMap<Definition, DefinitionFields>();

function fieldsOf(definition: Definition): DefinitionFields {
  let fields = cache.get(definition);
  if (!fields) {
    const declared = new Map<DeclaredFieldPath, DeclaredField>();
    for (const field of definition.fields ?? []) {
      const path = declaredFieldPath(field.id);
      if (isDeclaredFieldPath(path) && !declared.has(path)) declared.set(path, field);
    }
    fields = { declared, order: [...FIELD_PATHS, ...declared.keys()] };
    cache.set(definition, fields);
  }
  return fields;
}

/** The declaration of a declared field path, if the definition declares it. */
export function declaredFieldOf(definition: Definition, path: FieldPath): DeclaredField | undefined {
  return isDeclaredFieldPath(path) ? fieldsOf(definition).declared.get(path) : undefined;
}

/** Every declared field of the definition, by path, in declaration order. */
export function declaredFieldsOf(definition: Definition): ReadonlyMap<DeclaredFieldPath, DeclaredField> {
  return fieldsOf(definition).declared;
}

/** Every field a definition can ask: Story fields in Story order, then its declared fields. */
export function fieldOrderOf(definition: Definition): readonly FieldPath[] {
  return fieldsOf(definition).order;
}

/** True when the definition knows the field: a Story field, or one it declares. */
export function isKnownField(definition: Definition, path: unknown): path is FieldPath {
  return isFieldPath(path) || (isDeclaredFieldPath(path) && fieldsOf(definition).declared.has(path));
}

// An undeclared path is refused by `checkDefinition` as such ("undeclared-field"); it is
// not also called special category data, which would only repeat that problem as another.
const UNKNOWN_FIELD: FieldInfo = { category: 'needs', special: false, requiredMessage: 'required' };

/** What the engine and the consent model know about a field of this definition. */
export function fieldInfoOf(definition: Definition, path: FieldPath): FieldInfo {
  if (isFieldPath(path)) return fieldInfo(path);
  const field = declaredFieldOf(definition, path);
  if (!field) return UNKNOWN_FIELD;
  return { category: field.category, special: field.specialCategory !== undefined, requiredMessage: declaredRequiredMessage(field) };
}

/** A field's short label in `locale`, e.g. "Date of birth" or a declared field's "Rent arrears". */
export function fieldLabelOf(definition: Definition, path: FieldPath, locale: Locale): string {
  if (isFieldPath(path)) return translate(locale, `field.${path}`);
  return declaredFieldOf(definition, path)?.label[locale] ?? path;
}
