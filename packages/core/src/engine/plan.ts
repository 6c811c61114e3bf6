import type { Definition } from '../definition/definition.schema.js';
import type { Answers, FieldPath } from '../story/fields.js';
import { storyFromAnswers } from '../story/fields.js';
import type { IsoDate } from '../story/rules.js';
import { isAnswered, type ConditionScope } from './conditions.js';
import { indexDefinition, serviceNeeds } from './definition-index.js';
import { checkFieldValue } from './field-check.js';
import type { Plan, PlanInput, PlannedPage, PlannedQuestion, ServiceCompleteness } from './types.js';

const NOBODY: readonly string[] = Object.freeze([]);
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

// Whether each prefilled value passes its field's rule, cached per prefill object: the
// same prefill is planned over after every answer.
const prefillChecks = new WeakMap<object, { definition: Definition; today: IsoDate; valid: Map<FieldPath, boolean> }>();

function prefillIsValid(definition: Definition, prefill: Answers, field: FieldPath, value: unknown, today: IsoDate): boolean {
  let checks = prefillChecks.get(prefill);
  if (!checks || checks.today !== today || checks.definition !== definition) {
    checks = { definition, today, valid: new Map() };
    prefillChecks.set(prefill, checks);
  }
  let valid = checks.valid.get(field);
  if (valid === undefined) {
    valid = checkFieldValue(field, value, today, definition) === null;
    checks.valid.set(field, valid);
  }
  return valid;
}

/**
 * Plans the intake: which questions to ask, on which pages, and what would be submitted.
 * Pure, and fast enough to run after every answer (the definition's index is cached).
 *
 * The rules, in order:
 * 1. **Who needs a question.** A question is *service-bound* when some service in the
 *    definition lists its field (in a purpose's `requires` or `optional`); it is asked
 *    only when a chosen service lists it. A question whose field no service lists is
 *    *front-door* (e.g. `needs.domains`, `risk.immediateDanger`, `referrer.type`): it is
 *    asked whatever services are chosen.
 * 2. **Conditions look back.** Pages and questions are visited in definition order. A
 *    page's or question's `when` sees only values that already count: those of questions
 *    earlier in that order that apply (the answer, or else the prefilled value). A field
 *    asked later reads as unanswered, and an answer to a hidden question never counts, so
 *    it can never reveal another question. (Write conditions on earlier questions.)
 * 3. **Ask once.** Each Story field is asked by the first question (in page order) that
 *    applies; `loadDefinition` already allows one question per field.
 * 4. **Prefill is not asked again.** A field with a valid prefilled value is skipped
 *    (its value still counts) unless the question sets `confirmPrefill`; an invalid
 *    prefilled value is asked, so it can be corrected.
 * 5. **What counts.** `effectiveAnswers` holds, for each question that applies, the
 *    person's answer or else the prefilled value. Answers to hidden questions stay in
 *    `input.answers` and count again when the question reappears.
 * 6. **Required** means a chosen service's core purpose `requires` the field.
 * 7. **Eligibility first.** While no service is chosen, the questions whose fields decide
 *    a service's eligibility (date of birth for an age range, address for an area) are
 *    asked too, on pages moved before the services step (see `beforeServices`).
 */
