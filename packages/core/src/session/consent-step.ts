import {
  addressDecisionProblems,
  safeWaysOf,
  type AddressChoice,
  type AddressDecisionProblem,
} from '../consent/address-decision.js';
import { ageBandOf } from '../consent/age-band.js';
import { decisionOfKey } from '../consent/decision-key.js';
import { markNoticeShown, requestConsents } from '../consent/decisions.js';
import { consentState } from '../consent/state.js';
import {
  bestInterestsIssues,
  consentPathOf,
  decisionKey,
  fillerOf,
  finishConsent,
  practitionerOf,
  professionalAgreementIssues,
  purposeQuestionOf,
  withoutConsentIssues,
  type ConsentPath,
  type WhoAgreesIssue,
} from '../consent/who-agrees.js';
import type { Practitioner } from '../consent/consent-record.schema.js';
import type { ConsentStepDraft } from '../consent/consent-step-draft.js';
import type { SafeWay } from '../consent/disclosure.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { issueOf } from '../issue/issue.js';
import type { ConsentDecisions, ConsentScreen, ConsentStepState, SessionContext, SessionState } from './types.js';
import { sessionPlan, todayOf } from './plan.js';
import { addressDecisionServices, firstConsentScreen } from './consent-state.js';

// The privacy-and-consent step: who agrees (core's consent path), the notice, one decision
// per service and purpose, and the records those decisions finish.

const practitionerMode = (ctx: SessionContext): boolean => ctx.definition.settings?.practitionerMode === true && ctx.practitioner;

/** How the consent step goes for this person: who decides, and how. */
export function consentPathOfSession(state: SessionState, ctx: SessionContext): ConsentPath {
  const answers = sessionPlan(state, ctx).effectiveAnswers;
  return consentPathOf({
    filler: fillerOf(answers),
    ageBand: ageBandOf(answers['person.dateOfBirth'], todayOf(ctx)),
    practitionerMode: practitionerMode(ctx),
    professional: state.consent.agreement,
  });
}

/** The professional filling in, when they gave their name and role. */
export function practitionerOfSession(state: SessionState, ctx: SessionContext): Practitioner | undefined {
  return practitionerOf(sessionPlan(state, ctx).effectiveAnswers);
}

/**
 * The records to decide on, requested afresh (in the session's language). Once the notice
 * has been shown they say when (rule 10); shared without consent or in someone's best
 * interests, the notice may never be shown.
 */
export function withRequestedConsents(state: SessionState, ctx: SessionContext): SessionState {
  const shownAt = state.consent.noticeShownAt;
  const requested = requestConsents(ctx.definition, state.flow.chosenServices, {
    now: shownAt ?? ctx.now(),
    newId: ctx.newId,
    locale: state.locale,
    subject: state.subject,
    ageBand: ageBandOf(sessionPlan(state, ctx).effectiveAnswers['person.dateOfBirth'], todayOf(ctx)),
  });
  return { ...state, consent: { ...state.consent, requested: shownAt ? requested.map((r) => markNoticeShown(r, { now: shownAt })) : requested } };
}

/** Shows one screen of the step; the notice is on screen with the decisions, so the records say so from then. */
export function showConsentScreen(state: SessionState, screen: ConsentScreen, ctx: SessionContext): SessionState {
  const noticeShownAt = screen === 'decisions' ? (state.consent.noticeShownAt ?? ctx.now()) : state.consent.noticeShownAt;
  const addressDecisions = screen === 'address' ? withSafeWaysNow(state, ctx) : state.consent.addressDecisions;
  const next = { ...state, consent: { ...state.consent, screen, whoIssues: [], issues: [], noticeShownAt, addressDecisions } };
  return screen === 'decisions' ? withRequestedConsents(next, ctx) : next;
}

/**
 * The address decisions as the address screen shows them again: "only the safe ways" means
 * the ways marked safe now (the person may have gone back and changed them), and with none
 * left it is undecided, so it is asked again rather than refused.
 */
