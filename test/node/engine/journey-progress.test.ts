import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { journeyProgress, loadDefinition, type JourneyProgress } from '@onestory/core';
import { consentScreensOf } from '@onestory/core/consent';
import { flowPlan, flowReducer, startFlow, type FlowContext, type FlowState } from '@onestory/core/engine';
import { repoRoot } from '../../support/paths.js';
import { PERSON as RHYS, PROFESSIONAL } from '../../support/people.js';

// Honest progress (issue 20): every step of the journey has a place in the count, the
// services, consent and check steps included; a total is shown only once nothing still to
// be answered can change it, so it never jumps ("Step 1 of 2", "2 of 2", "Step 3 of 13").

const definition = loadDefinition(JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/early-help.definition.json'), 'utf8')));
const context: FlowContext = { definition, today: '2026-06-15', locale: 'en' };
type State = FlowState<readonly string[]>;

// Rhys (test/support/people.ts), 20, with two needs, and the professional's details for when one refers him.
const { 'referrer.type': _filler, ...referrer } = PROFESSIONAL;
const PERSON: Readonly<Record<string, unknown>> = { ...RHYS, 'needs.domains': ['educationYouth', 'care'], 'person.dateOfBirth': '2006-02-28', ...referrer };

const where = (state: State) => (state.step.kind === 'page' ? `page:${state.step.pageId}` : state.step.kind);

/** Walks a whole journey as a person would, and returns each step with its progress. */
function walk(referrer: 'self' | 'professional', services: readonly string[]): { step: string; progress: JourneyProgress | undefined }[] {
  const answers: Readonly<Record<string, unknown>> = { ...PERSON, 'referrer.type': referrer };
  let state: State = startFlow(context);
  const seen: { step: string; progress: JourneyProgress | undefined }[] = [];
  const look = (consentScreen = 0) => {
    const plan = flowPlan(state, context);
    seen.push({ step: where(state) + (consentScreen ? `:${consentScreen}` : ''), progress: journeyProgress(plan, { step: state.step, consentScreen }, consentScreensOf(plan.effectiveAnswers)) });
  };
  for (let guard = 0; guard < 40 && state.step.kind !== 'check-answers'; guard++) {
    look();
    const before = where(state);
    if (state.step.kind === 'services') state = flowReducer(state, { type: 'chooseServices', serviceIds: services }, context);
    if (state.step.kind === 'page') {
      for (const q of flowPlan(state, context).pages.find((p) => p.page.id === (state.step as { pageId: string }).pageId)!.questions) {
        if (q.question.field in answers) state = flowReducer(state, { type: 'answer', field: q.question.field, value: answers[q.question.field] }, context);
      }
    }
    if (state.step.kind === 'privacy-and-consent') {
      // A professional's first screen ("their agreement"), then the decisions.
      if (referrer === 'professional') look(1);
      state = flowReducer(state, { type: 'consentDecided', consent: services }, context);
    } else {
      state = flowReducer(state, { type: 'continue' }, context);
    }
    assert.notEqual(where(state), before, `stuck on ${before}: ${JSON.stringify([...state.issues, ...state.stepIssues])}`);
  }
  look();
  return seen;
}

/** The properties a person relies on: numbers go 1, 2, 3…; a total once shown never changes, and is the real count. */
function assertHonest(seen: ReturnType<typeof walk>): void {
  const text = seen.map(({ step, progress }) => `${step} ${progress ? `${progress.current}${progress.total ? `/${progress.total}` : ''}` : '-'}`);
  seen.forEach(({ progress }, i) => assert.equal(progress?.current, i + 1, `every step has its place: ${text.join(', ')}`));
  const firstTotal = seen.findIndex(({ progress }) => progress?.total !== undefined);
  assert.ok(firstTotal !== -1, `a total is shown at some point: ${text.join(', ')}`);
  for (const { progress } of seen.slice(firstTotal)) assert.equal(progress?.total, seen.length, `the total never changes once shown: ${text.join(', ')}`);
}

describe('journey progress', () => {
  it('counts every step of a person’s own journey, services, consent and check included, and never jumps', () => {
    const seen = walk('self', ['youth-service']);
    assertHonest(seen);
    const at = (step: string) => seen.find((s) => s.step === step)?.progress;
    // No total before the services are chosen: which questions follow depends on them.
    assert.equal(at('page:safety-now')?.total, undefined);
    assert.equal(at('services')?.total, undefined);
    assert.ok(at('services')!.current > 1, 'the front-door pages come before the services step');
    // Who is filling in decides whether more pages follow: no total until it is answered.
    assert.equal(at('page:who-is-filling-in')?.total, undefined);
    assert.equal(at('privacy-and-consent')?.total, seen.length);
    assert.deepEqual(at('check-answers'), { current: seen.length, total: seen.length });
  });

  it('gives a professional’s two consent screens and their details page a place each', () => {
    const seen = walk('professional', ['adult-social-care']);
    assertHonest(seen);
    assert.ok(seen.some((s) => s.step === 'page:referrer-details'));
    assert.deepEqual(seen.slice(-3).map((s) => s.step), ['privacy-and-consent', 'privacy-and-consent:1', 'check-answers']);
  });

  it('shows no total while a later answer could still add a page, and the same total once none can', () => {
    const start = flowReducer(flowReducer(startFlow<readonly string[]>(context), { type: 'chooseServices', serviceIds: ['money-advice'] }, context), { type: 'continue' }, context);
    const progressOn = (pageId: string, answers: Record<string, unknown> = {}) => {
      const state: State = { ...start, answers: { ...start.answers, ...answers } as State['answers'], step: { kind: 'page', pageId } };
      const plan = flowPlan(state, context);
      return journeyProgress(plan, { step: state.step }, consentScreensOf(plan.effectiveAnswers));
    };
    // The referrer's details page appears only for a professional, asked on this page.
    assert.equal(progressOn('who-is-filling-in')?.total, undefined);
    const self = progressOn('name', { 'referrer.type': 'self' });
    const professional = progressOn('name', { 'referrer.type': 'professional' });
    assert.ok(self?.total !== undefined && professional?.total !== undefined);
    // A professional has one more page and one more consent screen.
    assert.equal(professional.total, self.total + 2);
    assert.equal(professional.current, self.current + 1);
  });

  it('is outside the count while sending, and for a page not in the plan', () => {
    const state = startFlow<readonly string[]>(context);
    const plan = flowPlan(state, context);
    const screens = consentScreensOf(plan.effectiveAnswers);
    assert.equal(journeyProgress(plan, { step: { kind: 'sending' } }, screens), undefined);
    assert.equal(journeyProgress(plan, { step: { kind: 'page', pageId: 'referrer-details' } }, screens), undefined);
  });
});
