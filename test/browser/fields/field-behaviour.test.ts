import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { translate } from '@onestory/core';
import '../../../packages/components/src/fields/fields.define.js';
import {
  controls,
  expectedError,
  namedMessage,
  KEYBOARD_TEST_TIMEOUT,
  type MochaContext,
  mount,
  shownError,
  tabInto,
  tabOut,
} from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const example = (tag: string) => FIELD_EXAMPLES.find((each) => each.tag === tag)!;

async function captureConsoleErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}

describe('field elements: shared behaviour', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  it('show an error set by the host at once, on every control, and are invalid until it is cleared', async () => {
    for (const tag of ['onestory-text-field', 'onestory-date-field', 'onestory-radios']) {
      const mounted = await mount(example(tag), { error: 'Enter the date you moved in' });
      expect(shownError(mounted.field)).to.equal('Error: Enter the date you moved in');
      expect(mounted.field.matches(':state(user-invalid)')).to.equal(true);
      expect(controls(mounted.field).every((control) => control.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect(mounted.field.validity.customError).to.equal(true);
      expect(mounted.field.validationMessage).to.equal('Enter the date you moved in');
      mounted.form.requestSubmit();
      expect(mounted.submits(), tag).to.equal(0);

      mounted.field.error = '';
      await mounted.field.updateComplete;
      expect(shownError(mounted.field)).to.equal('');
      expect(mounted.field.validity.valid).to.equal(true);
      mounted.form.requestSubmit();
      expect(mounted.submits(), tag).to.equal(1);
    }
  });

  it('keep the answer and re-word the shown error when the language changes', async () => {
    const mounted = await mount(example('onestory-email-field'));
    await tabInto(mounted);
    await sendKeys({ type: 'sam@example' });
    await tabOut(mounted);
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'email.invalid')));
    mounted.field.locale = 'cy';
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal(expectedError('cy', translate('cy', 'email.invalid')));
    expect(mounted.field.validationMessage).to.equal(translate('cy', 'email.invalid'));
    expect((controls(mounted.field)[0] as HTMLInputElement).value).to.equal('sam@example');
  });

  it('stay quiet when validity is read, and show the error when checkValidity() or reportValidity() is called', async () => {
    const mounted = await mount(example('onestory-phone-field'), { required: true });
    expect(mounted.field.validity.valid).to.equal(false);
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal('');
    expect(mounted.field.checkValidity()).to.equal(false);
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'required.contact.phone')));

    const other = await mount(example('onestory-phone-field'), { required: true });
    expect(other.field.reportValidity()).to.equal(false);
    await other.field.updateComplete;
    expect(other.field.matches(':state(user-invalid)')).to.equal(true);
  });

  it('add nothing to the page: no hidden inputs, no light-DOM children', async () => {
    for (const each of FIELD_EXAMPLES) {
      const mounted = await mount(each, { value: each.validValue });
      expect(mounted.field.childNodes.length, each.tag).to.equal(0);
      expect(mounted.form.querySelectorAll('input').length, each.tag).to.equal(0);
    }
  });

  it('render no style attributes, so a strict style-src CSP blocks nothing', async () => {
    for (const each of FIELD_EXAMPLES) {
      const mounted = await mount(each, { value: each.validValue, error: 'Check this', hint: 'A hint' });
      expect(mounted.field.shadowRoot!.querySelectorAll('[style]').length, each.tag).to.equal(0);
    }
  });

  it('apply numeric limits, with the message naming them', async () => {
    const mounted = await mount(example('onestory-number-field'));
    await tabInto(mounted);
    await sendKeys({ type: '21' });
    await tabOut(mounted);
    const label = example('onestory-number-field').props['label'] as string;
    expect(shownError(mounted.field)).to.equal(expectedError('en', namedMessage('en', 'number.range', label, { min: 0, max: 20 })));
    expect(mounted.field.validity.rangeOverflow).to.equal(true);

    const lowOnly = await mount(example('onestory-number-field'), { min: 1, max: undefined });
    lowOnly.field.value = 0 as never;
    expect(lowOnly.field.validationMessage).to.equal(namedMessage('en', 'fields.number.min', label, { min: 1 }));
    expect(lowOnly.field.validity.rangeUnderflow).to.equal(true);

    const commas = await mount(example('onestory-number-field'), { max: 5000 });
    await tabInto(commas);
    await sendKeys({ type: '1,200' });
    expect(commas.field.value).to.equal(1200);
  });

  it('tell the developer about a missing label or an unknown locale, and fall back to English', async () => {
    const errors = await captureConsoleErrors(async () => {
      const mounted = await mount(example('onestory-text-field'), { label: '', locale: 'fr' });
      mounted.form.requestSubmit();
      mounted.field.required = true;
      await mounted.field.updateComplete;
      expect(mounted.field.validationMessage).to.equal(translate('en', 'required'));
    });
    expect(errors.some((error) => error.includes('"label"'))).to.equal(true);
    expect(errors.some((error) => error.includes('"locale"') && error.includes('"cy"'))).to.equal(true);
  });

  it('work inside another element’s shadow root, still submitting with a form there', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const form = document.createElement('form');
      const field = document.createElement('onestory-text-field');
      field.name = 'answer';
      field.label = 'Your reference';
      field.value = 'ABC123';
      form.append(field);
      root.append(form);
      await field.updateComplete;
      expect([...new FormData(form).entries()]).to.deep.equal([['answer', 'ABC123']]);
      let composedInputs = 0;
      host.addEventListener('input', () => composedInputs++);
      field.focus();
      await sendKeys({ type: 'D' });
      expect(composedInputs, 'input crosses the outer shadow boundary').to.equal(1);
    } finally {
      host.remove();
    }
  });
});