export function plan(input: PlanInput): Plan {
  const { definition, today } = input;
  const answers = input.answers as Readonly<Record<string, unknown>>;
  const prefill = (input.prefill ?? {}) as Readonly<Record<string, unknown>>;
  const index = indexDefinition(definition);
  const needs = serviceNeeds(index, input.chosenServices);

  const effective: Record<string, unknown> = {};
  const scope: ConditionScope = {
    value: (field) => (hasOwn(effective, field) ? effective[field] : undefined),
    serviceChosen: (id) => needs.chosenSet.has(id),
    today,
  };
  const pages: PlannedPage[] = [];
  const questions: PlannedQuestion[] = [];
  const decided = new Set<FieldPath>();

  for (const indexed of index.pages) {
    if (indexed.when && !indexed.when(scope)) continue;
    let asked: PlannedQuestion[] | undefined;
    for (const q of indexed.questions) {
      // Before any service is chosen, what decides eligibility is asked too, so that the
      // services step can say what the person can use. Once services are chosen it counts
      // only if one of them needs it, like any other field.
      const beforeChoice = q.decidesEligibility && indexed.beforeServices && needs.chosen.length === 0;
      const neededBy = q.frontDoor ? NOBODY : (needs.neededBy.get(q.field) ?? (beforeChoice ? NOBODY : undefined));
      if (!neededBy || decided.has(q.field)) continue;
      if (q.when && !q.when(scope)) continue;
      decided.add(q.field);

      const answer = hasOwn(answers, q.field) ? answers[q.field] : undefined;
      const prefilled = hasOwn(prefill, q.field) ? prefill[q.field] : undefined;
      const value = answer !== undefined ? answer : prefilled;
      if (value !== undefined) effective[q.field] = value;

      const fromPrefill = isAnswered(prefilled, q.field);
      if (fromPrefill && !q.question.confirmPrefill && prefillIsValid(definition, input.prefill!, q.field, prefilled, today)) continue;
      const planned: PlannedQuestion = {
        question: q.question,
        pageId: indexed.page.id,
        required: needs.required.has(q.field),
        neededBy,
        confirmingPrefill: fromPrefill,
        frontDoor: q.frontDoor,
        ...(q.declared && { declared: q.declared }),
      };
      (asked ??= []).push(planned);
      questions.push(planned);
    }
    if (asked) pages.push({ page: indexed.page, questions: asked, beforeServices: indexed.beforeServices });
  }

  const completeness: ServiceCompleteness[] = needs.coreRequiredByService.map(([serviceId, required]) => {
    const missing = required.filter((field) => !isAnswered(effective[field], field));
    return { serviceId, complete: missing.length === 0, missing };
  });
  const effectiveAnswers = effective as Answers;
  return {
    definition,
    chosenServices: needs.chosen,
    today,
    pages,
    questions,
    effectiveAnswers,
    story: storyFromAnswers(effectiveAnswers),
    completeness,
  };
}

/** Where a page sits: its index among the plan's pages, or where it would be if hidden. */
function position(plan: Plan, pageId: string): { index: number; exact: boolean } {
  const exact = plan.pages.findIndex((p) => p.page.id === pageId);
  if (exact !== -1) return { index: exact, exact: true };
  const { pageById } = indexDefinition(plan.definition);
  const hidden = pageById.get(pageId);
  if (!hidden) return { index: -1, exact: false };
  const after = plan.pages.findIndex((p) => (pageById.get(p.page.id)?.order ?? -1) > hidden.order);
  return { index: after === -1 ? plan.pages.length : after, exact: false };
}

/**
 * The id of the page after `pageId` in the plan, or null after the last page. Works for a
 * page that has just become hidden too: the next visible page after its place is returned.
 * An unknown page id gives the first page.
 */
export function nextPageId(plan: Plan, pageId: string): string | null {
  const { index, exact } = position(plan, pageId);
  const next = index === -1 ? 0 : exact ? index + 1 : index;
  return plan.pages[next]?.page.id ?? null;
}

/** The id of the page before `pageId` in the plan, or null before the first page. */
export function previousPageId(plan: Plan, pageId: string): string | null {
  const { index } = position(plan, pageId);
  return index <= 0 ? null : (plan.pages[index - 1]?.page.id ?? null);
}

/**
 * Progress through the plan's pages: `index` is the 0-based position of `pageId` (for a
 * hidden page, the number of visible pages before its place) and `total` the number of
 * pages. Show "Page {index + 1} of {total}".
 */
export function progress(plan: Plan, pageId: string): { readonly index: number; readonly total: number } {
  const { index } = position(plan, pageId);
  return { index: Math.max(index, 0), total: plan.pages.length };
}

/** The planned page with this id, if it is in the plan. */
export function plannedPage(plan: Plan, pageId: string): PlannedPage | undefined {
  return plan.pages.find((p) => p.page.id === pageId);
}
