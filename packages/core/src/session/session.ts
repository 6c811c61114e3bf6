import { decisionKey } from '../consent/decision-key.js';
import { flowDraftOf, resumeFlow, type FlowDraft, type ResumeRefusal } from '../engine/flow-draft.js';
import { flowReducer, startFlow } from '../engine/flow.js';
import { withLanguageAnswer } from '../engine/language-answer.js';
import { plannedPage, progress } from '../engine/plan.js';
import type { FlowAction, FlowState } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import type { Answers } from '../story/fields.js';
import type { Submission } from '../submission/submission.schema.js';
import type { AfterQuestions } from './after-questions.js';
import { consentStepDraftOf, FRESH_CONSENT } from './consent-state.js';
import { flowContextOf, sessionPlan } from './plan.js';
import { sessionJourneyProgress } from './progress.js';
import type { ConsentDecisions, ConsentScreen, PageChange, SessionAction, SessionContext, SessionEffect, SessionState, SessionUpdate } from './types.js';

/** Thrown when the session needs the steps after the questions and its context has none. */
class AfterQuestionsMissing extends Error {
  constructor() {
    super('OneStory: this needs the steps after the questions: pass `afterQuestions` (from @onestory/core/session) in the session context');
  }
}

/** The steps after the questions, from the context (see {@link SessionContext.afterQuestions}). */
export function afterQuestionsOf(ctx: SessionContext): AfterQuestions {
  if (!ctx.afterQuestions) throw new AfterQuestionsMissing();
  return ctx.afterQuestions;
}

/** What a session starts from. */
export interface SessionStart {
  readonly locale: Locale;
  /** Pseudonymous id of the person (one per intake, kept across restarts). */
  readonly subject: string;
  /** Services chosen by the host: the services step is skipped when they do. */
  readonly preselected?: readonly string[];
  /** Answers another intake under the same provider collected. */
  readonly sharedPrefill?: Answers;
  /** The session being replaced: its answers and services are kept when the definition is the same. */
  readonly previous?: { readonly state: SessionState; readonly definition: SessionContext['definition'] };
}

const finished = (flow: FlowState<unknown>): boolean =>
  flow.step.kind === 'sending' || flow.step.kind === 'sent' || flow.step.kind === 'not-sent-yet';

/** Shared answers for fields this intake has no answer of its own for: the person's latest word here wins. */
function prefillFor(shared: Answers, own: Answers): Answers {
  const prefill: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(shared)) {
    if ((own as Record<string, unknown>)[field] === undefined) prefill[field] = value;
  }
  return prefill as Answers;
}

/** A key that changes exactly when a different step, page or consent screen is on screen. */
export function screenKeyOf(state: Pick<SessionState, 'flow'> & { readonly consent: { readonly screen: ConsentScreen } | undefined }): string {
  const step = state.flow.step;
  if (step.kind === 'privacy-and-consent') return `consent:${state.consent?.screen}`;
  return step.kind === 'page' ? `page:${step.pageId}` : step.kind;
}

const stepKeyOf = (flow: FlowState<unknown>): string => (flow.step.kind === 'page' ? `page:${flow.step.pageId}` : flow.step.kind);

/** The `onestory-page-change` detail for the screen the session is on. */
export function pageChangeOf(state: SessionState, ctx: SessionContext): PageChange {
  const plan = sessionPlan(state, ctx);
  const step = state.flow.step;
  const place = sessionJourneyProgress(state, ctx);
  const shown = place ? { progress: place } : {};
  return step.kind === 'page'
    ? { step: step.kind, pageId: step.pageId, index: progress(plan, step.pageId).index, total: plan.pages.length, ...shown }
    : { step: step.kind, total: plan.pages.length, ...shown };
}

/**
 * Starts a session: the first step, or straight to the questions when the host chose the
 * services. A restart for the same definition keeps the answers and services given so far;
 * the consent step always starts afresh.
 */
export function startSession(ctx: SessionContext, start: SessionStart): SessionState {
  const keep = start.previous?.definition === ctx.definition ? start.previous.state.flow : undefined;
  const shared = start.sharedPrefill ?? {};
  const prefill = prefillFor(shared, keep?.answers ?? {});
  const context = flowContextOf(start, ctx);
  let flow = startFlow<ConsentDecisions>(context, {
    answers: withLanguageAnswer(ctx.definition, keep?.answers ?? {}, prefill, start.locale),
    prefill,
    chosenServices: keep?.chosenServices ?? start.preselected ?? [],
  });
  if (!keep && (start.preselected?.length ?? 0) > 0 && flow.step.kind === 'services') {
    const next = flowReducer(flow, { type: 'continue' }, context);
    if (next.stepIssues.length === 0) flow = next;
  }
  return { flow, locale: start.locale, subject: start.subject, sharedPrefill: shared, consent: FRESH_CONSENT, sent: undefined };
}

