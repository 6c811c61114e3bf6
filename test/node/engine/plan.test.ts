import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefinition, plan, type Answers, type Plan } from '@onestory/core';
import { nextPageId, previousPageId, progress } from '@onestory/core/engine';
import { TODAY, address, definition, definitionJson } from './fixtures.js';

const planFor = (chosenServices: string[], answers: Answers = {}, prefill?: Answers): Plan =>
  plan({ definition, answers, chosenServices, today: TODAY, ...(prefill ? { prefill } : {}) });
const ids = (p: Plan) => p.questions.map((q) => q.question.id);
const fields = (p: Plan) => p.questions.map((q) => q.question.field);

describe('plan', () => {
  it('asks the union of what the chosen services need, plus front-door questions, each field once', () => {
    const p = planFor(['housing', 'drugs'], { 'needs.domains': ['housing', 'drugsAlcohol'] });
    assert.deepEqual(ids(p), [
      'danger', 'domains', 'given-name', 'family-name', 'dob', 'nhs', 'address', 'phone', 'safe-contact',
      'housing-story', 'drugs-story', 'household',
    ]);
    assert.equal(new Set(fields(p)).size, p.questions.length, 'no field twice');
    const givenName = p.questions.find((q) => q.question.id === 'given-name')!;
    assert.deepEqual(givenName.neededBy, ['housing', 'drugs']);
    assert.equal(givenName.frontDoor, false);
    assert.equal(p.questions.find((q) => q.question.id === 'danger')!.frontDoor, true);
  });

  it('asks only front-door questions when no service is chosen', () => {
    assert.deepEqual(ids(planFor([])), ['danger', 'domains']);
  });

  it('asks what decides eligibility before the services step, when it has a page of its own', () => {
    // The youth service is for ages 11 to 25: the date of birth says whether it is open.
    const own = {
      ...definition,
      pages: [
        ...definition.pages.map((p) => (p.id === 'about-you' ? { ...p, questions: p.questions.filter((q) => q !== 'dob') } : p)),
        { id: 'birthday', title: { en: 'Date of birth', cy: 'Dyddiad geni' }, questions: ['dob'] },
      ],
    };
    const before = plan({ definition: own, answers: {}, chosenServices: [], today: TODAY });
    assert.deepEqual(before.pages.map((p) => [p.page.id, p.beforeServices]), [['safety', true], ['needs', true], ['birthday', true]]);
    const after = plan({ definition: own, answers: { 'person.dateOfBirth': '2010-01-01' }, chosenServices: ['youth'], today: TODAY });
    assert.deepEqual(after.pages.slice(0, 3).map((p) => p.page.id), ['safety', 'needs', 'birthday'], 'still asked first, not again');
    const drugsOnly = plan({ definition: own, answers: { 'person.dateOfBirth': '1990-01-01' }, chosenServices: ['drugs'], today: TODAY });
    assert.ok(!drugsOnly.questions.some((q) => q.question.field === 'person.dateOfBirth'), 'it counts no more once no chosen service needs it');
    assert.equal(drugsOnly.effectiveAnswers['person.dateOfBirth'], undefined);
  });

  it('does not ask what no chosen service needs', () => {
    const p = planFor(['youth'], { 'person.dateOfBirth': '2010-01-01' });
    assert.deepEqual(ids(p), ['danger', 'domains', 'given-name', 'dob', 'phone', 'email']);
  });

  it('marks as required only what a core purpose requires', () => {
    const p = planFor(['youth'], { 'person.dateOfBirth': '2010-01-01' });
    const required = Object.fromEntries(p.questions.map((q) => [q.question.id, q.required]));
    assert.deepEqual(required, { danger: false, domains: false, 'given-name': true, dob: true, phone: false, email: false });
  });

  it('ignores service ids the definition does not know, and repeats', () => {
    const p = planFor(['youth', 'nope', 'youth']);
    assert.deepEqual(p.chosenServices, ['youth']);
    assert.deepEqual(p.completeness.map((c) => c.serviceId), ['youth']);
  });

  it('keeps pages in definition order and leaves out pages with nothing to ask', () => {
    const p = planFor(['youth']);
    assert.deepEqual(p.pages.map((pg) => pg.page.id), ['safety', 'needs', 'about-you', 'contact']);
    assert.deepEqual(p.pages.map((pg) => pg.beforeServices), [true, true, false, false]);
  });

  it('does not ask again what prefill already knows, but counts it', () => {
    const p = planFor(['youth'], {}, { 'person.givenName': 'Alex' });
    assert.ok(!ids(p).includes('given-name'));
    assert.equal(p.effectiveAnswers['person.givenName'], 'Alex');
    assert.equal(p.story.person?.givenName, 'Alex');
  });

  it('shows a prefilled answer for confirmation when the question asks for it', () => {
    const p = planFor(['youth'], {}, { 'person.dateOfBirth': '2010-01-01' });
    const dob = p.questions.find((q) => q.question.id === 'dob');
    assert.ok(dob, 'dob is shown');
    assert.equal(dob.confirmingPrefill, true);
    assert.equal(p.effectiveAnswers['person.dateOfBirth'], '2010-01-01');
  });

  it('asks a prefilled answer that is not valid, so it can be corrected', () => {
    const p = planFor(['youth'], {}, { 'contact.phone': 'not a phone', 'person.givenName': '   ' });
    assert.equal(p.questions.find((q) => q.question.id === 'phone')?.confirmingPrefill, true);
    assert.ok(ids(p).includes('given-name'), 'a blank prefill is no prefill');
  });

  it("the person's answer wins over prefill", () => {
    const p = planFor(['youth'], { 'person.dateOfBirth': '2011-02-03' }, { 'person.dateOfBirth': '2010-01-01' });
    assert.equal(p.effectiveAnswers['person.dateOfBirth'], '2011-02-03');
  });

  it('drops answers to hidden questions from what counts, and restores them when the question reappears', () => {
    const answers: Answers = { 'needs.domains': ['housing'], 'needs.housing.description': 'Rent arrears', 'person.givenName': 'Alex' };
    const shown = planFor(['housing'], answers);
    assert.ok(ids(shown).includes('housing-story'));
    assert.equal(shown.story.needs?.housing?.description, 'Rent arrears');

    const hiddenAnswers: Answers = { ...answers, 'needs.domains': ['money'] };
    const hidden = planFor(['housing'], hiddenAnswers);
    assert.ok(!ids(hidden).includes('housing-story'));
    assert.equal(hidden.effectiveAnswers['needs.housing.description'], undefined);
    assert.equal(hidden.story.needs?.housing, undefined);
    assert.equal(hiddenAnswers['needs.housing.description'], 'Rent arrears', 'the answer is kept in the input');

    const back = planFor(['housing'], { ...hiddenAnswers, 'needs.domains': ['money', 'housing'] });
    assert.equal(back.story.needs?.housing?.description, 'Rent arrears');
  });

  it('drops answers to questions no chosen service needs', () => {
    const p = planFor(['youth'], { 'contact.address': address, 'person.givenName': 'Alex' });
    assert.equal(p.effectiveAnswers['contact.address'], undefined);
    assert.equal(p.story.contact, undefined);
    assert.deepEqual(p.story, { person: { givenName: 'Alex' } });
  });

  it('hides a page whose condition fails, and with it its answers', () => {
    const json = structuredClone(definitionJson);
    (json.pages.find((pg) => pg.id === 'drugs-story') as Record<string, unknown>)['when'] = { includes: { field: 'needs.domains', value: 'drugsAlcohol' } };
    const def = loadDefinition(json);
    const answers: Answers = { 'needs.domains': ['drugsAlcohol'], 'needs.drugsAlcohol.description': 'Alcohol' };
    const shown = plan({ definition: def, answers, chosenServices: ['drugs'], today: TODAY });
    assert.ok(shown.pages.some((pg) => pg.page.id === 'drugs-story'));
    assert.equal(shown.story.needs?.drugsAlcohol?.description, 'Alcohol');
    const hidden = plan({ definition: def, answers: { ...answers, 'needs.domains': ['housing'] }, chosenServices: ['drugs'], today: TODAY });
    assert.ok(!hidden.pages.some((pg) => pg.page.id === 'drugs-story'));
    assert.equal(hidden.effectiveAnswers['needs.drugsAlcohol.description'], undefined);
    assert.ok(hidden.completeness[0]?.missing.includes('needs.drugsAlcohol.description'), 'the service is told it lacks the answer');
  });

  it('an answer to a hidden question never reveals another question', () => {
    const json = structuredClone(definitionJson) as typeof definitionJson & { questions: Record<string, unknown>[] };
    // "household" is front-door here (no service lists it) and shown only when an NHS number is answered.
    json.services[2]!.purposes[0]!.optional = ['person.nhsNumber'];
    (json.questions.find((q) => q['id'] === 'household') as Record<string, unknown>)['when'] = { answered: 'person.nhsNumber' };
    const def = loadDefinition(json);
    const answers: Answers = { 'person.nhsNumber': '9434765919' };
    const withDrugs = plan({ definition: def, answers, chosenServices: ['drugs'], today: TODAY });
    assert.ok(withDrugs.questions.some((q) => q.question.id === 'household'));
    const withoutDrugs = plan({ definition: def, answers, chosenServices: ['youth'], today: TODAY });
    assert.ok(!withoutDrugs.questions.some((q) => q.question.id === 'household'), 'the NHS number is not asked, so it counts for nothing');
  });

  it('reports completeness per chosen service', () => {
    const p = planFor(['housing', 'youth'], { 'person.givenName': 'Alex', 'person.dateOfBirth': '2000-01-01' });
    assert.deepEqual(p.completeness, [
      { serviceId: 'housing', complete: false, missing: ['person.familyName', 'contact.address', 'needs.housing.description'] },
      { serviceId: 'youth', complete: true, missing: [] },
    ]);
  });

  it('does not change its input', () => {
    const answers: Answers = { 'needs.domains': ['housing'] };
    const prefill: Answers = { 'person.givenName': 'Alex' };
    const before = JSON.stringify({ answers, prefill, definition });
    planFor(['housing'], answers, prefill);
    assert.equal(JSON.stringify({ answers, prefill, definition }), before);
  });
});

describe('page navigation', () => {
  const p = planFor(['youth']);

  it('gives the next and previous page, null at the ends', () => {
    assert.equal(nextPageId(p, 'safety'), 'needs');
    assert.equal(nextPageId(p, 'contact'), null);
    assert.equal(previousPageId(p, 'needs'), 'safety');
    assert.equal(previousPageId(p, 'safety'), null);
  });

  it('finds the way from a page that has just become hidden', () => {
    assert.equal(nextPageId(p, 'housing-story'), null);
    assert.equal(previousPageId(p, 'housing-story'), 'contact');
    const q = planFor(['housing', 'drugs'], {});
    assert.equal(nextPageId(q, 'housing-story'), 'drugs-story', 'housing-story is hidden until housing is a need');
  });

  it('reports progress through the pages', () => {
    assert.deepEqual(progress(p, 'safety'), { index: 0, total: 4 });
    assert.deepEqual(progress(p, 'contact'), { index: 3, total: 4 });
  });
});
