import { servicesReachingHousehold } from '../consent/address-decision.js';
import { consentScreensOf } from '../consent/filler.js';
import { journeyProgress, type JourneyProgress } from '../engine/journey-progress.js';
import { addressDecisionServices, firstConsentScreen } from './consent-state.js';
import { sessionPlan } from './plan.js';
import type { SessionContext, SessionState } from './types.js';

/**
 * Where the person is in the whole journey. On the consent step, a professional's later
 * screens count as its second; the address screen, when there is one, as its last.
 */
export function sessionJourneyProgress(state: SessionState, ctx: SessionContext): JourneyProgress | undefined {
  const plan = sessionPlan(state, ctx);
  const step = state.flow.step;
  const address =
    addressDecisionServices(state, ctx).length > 0 ? 'needed' : servicesReachingHousehold(ctx.definition, state.flow.chosenServices).length > 0 ? 'possible' : 'none';
  const screens = consentScreensOf(plan.effectiveAnswers, address);
  const screen = state.consent.screen;
  const consentScreen =
    step.kind !== 'privacy-and-consent' || screen === firstConsentScreen(state, ctx) ? 0 : screen === 'address' ? screens.count - 1 : 1;
  return journeyProgress(plan, { step, consentScreen }, screens);
}
