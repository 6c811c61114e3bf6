import type { Definition } from '../definition/definition.schema.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { Answers } from '../story/fields.js';

const LANGUAGE_FIELD = 'access.language';

/** The language as its speakers name it (`Cymraeg`, `العربية`): the answer a language gives. */
export const languageAnswerFor = (locale: Locale): string => translate(locale, 'ui.language.name');

/**
 * The answers with "Which language would you like us to use?" answered by the language the
 * person is using, when the definition asks it and nobody has answered it: neither the
 * host's prefill nor the person. It stays an ordinary answer the person sees and can change.
 * After a language switch (`previous`), an answer that is still the previous language's
 * name follows the switch; one the person wrote is theirs and is kept.
 */
export function withLanguageAnswer(
  definition: Definition,
  answers: Answers,
  prefill: Answers,
  locale: Locale,
  previous?: Locale,
): Answers {
  if (!definition.questions.some((q) => q.field === LANGUAGE_FIELD) || prefill[LANGUAGE_FIELD] !== undefined) return answers;
  const current = answers[LANGUAGE_FIELD];
  const untouched = current === undefined || (previous !== undefined && current === languageAnswerFor(previous));
  return untouched ? { ...answers, [LANGUAGE_FIELD]: languageAnswerFor(locale) } : answers;
}
