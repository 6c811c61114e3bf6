import { consentScreensOf } from '../consent/who-agrees.js';
import { journeyProgress, type JourneyProgress } from '../engine/journey-progress.js';
import { firstConsentScreen } from './consent-step.js';
import { sessionPlan } from './plan.js';
import type { SessionContext, SessionState } from './types.js';

/** Where the person is in the whole journey; on the consent step, a professional's later screens count as its second. */
export function sessionJourneyProgress(state: SessionState, ctx: SessionContext): JourneyProgress | undefined {
  const plan = sessionPlan(state, ctx);
  const step = state.flow.step;
  const consentScreen = step.kind === 'privacy-and-consent' && state.consent.screen !== firstConsentScreen(state, ctx) ? 1 : 0;
  return journeyProgress(plan, { step, consentScreen }, consentScreensOf(plan.effectiveAnswers));
}
