import { formatAnswer } from './format-answer.js';
import type { CheckAnswersRow, Plan, TextOptions } from './types.js';

/**
 * The "check your answers" list: one row per question in the plan, in page order, with
 * the question label and the answer as lines of text ("Not answered" for an optional
 * question left blank). Each row's change link goes to the question's page and, once the
 * page is valid, back to check your answers.
 */
export function checkAnswers(plan: Plan, { locale }: TextOptions): CheckAnswersRow[] {
  const answers = plan.effectiveAnswers as Readonly<Record<string, unknown>>;
  return plan.questions.map((planned) => ({
    questionId: planned.question.id,
    pageId: planned.pageId,
    label: planned.question.label[locale],
    value: formatAnswer(planned.question, answers[planned.question.field], locale, planned.declared),
    change: { pageId: planned.pageId, questionId: planned.question.id, returnTo: 'check-answers' },
  }));
}
