import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerFor, chooseOption, DEFAULT_ANSWERS, shouldTick, textFor, type SeenBox } from '../../support/intake-answers.js';

// The intake drivers choose by what the person reads. Radio values are option indexes
// ("0", "1"), so a driver matching values or positions answers "Yes, someone is in danger"
// to the first question that offers it; these pin the choices to the labels.

const box = (fields: Partial<SeenBox>): SeenBox => ({ question: '', label: '', group: '', tag: 'input', type: 'text', autocomplete: '', inputmode: '', ...fields });
const radio = (question: string, label: string) => box({ question, label, group: question, type: 'radio' });

describe('intake answers, by what the person reads', () => {
  it('says nobody is in danger, whichever place "No" has among the options', () => {
    const question = 'Is anyone in danger right now?';
    assert.equal(chooseOption(radio(question, 'Yes'), ['Yes', 'No', 'I’m not sure'], DEFAULT_ANSWERS), 'No');
    assert.equal(chooseOption(radio(question, 'No'), ['I’m not sure', 'No', 'Yes'], DEFAULT_ANSWERS), 'No');
    assert.equal(chooseOption(radio('A oes unrhyw un mewn perygl ar hyn o bryd?', 'Oes'), ['Oes', 'Nac oes'], DEFAULT_ANSWERS), 'Nac oes');
  });

  it('reads a question shown as optional by its label', () => {
    assert.equal(chooseOption(radio('Do you need an interpreter? (optional)', 'No'), ['Yes, a spoken-language interpreter', 'No'], DEFAULT_ANSWERS), 'No');
  });

  it('refuses to guess: a choice no entry names is an error naming the question and what it offers', () => {
    assert.throws(() => chooseOption(radio('Which colour?', 'Red'), ['Red', 'Blue'], DEFAULT_ANSWERS), /No answer for "Which colour\?" \(it offers "Red", "Blue"\)/);
    assert.throws(() => chooseOption(radio('Is anyone in danger right now?', 'Yes'), ['Yes', 'Maybe'], DEFAULT_ANSWERS), /"No" .* is not offered/);
  });

  it('agrees to a consent question, whatever the purpose reads', () => {
    assert.equal(chooseOption(radio('Sharing your answers with Housing', 'No, I do not agree'), ['No, I do not agree', 'Yes, I agree'], DEFAULT_ANSWERS), 'Yes, I agree');
  });

  it('gives every item of a question one answer unless an item has its own, and a test map overrides the defaults', () => {
    const item = box({ question: 'Domestic abuse, stalking and harassment risk checklist (DASH) (optional)', group: '1. Has the current incident resulted in injury?', label: 'Yes', type: 'radio' });
    assert.equal(chooseOption(item, ['Yes', 'No', 'Not known'], DEFAULT_ANSWERS), 'No');
    assert.equal(chooseOption(item, ['Yes', 'No', 'Not known'], { ...DEFAULT_ANSWERS, '1. Has the current incident resulted in injury?': 'Yes' }), 'Yes', 'the item’s own entry comes first');
    assert.equal(chooseOption(radio('Is anyone in danger right now?', 'No'), ['Yes', 'No'], { ...DEFAULT_ANSWERS, 'Is anyone in danger right now?': 'Yes' }), 'Yes');
  });

  it('chooses a household member’s relationship by the select’s label, inside the member’s fieldset', () => {
    const relationship = box({ question: 'Who lives with you, or is important to your situation?', group: 'Person 1', label: 'How are they related to you?', tag: 'select', type: 'select' });
    assert.equal(chooseOption(relationship, ['Partner', 'Friend', 'Other'], DEFAULT_ANSWERS), 'Friend');
    const livesWith = box({ question: 'Who lives with you, or is important to your situation?', group: 'Do they live with you?', label: 'Yes', type: 'radio' });
    assert.equal(chooseOption(livesWith, ['Yes', 'No'], DEFAULT_ANSWERS), 'No');
  });

  it('leaves "Nobody else" unticked and ticks other boxes, from entries, not special cases', () => {
    const household = 'Who lives with you, or is important to your situation? (optional)';
    assert.equal(shouldTick(box({ question: household, type: 'checkbox', label: 'Nobody else: I live alone and there is no one else to tell you about' }), DEFAULT_ANSWERS), false);
    assert.equal(shouldTick(box({ question: 'What would you like help with?', type: 'checkbox', label: 'Housing or homelessness' }), DEFAULT_ANSWERS), true);
    assert.equal(shouldTick(box({ question: 'Q', type: 'checkbox', label: 'A' }), { Q: { tick: ['B'] } }), false);
  });

  it('types next year into a service’s own date, 21 years ago into a date of birth, pounds and pence into money', () => {
    const year = new Date().getFullYear();
    const notice = 'If you have been told to leave, when does your notice end? (optional)';
    assert.equal(textFor(box({ question: notice, group: notice, label: 'Year', inputmode: 'numeric' }), DEFAULT_ANSWERS), String(year + 1));
    assert.equal(textFor(box({ question: notice, group: notice, label: 'Day', inputmode: 'numeric' }), DEFAULT_ANSWERS), '28');
    assert.equal(textFor(box({ question: 'What is your date of birth?', label: 'Year', inputmode: 'numeric' }), DEFAULT_ANSWERS), String(year - 21));
    assert.equal(textFor(box({ question: 'How much rent do you owe, if any?', label: 'How much rent do you owe, if any?', inputmode: 'decimal' }), DEFAULT_ANSWERS), '1250.50');
    assert.equal(textFor(box({ question: 'Tell us about your housing situation', label: 'Tell us about your housing situation' }), DEFAULT_ANSWERS), undefined, 'free text is the test’s');
    assert.equal(answerFor(box({ question: 'X', label: 'Postcode', autocomplete: 'postal-code' }), DEFAULT_ANSWERS), undefined);
    assert.equal(textFor(box({ question: 'X', label: 'Postcode', autocomplete: 'postal-code' }), DEFAULT_ANSWERS), 'SA11 1AA');
  });
});
