import type { Page, Question } from '../definition/definition.schema.js';
import type { OptionOther } from '../definition/localized.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { LocalizedText } from '../i18n/locale.js';
import { isMessageKey, translate } from '../i18n/translate.js';
import type { Answers } from '../story/fields.js';

// Who the questions speak to (issue 20). A person filling in the form for themselves reads
// "What is your date of birth?"; a professional referring someone, or a parent filling it
// in for their child, reads about the person: "What is their date of birth?". A definition
// gives its own words for the second (`other` on a question or a page); the Story's own
// fields and OneStory's own texts have them built in, as `<key>.other` catalogue messages.

/** `self`: the person fills it in about themselves. `other`: someone fills it in about them. */
export type Voice = 'self' | 'other';

/** The voice of the questions, from who is filling in the form (`referrer.type`). */
export function voiceOf(answers: Answers): Voice {
  const type = (answers as Readonly<Record<string, unknown>>)['referrer.type'];
  return type === 'professional' || type === 'parent' ? 'other' : 'self';
}

/** The catalogue key to show `key` with in `voice`: its `.other` wording when it has one. */
export function voicedKey(key: MessageKey, voice: Voice): MessageKey {
  if (voice === 'self') return key;
  const other = `${key}.other`;
  return isMessageKey(other) ? other : key;
}

/** A question's words in one voice. */
export interface QuestionText {
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
  readonly requiredMessage?: LocalizedText;
}

// A catalogue message in each language the definition's text `like` is written in.
function localizedFrom(key: MessageKey, like: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.keys(like).map((language) => [language, translate(language, key)]));
}

/**
 * A question's label, hint and required message in `voice`. About someone else, the
 * definition's `other` words win; without them a Story field's question has built-in
 * words ("What is their date of birth?"), and its hint and message stay the definition's.
 */
export function questionText(question: Question, voice: Voice): QuestionText {
  const own = { label: question.label, ...(question.hint && { hint: question.hint }), ...(question.requiredMessage && { requiredMessage: question.requiredMessage }) };
  if (voice === 'self') return own;
  if (question.other) {
    return { ...own, label: question.other.label, ...(question.other.hint && { hint: question.other.hint }), ...(question.other.requiredMessage && { requiredMessage: question.other.requiredMessage }) };
  }
  const builtIn = `question.${question.field}.other`;
  return isMessageKey(builtIn) ? { ...own, label: localizedFrom(builtIn, question.label) } : own;
}

/** An answer option as a definition gives it: its own words, and maybe its words about the person. */
export interface VoicedOption {
  readonly label: LocalizedText;
  readonly hint?: LocalizedText | undefined;
  readonly other?: OptionOther | undefined;
}

/**
 * An option's label and hint in `locale` and `voice`: about someone else, its `other`
 * words when it has them ("They rent from a private landlord"), its own hint when they
 * give none.
 */
export function optionText(option: VoicedOption, locale: string, voice: Voice): { label: string; hint?: string } {
  const other = voice === 'other' ? option.other : undefined;
  const hint = (other?.hint ?? option.hint)?.[locale];
  return { label: (other ?? option).label[locale]!, ...(hint !== undefined && { hint }) };
}

/** A page's title in `voice`: the definition's `other` title about someone else, when it gives one. */
export function pageTitle(page: Page, voice: Voice): LocalizedText {
  return voice === 'other' && page.other ? page.other.title : page.title;
}