export function withSafeWaysNow(state: SessionState, ctx: SessionContext): ConsentStepState['addressDecisions'] {
  const ways = safeWaysOfSession(state, ctx);
  const before = state.consent.addressDecisions;
  const stale = (decision: AddressChoice) => decision.choice === 'safe-way' && decision.ways.join() !== ways.join();
  // Unchanged, the same object: a state that did not change stays the same state.
  if (!Object.values(before).some(stale)) return before;
  const decisions: Record<string, AddressChoice> = {};
  for (const [serviceId, decision] of Object.entries(before)) {
    if (decision.choice !== 'safe-way') decisions[serviceId] = decision;
    else if (ways.length > 0) decisions[serviceId] = { choice: 'safe-way', ways };
  }
  return decisions;
}

/** The screen Back goes to within the step, or undefined on its first (Back then leaves the step). */
export function previousConsentScreen(state: SessionState, ctx: SessionContext): ConsentScreen | undefined {
  const first = firstConsentScreen(state, ctx);
  if (state.consent.screen === first) return undefined;
  if (state.consent.screen !== 'address' || first === 'decisions') return first;
  return afterAgreement(consentPathOfSession(state, ctx));
}

// The message for each problem with an address decision.
const ADDRESS_PROBLEM_KEYS = {
  undecided: 'who.address.undecided',
  'no-safe-address': 'who.address.noSafeAddress',
  'not-marked-safe': 'who.address.notMarkedSafe',
} as const satisfies Record<AddressDecisionProblem, MessageKey>;

/** What stops the "your address" screen: one issue per service, on its choice (or on the safe address). */
export function addressIssues(state: SessionState, ctx: SessionContext): WhoAgreesIssue[] {
  const story = sessionPlan(state, ctx).story;
  const problems = addressDecisionProblems(ctx.definition, story, state.flow.chosenServices, state.consent.addressDecisions);
  return Object.entries(problems).map(([service, problem]) =>
    issueOf(problem === 'no-safe-address' ? ['address', service, 'safe'] : ['address', service], ADDRESS_PROBLEM_KEYS[problem]),
  );
}

/** The ways the person marked safe, for the address screen. */
export function safeWaysOfSession(state: SessionState, ctx: SessionContext): SafeWay[] {
  return safeWaysOf(sessionPlan(state, ctx).story);
}

/**
 * Entering the step: its first screen, fresh records, and the choices for services no
 * longer chosen dropped. Coming back keeps the first time the notice was shown: decisions
 * made since then followed it.
 */
export function enterConsent(state: SessionState, ctx: SessionContext): SessionState {
  const screen = firstConsentScreen(state, ctx);
  const chosen = new Set(state.flow.chosenServices);
  const choices = Object.fromEntries(Object.entries(state.consent.choices).filter(([key]) => chosen.has(decisionOfKey(key).serviceId)));
  const noticeShownAt = screen === 'decisions' ? (state.consent.noticeShownAt ?? ctx.now()) : state.consent.noticeShownAt;
  return withRequestedConsents({ ...state, consent: { ...state.consent, screen, whoIssues: [], issues: [], noticeShownAt, choices } }, ctx);
}

/** Decisions made before a draft was saved stay made, should the person go back to them. */
export function choicesOf(consent: ConsentDecisions | undefined): ConsentStepState['choices'] {
  const choices: Record<string, { choice: 'given' | 'refused'; at: Date }> = {};
  for (const record of consent ?? []) {
    const choice = consentState(record);
    if (choice === 'given' || choice === 'refused') choices[decisionKey(record.serviceId, record.purposeId)] = { choice, at: new Date(record.events.at(-1)!.at) };
  }
  return choices;
}

/**
 * Puts back what the consent step had been told before saving (after `enterConsent`), on
 * the screen the person was on; a decision to share without consent stands only with the
 * confirmed records it was made with.
 */