/**
 * Carries on from a decrypted draft: answers, chosen services, position and consent
 * decisions come back, and nothing answered is asked again; or says why not.
 */
export function restoreSession(
  state: SessionState,
  ctx: SessionContext,
  content: unknown,
): { readonly ok: true; readonly state: SessionState } | { readonly ok: false; readonly reason: ResumeRefusal } {
  if (finished(state.flow)) return { ok: false, reason: 'not-a-draft' };
  const later = afterQuestionsOf(ctx);
  const resumed = resumeFlow<ConsentDecisions>(flowContextOf(state, ctx), content, { prefill: state.sharedPrefill, readConsent: later.readConsentRecords });
  if (!resumed.ok) return resumed;
  const restored: SessionState = { ...state, flow: resumed.state, consent: { ...FRESH_CONSENT, choices: later.choicesOf(resumed.state.consent) }, sent: undefined };
  const inConsent = resumed.state.step.kind === 'privacy-and-consent' || resumed.state.consent !== undefined;
  const entered = inConsent ? later.enterConsent(restored, ctx) : restored;
  // What the consent step was told comes back too, so none of it is asked again.
  const saved = later.readConsentStep(resumed.consentStep);
  return { ok: true, state: saved ? later.resumeConsentStep(entered, saved, ctx) : entered };
}

/** What "save and come back later" keeps; undefined once sending. */
export function sessionDraft(state: SessionState, ctx: SessionContext): FlowDraft<ConsentDecisions> | undefined {
  return finished(state.flow) ? undefined : flowDraftOf(state.flow, ctx.definition, consentStepDraftOf(state));
}

/** The answers the person gave here (not ones shared with this intake), as they count. */
function ownAnswers(state: SessionState, ctx: SessionContext): Answers {
  const own: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(sessionPlan(state, ctx).effectiveAnswers)) {
    if ((state.flow.answers as Record<string, unknown>)[field] !== undefined) own[field] = value;
  }
  return own as Answers;
}

/** Runs a flow action; entering the consent step starts it. */
function stepFlow(state: SessionState, action: FlowAction<ConsentDecisions>, ctx: SessionContext): SessionState {
  const flow = flowReducer(state.flow, action, flowContextOf(state, ctx));
  if (flow === state.flow) return state;
  const next = { ...state, flow };
  const entered = flow.step.kind === 'privacy-and-consent' && stepKeyOf(flow) !== stepKeyOf(state.flow);
  return entered ? afterQuestionsOf(ctx).enterConsent(next, ctx) : next;
}

