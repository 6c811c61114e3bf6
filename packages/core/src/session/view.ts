import { buildDisclosures } from '../consent/disclosure.js';
import { previewDisclosures, type ServicePreview } from '../consent/preview.js';
import { buildReceipt } from '../consent/receipt.js';
import { checkAnswers } from '../engine/check-answers.js';
import { canGoBack } from '../engine/flow.js';
import { plannedPage, progress } from '../engine/plan.js';
import { serviceEligibility } from '../engine/services.js';
import type { ServiceEligibility } from '../engine/types.js';
import { translate } from '../i18n/translate.js';
import type { Answers } from '../story/fields.js';
import { addressDecisionServices, completeAddressDecisions, consentPathOfSession, practitionerOfSession, safeWaysOfSession } from './consent-step.js';
import { flowContextOf, sessionPlan, todayOf } from './plan.js';
import { sessionJourneyProgress } from './progress.js';
import { sessionDraft } from './session.js';
import type { ConsentView, SessionContext, SessionState, SessionView } from './types.js';

/** Whether each service is open to the person, from everything they have said (not only what is disclosed). */
export function sessionEligibility(state: SessionState, ctx: SessionContext): ServiceEligibility[] {
  const known = { ...state.flow.prefill, ...state.flow.answers } as Answers;
  return serviceEligibility(ctx.definition, known, { today: todayOf(ctx), locale: state.locale });
}

/** "Who will see what": exactly what each chosen service's envelope will hold, or that it gets nothing. */
export function sessionPreviews(state: SessionState, ctx: SessionContext): ServicePreview[] {
  const { flow, locale } = state;
  if (!flow.consent) return [];
  const definition = ctx.definition;
  const envelopes = buildDisclosures(sessionPlan(state, ctx).story, definition, flow.chosenServices, flow.consent, state.consent.overrides, completeAddressDecisions(state));
  const previews = previewDisclosures(envelopes, definition, locale);
  // A service that gets nothing has no envelope: say so rather than leave it out.
  return flow.chosenServices.map((id) => {
    const found = previews.find((preview) => preview.serviceId === id);
    if (found) return found;
    const service = definition.services.find((s) => s.id === id)?.name[locale] ?? id;
    return { serviceId: id, serviceName: service, organisationName: '', heading: translate(locale, 'ui.check.receivesNothing', { service }), items: [], withheld: [] };
  });
}

function consentView(state: SessionState, ctx: SessionContext): ConsentView {
  const { consent } = state;
  return {
    screen: consent.screen,
    records: consent.requested,
    path: consentPathOfSession(state, ctx),
    choices: Object.fromEntries(Object.entries(consent.choices).map(([key, made]) => [key, made.choice])),
    issues: consent.issues,
    whoIssues: consent.whoIssues,
    agreement: consent.agreement,
    withoutConsent: consent.withoutConsent,
    bestInterests: consent.bestInterests,
    practitioner: practitionerOfSession(state, ctx),
    // Worked out only on the screen that shows it.
    address:
      consent.screen === 'address' && state.flow.step.kind === 'privacy-and-consent'
        ? { services: addressDecisionServices(state, ctx), safeWays: safeWaysOfSession(state, ctx), decisions: consent.addressDecisions }
        : { services: [], safeWays: [], decisions: consent.addressDecisions },
  };
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
    page: step.kind === 'page' ? plannedPage(plan, step.pageId) : undefined,
    progress: step.kind === 'page' ? progress(plan, step.pageId) : undefined,
    journeyProgress: sessionJourneyProgress(state, ctx),
    canGoBack: canGoBack(flow, flowContextOf(state, ctx)),
    eligibility: step.kind === 'services' ? sessionEligibility(state, ctx) : [],
    checkAnswersRows: step.kind === 'check-answers' ? checkAnswers(plan, { locale }) : [],
    previews: step.kind === 'check-answers' ? sessionPreviews(state, ctx) : [],
    consent: consentView(state, ctx),
    receipt: sent
      ? buildReceipt(sent.consents, ctx.definition, { now: new Date(sent.submission.createdAt), locale, submissionId: sent.submission.submissionId })
      : undefined,
    receiptCode: sent?.receiptCode,
    withdrawals: state.sent?.withdrawals ?? {},
    draft: sessionDraft(state, ctx),
  };
}