export function resumeConsentStep(state: SessionState, saved: ConsentStepDraft, ctx: SessionContext): SessionState {
  const chosen = new Set(state.flow.chosenServices);
  const choices = { ...state.consent.choices };
  for (const { serviceId, purposeId, choice, at } of saved.choices) {
    const key = decisionKey(serviceId, purposeId);
    if (chosen.has(serviceId) && !choices[key]) choices[key] = { choice, at: new Date(at) };
  }
  const consent: ConsentStepState = {
    ...state.consent,
    agreement: saved.professional,
    withoutConsent: saved.withoutConsent,
    bestInterests: saved.bestInterests,
    choices,
    overrides: state.flow.consent ? saved.overrides : state.consent.overrides,
    addressDecisions: Object.fromEntries(Object.entries(saved.addressDecisions ?? {}).filter(([serviceId]) => chosen.has(serviceId))),
  };
  const resumed = { ...state, consent };
  return state.flow.step.kind === 'privacy-and-consent' ? showConsentScreen(resumed, saved.screen, ctx) : resumed;
}

/** The next screen after a professional's "their agreement" screen. */
const afterAgreement = (path: ConsentPath): ConsentScreen =>
  path.kind === 'without-consent' ? 'without-consent' : path.kind === 'best-interests' ? 'best-interests' : 'decisions';

/**
 * Continue on the consent step: checks the screen on show; from the agreement screen moves
 * to the next; from the last screen finishes the records. Returns the consent decided, if
 * it was (the flow then moves on), or the state with the issues to show.
 */
export function confirmConsent(
  state: SessionState,
  ctx: SessionContext,
): { readonly state: SessionState; readonly decided?: ConsentDecisions } {
  const path = consentPathOfSession(state, ctx);
  const practitioner = practitionerOfSession(state, ctx);
  const consent = state.consent;
  const withIssues = (whoIssues: readonly WhoAgreesIssue[], issues = consent.issues) => ({ state: { ...state, consent: { ...consent, whoIssues, issues } } });
  let whoIssues: readonly WhoAgreesIssue[] = [];
  switch (consent.screen) {
    case 'agreement': {
      const issues = professionalAgreementIssues(path, consent.agreement);
      return issues.length > 0 ? withIssues(issues) : { state: showConsentScreen(state, afterAgreement(path), ctx) };
    }
    case 'without-consent':
      whoIssues = withoutConsentIssues(consent.withoutConsent, practitioner);
      break;
    case 'best-interests':
      whoIssues = bestInterestsIssues(consent.bestInterests, practitioner);
      break;
    case 'address':
      whoIssues = addressIssues(state, ctx);
      break;
    case 'decisions': {
      // A parent filling it in for someone 16 or over: said here, before any decision.
      whoIssues = path.kind === 'blocked' ? [issueOf(['route'], path.need)] : [];
      const missing = consent.requested.filter(
        (record) => purposeQuestionOf(path, record).asked && !consent.choices[decisionKey(record.serviceId, record.purposeId)],
      );
      if (missing.length > 0) return withIssues(whoIssues, missing.map(({ serviceId, purposeId }) => issueOf([serviceId, purposeId], 'ui.consent.required')));
    }
  }
  if (whoIssues.length > 0) return withIssues(whoIssues, []);
  // Someone in the household is feared: a service that would contact the household at the
  // person's address waits for their decision, on a screen of its own, before anything is final.
  if (consent.screen !== 'address' && addressDecisionServices(state, ctx).length > 0) return { state: showConsentScreen(state, 'address', ctx) };
  // A choice made before the notice was on screen counts from when it was.
  const shownAt = consent.noticeShownAt;
  const decisions = new Map(
    Object.entries(consent.choices).map(([key, { choice, at }]) => [key, { choice, at: shownAt && at < shownAt ? shownAt : at }] as const),
  );
  const finished = finishConsent({
    definition: ctx.definition,
    chosenServices: state.flow.chosenServices,
    records: consent.requested,
    path,
    decisions,
    answers: sessionPlan(state, ctx).effectiveAnswers,
    ...(practitioner && { practitioner }),
    professional: consent.agreement,
    withoutConsent: consent.withoutConsent,
    bestInterests: consent.bestInterests,
    now: ctx.now(),
    newId: ctx.newId,
  });
  return { state: { ...state, consent: { ...consent, whoIssues: [], issues: [], overrides: finished.overrides } }, decided: finished.consents };
}
