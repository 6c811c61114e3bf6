import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildDisclosures,
  checkAnswers,
  checkDefinition,
  loadDefinition,
  plan,
  refuse,
  StorySchema,
  validatePage,
  type Answers,
  type Definition,
} from '@onestory/core';
import { agreedRecords, at } from '../consent/fixtures.js';
import { TODAY } from '../engine/fixtures.js';
import { text, withDeclared } from './declared-fixture.js';
import { fieldIssueMessage } from '@onestory/core/engine';

// Declared fields: a definition's own questions for its services (rent arrears, a notice
// date, substances), with every guarantee a Story field has.

const problemsOf = (json: unknown) => {
  const result = checkDefinition(json);
  return result.ok ? [] : result.problems.map((p) => `${p.code} @ ${p.path}`);
};

describe('declared fields in a definition', () => {
  it('load: a housing and a drug service each ask their own typed questions', () => {
    const result = checkDefinition(withDeclared());
    assert.deepEqual(result.ok ? [] : result.problems, []);
    assert.deepEqual(result.warnings, []);
  });

  it('refuses an unknown type, naming the types there are', () => {
    const json = withDeclared();
    json['fields'][0].type = 'monee';
    const result = checkDefinition(json);
    assert.equal(result.ok, false);
    const problem = result.problems.find((p) => p.path === 'fields[0].type')!;
    assert.match(problem.message, /Did you mean "money"\?/);
  });

  it('refuses a choice field without options', () => {
    const json = withDeclared();
    delete json['fields'][2].options;
    // With nothing to choose, the condition on one of its options can never hold either.
    assert.deepEqual(problemsOf(json), ['choice-without-options @ fields[2]', 'condition-value-impossible @ questions[16].when']);
    json['fields'][2].options = [];
    assert.deepEqual(problemsOf(json), ['choice-without-options @ fields[2].options', 'condition-value-impossible @ questions[16].when']);
  });

  it('refuses a purpose or a question naming an undeclared field, suggesting the declared one', () => {
    const json = withDeclared();
    json['services'][0].purposes[0].requires.push('declared.rentArears');
    const result = checkDefinition(json);
    assert.deepEqual(problemsOf(json), ['undeclared-field @ services[0].purposes[0].requires[6]']);
    assert.match(result.problems[0]!.message, /did you mean "declared.rentArrears"\?/);
    const asked = withDeclared();
    asked['questions'].find((q: { id: string }) => q.id === 'notice-ends').field = 'declared.noticeEnd';
    assert.ok(problemsOf(asked).includes('undeclared-field @ questions[14].field'), problemsOf(asked).join('\n'));
  });

  it('refuses a declared id that shadows a Story field, naming it', () => {
    const json = withDeclared();
    json['fields'][1].id = 'dateOfBirth';
    json['questions'][14].field = 'declared.dateOfBirth';
    json['services'][0].purposes[0].optional = json['services'][0].purposes[0].optional.map((f: string) => (f === 'declared.noticeEnds' ? 'declared.dateOfBirth' : f));
    const result = checkDefinition(json);
    assert.deepEqual(problemsOf(json), ['declared-shadows-story-field @ fields[1].id']);
    assert.match(result.problems[0]!.message, /"person.dateOfBirth"/);
  });

  it('refuses a special category declared field on a purpose with no Art 9 condition (rule 1), as for a Story field', () => {
    const json = withDeclared();
    json['services'][1].purposes[0].optional = ['contact.phone', 'declared.treatedBefore'];
    const result = checkDefinition(json);
    assert.deepEqual(problemsOf(json), ['missing-art9-condition @ services[1].purposes[0].specialCategory']);
    assert.match(result.problems[0]!.message, /lawful-basis rule 1/);
  });

  it('refuses a condition testing a value the field can never hold, or a test its type has no meaning for', () => {
    const option = withDeclared();
    option['questions'][16].when = { includes: { field: 'declared.substances', value: 'glue' } };
    assert.deepEqual(problemsOf(option), ['condition-value-impossible @ questions[16].when']);
    const number = withDeclared();
    number['questions'][16].when = { equals: { field: 'declared.rentArrears', value: -1 } };
    assert.deepEqual(problemsOf(number), ['condition-value-impossible @ questions[16].when']);
    const yesNo = withDeclared();
    yesNo['conditions']['treated'] = { equals: { field: 'declared.treatedBefore', value: 'yes' } };
    assert.deepEqual(problemsOf(yesNo), ['condition-value-impossible @ conditions.treated']);
    const type = withDeclared();
    type['questions'][16].when = { compare: { field: 'declared.substances', op: 'gt', value: 1 } };
    assert.deepEqual(problemsOf(type), ['condition-type-mismatch @ questions[16].when']);
    const story = withDeclared();
    story['questions'][16].when = { equals: { field: 'risk.immediateDanger', value: 'perhaps' } };
    assert.deepEqual(problemsOf(story), ['condition-value-impossible @ questions[16].when']);
  });

  it('refuses constraints of another type, an empty range, options on the question, and a widget the type cannot use', () => {
    const json = withDeclared();
    json['fields'][0].range = 'past';
    json['fields'][0].min = 500;
    json['fields'][0].max = 100;
    json['fields'][1].maxLength = 20;
    json['questions'][14].options = [{ value: 'x', label: text('X', 'X') }];
    json['questions'][13].widget = 'textarea';
    assert.deepEqual(problemsOf(json), [
      'empty-range @ fields[0].max',
      'constraint-not-for-type @ fields[0].range',
      'constraint-not-for-type @ fields[1].maxLength',
      'widget-not-for-type @ questions[13].widget',
      'options-on-declared-question @ questions[14].options',
    ]);
  });

  it('warns about a declared field no question asks and no purpose lists, and still loads', () => {
    const json = withDeclared();
    json['fields'].push({ id: 'spare', type: 'text', label: text('Spare', 'Sbâr'), category: 'needs' });
    const result = checkDefinition(json);
    assert.equal(result.ok, true);
    assert.deepEqual(result.warnings.map((w) => `${w.code} @ ${w.path}`), ['declared-field-unused @ fields[4]']);
  });
});

