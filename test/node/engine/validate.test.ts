import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan, validateAll, validatePage, type Answers, type FieldPath, type MessageKey } from '@onestory/core';
import { fieldIssueMessage } from '@onestory/core/engine';
import { TODAY, address, definition } from './fixtures.js';

const everything = ['housing', 'youth', 'drugs'];
const planWith = (answers: Answers) =>
  plan({ definition, answers: { 'needs.domains': ['housing', 'drugsAlcohol'], 'person.dateOfBirth': '2000-01-01', ...answers }, chosenServices: everything, today: TODAY });

/** The one issue for `field` after answering it with `value` (the same in every language: words are made when shown). */
function issueFor(field: FieldPath, value: unknown) {
  const answers = { [field]: value } as Answers;
  const p = planWith(answers);
  const pageId = p.questions.find((q) => q.question.field === field)!.pageId;
  return validatePage(p, pageId, answers, { today: TODAY }).find((i) => i.field === field);
}

describe('validatePage', () => {
  const cases: [string, FieldPath, unknown, MessageKey, string, string][] = [
    ['a missing first name', 'person.givenName', undefined, 'required.person.givenName', 'Enter your first name', 'Rhowch eich enw cyntaf'],
    ['a blank first name', 'person.givenName', '   ', 'required.person.givenName', 'Enter your first name', 'Rhowch eich enw cyntaf'],
    ['a missing last name', 'person.familyName', undefined, 'required.person.familyName', 'Enter your last name', 'Rhowch eich cyfenw'],
    ['a too-long first name', 'person.givenName', 'x'.repeat(101), 'text.tooLong.named', 'Your answer to “First name” must be 100 characters or fewer', '“Enw cyntaf”: rhaid i’r ateb fod yn 100 nod neu lai'],
    ['a missing date of birth', 'person.dateOfBirth', undefined, 'required.person.dateOfBirth', 'Enter your date of birth', 'Rhowch eich dyddiad geni'],
    ['a date of birth that is not a real date', 'person.dateOfBirth', '2009-02-30', 'dob.real', 'Date of birth must be a real date', 'Rhaid i’r dyddiad geni fod yn ddyddiad go iawn'],
    ['a date of birth today', 'person.dateOfBirth', TODAY, 'dob.future', 'Date of birth must be in the past', 'Rhaid i’r dyddiad geni fod yn y gorffennol'],
    ['a date of birth over 130 years ago', 'person.dateOfBirth', '1890-01-01', 'dob.tooOld', 'Date of birth must be within the last 130 years', 'Rhaid i’r dyddiad geni fod o fewn y 130 mlynedd diwethaf'],
    ['an NHS number with a wrong check digit', 'person.nhsNumber', '9434765918', 'nhsNumber.invalid', 'Enter a valid 10-digit NHS number, like 943 476 5919', 'Rhowch rif GIG dilys sy’n 10 digid, fel 943 476 5919'],
    ['a missing address', 'contact.address', undefined, 'required.contact.address', 'Enter your address', 'Rhowch eich cyfeiriad'],
    ['an address with a blank first line', 'contact.address', { ...address, line1: ' ' }, 'address.line1', 'Enter the first line of your address, like the building and street', 'Rhowch linell gyntaf eich cyfeiriad, fel yr adeilad a’r stryd'],
    ['an address with no town', 'contact.address', { line1: '1 High Street', postcode: 'CF10 1AA' }, 'address.town', 'Enter the town or city', 'Rhowch y dref neu’r ddinas'],
    ['an address with a bad postcode', 'contact.address', { ...address, postcode: 'CF10 1CA' }, 'postcode.invalid', 'Enter a real UK postcode, like SW1A 2AA', 'Rhowch god post go iawn yn y DU, fel SW1A 2AA'],
    ['a missing phone number (drugs service requires it)', 'contact.phone', undefined, 'required.contact.phone', 'Enter a telephone number', 'Rhowch rif ffôn'],
    ['a phone number that is not UK-shaped', 'contact.phone', '12345', 'phone.invalid', 'Enter a telephone number, like 07700 900 982, or for a number outside the UK start with + and the country code, like +48 512 345 678', 'Rhowch rif ffôn, fel 07700 900 982, neu ar gyfer rhif y tu allan i’r DU dechreuwch gyda + a chod y wlad, fel +48 512 345 678'],
    ['an email with no @', 'contact.email', 'name.example.com', 'email.invalid', 'Enter an email address in the correct format, like name@example.com', 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com'],
    ['an answer that is not an option', 'risk.immediateDanger', 'maybe', 'option.invalid.named', 'Select one of the answers listed for “Is anyone in immediate danger?”', 'Dewiswch un o’r atebion a restrir ar gyfer “A oes unrhyw un mewn perygl uniongyrchol?”'],
    ['a need domain that does not exist', 'needs.domains', ['space'], 'option.invalid.named', 'Select one of the answers listed for “What do you need help with?”', 'Dewiswch un o’r atebion a restrir ar gyfer “Gyda beth mae angen help arnoch?”'],
    ['a missing housing story', 'needs.housing.description', undefined, 'required.named', 'Answer the question “Tell us about your housing”', 'Atebwch y cwestiwn “Dywedwch wrthym am eich tai”'],
    ['a household member with no name', 'household.members', [{ name: '', relationship: 'child', livesWith: true, roles: [] }], 'household.name', 'Enter the name of each person in your household', 'Rhowch enw pob person yn eich aelwyd'],
    ['a household member with an unknown relationship', 'household.members', [{ name: 'Sam', relationship: 'cousin', livesWith: true, roles: [] }], 'household.relationship', 'Select how each person is related to you', 'Dewiswch sut mae pob person yn perthyn i chi'],
    ['a household member aged 200', 'household.members', [{ name: 'Sam', relationship: 'child', livesWith: true, roles: [], age: 200 }], 'number.range.named', 'Enter a number between 0 and 130 for “Who lives with you?”', 'Rhowch rif o 0 i 130 ar gyfer “Pwy sy’n byw gyda chi?”'],
    ['a first name that is not text', 'person.givenName', 42, 'invalid.named', 'Check your answer to “First name”', 'Gwiriwch eich ateb i “Enw cyntaf”'],
  ];
  for (const [name, field, value, code, en, cy] of cases) {
    it(`${name}: ${code}, in English and Welsh`, () => {
      const english = issueFor(field, value);
      assert.equal(english?.code, code);
      assert.equal(fieldIssueMessage(english!, 'en'), en);
      assert.equal(fieldIssueMessage(issueFor(field, value)!, 'cy'), cy);
    });
  }

  it("uses the definition's own words for an unanswered question, in each language, and again after a language switch", () => {
    const custom = {
      ...definition,
      questions: definition.questions.map((q) =>
        q.field === 'needs.housing.description'
          ? { ...q, requiredMessage: { en: 'Tell us about your housing situation', cy: 'Dywedwch wrthym am eich sefyllfa dai' } }
          : q,
      ),
    };
    const answers: Answers = { 'needs.domains': ['housing'] };
    const p = plan({ definition: custom, answers, chosenServices: ['housing'], today: TODAY });
    const pageId = p.questions.find((q) => q.question.field === 'needs.housing.description')!.pageId;
    const [issue] = validatePage(p, pageId, answers, { today: TODAY }).filter((i) => i.field === 'needs.housing.description');
    assert.equal(fieldIssueMessage(issue!, 'en'), 'Tell us about your housing situation');
    assert.equal(fieldIssueMessage(issue!, 'cy'), 'Dywedwch wrthym am eich sefyllfa dai');
  });

  it('never gives two questions of a page the same message', () => {
    const answers: Answers = { 'needs.domains': ['housing', 'drugsAlcohol'] };
    const p = planWith(answers);
    for (const page of p.pages) {
      const messages = validatePage(p, page.page.id, {}, { today: TODAY }).map((i) => fieldIssueMessage(i, 'en'));
      assert.equal(new Set(messages).size, messages.length, `${page.page.id}: ${messages.join(' | ')}`);
    }
  });

  it('valid answers and unanswered optional questions give no issue', () => {
    const answers: Answers = {
      'person.givenName': 'Alex',
      'person.familyName': 'Jones',
      'person.dateOfBirth': '2005-03-27',
    };
    const p = planWith(answers);
    assert.deepEqual(validatePage(p, 'about-you', answers, { today: TODAY }), []);
  });

  it('gives one issue per question, in question order, with the question id', () => {
    const answers: Answers = { 'person.dateOfBirth': '2009-02-30' };
    const issues = validatePage(planWith(answers), 'about-you', answers, { today: TODAY });
    assert.deepEqual(issues.map((i) => [i.questionId, i.code]), [
      ['given-name', 'required.person.givenName'],
      ['family-name', 'required.person.familyName'],
      ['dob', 'dob.real'],
    ]);
  });

  it('reports raw input that could not be parsed before anything else', () => {
    const answers: Answers = {};
    const issues = validatePage(planWith(answers), 'about-you', answers, {
      today: TODAY,
      inputErrors: { 'person.dateOfBirth': 'date.missingMonth' },
    });
    const dob = issues.find((i) => i.field === 'person.dateOfBirth');
    assert.equal(dob?.code, 'date.missingMonth.named');
    assert.equal(fieldIssueMessage(dob!, 'cy'), '“Dyddiad geni”: rhaid i’r dyddiad gynnwys mis');
  });

  it('counts a prefilled value shown for confirmation as an answer', () => {
    const p = plan({ definition, answers: {}, prefill: { 'person.dateOfBirth': '2005-03-27' }, chosenServices: ['youth'], today: TODAY });
    const issues = validatePage(p, 'about-you', {}, { today: TODAY });
    assert.deepEqual(issues.map((i) => i.field), ['person.givenName']);
  });

  it('validateAll checks every page of the plan, and its issues are worded in any language', () => {
    const issues = validateAll(planWith({}), {}, { today: TODAY });
    assert.deepEqual(issues.map((i) => i.questionId), ['given-name', 'family-name', 'address', 'phone', 'housing-story', 'drugs-story']);
    assert.equal(fieldIssueMessage(issues[0]!, 'cy'), 'Rhowch eich enw cyntaf');
    assert.equal(fieldIssueMessage(issues[0]!, 'en'), 'Enter your first name');
  });
});
