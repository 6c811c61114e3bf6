import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SafeContactSchema, translate, type SafeContact } from '@onestory/core';
import '../../../packages/components/src/fields/safe-contact/safe-contact.define.js';
import {
  entriesOf,
  expectedError,
  KEYBOARD_TEST_TIMEOUT,
  type MochaContext,
  mount,
  type Mounted,
  shownError,
  tabOut,
} from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const SAFE_CONTACT = FIELD_EXAMPLES.find((example) => example.tag === 'onestory-safe-contact-field')!;

function control(mounted: Mounted, id: string): HTMLInputElement | null {
  return mounted.field.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
}

/** Chooses an answer by clicking its label, as a person with a mouse or a tap does. */
async function choose(mounted: Mounted, id: string): Promise<void> {
  mounted.field.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${id}"]`)!.click();
  await mounted.field.updateComplete;
}

async function typeInto(mounted: Mounted, id: string, text: string): Promise<void> {
  control(mounted, id)!.focus();
  await sendKeys({ type: text });
  await mounted.field.updateComplete;
}

describe('<onestory-safe-contact-field>', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  it('gives the Story’s SafeContact shape, per channel with safe times, voicemail and an alternative', async () => {
    const mounted = await mount(SAFE_CONTACT);
    await choose(mounted, 'call-yes');
    await typeInto(mounted, 'call-times', 'Weekdays 9 to 3');
    await choose(mounted, 'voicemail-no');
    await choose(mounted, 'text-no');
    await choose(mounted, 'email-yes');
    await choose(mounted, 'post-no');
    await choose(mounted, 'visit-no');
    await choose(mounted, 'alternative-yes');
    await typeInto(mounted, 'alternative-name', 'Mair Evans');
    await typeInto(mounted, 'alternative-phone', '029 2018 0000');
    await typeInto(mounted, 'alternative-relationship', 'My sister');

    const expected: SafeContact = {
      call: { safe: true, times: 'Weekdays 9 to 3' },
      text: { safe: false },
      email: { safe: true },
      post: { safe: false },
      visit: { safe: false },
      voicemail: false,
      alternative: { name: 'Mair Evans', phone: '029 2018 0000', relationship: 'My sister' },
    };
    expect(mounted.field.value).to.deep.equal(expected);
    expect(SafeContactSchema.safeParse(mounted.field.value).success, 'valid against the Story schema').to.equal(true);
    expect(entriesOf(mounted.form)).to.deep.equal([
      ['answer.call.safe', 'true'],
      ['answer.call.times', 'Weekdays 9 to 3'],
      ['answer.text.safe', 'false'],
      ['answer.email.safe', 'true'],
      ['answer.post.safe', 'false'],
      ['answer.visit.safe', 'false'],
      ['answer.voicemail', 'false'],
      ['answer.alternative.name', 'Mair Evans'],
      ['answer.alternative.phone', '029 2018 0000'],
      ['answer.alternative.relationship', 'My sister'],
    ]);
  });

  it('asks follow-up questions only under a yes, and a no takes back what they said', async () => {
    const mounted = await mount(SAFE_CONTACT);
    expect(control(mounted, 'call-times')).to.equal(null);
    expect(control(mounted, 'voicemail-yes')).to.equal(null);
    await choose(mounted, 'call-yes');
    expect(control(mounted, 'call-times')).to.not.equal(null);
    await choose(mounted, 'voicemail-yes');
    for (const channel of ['text', 'email', 'post', 'visit', 'alternative']) await choose(mounted, `${channel}-no`);
    expect((mounted.field.value as unknown as SafeContact).voicemail).to.equal(true);

    await choose(mounted, 'call-no');
    expect(control(mounted, 'voicemail-yes'), 'voicemail is only asked when calls are safe').to.equal(null);
    expect(mounted.field.value).to.deep.include({ call: { safe: false }, voicemail: false });
  });

  for (const locale of ['en', 'cy'] as const) {
    it(`names every question still to answer, the first first, and highlights their answers (${locale})`, async () => {
      const mounted = await mount(SAFE_CONTACT, { locale });
      await choose(mounted, 'call-no');
      await tabOut(mounted);
      expect(shownError(mounted.field)).to.equal(expectedError(locale, translate(locale, 'fields.safeContact.textRequired')));
      const highlighted = [...mounted.field.shadowRoot!.querySelectorAll('[aria-invalid="true"]')].map((element) => element.id);
      expect(highlighted).to.deep.equal(['text-yes', 'text-no', 'email-yes', 'email-no', 'post-yes', 'post-no', 'visit-yes', 'visit-no']);
      expect(mounted.field.validity.valueMissing).to.equal(true);
      mounted.field.focus();
      expect(mounted.field.shadowRoot!.activeElement?.id).to.equal('text-yes');
    });
  }

  it('checks the alternative contact’s phone number, and focus() goes to it', async () => {
    const mounted = await mount(SAFE_CONTACT);
    for (const channel of ['call', 'text', 'email', 'post', 'visit']) await choose(mounted, `${channel}-no`);
    await choose(mounted, 'alternative-yes');
    await typeInto(mounted, 'alternative-name', 'Mair Evans');
    await typeInto(mounted, 'alternative-phone', '555-1234');
    await tabOut(mounted);
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'fields.safeContact.alternativePhoneInvalid')));
    mounted.field.focus();
    expect(mounted.field.shadowRoot!.activeElement?.id).to.equal('alternative-phone');
  });

  it('shows preferences set by the host, and gives them back unchanged', async () => {
    const value: SafeContact = {
      call: { safe: true },
      text: { safe: true, times: 'After 6pm' },
      email: { safe: false },
      post: { safe: false },
      visit: { safe: true, times: 'Tuesdays' },
      voicemail: true,
    };
    const mounted = await mount(SAFE_CONTACT, { value });
    expect(control(mounted, 'text-yes')!.checked).to.equal(true);
    expect(control(mounted, 'visit-times')!.value).to.equal('Tuesdays');
    expect(control(mounted, 'voicemail-yes')!.checked).to.equal(true);
    expect(control(mounted, 'alternative-no')!.checked).to.equal(true);
    expect(mounted.field.value).to.deep.equal(value);
  });

  it('asks the questions in Welsh with answers that follow the verb', async () => {
    const mounted = await mount(SAFE_CONTACT, { locale: 'cy' });
    const legends = [...mounted.field.shadowRoot!.querySelectorAll('[part="question-legend"]')].map((legend) => legend.textContent);
    expect(legends[0]).to.equal('A yw’n ddiogel eich ffonio?');
    const answers = [...mounted.field.shadowRoot!.querySelectorAll('label[for^="call-"]')].map((label) => label.textContent);
    expect(answers).to.deep.equal(['Ydy', 'Nac ydy']);
    expect(mounted.field.shadowRoot!.querySelector('[part="form-group"]')!.getAttribute('lang')).to.equal('cy');
  });
});