describe('declared fields in the engine', () => {
  const definition: Definition = loadDefinition(withDeclared());
  const base: Answers = { 'risk.immediateDanger': 'no', 'needs.domains': ['housing', 'drugsAlcohol'] };

  it('two services listing the same declared field get it from one question, asked once', () => {
    const planned = plan({ definition, answers: base, chosenServices: ['housing', 'drugs'], today: TODAY });
    const asked = planned.questions.filter((q) => q.question.field === 'declared.rentArrears');
    assert.equal(asked.length, 1);
    assert.deepEqual(asked[0]!.neededBy, ['housing', 'drugs']);
    assert.equal(asked[0]!.required, true);
    assert.equal(asked[0]!.declared?.type, 'money');
  });

  it('is not asked when no chosen service needs it, and a condition on it looks back', () => {
    const youth = plan({ definition, answers: base, chosenServices: ['youth'], today: TODAY });
    assert.ok(!youth.questions.some((q) => q.question.field.startsWith('declared.')));
    const drugs = (answers: Answers) => plan({ definition, answers, chosenServices: ['drugs'], today: TODAY }).questions.map((q) => q.question.id);
    assert.ok(!drugs({ ...base, 'declared.substances': ['cannabis'] }).includes('treated-before'));
    assert.ok(drugs({ ...base, 'declared.substances': ['alcohol'] }).includes('treated-before'));
  });

  it('validates each answer against its declaration, with messages in English and Welsh', () => {
    const answers: Answers = { ...base, 'declared.rentArrears': 20_000_000, 'declared.noticeEnds': '2024-01-01' };
    const planned = plan({ definition, answers, chosenServices: ['housing'], today: TODAY });
    const en = validatePage(planned, 'rent', answers, { today: TODAY }).map((i) => fieldIssueMessage(i, 'en'));
    // Each message names its question (issue 20): a summary of several is never ambiguous.
    assert.deepEqual(en, [
      'Enter an amount between £0.00 and £100,000.00 for “How much rent do you owe?”',
      'The date for “When does your notice end?” must be today or in the future',
    ]);
    const cy = validatePage(planned, 'rent', answers, { today: TODAY }).map((i) => fieldIssueMessage(i, 'cy'));
    assert.deepEqual(cy, [
      'Rhowch swm o £0.00 i £100,000.00 ar gyfer “Faint o rent sydd arnoch?”',
      '“Pryd mae eich hysbysiad yn dod i ben?”: rhaid i’r dyddiad fod heddiw neu yn y dyfodol',
    ]);
    const missing = validatePage(plan({ definition, answers: base, chosenServices: ['housing'], today: TODAY }), 'rent', base, { today: TODAY });
    assert.deepEqual(missing.map((i) => `${i.questionId}: ${fieldIssueMessage(i, 'en')}`), ['rent-arrears: Answer the question “How much rent do you owe?”']);
  });

  it('shows declared answers on check answers as a person reads them', () => {
    const answers: Answers = {
      ...base,
      'declared.rentArrears': 125_000,
      'declared.noticeEnds': '2027-03-03',
      'declared.substances': ['alcohol', 'cannabis'],
      'declared.treatedBefore': false,
    };
    const planned = plan({ definition, answers, chosenServices: ['housing', 'drugs'], today: TODAY });
    const row = (locale: 'en' | 'cy', id: string) => checkAnswers(planned, { locale }).find((r) => r.questionId === id)!.value;
    assert.deepEqual(row('en', 'rent-arrears'), ['£1,250.00']);
    assert.deepEqual(row('en', 'notice-ends'), ['3 March 2027']);
    assert.deepEqual(row('cy', 'notice-ends'), ['3 Mawrth 2027']);
    assert.deepEqual(row('en', 'substances'), ['Alcohol', 'Cannabis']);
    assert.deepEqual(row('cy', 'treated-before'), ['Na']);
  });

  it('travels in the Story under `declared`, a part of its own that the generic Story schema accepts', () => {
    const answers: Answers = { ...base, 'declared.rentArrears': 125_000, 'declared.substances': ['alcohol'] };
    const planned = plan({ definition, answers, chosenServices: ['housing', 'drugs'], today: TODAY });
    assert.deepEqual(planned.story.declared, { rentArrears: 125_000, substances: ['alcohol'] });
    assert.equal(StorySchema.safeParse(planned.story).success, true);
    assert.equal(StorySchema.safeParse({ declared: { __proto__x: 1 } }).success, false);
  });

  it('is disclosed only to the services whose purposes list it and that were agreed, and named in the records', () => {
    const story = { declared: { rentArrears: 125_000, substances: ['alcohol'], noticeEnds: '2027-03-03' } };
    const records = agreedRecords(definition, ['housing', 'drugs']);
    const drugsRecord = records.find((r) => r.serviceId === 'drugs')!;
    // Special category (health) on a public-task purpose with Art 9(2)(h): no explicit statement is needed.
    assert.deepEqual(drugsRecord.fields.filter((f) => f.startsWith('declared.')), ['declared.substances', 'declared.treatedBefore', 'declared.rentArrears']);
    const envelopes = buildDisclosures(story, definition, ['housing', 'drugs'], records);
    const of = (id: string) => envelopes.find((e) => e.serviceId === id)!;
    assert.deepEqual(of('housing').story.declared, { rentArrears: 125_000, noticeEnds: '2027-03-03' });
    assert.deepEqual(of('drugs').story.declared, { rentArrears: 125_000, substances: ['alcohol'] });
    assert.deepEqual(of('drugs').fields.filter((f) => f.startsWith('declared.')), ['declared.rentArrears', 'declared.substances']);
    // Refused: the service gets nothing, and its declared fields are withheld with the reason.
    const refused = records.map((r) => (r.serviceId === 'drugs' ? refuse(r, { now: at(3), actor: 'subject' }) : r));
    const after = buildDisclosures(story, definition, ['housing', 'drugs'], refused);
    assert.deepEqual(after.map((e) => e.serviceId), ['housing']);
    assert.deepEqual(buildDisclosures(story, definition, ['housing', 'drugs'], []), []);
  });
});
