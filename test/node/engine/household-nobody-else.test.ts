import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkAnswers, loadDefinition, plan, validatePage, type Answers } from '@onestory/core';
import { BLANK_MEMBER, householdDraftOf, interpretHousehold } from '@onestory/core/answers';
import { isAnswered } from '@onestory/core/engine';
import { repoRoot } from '../../support/paths.js';

// Someone who lives alone answers the household question with "nobody else": an empty
// list that the engine counts as an answer, for that field only (issue 20).

const definition = loadDefinition(JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/early-help.definition.json'), 'utf8')));
const TODAY = '2026-06-15';
// The health visiting service needs to know who is in the household.
const planWith = (answers: Answers) => plan({ definition, answers, chosenServices: ['health-visiting'], today: TODAY });
const householdIssue = (answers: Answers) => {
  const p = planWith(answers);
  const question = p.questions.find((q) => q.question.field === 'household.members')!;
  assert.equal(question.required, true, 'the household question is required for health visiting');
  return validatePage(p, question.pageId, answers, { today: TODAY }).find((i) => i.field === 'household.members');
};

describe('household: "nobody else"', () => {
  it('is read from the boxes as an empty household, whatever the hidden boxes hold', () => {
    const typed = { ...BLANK_MEMBER, name: 'Half typed' };
    assert.deepEqual(interpretHousehold({ members: [typed], nobodyElse: true }, true).value, []);
    assert.equal(interpretHousehold({ members: [BLANK_MEMBER] }, true).problem?.code, 'required');
    assert.equal(interpretHousehold({ members: [BLANK_MEMBER] }, false).value, undefined);
  });

  it('round-trips: an empty list shows "nobody else" ticked, no answer shows one blank person', () => {
    assert.deepEqual(householdDraftOf([]), { members: [BLANK_MEMBER], nobodyElse: true });
    assert.deepEqual(householdDraftOf(undefined), { members: [BLANK_MEMBER] });
  });

  it('counts as answering the required household question; no answer still does not', () => {
    assert.equal(householdIssue({ 'household.members': [] }), undefined);
    assert.equal(householdIssue({})?.code, 'required.named');
    const p = planWith({ 'household.members': [] });
    const completeness = p.completeness.find((c) => c.serviceId === 'health-visiting')!;
    assert.ok(!completeness.missing.includes('household.members'), 'not missing for the service');
    assert.deepEqual(p.story.household, { members: [] });
  });

  it('is an answer only for the household: an empty list of needs is still no answer', () => {
    assert.equal(isAnswered([], 'household.members'), true);
    assert.equal(isAnswered([], 'needs.domains'), false);
    assert.equal(isAnswered([]), false);
  });

  it('reads "Nobody else" on check your answers, in English and Welsh', () => {
    const p = planWith({ 'household.members': [] });
    const row = (locale: 'en' | 'cy') => checkAnswers(p, { locale }).find((r) => r.questionId === 'household')?.value;
    assert.deepEqual(row('en'), ['Nobody else']);
    assert.deepEqual(row('cy'), ['Neb arall']);
  });
});
