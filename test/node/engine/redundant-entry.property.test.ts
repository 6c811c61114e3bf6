import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { type Answers, type Definition, type FieldPath, type Plan } from '@onestory/core';
import {
  checkFieldValue,
  currentPage,
  evaluateCondition,
  flowPlan,
  flowReducer,
  shownValue,
  startFlow,
  type FlowAction,
  type FlowContext,
  type FlowState,
} from '@onestory/core/engine';
import { valueAt } from '@onestory/core/story';
import { TODAY, generateDefinition, generatePrefill, generateValue, pick } from './generated.js';

// WCAG 2.2 SC 3.3.7 Redundant Entry, as a property of the engine: over generated
// definitions, prefill, service choices and answer sequences (back, change links and
// changed services included), nothing is asked twice, nothing is asked that no chosen
// service needs, and answers to hidden questions never count.

const SEED = 20250615;
const RUNS = 1000;
const MAX_ACTIONS = 60;

/** Fields the chosen services list, and fields any service lists (the rest are front-door). */
function fieldsListed(definition: Definition, serviceIds?: readonly string[]): Set<FieldPath> {
  const listed = new Set<FieldPath>();
  for (const service of definition.services) {
    if (serviceIds && !serviceIds.includes(service.id)) continue;
    for (const purpose of service.purposes) [...purpose.requires, ...(purpose.optional ?? [])].forEach((f) => listed.add(f));
  }
  return listed;
}

/**
 * Fields that decide a service's eligibility: asked, before any service is chosen, to say
 * what is open; and with them who is filling in, which decides how they are worded.
 */
function eligibilityInputs(definition: Definition, chosen: readonly string[]): Set<FieldPath> {
  const fields = new Set<FieldPath>();
  if (chosen.length > 0) return fields;
  for (const { eligibility } of definition.services) {
    if (eligibility?.minAge !== undefined || eligibility?.maxAge !== undefined) fields.add('person.dateOfBirth');
    if (eligibility?.postcodePrefixes?.length) fields.add('contact.address');
  }
  if (fields.size > 0) fields.add('referrer.type');
  return fields;
}

/**
 * Which fields apply, worked out independently of the planner: needed (front-door or
 * listed by a chosen service) and every condition holds. The generator's conditions only
 * look at fields asked earlier, so evaluating them against the final answers is exact.
 */
function applicableFields(definition: Definition, chosen: readonly string[], effective: Answers): Set<FieldPath> {
  const anyService = fieldsListed(definition);
  const chosenServices = fieldsListed(definition, chosen);
  const deciding = eligibilityInputs(definition, chosen);
  // A page holding only what decides eligibility (or front-door questions), with no
  // condition, is asked before the services step.
  const askedFirst = (page: Definition['pages'][number]) =>
    !page.when &&
    page.questions.every((id) => {
      const q = definition.questions.find((x) => x.id === id)!;
      return !q.when && (!anyService.has(q.field) || deciding.has(q.field));
    });
  const holds = (c: Parameters<typeof evaluateCondition>[0] | undefined) =>
    c === undefined || evaluateCondition(c, { answers: effective, chosenServices: chosen, today: TODAY, ...(definition.conditions ? { conditions: definition.conditions } : {}) });
  const applicable = new Set<FieldPath>();
  for (const page of definition.pages) {
    if (!holds(page.when)) continue;
    for (const id of page.questions) {
      const q = definition.questions.find((x) => x.id === id)!;
      const needed = !anyService.has(q.field) || chosenServices.has(q.field) || (deciding.has(q.field) && askedFirst(page));
      if (needed && holds(q.when)) applicable.add(q.field);
    }
  }
  return applicable;
}

interface Tally {
  /** Every breach of the properties, described (the test expects none). */
  violations: string[];
  landings: number;
  hiddenAnswersSeen: number;
}

function checkPlan(definition: Definition, state: FlowState, current: Plan, tally: Tally): void {
  const fields = current.questions.map((q) => q.question.field);
  assert.equal(new Set(fields).size, fields.length, 'a field is planned twice');

  const chosen = fieldsListed(definition, state.chosenServices);
  const anyService = fieldsListed(definition);
  const deciding = eligibilityInputs(definition, state.chosenServices);
  for (const field of fields) {
    if (anyService.has(field) && !chosen.has(field) && !deciding.has(field)) tally.violations.push(`${field} is planned but no chosen service needs it`);
  }

  const applicable = applicableFields(definition, state.chosenServices, current.effectiveAnswers);
  const answers = state.answers as Record<string, unknown>;
  for (const q of definition.questions) {
    const counted = Object.prototype.hasOwnProperty.call(current.effectiveAnswers, q.field);
    if (!applicable.has(q.field)) {
      if (answers[q.field] !== undefined) tally.hiddenAnswersSeen++;
      if (counted || valueAt(current.story, q.field) !== undefined) tally.violations.push(`the answer to hidden ${q.field} counts`);
    } else {
      const expected = answers[q.field] !== undefined ? answers[q.field] : (state.prefill as Record<string, unknown>)[q.field];
      assert.deepEqual((current.effectiveAnswers as Record<string, unknown>)[q.field], expected, `effective value of ${q.field}`);
    }
  }
}

