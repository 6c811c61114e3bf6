import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseAnswer } from '@onestory/core/story';

describe('normaliseAnswer: a field element’s value as the Story holds it', () => {
  it('gives an NHS number its canonical ten digits, however it was typed', () => {
    assert.equal(normaliseAnswer('person.nhsNumber', '943 476 5919'), '9434765919');
    assert.equal(normaliseAnswer('person.nhsNumber', '943-476-5919'), '9434765919');
  });

  it('leaves every other answer, and a value that is not text, as it is', () => {
    assert.equal(normaliseAnswer('person.givenName', '  Siân  '), '  Siân  ');
    assert.deepEqual(normaliseAnswer('needs.domains', ['housing']), ['housing']);
    assert.equal(normaliseAnswer('person.nhsNumber', undefined), undefined);
  });
});
