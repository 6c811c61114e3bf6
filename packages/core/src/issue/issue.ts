import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';

/** Where an issue is: property names and array indexes from the root of what was checked (`[]` is the root). */
export type IssuePath = readonly (string | number)[];

/** The values a message about an issue puts in its `{placeholders}`. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem, as data: where it is, a stable code, and the values its message needs.
 * It holds no text: words are made from it only where someone reads them, in their
 * language ({@link issueMessage} for the person, {@link developerMessage} for a developer),
 * so switching language needs no re-checking and no re-translation.
 *
 * @typeParam Code - the codes this kind of issue uses (catalogue keys for issues a person reads).
 */
export interface Issue<Code extends string = string> {
  /** Where, e.g. `['services', 2, 'purposes', 0]`; for a field element, the part of the answer (`['town']`). */
  readonly path: IssuePath;
  /** Stable machine-readable code: a catalogue key when a person reads it, e.g. `required.choice`. */
  readonly code: Code;
  /** The values its message names, e.g. `{ max: 100 }` or `{ question: 'Your name' }`. */
  readonly params?: IssueParams;
}

/** An issue a person reads: its code is a catalogue key. */
export type PersonIssue = Issue<MessageKey>;

/** Builds an issue, leaving `params` out when there are none (so issues compare equal as plain data). */
export function issueOf<Code extends string>(path: IssuePath, code: Code, params?: IssueParams): Issue<Code> {
  return params && Object.keys(params).length > 0 ? { path, code, params } : { path, code };
}

/** A path as a developer writes it: `services[2].purposes[0]`; `''` for the root. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * The words a person reads for `issue`, in `locale` (made now, never stored): the
 * catalogue's message for its code with its parameters filled in, plus `extra` ones known
 * only where it is shown (e.g. the question's label in that language). Text, never HTML.
 */
export function issueMessage(issue: PersonIssue, locale: Locale, extra?: IssueParams): string {
  return translate(locale, issue.code, extra ? { ...issue.params, ...extra } : issue.params);
}

const fill = (template: string, params: IssueParams): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));

/**
 * The plain-English line a developer reads for `issue`: where it is (`(root)` for the
 * root), then what was expected. `texts` are the producer's own templates by code, with
 * `{param}` placeholders; a code without one is named with its parameters, so nothing is lost.
 */
export function developerMessage(issue: Issue, texts: Readonly<Record<string, string>> = {}): string {
  return `${formatIssuePath(issue.path) || '(root)'}: ${developerText(issue, texts)}`;
}

/**
 * What is wrong, without where (for wire formats that carry the path beside it, such as a
 * `ConfigProblem`'s `message`): the producer's template for the code, filled in.
 */
export function developerText(issue: Issue, texts: Readonly<Record<string, string>> = {}): string {
  const params = issue.params ?? {};
  const template = Object.prototype.hasOwnProperty.call(texts, issue.code) ? texts[issue.code] : undefined;
  if (template !== undefined) return fill(template, params);
  const named = Object.entries(params).map(([name, value]) => `${name}: ${String(value)}`);
  return named.length ? `${issue.code} (${named.join(', ')})` : issue.code;
}
