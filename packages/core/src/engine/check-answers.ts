import { formatAnswer } from './format-answer.js';
import type { CheckAnswersRow, Plan, TextOptions } from './types.js';
import { questionText, voiceOf } from './voice.js';

/**
 * The "check your answers" list: one row per question in the plan, in page order, with
 * the question label and the answer as lines of text ("Not answered" for an optional
 * question left blank). Each row's change link goes to the question's page and, once the
 * page is valid, back to check your answers.
 */
export function checkAnswers(plan: Plan, { locale }: TextOptions): CheckAnswersRow[] {
  const answers = plan.effectiveAnswers as Readonly<Record<string, unknown>>;
  // Each question as it was asked: about the person when someone else filled it in.
  const voice = voiceOf(plan.effectiveAnswers);
  return plan.questions.map((planned) => ({
    questionId: planned.question.id,
    pageId: planned.pageId,
    label: questionText(planned.question, voice).label[locale] ?? planned.question.label[locale]!,
    value: formatAnswer(planned.question, answers[planned.question.field], locale, planned.declared, voice),
    change: { pageId: planned.pageId, questionId: planned.question.id, returnTo: 'check-answers' },
  }));
}
