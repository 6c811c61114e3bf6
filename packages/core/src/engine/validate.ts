import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { fieldInfoOf } from '../definition/declared-fields.js';
import type { Definition } from '../definition/definition.schema.js';
import type { Answers, FieldPath } from '../story/fields.js';
import type { IsoDate } from '../story/rules.js';
import { isAnswered } from './conditions.js';
import { checkFieldValue } from './field-check.js';
import type { FieldIssue, Plan, PlannedQuestion } from './types.js';

/** Options of {@link validatePage} and {@link validateAll}. */
export interface ValidateOptions {
  readonly locale: Locale;
  /** Today's date, injected (a date of birth must be in the past). */
  readonly today: IsoDate;
  /**
   * Raw input that could not become a value (e.g. date boxes with no month), by field, as
   * the catalogue key the field's parser returned. It is reported before anything else.
   */
  readonly inputErrors?: Readonly<Partial<Record<FieldPath, MessageKey>>>;
}

// Messages that say nothing about which question they are about ("Answer this question"):
// a page of several would show the same words twice. Each has a wording that names it.
const NAMING: Partial<Record<MessageKey, MessageKey>> = {
  required: 'required.named',
  'text.blank': 'required.named',
  'required.choice': 'required.choice.named',
  invalid: 'invalid.named',
  'option.invalid': 'option.invalid.named',
};

/** The words of an issue in `locale`: the definition's own, else the catalogue's (naming the question). */
function messageOf(issue: Pick<FieldIssue, 'code' | 'params' | 'question' | 'authored'>, locale: Locale): string {
  if (issue.authored) return issue.authored[locale];
  const params = issue.question ? { ...issue.params, question: issue.question[locale] } : issue.params;
  return translate(locale, issue.code, params);
}

function issueFor(
  question: PlannedQuestion,
  key: MessageKey,
  params: Readonly<Record<string, string | number>>,
  locale: Locale,
  authored?: LocalizedText,
): FieldIssue {
  const named = NAMING[key];
  const issue = {
    questionId: question.question.id,
    field: question.question.field,
    code: named ?? key,
    params,
    ...(named && { question: question.question.label }),
    ...(authored && { authored }),
  };
  return { ...issue, message: messageOf(issue, locale) };
}

/** The first issue with one question's answer, or null. */
function validateQuestion(definition: Definition, question: PlannedQuestion, value: unknown, options: ValidateOptions): FieldIssue | null {
  const field = question.question.field;
  const inputError = options.inputErrors?.[field];
  if (inputError) return issueFor(question, inputError, {}, options.locale);
  if (!isAnswered(value, field)) {
    return question.required
      ? issueFor(question, fieldInfoOf(definition, field).requiredMessage, {}, options.locale, question.question.requiredMessage)
      : null;
  }
  const problem = checkFieldValue(field, value, options.today, definition);
  return problem ? issueFor(question, problem.code, problem.params, options.locale) : null;
}

function valueFor(plan: Plan, answers: Answers, field: FieldPath): unknown {
  const given = (answers as Readonly<Record<string, unknown>>)[field];
  return given !== undefined ? given : (plan.effectiveAnswers as Readonly<Record<string, unknown>>)[field];
}

/**
 * The validation issues of one page of the plan, one per question at most, in question
 * order (the order of the error summary). A required question with no answer gets the
 * field's own "required" message; a present answer is checked against its field's rule in
 * the Story schema (and a date of birth against today). Messages are text in `locale`.
 *
 * `answers` are the answers so far (parsed stage); a field without one falls back to the
 * plan's effective answer (e.g. a prefilled value shown for confirmation).
 */
export function validatePage(plan: Plan, pageId: string, answers: Answers, options: ValidateOptions): FieldIssue[] {
  const page = plan.pages.find((p) => p.page.id === pageId);
  if (!page) return [];
  const issues: FieldIssue[] = [];
  for (const question of page.questions) {
    const issue = validateQuestion(plan.definition, question, valueFor(plan, answers, question.question.field), options);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** The validation issues of every page of the plan, in page order: the final check. */
export function validateAll(plan: Plan, answers: Answers, options: ValidateOptions): FieldIssue[] {
  return plan.pages.flatMap((page) => validatePage(plan, page.page.id, answers, options));
}

/** Issues translated again into another locale (e.g. after the person switches language). */
export function localizeIssues(issues: readonly FieldIssue[], locale: Locale): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, message: messageOf(issue, locale) }));
}
