import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { fieldInfoOf } from '../definition/declared-fields.js';
import type { Definition } from '../definition/definition.schema.js';
import type { Answers, FieldPath } from '../story/fields.js';
import type { IsoDate } from '../story/rules.js';
import { isAnswered } from './conditions.js';
import { checkFieldValue } from './field-check.js';
import type { FieldIssue, InputError, InputProblem, Plan, PlannedQuestion } from './types.js';
import { questionText, voicedKey, voiceOf, type Voice } from './voice.js';

/** Options of {@link validatePage} and {@link validateAll}. */
export interface ValidateOptions {
  /** Today's date, injected (a date of birth must be in the past). */
  readonly today: IsoDate;
  /**
   * Raw input that could not become a value (e.g. date boxes with no month), by field, as
   * the catalogue key the field's parser returned. It is reported before anything else.
   */
  readonly inputErrors?: Readonly<Partial<Record<FieldPath, InputError>>>;
}

// Messages that say nothing about which question they are about ("Answer this question"):
// a page of several would show the same words twice. Each has a wording that names it.
const NAMING: Partial<Record<MessageKey, MessageKey>> = {
  required: 'required.named',
  'text.blank': 'required.named',
  'required.choice': 'required.choice.named',
  invalid: 'invalid.named',
  'option.invalid': 'option.invalid.named',
  'text.tooLong': 'text.tooLong.named',
  'number.invalid': 'number.invalid.named',
  'number.range': 'number.range.named',
  'fields.number.min': 'fields.number.min.named',
  'fields.number.max': 'fields.number.max.named',
  'date.missing': 'date.missing.named',
  'date.missingDay': 'date.missingDay.named',
  'date.missingMonth': 'date.missingMonth.named',
  'date.missingYear': 'date.missingYear.named',
  'date.yearDigits': 'date.yearDigits.named',
  'date.real': 'date.real.named',
  'date.invalid': 'date.invalid.named',
  'declared.money.invalid': 'declared.money.invalid.named',
  'declared.money.range': 'declared.money.range.named',
  'declared.money.min': 'declared.money.min.named',
  'declared.money.max': 'declared.money.max.named',
  'declared.date.past': 'declared.date.past.named',
  'declared.date.future': 'declared.date.future.named',
  'declared.date.earliest': 'declared.date.earliest.named',
  'declared.date.latest': 'declared.date.latest.named',
};

/**
 * The catalogue key a field issue is shown with: a message that alone would not say which
 * question it is about ("Answer this question", "Date must include a month") becomes its
 * wording that names the question (`{question}`); any other key is its own.
 */
export function namingKeyOf(key: MessageKey): MessageKey {
  return NAMING[key] ?? key;
}

/**
 * The words a person reads for a field issue, in `locale`, made when it is shown: the
 * definition's own message, else the catalogue's, naming the question in that language.
 * Text, never HTML.
 */
export function fieldIssueMessage(issue: Pick<FieldIssue, 'code' | 'params' | 'question' | 'authored'>, locale: Locale): string {
  if (issue.authored) return issue.authored[locale];
  const params = issue.question ? { ...issue.params, question: issue.question[locale] } : issue.params;
  return translate(locale, issue.code, params);
}

function issueFor(
  question: PlannedQuestion,
  key: MessageKey,
  params: Readonly<Record<string, string | number>>,
  voice: Voice,
  extra: { readonly authored?: LocalizedText | undefined; readonly control?: string | undefined } = {},
): FieldIssue {
  // A date of birth's own words say which date it is.
  const own = key === 'date.real' && question.question.field === 'person.dateOfBirth' ? 'dob.real' : key;
  const named = NAMING[own];
  return {
    questionId: question.question.id,
    field: question.question.field,
    // About someone else, in their words ("Enter their date of birth").
    code: voicedKey(named ?? own, voice),
    params,
    ...(named && { question: questionText(question.question, voice).label }),
    ...(extra.authored && { authored: extra.authored }),
    ...(extra.control && { control: extra.control }),
  };
}

const inputProblemsOf = (error: InputError): readonly InputProblem[] => (typeof error === 'string' ? [{ code: error }] : error);

/** The issues with one question's answer: every problem its field's parser found, else the first the engine finds. */
function validateQuestion(definition: Definition, question: PlannedQuestion, value: unknown, options: ValidateOptions, voice: Voice): FieldIssue[] {
  const field = question.question.field;
  const inputError = options.inputErrors?.[field];
  if (inputError) {
    return inputProblemsOf(inputError).map((problem) => issueFor(question, problem.code, problem.params ?? {}, voice, { control: problem.controls?.[0] }));
  }
  if (!isAnswered(value, field)) {
    return question.required
      ? [issueFor(question, fieldInfoOf(definition, field).requiredMessage, {}, voice, { authored: questionText(question.question, voice).requiredMessage })]
      : [];
  }
  const problem = checkFieldValue(field, value, options.today, definition);
  return problem ? [issueFor(question, problem.code, problem.params, voice)] : [];
}

function valueFor(plan: Plan, answers: Answers, field: FieldPath): unknown {
  const given = (answers as Readonly<Record<string, unknown>>)[field];
  return given !== undefined ? given : (plan.effectiveAnswers as Readonly<Record<string, unknown>>)[field];
}

/**
 * The validation issues of one page of the plan, in question order (the order of the
 * error summary): every problem at once, so one Continue shows them all. A required question with no answer gets the
 * field's own "required" message; a present answer is checked against its field's rule in
 * the Story schema (and a date of birth against today). Issues hold no words: `fieldIssueMessage` words one where it is shown.
 *
 * `answers` are the answers so far (parsed stage); a field without one falls back to the
 * plan's effective answer (e.g. a prefilled value shown for confirmation).
 */
export function validatePage(plan: Plan, pageId: string, answers: Answers, options: ValidateOptions): FieldIssue[] {
  const page = plan.pages.find((p) => p.page.id === pageId);
  if (!page) return [];
  const issues: FieldIssue[] = [];
  const voice = voiceOf(plan.effectiveAnswers);
  for (const question of page.questions) {
    issues.push(...validateQuestion(plan.definition, question, valueFor(plan, answers, question.question.field), options, voice));
  }
  return issues;
}

/** The validation issues of every page of the plan, in page order: the final check. */
export function validateAll(plan: Plan, answers: Answers, options: ValidateOptions): FieldIssue[] {
  return plan.pages.flatMap((page) => validatePage(plan, page.page.id, answers, options));
}

