import { findService } from '../consent/purposes.js';
import type { Definition } from '../definition/definition.schema.js';
import { localize, type Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { issueOf } from '../issue/issue.js';
import type { Answers, FieldPath } from '../story/fields.js';
import { isAnswered } from './conditions.js';
import { indexDefinition } from './definition-index.js';
import { nextPageId, plan, plannedPage, previousPageId } from './plan.js';
import { serviceEligibility } from './services.js';
import type { FlowAction, FlowContext, FlowState, FlowStep, Plan, PlannedPage, StepIssue } from './types.js';
import { validateAll, validatePage } from './validate.js';

/** What a flow can start from: a draft being resumed, a host's prefill or preselection. */
export interface FlowStart {
  readonly answers?: Answers;
  readonly prefill?: Answers;
  readonly chosenServices?: readonly string[];
}

const SERVICES: FlowStep = { kind: 'services' };
const PRIVACY: FlowStep = { kind: 'privacy-and-consent' };
const CHECK: FlowStep = { kind: 'check-answers' };
const SENDING: FlowStep = { kind: 'sending' };
const page = (pageId: string): FlowStep => ({ kind: 'page', pageId });

/** The plan of the flow as it stands. */
export function flowPlan(state: FlowState<unknown>, context: FlowContext): Plan {
  return plan({
    definition: context.definition,
    answers: state.answers,
    prefill: state.prefill,
    chosenServices: state.chosenServices,
    today: context.today,
  });
}

/** The planned page the flow is on, if it is on a question page. */
export function currentPage(state: FlowState<unknown>, context: FlowContext): PlannedPage | undefined {
  return state.step.kind === 'page' ? plannedPage(flowPlan(state, context), state.step.pageId) : undefined;
}

/**
 * The value to show in a field: the person's answer, else the prefilled one. Anything
 * entered before is shown again, never asked for afresh (WCAG 2.2 SC 3.3.7).
 */
export function shownValue(state: FlowState<unknown>, field: FieldPath): unknown {
  const answers = state.answers as Readonly<Record<string, unknown>>;
  return answers[field] !== undefined ? answers[field] : (state.prefill as Readonly<Record<string, unknown>>)[field];
}

/** True when the person says someone is in immediate danger: show emergency contacts at once. */
export function inImmediateDanger(answers: Answers): boolean {
  return answers['risk.immediateDanger'] === 'yes';
}

/** Records the fields of the page being entered as shown. */
function enter<C>(state: FlowState<C>, step: FlowStep, current: Plan): FlowState<C> {
  let presented = state.presented;
  if (step.kind === 'page') {
    const fields = plannedPage(current, step.pageId)?.questions.map((q) => q.question.field) ?? [];
    const fresh = fields.filter((f) => !presented.includes(f));
    if (fresh.length) presented = [...presented, ...fresh];
  }
  return { ...state, step, presented, issues: [], stepIssues: [] };
}

/** The first step of a flow: the front-door pages if any, else the services step. */
export function startFlow<C = unknown>(context: FlowContext, start: FlowStart = {}): FlowState<C> {
  const initial: FlowState<C> = {
    step: SERVICES,
    chosenServices: [...new Set(start.chosenServices ?? [])],
    answers: start.answers ?? {},
    prefill: start.prefill ?? {},
    inputErrors: {},
    issues: [],
    stepIssues: [],
    returnTo: null,
    presented: [],
    consent: undefined,
  };
  const current = flowPlan(initial, context);
  const first = current.pages[0];
  return enter(initial, first?.beforeServices ? page(first.page.id) : SERVICES, current);
}

// Asked from the index, so that it also answers for a page that has just become hidden.
const isBeforeServices = (current: Plan, pageId: string): boolean =>
  indexDefinition(current.definition).pageById.get(pageId)?.beforeServices ?? false;

/** The step after `step` in normal (not changing) order. */
function following(current: Plan, step: FlowStep): FlowStep {
  if (step.kind === 'services') {
    const first = current.pages.find((p) => !p.beforeServices);
    return first ? page(first.page.id) : PRIVACY;
  }
  if (step.kind === 'page') {
    const wasBefore = isBeforeServices(current, step.pageId);
    const next = nextPageId(current, step.pageId);
    const nextPage = next === null ? undefined : plannedPage(current, next);
    if (wasBefore) return nextPage?.beforeServices ? page(nextPage.page.id) : SERVICES;
    return nextPage ? page(nextPage.page.id) : PRIVACY;
  }
  if (step.kind === 'privacy-and-consent') return CHECK;
  return step;
}

/** The step before `step` in normal order, or null at the start. */
function preceding(current: Plan, step: FlowStep): FlowStep | null {
  const lastBefore = [...current.pages].reverse().find((p) => p.beforeServices);
  if (step.kind === 'services') return lastBefore ? page(lastBefore.page.id) : null;
  if (step.kind === 'page') {
    const isBefore = isBeforeServices(current, step.pageId);
    const previous = previousPageId(current, step.pageId);
    const previousPage = previous === null ? undefined : plannedPage(current, previous);
    if (isBefore) return previousPage ? page(previousPage.page.id) : null;
    return previousPage && !previousPage.beforeServices ? page(previousPage.page.id) : SERVICES;
  }
  if (step.kind === 'privacy-and-consent') {
    const last = current.pages[current.pages.length - 1];
    return last && !last.beforeServices ? page(last.page.id) : SERVICES;
  }
  if (step.kind === 'check-answers') return PRIVACY;
  return null;
}

/**
 * Where to go after a valid step while changing from "check your answers": a page with a
 * question the change has just made necessary (never shown, no answer), else consent if
 * the services changed, else back to "check your answers".
 */
function afterChange<C>(state: FlowState<C>, current: Plan): FlowStep {
  const answers = current.effectiveAnswers as Readonly<Record<string, unknown>>;
  const fresh = current.pages.find(
    (p) =>
      !(state.step.kind === 'page' && state.step.pageId === p.page.id) &&
      p.questions.some((q) => !state.presented.includes(q.question.field) && !isAnswered(answers[q.question.field], q.question.field)),
  );
  if (fresh) return page(fresh.page.id);
  return state.consent === undefined ? PRIVACY : CHECK;
}

/** Issues with the chosen services: none chosen, or one the person is known not to be eligible for. */
function serviceIssues<C>(state: FlowState<C>, context: FlowContext): StepIssue[] {
  const { definition, locale, today } = context;
  if (state.chosenServices.length === 0) {
    return [issueOf(['services'], 'flow.services.required')];
  }
  // Eligibility uses everything the person has said, not only what will be disclosed.
  const known = { ...state.prefill, ...state.answers } as Answers;
  const eligibility = serviceEligibility(definition, known, { today, locale });
  return state.chosenServices.flatMap((serviceId) => {
    const verdict = eligibility.find((e) => e.serviceId === serviceId);
    if (!verdict || verdict.eligible) return [];
    return [issueOf(['services', serviceId], 'flow.services.ineligible')];
  });
}

/**
 * The words a person reads for a step issue, in `locale`, made when it is shown: a service
 * it names (`['services', serviceId]`) reads as the definition names it in that language.
 */
export function stepIssueMessage(issue: StepIssue, definition: Definition, locale: Locale): string {
  const service = issue.path[0] === 'services' && issue.path[1] !== undefined ? findService(definition, String(issue.path[1])) : undefined;
  return translate(locale, issue.code, { ...issue.params, ...(service && { service: localize(service.name, locale) }) });
}

function proceed<C>(state: FlowState<C>, current: Plan, from: FlowStep): FlowState<C> {
  if (state.returnTo === 'check-answers') {
    const target = afterChange(state, current);
    return enter({ ...state, returnTo: target.kind === 'check-answers' ? null : state.returnTo }, target, current);
  }
  return enter(state, following(current, from), current);
}

function continueFrom<C>(state: FlowState<C>, context: FlowContext): FlowState<C> {
  const current = flowPlan(state, context);
  const options = { today: context.today, inputErrors: state.inputErrors };
  switch (state.step.kind) {
    case 'services': {
      const stepIssues = serviceIssues(state, context);
      return stepIssues.length ? { ...state, issues: [], stepIssues } : proceed(state, current, state.step);
    }
    case 'page': {
      const issues = validatePage(current, state.step.pageId, state.answers, options);
      return issues.length ? { ...state, issues, stepIssues: [] } : proceed(state, current, state.step);
    }
    case 'privacy-and-consent': {
      if (state.consent === undefined) {
        return { ...state, issues: [], stepIssues: [issueOf(['consent'], 'flow.consent.notDecided')] };
      }
      return enter({ ...state, returnTo: null }, CHECK, current);
    }
    case 'check-answers': {
      if (state.consent === undefined) {
        return { ...enter({ ...state, returnTo: 'check-answers' }, PRIVACY, current), stepIssues: [issueOf(['consent'], 'flow.consent.notDecided')] };
      }
      const stepIssues = serviceIssues(state, context);
      if (stepIssues.length) return { ...enter({ ...state, returnTo: 'check-answers' }, SERVICES, current), stepIssues };
      const issues = validateAll(current, state.answers, options);
      const first = issues[0];
      if (!first) return enter(state, SENDING, current);
      const target = current.questions.find((q) => q.question.id === first.questionId)!.pageId;
      const onPage = issues.filter((issue) => current.questions.some((q) => q.question.id === issue.questionId && q.pageId === target));
      return { ...enter({ ...state, returnTo: 'check-answers' }, page(target), current), issues: onPage };
    }
    default:
      return state;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The intake flow as a reducer: `(state, action, context) => state`, pure, so the element
 * that drives it holds no flow logic. Steps run: front-door pages (if the definition starts
 * with any) → `services` → question pages (by plan) → `privacy-and-consent` →
 * `check-answers` → `sending` → `sent` | `not-sent-yet`.
 *
 * - `continue` checks the current step; with issues it stays and reports them.
 * - `back` goes to the previous step; from a change it returns to "check your answers".
 * - `change` (from "check your answers") opens a page; continuing returns to "check your
 *   answers", first visiting any page the change has made necessary.
 * - Answers are never deleted when questions hide: they come back when questions reappear.
 * - An action that makes no sense in the current step leaves the state unchanged.
 */
export function flowReducer<C>(state: FlowState<C>, action: FlowAction<C>, context: FlowContext): FlowState<C> {
  const finished = state.step.kind === 'sending' || state.step.kind === 'sent' || state.step.kind === 'not-sent-yet';
  switch (action.type) {
    case 'answer': {
      if (finished) return state;
      const answers: Record<string, unknown> = { ...state.answers };
      if (action.value === undefined) delete answers[action.field];
      else answers[action.field] = action.value;
      const inputErrors: Record<string, unknown> = { ...state.inputErrors };
      if (action.inputError) inputErrors[action.field] = action.inputError;
      else delete inputErrors[action.field];
      return { ...state, answers: answers as Answers, inputErrors: inputErrors as FlowState<C>['inputErrors'] };
    }
    case 'chooseServices': {
      if (finished) return state;
      const known = new Set(context.definition.services.map((s) => s.id));
      // A service the person is known not to be able to use cannot be chosen (one chosen
      // before that was known may stay, to be unticked).
      const { locale, today } = context;
      const closed = new Set(
        serviceEligibility(context.definition, { ...state.prefill, ...state.answers } as Answers, { today, locale })
          .filter((e) => !e.eligible)
          .map((e) => e.serviceId),
      );
      const chosenServices = [...new Set(action.serviceIds)].filter(
        (id) => known.has(id) && (!closed.has(id) || state.chosenServices.includes(id)),
      );
      // Consent is given per service: a new choice needs a new decision.
      const consent = sameSet(chosenServices, state.chosenServices) ? state.consent : undefined;
      return { ...state, chosenServices, consent };
    }
    case 'continue':
      return continueFrom(state, context);
    case 'back': {
      if (finished) return state;
      const current = flowPlan(state, context);
      if (state.returnTo === 'check-answers' && state.step.kind !== 'check-answers') {
        return enter({ ...state, returnTo: null }, CHECK, current);
      }
      const previous = preceding(current, state.step);
      return previous ? enter(state, previous, current) : state;
    }
    case 'change': {
      if (state.step.kind !== 'check-answers') return state;
      const current = flowPlan(state, context);
      if (!plannedPage(current, action.pageId)) return state;
      return enter({ ...state, returnTo: 'check-answers' }, page(action.pageId), current);
    }
    case 'changeServices':
      if (state.step.kind !== 'check-answers') return state;
      return enter({ ...state, returnTo: 'check-answers' }, SERVICES, flowPlan(state, context));
    case 'consentDecided': {
      if (state.step.kind !== 'privacy-and-consent') return state;
      return enter({ ...state, consent: action.consent, returnTo: null }, CHECK, flowPlan(state, context));
    }
    case 'submitted':
      return state.step.kind === 'sending' ? { ...state, step: { kind: 'sent', reference: action.reference } } : state;
    case 'queued':
    case 'failed':
      return state.step.kind === 'sending'
        ? { ...state, step: { kind: 'not-sent-yet', reason: action.type === 'queued' ? 'queued' : 'failed' } }
        : state;
    case 'retry':
      return state.step.kind === 'not-sent-yet' ? { ...state, step: SENDING } : state;
  }
}

/** True when Back leads somewhere from the current step (hide the back link otherwise). */
export function canGoBack(state: FlowState<unknown>, context: FlowContext): boolean {
  return flowReducer(state, { type: 'back' }, context) !== state;
}
