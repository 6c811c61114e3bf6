import { isAddressDecision, servicesNeedingAddressDecision } from '../consent/address-decision.js';
import type { ConsentStepDraft } from '../consent/consent-step-draft.js';
import type { AddressDecision } from '../consent/disclosure.schema.js';
import { decisionOfKey } from '../consent/decision-key.js';
import { fillerOf } from '../consent/filler.js';
import type { ConsentScreen, ConsentStepState, SessionContext, SessionState } from './types.js';
import { sessionPlan } from './plan.js';

// What the session knows of the consent step from its first page on (its state before it
// is entered, what a draft keeps of it, which screens it will have): kept apart from the
// step's own code (consent-step.ts), which is loaded later.

/** The consent step before it is entered. */
export const FRESH_CONSENT: ConsentStepState = {
  screen: 'decisions',
  noticeShownAt: undefined,
  requested: [],
  choices: {},
  issues: [],
  agreement: {},
  withoutConsent: {},
  bestInterests: {},
  whoIssues: [],
  overrides: [],
  addressDecisions: {},
};

/** A professional first says how the person agreed; everyone else starts with the notice and decisions. */
export function firstConsentScreen(state: SessionState, ctx: SessionContext): ConsentScreen {
  return fillerOf(sessionPlan(state, ctx).effectiveAnswers) === 'professional' ? 'agreement' : 'decisions';
}

/** The chosen services that need the person's decision about their address (the "your address" screen), if any. */
export function addressDecisionServices(state: SessionState, ctx: SessionContext): string[] {
  return servicesNeedingAddressDecision(ctx.definition, sessionPlan(state, ctx).story, state.flow.chosenServices);
}

/** The address decisions that can travel with the submission: a safe address half written in is not one. */
export function completeAddressDecisions(state: SessionState): Readonly<Record<string, AddressDecision>> {
  return Object.fromEntries(Object.entries(state.consent.addressDecisions).filter((entry): entry is [string, AddressDecision] => isAddressDecision(entry[1])));
}

/** What the consent step has been told, once the person has reached it: saved with a draft. */
export function consentStepDraftOf(state: SessionState): ConsentStepDraft | undefined {
  const { flow, consent } = state;
  if (flow.step.kind !== 'privacy-and-consent' && flow.consent === undefined) return undefined;
  const choices = Object.entries(consent.choices).map(([key, { choice, at }]) => ({ ...decisionOfKey(key), choice, at: at.toISOString() }));
  const { screen, agreement: professional, withoutConsent, bestInterests, overrides } = consent;
  const addressDecisions = completeAddressDecisions(state);
  const decided = Object.keys(addressDecisions).length > 0;
  return { screen, professional, withoutConsent, bestInterests, choices, overrides, ...(decided && { addressDecisions }) };
}
