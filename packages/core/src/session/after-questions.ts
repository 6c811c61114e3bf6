import { ConsentRecordSchema } from '../consent/consent-record.schema.js';
import { readConsentStepDraft } from '../consent/consent-step-draft.js';
import { withdraw } from '../consent/decisions.js';
import { buildDisclosures } from '../consent/disclosure.js';
import { previewDisclosures, type ServicePreview } from '../consent/preview.js';
import { findService } from '../consent/purposes.js';
import { buildReceipt, type ConsentReceipt } from '../consent/receipt.js';
import { checkAnswers } from '../engine/check-answers.js';
import { flowReducer } from '../engine/flow.js';
import type { CheckAnswersRow } from '../engine/types.js';
import { translate } from '../i18n/translate.js';
import { buildSubmission } from '../submission/build-submission.js';
import type { Submission } from '../submission/submission.schema.js';
import * as z from 'zod/mini';
import {
  addressIssues,
  choicesOf,
  confirmConsent,
  consentPathOfSession,
  enterConsent,
  practitionerOfSession,
  previousConsentScreen,
  resumeConsentStep,
  safeWaysOfSession,
  showConsentScreen,
  withRequestedConsents,
  withSafeWaysNow,
} from './consent-step.js';
import { addressDecisionServices, completeAddressDecisions } from './consent-state.js';
import { flowContextOf, sessionPlan } from './plan.js';
import type { ConsentDecisions, ConsentView, SessionContext, SessionState } from './types.js';

// Everything the session does after the questions (the consent step, check your answers,
// the submission, the receipt, withdrawing, and reading a saved consent step back), in one
// object the session is handed in its context. Kept apart so that a page of questions can
// be shown without this code: the CDN build loads it while the person reads the first page.

/** "Who will see what": exactly what each chosen service's envelope will hold, or that it gets nothing. */
function sessionPreviews(state: SessionState, ctx: SessionContext): ServicePreview[] {
  const { flow, locale } = state;
  if (!flow.consent) return [];
  const definition = ctx.definition;
  const envelopes = buildDisclosures(sessionPlan(state, ctx).story, definition, flow.chosenServices, flow.consent, state.consent.overrides, completeAddressDecisions(state));
  const previews = previewDisclosures(envelopes, definition, locale);
  // A service that gets nothing has no envelope: say so rather than leave it out.
  return flow.chosenServices.map((id) => {
    const found = previews.find((preview) => preview.serviceId === id);
    if (found) return found;
    const service = findService(definition, id)?.name[locale] ?? id;
    return { serviceId: id, serviceName: service, organisationName: '', heading: translate(locale, 'ui.check.receivesNothing', { service }), items: [], withheld: [] };
  });
}

/** What the consent step's screens render. */
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
      consent.screen === 'address'
        ? { services: addressDecisionServices(state, ctx), safeWays: safeWaysOfSession(state, ctx), decisions: consent.addressDecisions }
        : { services: [], safeWays: [], decisions: consent.addressDecisions },
  };
}

/** The receipt of what was sent, as the confirmation page shows it. */
function sessionReceipt(state: SessionState, ctx: SessionContext): ConsentReceipt | undefined {
  const sent = state.sent;
  if (!sent) return undefined;
  return buildReceipt(sent.consents, ctx.definition, { now: new Date(sent.submission.createdAt), locale: state.locale, submissionId: sent.submission.submissionId });
}

/**
 * Builds the submission a `send` effect asks for: the story the plan discloses, the
 * consent decided, any decision to share without it, and the receipt's selector and hash.
 * Throws a `ValidationError` when it breaks a lawful-basis rule.
 */
function sessionSubmission(state: SessionState, ctx: SessionContext, receipt: { readonly selector: string; readonly verifierHash: string }): Submission {
  const candidate = flowReducer(state.flow, { type: 'continue' }, flowContextOf(state, ctx));
  return buildSubmission(
    {
      definition: ctx.definition,
      story: sessionPlan({ ...state, flow: candidate }, ctx).story,
      chosenServices: candidate.chosenServices,
      consents: candidate.consent ?? [],
      overrides: state.consent.overrides,
      addressDecisions: completeAddressDecisions(state),
      locale: state.locale,
      channel: ctx.practitioner ? 'practitioner' : 'web',
      receipt,
    },
    { now: ctx.now(), newId: ctx.newId },
  );
}

/** A saved draft's consent records, if they read as records. */
const readConsentRecords = (value: unknown): ConsentDecisions | undefined => z.safeParse(z.array(ConsentRecordSchema), value).data as ConsentDecisions | undefined;

/**
 * The session's steps after the questions, for {@link SessionContext.afterQuestions}. Pass
 * this object; without it, a session shows its question pages and asks for it (a
 * `loadAfterQuestions` effect) before going further.
 */
export const afterQuestions = {
  enterConsent,
  confirmConsent,
  previousConsentScreen,
  showConsentScreen,
  withRequestedConsents,
  withSafeWaysNow,
  addressIssues,
  choicesOf,
  resumeConsentStep,
  readConsentRecords,
  readConsentStep: readConsentStepDraft,
  withdraw,
  consentView,
  previews: sessionPreviews,
  checkAnswers: (state: SessionState, ctx: SessionContext): CheckAnswersRow[] => checkAnswers(sessionPlan(state, ctx), { locale: state.locale }),
  receipt: sessionReceipt,
  submission: sessionSubmission,
} as const;

/** The type of {@link afterQuestions}. */
export type AfterQuestions = typeof afterQuestions;