function pickAction(g: fc.GeneratorValue, state: FlowState, context: FlowContext): FlowAction {
  const { definition } = context;
  const roll = g(fc.integer, { min: 1, max: 20 });
  if (roll === 1) return { type: 'back' };
  if (roll === 2) {
    // An answer to any question, shown or not (as a resumed draft might hold).
    const field = pick(g, definition.questions.map((q) => q.field));
    return { type: 'answer', field, value: generateValue(g, field) };
  }
  switch (state.step.kind) {
    case 'services':
      if (roll <= 9) {
        return { type: 'chooseServices', serviceIds: g(fc.subarray, definition.services.map((s) => s.id), { minLength: roll === 3 ? 0 : 1 }) };
      }
      return { type: 'continue' };
    case 'page': {
      const page = currentPage(state, context);
      if (page && roll <= 12) {
        const field = pick(g, page.questions.map((q) => q.question.field));
        return { type: 'answer', field, value: generateValue(g, field) };
      }
      return { type: 'continue' };
    }
    case 'privacy-and-consent':
      return roll <= 12 ? { type: 'consentDecided', consent: { at: 'now' } } : { type: 'continue' };
    case 'check-answers': {
      if (roll <= 5) return { type: 'changeServices' };
      const pages = flowPlan(state, context).pages;
      if (roll <= 11 && pages.length) return { type: 'change', pageId: pick(g, pages.map((p) => p.page.id)) };
      return { type: 'continue' };
    }
    default:
      return { type: 'continue' };
  }
}

/** Runs one generated flow; returns what it saw. */
function runFlow(g: fc.GeneratorValue, tally: Tally): void {
  const definition = generateDefinition(g);
  const prefill = generatePrefill(g, definition);
  const context: FlowContext = { definition, today: TODAY, locale: pick(g, ['en' as const, 'cy' as const]) };
  let state: FlowState = startFlow(context, { prefill });

  const pageOfField = new Map<FieldPath, string>();
  const shown = new Set<FieldPath>();
  const lastLanding = new Map<string, number>();
  const entered = new Map<FieldPath, unknown>();
  let lastBack = -1;

  const land = (index: number, byContinue: boolean): void => {
    const page = currentPage(state, context);
    if (state.step.kind !== 'page' || !page) return;
    tally.landings++;
    const fields = page.questions.map((q) => q.question.field);
    const seenBefore = fields.some((f) => shown.has(f));
    const fresh = fields.some((f) => !shown.has(f));
    // Continuing may show a page again only when the person went back past it since it
    // was last shown, when it has a question never shown before (a change made it
    // necessary), or when there is something on it to fix.
    if (byContinue && seenBefore && !fresh && state.issues.length === 0 && !(lastBack > (lastLanding.get(page.page.id) ?? -1))) {
      tally.violations.push(`page ${page.page.id} was shown again unprompted (action ${index})`);
    }
    for (const q of page.questions) {
      const field = q.question.field;
      const elsewhere = pageOfField.get(field);
      if (elsewhere !== undefined && elsewhere !== page.page.id) tally.violations.push(`${field} asked on ${elsewhere} and ${page.page.id}`);
      pageOfField.set(field, page.page.id);
      shown.add(field);
      const prefilled = (prefill as Record<string, unknown>)[field];
      if (!q.question.confirmPrefill && prefilled !== undefined && checkFieldValue(field, prefilled, TODAY, definition) === null && !(typeof prefilled === 'string' && !prefilled.trim())) {
        tally.violations.push(`valid prefilled ${field} asked again`);
      }
      const expected = entered.has(field) ? entered.get(field) : prefilled;
      if (!isDeepStrictEqual(shownValue(state, field), expected)) tally.violations.push(`${field} shown without what was entered before`);
    }
    lastLanding.set(page.page.id, index);
  };

  land(-1, false);
  checkPlan(definition, state, flowPlan(state, context), tally);
  for (let i = 0; i < MAX_ACTIONS && state.step.kind !== 'sending'; i++) {
    const action = pickAction(g, state, context);
    const before = state.step;
    state = flowReducer(state, action, context);
    if (action.type === 'answer') {
      if (action.value === undefined) entered.delete(action.field);
      else entered.set(action.field, action.value);
    }
    if (action.type === 'back' && state.step !== before) lastBack = i;
    if (state.step !== before) land(i, action.type === 'continue');
    checkPlan(definition, state, flowPlan(state, context), tally);
  }
}

describe('WCAG 3.3.7 Redundant Entry over generated flows', () => {
  it(`asks no field (Story or declared) twice, nothing no chosen service needs, and never counts hidden answers (${RUNS} runs, seed ${SEED})`, () => {
    const tally: Tally = { violations: [], landings: 0, hiddenAnswersSeen: 0 };
    fc.assert(
      fc.property(fc.gen(), (g) => {
        tally.violations = [];
        runFlow(g, tally);
        assert.deepEqual(tally.violations, []);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The run must have exercised what it claims to check.
    assert.ok(tally.landings > RUNS * 3, `pages landed on: ${tally.landings}`);
    assert.ok(tally.hiddenAnswersSeen > RUNS, `hidden answers held back: ${tally.hiddenAnswersSeen}`);
  });
});