function reduce(state: SessionState, action: SessionAction, ctx: SessionContext, effects: SessionEffect[]): SessionState {
  const consent = state.consent;
  switch (action.type) {
    case 'answer':
    case 'chooseServices':
    case 'change':
    case 'changeServices':
      return stepFlow(state, action, ctx);
    case 'continue': {
      if (state.flow.step.kind === 'privacy-and-consent') {
        const confirmed = afterQuestionsOf(ctx).confirmConsent(state, ctx);
        return confirmed.decided ? stepFlow(confirmed.state, { type: 'consentDecided', consent: confirmed.decided }, ctx) : confirmed.state;
      }
      if (state.flow.step.kind === 'check-answers') return sendFromCheck(state, ctx, effects);
      return stepFlow(state, { type: 'continue' }, ctx);
    }
    case 'back':
      // Within the consent step, Back goes to the screen before (a professional's first, or the decisions).
      if (state.flow.step.kind === 'privacy-and-consent') {
        const later = afterQuestionsOf(ctx);
        const previous = later.previousConsentScreen(state, ctx);
        if (previous) return later.showConsentScreen(state, previous, ctx);
      }
      return stepFlow(state, { type: 'back' }, ctx);
    case 'setLocale': {
      if (action.locale === state.locale) return state;
      const flow = state.flow;
      const answers = withLanguageAnswer(ctx.definition, flow.answers, flow.prefill, action.locale, state.locale);
      const next = { ...state, locale: action.locale, flow: { ...flow, answers } };
      // The records carry the notice and statements in the person's language.
      return consent.noticeShownAt ? afterQuestionsOf(ctx).withRequestedConsents(next, ctx) : next;
    }
    case 'setSharedPrefill': {
      if (finished(state.flow)) return { ...state, sharedPrefill: action.answers };
      const next = { ...state, sharedPrefill: action.answers, flow: { ...state.flow, prefill: prefillFor(action.answers, state.flow.answers) } };
      // The page on screen may now have nothing left to ask: move on to the next one.
      const step = next.flow.step;
      if (step.kind === 'page' && !plannedPage(sessionPlan(next, ctx), step.pageId)) return stepFlow(next, { type: 'continue' }, ctx);
      return next;
    }
    case 'decide': {
      const { serviceId, purposeId, choice } = action;
      effects.push({ type: 'consentChanged', serviceId, purposeId, state: choice });
      const choices = { ...consent.choices, [decisionKey(serviceId, purposeId)]: { choice, at: ctx.now() } };
      const issues = consent.issues.filter((i) => i.path[0] !== serviceId || i.path[1] !== purposeId);
      return { ...state, consent: { ...consent, choices, issues } };
    }
    case 'setAgreement':
      return { ...state, consent: { ...consent, agreement: { ...consent.agreement, ...action.change }, whoIssues: [] } };
    case 'setWithoutConsent':
      return { ...state, consent: { ...consent, withoutConsent: { ...consent.withoutConsent, ...action.change } } };
    case 'setBestInterests':
      return { ...state, consent: { ...consent, bestInterests: { ...consent.bestInterests, ...action.change } } };
    case 'decideAddress': {
      const whoIssues = consent.whoIssues.filter((issue) => issue.path[0] !== 'address' || issue.path[1] !== action.serviceId);
      return { ...state, consent: { ...consent, whoIssues, addressDecisions: { ...consent.addressDecisions, [action.serviceId]: action.decision } } };
    }
    case 'sending': {
      if (state.flow.step.kind !== 'check-answers') return state;
      const next = stepFlow(state, { type: 'continue' }, ctx);
      if (next.flow.step.kind !== 'sending') return next;
      const { submission, receiptCode } = action;
      effects.push({ type: 'deliver', submission });
      return { ...next, sent: { submission, receiptCode, consents: submission.consents, withdrawals: {}, withdrawing: {} } };
    }
    case 'submissionInvalid': {
      if (state.flow.step.kind !== 'check-answers') return state;
      return stepFlow(stepFlow(state, { type: 'continue' }, ctx), { type: 'failed' }, ctx);
    }
    case 'delivered': {
      const { result } = action;
      if (result.submissionId !== state.sent?.submission.submissionId) return state;
      if (result.status === 'sent') return sent(state, result.reference, ctx, effects);
      const next = stepFlow(state, { type: result.status }, ctx);
      if (next !== state) effects.push(result.status === 'queued' ? { type: 'queued' } : { type: 'deliveryFailed', error: result.error });
      return next;
    }
    case 'sentLater': {
      if (action.submissionId !== state.sent?.submission.submissionId || state.flow.step.kind !== 'not-sent-yet') return state;
      return sent(stepFlow(state, { type: 'retry' }, ctx), action.reference, ctx, effects);
    }
    case 'retry': {
      const next = state.sent ? stepFlow(state, { type: 'retry' }, ctx) : state;
      if (next !== state) effects.push({ type: 'deliver', submission: state.sent!.submission });
      return next;
    }
    case 'withdraw': {
      const sentNow = state.sent;
      const record = sentNow?.consents.find((r) => r.recordId === action.recordId);
      if (!sentNow || !record || sentNow.withdrawals[action.recordId]?.status === 'sending') return state;
      const { record: withdrawn, notice } = afterQuestionsOf(ctx).withdraw(record, { now: ctx.now(), actor: 'subject', method: 'online', submissionId: sentNow.submission.submissionId });
      effects.push({ type: 'withdraw', recordId: action.recordId, notice, code: sentNow.receiptCode });
      const withdrawals = { ...sentNow.withdrawals, [action.recordId]: { status: 'sending' } as const };
      return { ...state, sent: { ...sentNow, withdrawals, withdrawing: { ...sentNow.withdrawing, [action.recordId]: withdrawn } } };
    }
    case 'withdrawalSettled': {
      const sentNow = state.sent;
      const withdrawn = sentNow?.withdrawing[action.recordId];
      if (!sentNow || !withdrawn || action.outcome.status === 'sending') return state;
      const { [action.recordId]: _settled, ...withdrawing } = sentNow.withdrawing;
      const withdrawals = { ...sentNow.withdrawals, [action.recordId]: action.outcome };
      const consents = action.outcome.status === 'done' ? sentNow.consents.map((r) => (r.recordId === action.recordId ? withdrawn : r)) : sentNow.consents;
      return { ...state, sent: { ...sentNow, withdrawals, withdrawing, consents } };
    }
  }
}

