import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpretSafeContact, safeContactAnswersOf } from '@onestory/core/answers';

// Issue 20: every problem in the safe-contact questions is reported at once, not one per
// Continue, each about its own question or box and in the order shown.

describe('interpretSafeContact', () => {
  it('reports every unanswered question and every box to fix at once, in the order shown', () => {
    const raw = { ...safeContactAnswersOf(undefined), call: 'yes', post: 'no', alternative: 'yes', alternativePhone: '12', visitTimes: 'x' } as const;
    const result = interpretSafeContact({ ...raw, textTimes: '' }, false);
    assert.equal(result.value, undefined);
    assert.deepEqual(result.problems?.map((p) => [p.code, p.controls?.[0]]), [
      ['fields.safeContact.voicemailRequired', 'voicemail-yes'],
      ['fields.safeContact.textRequired', 'text-yes'],
      ['fields.safeContact.emailRequired', 'email-yes'],
      ['fields.safeContact.visitRequired', 'visit-yes'],
      ['fields.safeContact.alternativeNameRequired', 'alternative-name'],
      ['fields.safeContact.alternativePhoneInvalid', 'alternative-phone'],
    ]);
    assert.equal(result.problem, result.problems![0]);
  });

  it('says which box is too long, with its limit', () => {
    const long = 'x'.repeat(201);
    const raw = { ...safeContactAnswersOf(undefined), call: 'yes', callTimes: long, voicemail: 'no', text: 'yes', textTimes: long, email: 'no', post: 'no', visit: 'no', alternative: 'no' } as const;
    const result = interpretSafeContact(raw, false);
    assert.deepEqual(result.problems?.map((p) => [p.code, p.params]), [
      ['fields.safeContact.callTimesTooLong', { max: 200 }],
      ['fields.safeContact.textTimesTooLong', { max: 200 }],
    ]);
  });

  it('nothing answered is one problem for the whole field when required, none when not', () => {
    assert.equal(interpretSafeContact(safeContactAnswersOf(undefined), true).problem?.code, 'fields.safeContact.required');
    assert.deepEqual(interpretSafeContact(safeContactAnswersOf(undefined), false), { value: undefined, problem: null });
  });
});
