import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkAnswers, loadDefinition, plan, validatePage, type Answers, type Question } from '@onestory/core';
import { fieldIssueMessage, optionsFor, pageTitle, questionText, voicedKey, voiceOf } from '@onestory/core/engine';
import { repoRoot } from '../../support/paths.js';

// Issue 20: a professional referring someone, or a parent filling it in for their child, is
// asked about the person ("What is their date of birth?"), in English and Welsh: questions,
// pages, error messages and "check your answers" alike.

const definition = loadDefinition(JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/early-help.definition.json'), 'utf8')));
const TODAY = '2026-03-27';
const question = (id: string) => definition.questions.find((q) => q.id === id)!;
const professional: Answers = { 'referrer.type': 'professional' };

describe('the voice of the questions (issue 20)', () => {
  it('is about the person when a professional or a parent fills it in, else to the person', () => {
    assert.equal(voiceOf({}), 'self');
    assert.equal(voiceOf({ 'referrer.type': 'self' }), 'self');
    assert.equal(voiceOf({ 'referrer.type': 'professional' }), 'other');
    assert.equal(voiceOf({ 'referrer.type': 'parent' }), 'other');
  });

  it('a definition gives its own words about the person, for questions and pages', () => {
    assert.deepEqual(questionText(question('date-of-birth'), 'other').label, { en: 'What is their date of birth?', cy: 'Beth yw eu dyddiad geni?' });
    assert.equal(questionText(question('address'), 'other').hint?.['en'], 'Services will never share their address with anyone they are afraid of.');
    assert.deepEqual(questionText(question('date-of-birth'), 'self').label, question('date-of-birth').label);
    assert.equal(pageTitle(definition.pages.find((p) => p.id === 'household')!, 'other')['en'], 'Their household');
  });

  it('a Story field\'s question without them has built-in words about the person', () => {
    const bare = { id: 'dob', field: 'person.dateOfBirth', label: { en: 'Date of birth', cy: 'Dyddiad geni' } } as const;
    assert.deepEqual(questionText(bare, 'other').label, { en: 'What is their date of birth?', cy: 'Beth yw eu dyddiad geni?' });
    assert.equal(voicedKey('ui.household.role.feared', 'other'), 'ui.household.role.feared.other');
    assert.equal(voicedKey('ui.continue', 'other'), 'ui.continue');
  });

  it('error messages and check your answers speak about the person too', () => {
    const planned = plan({ definition, answers: professional, chosenServices: ['adult-social-care', 'domestic-abuse'], today: TODAY });
    const byField = (locale: 'en' | 'cy') => new Map(planned.pages.flatMap((page) => validatePage(planned, page.page.id, professional, { today: TODAY })).map((i) => [i.field, fieldIssueMessage(i, locale)]));
    assert.equal(byField('en').get('person.dateOfBirth'), 'Enter their date of birth');
    assert.equal(byField('cy').get('person.dateOfBirth'), 'Rhowch eu dyddiad geni');
    assert.equal(byField('en').get('person.givenName'), 'Enter their first name');
    const withHousehold = plan({
      definition,
      answers: { ...professional, 'household.members': [{ name: 'Lee', relationship: 'ex-partner', livesWith: false, roles: ['feared'] }] },
      chosenServices: ['domestic-abuse'],
      today: TODAY,
    });
    const rows = checkAnswers(withHousehold, { locale: 'en' });
    const household = rows.find((row) => row.questionId === 'household')!;
    assert.equal(household.label, 'Who lives with them, or is important to their situation?');
    assert.deepEqual(household.value, ['Lee, ex-partner, does not live with them, they are afraid of this person']);
    assert.equal(rows.find((row) => row.questionId === 'date-of-birth')!.label, 'What is their date of birth?');
  });

  it('options are offered, and shown in check your answers, in the same voice as the question', () => {
    // "I rent from a private landlord" read by a professional is about them, not the person.
    const tenure = definition.fields!.find((f) => f.id === 'tenure')!;
    const labels = (locale: 'en' | 'cy', voice: 'self' | 'other') => optionsFor(question('tenure'), locale, tenure, voice).map((o) => o.label);
    assert.equal(labels('en', 'self')[0], 'I rent from a private landlord');
    assert.deepEqual(labels('en', 'other'), [
      'They rent from a private landlord',
      'They rent from the council or a housing association',
      'They own their home or have a mortgage',
      'They stay with family or friends',
      'They have nowhere to stay',
    ]);
    assert.equal(labels('cy', 'other')[0], 'Maen nhw’n rhentu gan landlord preifat');
    // A Story field's options from the definition: their `other` words, their own hint kept.
    const own: Question = {
      id: 'immediate-danger',
      field: 'risk.immediateDanger',
      label: { en: 'Are you in danger?' },
      options: [
        { value: 'yes', label: { en: 'Yes, I am' }, hint: { en: 'We will show who to call' }, other: { label: { en: 'Yes, they are' } } },
        { value: 'no', label: { en: 'No' } },
      ],
    };
    assert.deepEqual(optionsFor(own, 'en', undefined, 'other'), [
      { value: 'yes', label: 'Yes, they are', hint: 'We will show who to call' },
      { value: 'no', label: 'No' },
    ]);
    assert.deepEqual(optionsFor(own, 'en').map((o) => o.label), ['Yes, I am', 'No']);
    assert.equal(voicedKey('fields.checklist.decline', 'other'), 'fields.checklist.decline.other');
    const withTenure = plan({ definition, answers: { ...professional, 'needs.domains': ['housing'], 'declared.tenure': 'own' }, chosenServices: ['housing-support'], today: TODAY });
    const row = (locale: 'en' | 'cy') => checkAnswers(withTenure, { locale }).find((r) => r.questionId === 'tenure')!;
    assert.deepEqual(row('en').value, ['They own their home or have a mortgage']);
    assert.deepEqual(row('cy').value, ['Nhw sy’n berchen ar eu cartref neu mae ganddyn nhw forgais']);
    const self = plan({ definition, answers: { 'referrer.type': 'self', 'needs.domains': ['housing'], 'declared.tenure': 'own' }, chosenServices: ['housing-support'], today: TODAY });
    assert.deepEqual(checkAnswers(self, { locale: 'en' }).find((r) => r.questionId === 'tenure')!.value, ['I own my home or have a mortgage']);
  });
});
