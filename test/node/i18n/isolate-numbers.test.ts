import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { registerCatalogue, translate, unregisterCatalogue } from '@onestory/core';
import { en, isolateNumbers } from '@onestory/core/i18n';

// A number in groups inside right-to-left text is wrapped in first-strong isolates (LRI … PDI),
// so the browser keeps its groups in order; the rendering itself is proven in Chromium
// (test/browser/intake/early-help-languages.test.ts).
const isolated = (run: string) => `\u2066${run}\u2069`;

describe('isolateNumbers: numbers in groups keep their order on a right-to-left page', () => {
  afterEach(() => {
    unregisterCatalogue('ar');
    unregisterCatalogue('pl');
  });

  it('isolates phone numbers, NHS numbers and dates typed in groups, and nothing else', () => {
    assert.equal(isolateNumbers('مثلًا، 07700 900 982. يمكنك'), `مثلًا، ${isolated('07700 900 982')}. يمكنك`);
    assert.equal(isolateNumbers('مثل 943 476 5919 أو 27 3 2007'), `مثل ${isolated('943 476 5919')} أو ${isolated('27 3 2007')}`);
    assert.equal(isolateNumbers('6 سنوات بعد 999'), '6 سنوات بعد 999', 'a single number needs nothing');
    assert.equal(isolateNumbers('الرمز البريدي SA11 1AA'), 'الرمز البريدي SA11 1AA', 'a postcode reads left to right already: its letters are');
  });

  it('is idempotent', () => {
    const once = isolateNumbers('اتصل على 0808 2000 247 أو 0808 80 10 800');
    assert.equal(once, `اتصل على ${isolated('0808 2000 247')} أو ${isolated('0808 80 10 800')}`);
    assert.equal(isolateNumbers(once), once);
  });

  it('applies to the messages of a right-to-left catalogue only', () => {
    registerCatalogue('ar', { 'consent.receipt.complaint': 'على ico.org.uk أو 0303 123 1113.' }, 'rtl');
    registerCatalogue('pl', { 'consent.receipt.complaint': 'ico.org.uk lub 0303 123 1113.' }, 'ltr');
    assert.equal(translate('ar', 'consent.receipt.complaint'), `على ico.org.uk أو ${isolated('0303 123 1113')}.`);
    assert.equal(translate('pl', 'consent.receipt.complaint'), 'ico.org.uk lub 0303 123 1113.');
    assert.equal(translate('en', 'consent.receipt.complaint'), en['consent.receipt.complaint']);
  });
});