/**
 * "Accept and send" on check your answers. The address decisions stand as the safe ways are
 * now (the person may have changed them since); one that no longer can is asked again on
 * its screen, never refused at the last step.
 */
function sendFromCheck(state: SessionState, ctx: SessionContext, effects: SessionEffect[]): SessionState {
  const later = afterQuestionsOf(ctx);
  const now = later.withSafeWaysNow(state, ctx);
  // Unchanged, the state stays the same object: nothing happens until the host sends.
  const current = now === state.consent.addressDecisions ? state : { ...state, consent: { ...state.consent, addressDecisions: now } };
  const whoIssues = later.addressIssues(current, ctx);
  if (whoIssues.length > 0) {
    // Going back changes neither the story nor the decisions: the same issues, on their screen.
    const onAddress = later.showConsentScreen(stepFlow(current, { type: 'back' }, ctx), 'address', ctx);
    return { ...onAddress, consent: { ...onAddress.consent, whoIssues } };
  }
  const next = stepFlow(current, { type: 'continue' }, ctx);
  // Ready to go: the host builds the submission, which may still be cancelled.
  if (next.flow.step.kind !== 'sending') return next;
  effects.push({ type: 'send' });
  return current;
}

function sent(state: SessionState, reference: string, ctx: SessionContext, effects: SessionEffect[]): SessionState {
  const next = stepFlow(state, { type: 'submitted', reference }, ctx);
  if (next !== state) effects.push({ type: 'submitted', reference, submissionId: state.sent!.submission.submissionId });
  return next;
}

/**
 * The intake session as a reducer: `(state, action, context) => { state, effects }`. Pure
 * but for the injected clock and ids: the element that drives it forwards the person's
 * actions and delivery's outcomes, and carries out the effects (events, sharing, sending).
 *
 * - Flow actions run core's `flowReducer`; entering the privacy-and-consent step requests
 *   the records (the notice counts as shown from then, rule 10).
 * - Continue on the consent step checks the screen on show and finishes the records.
 * - Leaving a question page shares the person's own answers with the provider.
 * - A language switch re-words issues and consent records, and keeps every answer.
 * - Moving to another screen fires `pageChanged`.
 * - Without the steps after the questions in the context, an action that needs them
 *   changes nothing and asks for them (`loadAfterQuestions`): run it again once they are.
 */
export function updateSession(state: SessionState, action: SessionAction, ctx: SessionContext): SessionUpdate {
  const effects: SessionEffect[] = [];
  let next: SessionState;
  try {
    next = reduce(state, action, ctx, effects);
  } catch (error) {
    // Nothing happened: the host loads the steps after the questions and runs the action again.
    if (error instanceof AfterQuestionsMissing) return { state, effects: [{ type: 'loadAfterQuestions' }] };
    throw error;
  }
  if (next === state || screenKeyOf(next) === screenKeyOf(state)) return { state: next, effects };
  // Shared when the person leaves a page (not when shared answers moved them on).
  const share = state.flow.step.kind === 'page' && stepKeyOf(next.flow) !== stepKeyOf(state.flow) && action.type !== 'setSharedPrefill';
  const moved: SessionEffect[] = [
    ...(share ? [{ type: 'share', answers: ownAnswers(next, ctx) } as const] : []),
    { type: 'pageChanged', detail: pageChangeOf(next, ctx) },
  ];
  return { state: next, effects: [...moved, ...effects] };
}

/**
 * Builds the submission a `send` effect asks for: the story the plan discloses, the
 * consent decided, any decision to share without it, and the receipt's selector and hash.
 * Throws a `ValidationError` when it breaks a lawful-basis rule.
 */
export function sessionSubmission(
  state: SessionState,
  ctx: SessionContext,
  receipt: { readonly selector: string; readonly verifierHash: string },
): Submission {
  return afterQuestionsOf(ctx).submission(state, ctx, receipt);
}
