import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Question } from '@onestory/core';
import { autocompleteFor, optionsFor, widgetFor } from '@onestory/core/engine';

const question = (field: Question['field'], extra: Partial<Question> = {}): Question => ({
  id: 'q',
  field,
  label: { en: 'Question', cy: 'Cwestiwn' },
  ...extra,
});

describe('how a question is shown', () => {
  it('uses the question’s own widget, else its field’s natural one, else a text box', () => {
    assert.equal(widgetFor(question('person.givenName', { widget: 'textarea' })), 'textarea');
    assert.equal(widgetFor(question('person.dateOfBirth')), 'date');
    assert.equal(widgetFor(question('risk.dash')), 'checklist');
    assert.equal(widgetFor(question('needs.money.description')), 'textarea');
    assert.equal(widgetFor(question('person.givenName')), 'text');
  });

  it('offers the Story’s own values, worded in the person’s language, when a choice question has no options', () => {
    assert.deepEqual(optionsFor(question('risk.immediateDanger'), 'cy').map((o) => [o.value, o.label]), [
      ['yes', 'Ie'],
      ['no', 'Na'],
      ['unknown', 'Ddim yn gwybod'],
    ]);
    const own = question('risk.immediateDanger', { options: [{ value: 'yes', label: { en: 'Yes, now', cy: 'Ydy, nawr' }, hint: { en: 'Call 999', cy: 'Ffoniwch 999' } }] });
    assert.deepEqual(optionsFor(own, 'en'), [{ value: 'yes', label: 'Yes, now', hint: 'Call 999' }]);
  });

  it('names the autocomplete token browsers fill from (WCAG 1.3.5), none where none fits', () => {
    assert.equal(autocompleteFor('person.givenName'), 'given-name');
    assert.equal(autocompleteFor('contact.phone'), 'tel');
    assert.equal(autocompleteFor('needs.money.description'), '');
  });
});
