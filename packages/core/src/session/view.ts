import type { ServicePreview } from '../consent/preview.js';
import { canGoBack } from '../engine/flow.js';
import { plannedPage, progress } from '../engine/plan.js';
import { serviceEligibility } from '../engine/services.js';
import { voiceOf } from '../engine/voice.js';
import type { ServiceEligibility } from '../engine/types.js';
import type { Answers } from '../story/fields.js';
import { flowContextOf, sessionPlan, todayOf } from './plan.js';
import { sessionJourneyProgress } from './progress.js';
import { afterQuestionsOf, sessionDraft } from './session.js';
import type { SessionContext, SessionState, SessionView } from './types.js';

/** Whether each service is open to the person, from everything they have said (not only what is disclosed). */
export function sessionEligibility(state: SessionState, ctx: SessionContext): ServiceEligibility[] {
  const known = { ...state.flow.prefill, ...state.flow.answers } as Answers;
  return serviceEligibility(ctx.definition, known, { today: todayOf(ctx), locale: state.locale });
}

/** "Who will see what": exactly what each chosen service's envelope will hold, or that it gets nothing. */
export function sessionPreviews(state: SessionState, ctx: SessionContext): ServicePreview[] {
  return afterQuestionsOf(ctx).previews(state, ctx);
}

/**
 * Everything the intake renders, as plain data. What only one step shows is made only on
 * that step (the previews, the receipt), so a keystroke on a page costs no disclosure.
 */
export function sessionView(state: SessionState, ctx: SessionContext): SessionView {
  const { flow, locale } = state;
  const plan = sessionPlan(state, ctx);
  const step = flow.step;
  const sent = step.kind === 'sent' ? state.sent : undefined;
  return {
    flow,
    locale,
    plan,
    voice: voiceOf(plan.effectiveAnswers),
    page: step.kind === 'page' ? plannedPage(plan, step.pageId) : undefined,
    progress: step.kind === 'page' ? progress(plan, step.pageId) : undefined,
    journeyProgress: sessionJourneyProgress(state, ctx),
    canGoBack: canGoBack(flow, flowContextOf(state, ctx)),
    eligibility: step.kind === 'services' ? sessionEligibility(state, ctx) : [],
    checkAnswersRows: step.kind === 'check-answers' ? afterQuestionsOf(ctx).checkAnswers(state, ctx) : [],
    previews: step.kind === 'check-answers' ? sessionPreviews(state, ctx) : [],
    consent: step.kind === 'privacy-and-consent' ? afterQuestionsOf(ctx).consentView(state, ctx) : undefined,
    receipt: sent ? afterQuestionsOf(ctx).receipt(state, ctx) : undefined,
    receiptCode: sent?.receiptCode,
    withdrawals: state.sent?.withdrawals ?? {},
    draft: sessionDraft(state, ctx),
  };
}
