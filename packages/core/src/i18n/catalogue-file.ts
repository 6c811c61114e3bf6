import type { ConfigProblem } from '../errors.js';
import { closestValue } from '../definition/issue-message.js';
import { en, registerCatalogue, type MessageKey } from './catalogue.js';
import { textDirection, type TextDirection } from './direction.js';
import { canonicalLanguageTag, isLanguageTag, type Locale } from './locale.js';
import { placeholdersOf } from './translate.js';

/**
 * A catalogue file: the interface of OneStory in one more language, as a council supplies
 * it at run time (no rebuild). `onestory catalogue en` prints the English one to translate.
 *
 * ```json
 * { "language": "pl", "note": "Reviewed by …", "messages": { "ui.continue": "Dalej", … } }
 * ```
 */
export interface CatalogueFile {
  /** The JSON Schema this file follows. */
  readonly $schema?: string;
  /** The language, a BCP 47 tag such as `pl`, `ro`, `ur`, `pa-Arab`. */
  readonly language: Locale;
  /** `rtl` or `ltr`; when absent, from the language's script (`ur`, `ar` → `rtl`). */
  readonly direction?: TextDirection;
  /** Who translated and reviewed it, and when: for the people who maintain it. */
  readonly note?: string;
  /** A message for every key of the English catalogue, keeping its `{placeholders}`. */
  readonly messages: Readonly<Record<string, string>>;
}

/** How much of the interface a catalogue translates. */
export interface CatalogueCoverage {
  readonly language: Locale;
  /** Keys with a usable message. */
  readonly translated: number;
  /** Keys OneStory has. */
  readonly total: number;
}

/** A catalogue problem: `error`s must be fixed; `warning`s are worth a look. */
export interface CatalogueProblem extends ConfigProblem {
  readonly severity: 'error' | 'warning';
}

/** Outcome of {@link checkCatalogue}. `ok` when there is no error (warnings allowed). */
export interface CatalogueCheck {
  readonly ok: boolean;
  /** The catalogue's language, when it names a valid one. */
  readonly language?: Locale;
  readonly direction?: TextDirection;
  /** The usable messages: each message that is present and keeps its placeholders. */
  readonly messages: Readonly<Partial<Record<MessageKey, string>>>;
  readonly coverage?: CatalogueCoverage;
  readonly problems: readonly CatalogueProblem[];
}

const KEYS = Object.keys(en) as MessageKey[];
const FILE_KEYS = new Set(['$schema', 'language', 'direction', 'note', 'messages']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((name) => b.includes(name));
const listed = (names: readonly string[]) => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none');

/**
 * Checks a catalogue file (parsed JSON) against OneStory's keys: every key has a non-empty
 * message with the same `{placeholders}` as English, no key is unknown, and the language
 * and direction are valid. Pure: loading is {@link loadCatalogue}.
 */
export function checkCatalogue(input: unknown): CatalogueCheck {
  const problems: CatalogueProblem[] = [];
  const error = (path: string, code: string, message: string) => problems.push({ path, code, message, severity: 'error' });
  const warning = (path: string, code: string, message: string) => problems.push({ path, code, message, severity: 'warning' });
  if (!isRecord(input)) {
    error('', 'not-a-catalogue', 'A catalogue file is a JSON object: { "language": "pl", "messages": { … } }.');
    return { ok: false, messages: {}, problems };
  }
  for (const key of Object.keys(input)) {
    if (!FILE_KEYS.has(key)) warning(key, 'unknown-key', `Unknown property "${key}": a catalogue has ${[...FILE_KEYS].join(', ')}.`);
  }

  const tag = input['language'];
  let language: Locale | undefined;
  if (isLanguageTag(tag)) language = tag;
  else {
    const canonical = typeof tag === 'string' ? canonicalLanguageTag(tag) : undefined;
    error(
      'language',
      'invalid-language',
      tag === undefined
        ? 'Missing: "language", the BCP 47 tag of the catalogue\'s language, such as "pl" or "ur".'
        : `${JSON.stringify(tag)} is not a language tag in canonical form${canonical && isLanguageTag(canonical) ? `: use "${canonical}"` : ', such as "pl", "ur" or "pa-Arab"'}.`,
    );
  }
  const declared = input['direction'];
  if (declared !== undefined && declared !== 'ltr' && declared !== 'rtl') {
    error('direction', 'invalid-direction', `${JSON.stringify(declared)} is not a direction: use "rtl" or "ltr", or leave it out.`);
  } else if (language && declared !== undefined && declared !== textDirection(language)) {
    warning('direction', 'unusual-direction', `"${language}" is usually written ${textDirection(language)}, but the file says ${declared}.`);
  }
  const direction = declared === 'ltr' || declared === 'rtl' ? declared : language ? textDirection(language) : undefined;

  const raw = input['messages'];
  const messages: Partial<Record<MessageKey, string>> = {};
  if (!isRecord(raw)) {
    error('messages', 'missing-messages', 'Missing: "messages", an object of message key → text (start from `onestory catalogue en`).');
    return { ok: false, ...(language && { language }), ...(direction && { direction }), messages, problems };
  }
  for (const key of KEYS) {
    const path = `messages.${key}`;
    const text = raw[key];
    if (text === undefined) {
      error(path, 'missing-key', `Not translated. English: ${JSON.stringify(en[key])}`);
    } else if (typeof text !== 'string' || text.trim() === '') {
      error(path, 'empty-message', `Expected a non-empty text, found ${JSON.stringify(text)}. English: ${JSON.stringify(en[key])}`);
    } else {
      const expected = placeholdersOf(en[key]);
      const found = placeholdersOf(text);
      if (!sameSet(expected, found)) {
        error(path, 'placeholder-mismatch', `Placeholders must match English: expected ${listed(expected)}, found ${listed(found)}. Keep each {name} untranslated.`);
      } else messages[key] = text;
    }
  }
  for (const key of Object.keys(raw)) {
    if (Object.prototype.hasOwnProperty.call(en, key)) continue;
    const suggestion = closestValue(key, KEYS);
    warning(`messages.${key}`, 'unused-key', `OneStory has no message "${key}", so it is never shown.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
  }
  const coverage = language && { language, translated: Object.keys(messages).length, total: KEYS.length };
  return {
    ok: !problems.some((p) => p.severity === 'error'),
    ...(language && { language }),
    ...(direction && { direction }),
    messages,
    ...(coverage && { coverage }),
    problems,
  };
}

/**
 * Checks a catalogue file and makes its language available, so an intake can be shown in
 * it. Messages that are missing or whose placeholders do not match read in English, so a
 * catalogue a release has outgrown still serves its people; those problems are returned for
 * the console, and `onestory check` reports them as errors. Returns the check; nothing is
 * loaded when the file names no valid language or has no messages.
 */
export function loadCatalogue(input: unknown): CatalogueCheck {
  const check = checkCatalogue(input);
  const usable = check.language !== undefined && check.direction !== undefined && isRecord(isRecord(input) ? input['messages'] : undefined);
  if (usable) registerCatalogue(check.language!, check.messages, check.direction);
  return check;
}
