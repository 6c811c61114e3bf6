import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnswers, plan, type Answers, type Question } from '@onestory/core';
import { formatAnswer, formatDate } from '@onestory/core/engine';
import { TODAY, address, definition } from './fixtures.js';

const question = (id: string): Question => definition.questions.find((q) => q.id === id)!;
const bare = (field: Question['field']): Question => ({ id: 'q', field, label: { en: 'Q', cy: 'C' } });

describe('checkAnswers', () => {
  const answers: Answers = {
    'risk.immediateDanger': 'no',
    'needs.domains': ['housing'],
    'person.givenName': 'Alex',
    'person.dateOfBirth': '2007-03-27',
    'contact.address': address,
  };
  const p = plan({ definition, answers, chosenServices: ['youth'], today: TODAY });

  it('has one row per question asked, in page order, with text labels and values', () => {
    const rows = checkAnswers(p, { locale: 'en' });
    assert.deepEqual(
      rows.map((r) => [r.questionId, r.label, r.value]),
      [
        ['danger', 'Is anyone in immediate danger?', ['No']],
        ['domains', 'What do you need help with?', ['Housing']],
        ['given-name', 'First name', ['Alex']],
        ['dob', 'Date of birth', ['27 March 2007']],
        ['phone', 'Phone', ['Not answered']],
        ['email', 'Email', ['Not answered']],
      ],
    );
  });

  it('never shows an answer to a question that is not asked', () => {
    const values = checkAnswers(p, { locale: 'en' }).flatMap((r) => r.value);
    assert.ok(!values.includes('1 High Street'), 'the youth service does not need the address');
  });

  it('gives each row a change link to its page that returns to check your answers', () => {
    for (const row of checkAnswers(p, { locale: 'en' })) {
      assert.deepEqual(row.change, { pageId: row.pageId, questionId: row.questionId, returnTo: 'check-answers' });
      assert.ok(p.pages.some((pg) => pg.page.id === row.pageId));
    }
  });

  it('speaks Welsh', () => {
    const rows = checkAnswers(p, { locale: 'cy' });
    assert.deepEqual(rows.find((r) => r.questionId === 'dob')?.value, ['27 Mawrth 2007']);
    assert.deepEqual(rows.find((r) => r.questionId === 'danger')?.value, ['Nac oes']);
    assert.deepEqual(rows.find((r) => r.questionId === 'phone')?.value, ['Heb ei ateb']);
    assert.equal(rows[0]?.label, 'A oes unrhyw un mewn perygl uniongyrchol?');
  });
});

describe('formatAnswer', () => {
  it('writes dates the GOV.UK way', () => {
    assert.equal(formatDate('2007-03-27', 'en'), '27 March 2007');
    assert.equal(formatDate('2007-12-01', 'cy'), '1 Rhagfyr 2007');
  });

  it('gives an address as its lines', () => {
    assert.deepEqual(formatAnswer(question('address'), { ...address, line2: 'Flat 2', county: '' }, 'en'), ['1 High Street', 'Flat 2', 'Cardiff', 'CF10 1AA']);
  });

  it('gives choices as option labels, one line each', () => {
    assert.deepEqual(formatAnswer(question('domains'), ['housing', 'drugsAlcohol'], 'cy'), ['Tai', 'Cyffuriau neu alcohol']);
  });

  it('words known values when the question has no options', () => {
    assert.deepEqual(formatAnswer(bare('risk.immediateDanger'), 'unknown', 'en'), ['Not known']);
    assert.deepEqual(formatAnswer(bare('access.interpreter'), 'bsl', 'en'), ['British Sign Language (BSL) interpreter']);
    assert.deepEqual(formatAnswer(bare('referrer.type'), 'self', 'cy'), ['Fi fy hun']);
    assert.deepEqual(formatAnswer(bare('needs.domains'), ['money', 'care'], 'en'), ['Money and debt', 'Care and support']);
    assert.deepEqual(formatAnswer(bare('person.nhsNumber'), '9434765919', 'en'), ['943 476 5919']);
    assert.deepEqual(formatAnswer(bare('risk.dash'), [...Array(5).fill('yes'), ...Array(19).fill('no')], 'en'), ['Yes to 5 of 24 questions']);
  });

  it('summarises household members, flagging a person the applicant is afraid of', () => {
    const lines = formatAnswer(
      question('household'),
      [
        { name: 'Sam', relationship: 'child', age: 4, livesWith: true, roles: ['child'], school: 'Ysgol Gymraeg' },
        { name: 'Chris', relationship: 'ex-partner', livesWith: false, roles: ['feared'] },
      ],
      'en',
    );
    assert.deepEqual(lines, [
      'Sam, child, age 4, lives with you, school: Ysgol Gymraeg',
      'Chris, ex-partner, does not live with you, you are afraid of this person',
    ]);
    // An empty household is the explicit "nobody else" answer (issue 20).
    assert.deepEqual(formatAnswer(question('household'), [], 'en'), ['Nobody else']);
  });

  it('summarises safe-contact preferences', () => {
    const lines = formatAnswer(
      question('safe-contact'),
      {
        call: { safe: true, times: 'weekdays 9 to 3' },
        text: { safe: true },
        email: { safe: false },
        post: { safe: false },
        visit: { safe: false },
        voicemail: false,
        alternative: { name: 'Jo', phone: '07700 900982', relationship: 'sister' },
      },
      'en',
    );
    assert.deepEqual(lines, [
      'Safe to contact by: phone call (weekdays 9 to 3), text message',
      'Do not contact by: email, letter, home visit',
      'Safe to leave a voicemail: No',
      'Someone safe to contact instead: Jo, 07700 900982, sister',
    ]);
  });

  it('returns text as text: markup stays literal and long text keeps its lines', () => {
    assert.deepEqual(formatAnswer(question('housing-story'), '<img src=x onerror=alert(1)>\nSecond line', 'en'), [
      '<img src=x onerror=alert(1)>',
      'Second line',
    ]);
  });
});
