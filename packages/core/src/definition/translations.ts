import type * as z from 'zod/mini';
import type { ConfigProblem } from '../errors.js';
import { describeLanguage, isLanguageTag, type Locale } from '../i18n/locale.js';
import { DefinitionSchema, type Definition } from './definition.schema.js';
import { LocalizedTextSchema } from './localized.schema.js';

/** The languages of a definition that declares none: English and Welsh. */
export const DEFAULT_LANGUAGES: readonly Locale[] = ['en', 'cy'];

/** The languages a definition's texts are in, its default language first. */
export function languagesOf(definition: Pick<Definition, 'languages'>): readonly Locale[] {
  return definition.languages ?? DEFAULT_LANGUAGES;
}

/**
 * The languages an unparsed definition declares (the default, English and Welsh, when it
 * declares none), or undefined when its `languages` is not a list of language tags (the
 * schema check names that problem).
 */
export function declaredLanguages(input: unknown): readonly Locale[] | undefined {
  const declared = isRecord(input) ? input['languages'] : undefined;
  if (declared === undefined) return DEFAULT_LANGUAGES;
  return Array.isArray(declared) && declared.length > 0 && declared.every(isLanguageTag) ? declared : undefined;
}

/** A localized text found in a definition, with the path where it is. */
export interface TextAt {
  readonly path: string;
  readonly text: Readonly<Record<string, unknown>>;
}

type AnySchema = z.core.$ZodType;
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, AnySchema>>;
  readonly innerType?: AnySchema;
  readonly element?: AnySchema;
  readonly valueType?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly getter?: () => AnySchema;
  readonly left?: AnySchema;
  readonly right?: AnySchema;
}
const defOf = (schema: AnySchema): SchemaDef => schema._zod.def as unknown as SchemaDef;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function children(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  if (def.type === 'object') return Object.values(def.shape ?? {});
  if (WRAPPERS.has(def.type)) return [def.innerType!];
  if (def.type === 'array') return [def.element!];
  if (def.type === 'record') return [def.valueType!];
  if (def.type === 'union') return [...(def.options ?? [])];
  if (def.type === 'lazy') return [def.getter!()];
  if (def.type === 'intersection') return [def.left!, def.right!];
  return [];
}

// Whether a schema can hold a localized text at all, so the walk skips what cannot (the
// recursive conditions). A schema met again while still being visited is a cycle: false
// there, and the answer comes from its other branches.
const holdsText = new WeakMap<AnySchema, boolean>();
function canHoldText(schema: AnySchema, visiting = new Set<AnySchema>()): boolean {
  if (schema === LocalizedTextSchema) return true;
  const known = holdsText.get(schema);
  if (known !== undefined) return known;
  if (visiting.has(schema)) return false;
  visiting.add(schema);
  const result = children(schema).some((child) => canHoldText(child, visiting));
  visiting.delete(schema);
  holdsText.set(schema, result);
  return result;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Every localized text in `value` read as `schema` describes it (a definition, unparsed or
 * parsed), with its path. Found through the schema, so a text added to the definition
 * format anywhere is found without listing it here.
 */
export function localizedTexts(value: unknown, schema: AnySchema = DefinitionSchema, path = ''): TextAt[] {
  if (schema === LocalizedTextSchema) return isRecord(value) ? [{ path, text: value }] : [];
  if (!canHoldText(schema)) return [];
  const def = defOf(schema);
  if (def.type === 'object' && isRecord(value)) {
    return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
      value[key] === undefined ? [] : localizedTexts(value[key], child, join(path, key)),
    );
  }
  if (def.type === 'array' && Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, def.element!, join(path, i)));
  if (def.type === 'record' && isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) => localizedTexts(item, def.valueType!, join(path, key)));
  }
  if (def.type === 'union') {
    const match = def.options?.find((option) => (option as z.ZodMiniType).safeParse(value).success);
    return match ? localizedTexts(value, match, path) : [];
  }
  if (WRAPPERS.has(def.type) || def.type === 'lazy' || def.type === 'intersection') {
    return children(schema).flatMap((child) => localizedTexts(value, child, path));
  }
  return [];
}

/**
 * Checks a definition's languages (unparsed: the declared list, when it is valid) and that
 * every text has exactly those, naming each missing or undeclared translation by path. A
 * definition for Wales must declare Welsh.
 */
export function checkTranslations(input: unknown): ConfigProblem[] {
  if (!isRecord(input)) return [];
  const languages = declaredLanguages(input);
  if (!languages) return [];
  const problems: ConfigProblem[] = [];
  const seen = new Set<Locale>();
  languages.forEach((locale, i) => {
    if (seen.has(locale)) problems.push({ path: `languages[${i}]`, code: 'duplicate-language', message: `"${locale}" is listed twice.` });
    seen.add(locale);
  });
  if (input['nation'] === 'wales' && !seen.has('cy')) {
    problems.push({
      path: 'languages',
      code: 'welsh-required',
      message: 'A definition for Wales must be in Welsh too (Welsh Language Standards): add "cy" to languages and give every text its Welsh.',
    });
  }
  const expected = [...seen].join(' and ');
  for (const { path, text } of localizedTexts(input)) {
    for (const locale of seen) {
      if (text[locale] !== undefined) continue;
      problems.push({
        path: join(path, locale),
        code: locale === 'cy' ? 'missing-welsh' : 'missing-translation',
        message: `${locale === 'cy' ? 'Welsh text (cy)' : `${describeLanguage(locale)} text`} is missing or empty: every text needs ${expected}.`,
      });
    }
    for (const key of Object.keys(text)) {
      if (seen.has(key)) continue;
      problems.push({
        path: join(path, key),
        code: 'undeclared-language',
        message: `Text in ${isLanguageTag(key) ? describeLanguage(key) : JSON.stringify(key)}, which "languages" does not declare (${expected}): add it to languages or remove it.`,
      });
    }
  }
  return problems;
}
