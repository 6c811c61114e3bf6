import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { translate } from '@onestory/core';
import '../../../packages/components/src/fields/checklist/checklist.define.js';
import {
  controls,
  entriesOf,
  expectedError,
  KEYBOARD_TEST_TIMEOUT,
  type MochaContext,
  mount,
  type Mounted,
  shownError,
  tabInto,
  tabOut,
} from './contract.js';
import { CHECKLIST_ITEMS, FIELD_EXAMPLES } from './examples.js';

const CHECKLIST = FIELD_EXAMPLES.find((example) => example.tag === 'onestory-checklist')!;

const press = (key: string) => sendKeys({ press: key });

function radio(mounted: Mounted, id: string): HTMLInputElement {
  return mounted.field.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
}

/** The ids of the radios marked aria-invalid. */
function invalidRadios(mounted: Mounted): string[] {
  return controls(mounted.field)
    .filter((control) => control.getAttribute('aria-invalid') === 'true')
    .map((control) => control.id);
}

describe('<onestory-checklist>', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);

  it('is answered item by item with the keyboard: Tab between items, arrows within one', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ value: `q${i}`, label: `Question ${i + 1}` }));
    const mounted = await mount(CHECKLIST, { options: items });
    await tabInto(mounted);
    // An optional checklist starts with "I'd rather not answer these"; Tab goes past it.
    expect(mounted.field.shadowRoot!.activeElement?.getAttribute('part')).to.equal('decline');
    await press('Tab');
    // Yes; No; Not known; (back up from Not known to No); Yes.
    for (const keys of [['Space'], ['ArrowDown'], ['ArrowDown', 'ArrowDown'], ['ArrowDown', 'ArrowDown', 'ArrowUp'], ['Space']]) {
      for (const key of keys) await press(key);
      await press('Tab');
    }
    expect(mounted.field.value).to.deep.equal(['yes', 'no', 'unknown', 'no', 'yes']);
    expect(entriesOf(mounted.form)).to.deep.equal([
      ['answer', 'yes'],
      ['answer', 'no'],
      ['answer', 'unknown'],
      ['answer', 'no'],
      ['answer', 'yes'],
    ]);
    expect(mounted.field.validity.valid).to.equal(true);
    // Each item is its own radio group, its legend numbered.
    const legends = [...mounted.field.shadowRoot!.querySelectorAll('[part~="item-label"]')].map((legend) => legend.textContent?.trim());
    expect(legends).to.deep.equal(items.map((item, i) => `${i + 1}. ${item.label}`));
    expect(new Set(controls(mounted.field).map((control) => (control as HTMLInputElement).name)).size).to.equal(5);
  });

  it('shows the checklist error on leaving a partial answer, marks only the unanswered items, and focus() goes to the first of them', async () => {
    const mounted = await mount(CHECKLIST);
    await tabInto(mounted);
    await press('Tab'); // past "I'd rather not answer these"
    await press('Space'); // item 1: Yes
    await press('Tab');
    await press('Tab'); // item 3: Yes (ArrowDown would choose No)
    await press('Space');
    await mounted.field.updateComplete;
    expect(shownError(mounted.field), 'quiet while answering').to.equal('');
    expect(mounted.field.value).to.equal(undefined);
    expect(mounted.field.validity.badInput).to.equal(true);
    expect(mounted.field.validationMessage).to.equal(translate('en', 'dash.answers'));

    await tabOut(mounted);
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'dash.answers')));
    expect(invalidRadios(mounted)).to.deep.equal(['item-1-yes', 'item-1-no', 'item-1-unknown']);
    const items = [...mounted.field.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.map((item) => item.classList.contains('checklist__item--error'))).to.deep.equal([false, true, false]);

    mounted.field.focus();
    expect(mounted.field.shadowRoot!.activeElement?.id).to.equal('item-1-yes');
    await press('ArrowDown'); // item 2: No
    await mounted.field.updateComplete;
    expect(mounted.field.value).to.deep.equal(['yes', 'no', 'yes']);
    expect(shownError(mounted.field)).to.equal('');
    expect(invalidRadios(mounted)).to.deep.equal([]);
  });

  it('is in Welsh when its locale is cy: answer labels and messages', async () => {
    const mounted = await mount(CHECKLIST, { locale: 'cy', required: true });
    const labels = [...mounted.field.shadowRoot!.querySelectorAll('[part~="choice-label"]')].slice(0, 3).map((label) => label.textContent);
    expect(labels).to.deep.equal([translate('cy', 'answer.yes'), translate('cy', 'answer.no'), translate('cy', 'answer.unknown')]);
    expect(labels).to.deep.equal(['Ie', 'Na', 'Ddim yn gwybod']);
    expect(mounted.field.shadowRoot!.querySelector('[part~="form-group"]')!.getAttribute('lang')).to.equal('cy');
    mounted.form.requestSubmit();
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal(expectedError('cy', translate('cy', 'dash.answers')));
  });

  it('shows a value set by the host in the radios, and links each item’s hint to its fieldset', async () => {
    const mounted = await mount(CHECKLIST, { value: ['no', 'unknown', 'yes'] });
    const checked = controls(mounted.field)
      .filter((control) => (control as HTMLInputElement).checked)
      .map((control) => control.id);
    expect(checked).to.deep.equal(['item-0-no', 'item-1-unknown', 'item-2-yes']);
    mounted.field.value = ['yes', 'yes', 'no'];
    await mounted.field.updateComplete;
    expect(radio(mounted, 'item-0-yes').checked).to.equal(true);
    expect(radio(mounted, 'item-0-no').checked).to.equal(false);
    expect(radio(mounted, 'item-2-no').checked).to.equal(true);

    const withHint = mounted.field.shadowRoot!.querySelectorAll('[part~="item"] fieldset')[2]!;
    const hint = mounted.field.shadowRoot!.getElementById(withHint.getAttribute('aria-describedby')!)!;
    expect(hint.getAttribute('part')).to.equal('item-hint');
    expect(hint.textContent).to.equal(CHECKLIST_ITEMS[2]!.hint);
  });

  it('reports an unusable value from the host in the console, without the value, and keeps the field empty', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const mounted = await mount(CHECKLIST, { value: ['yes', 'maybe', 'no'] });
      expect(mounted.field.value).to.equal(undefined);
      expect(controls(mounted.field).some((control) => (control as HTMLInputElement).checked)).to.equal(false);
      // More answers than items: the items changed under the value.
      const longer = await mount(CHECKLIST, { value: ['yes', 'no', 'no', 'yes'] });
      expect(longer.field.value).to.equal(undefined);
      expect(longer.field.validity.badInput).to.equal(true);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(2);
    for (const error of errors) expect(error).to.include('[onestory:value-invalid]').and.include('<onestory-checklist>').and.include('"value"').and.not.include('maybe');
  });

  it('keeps the answers when the items are re-given in another language', async () => {
    const mounted = await mount(CHECKLIST, { value: ['yes', 'no', 'unknown'] });
    mounted.field.locale = 'cy';
    (mounted.field as typeof mounted.field & { options: unknown }).options = CHECKLIST_ITEMS.map((item) => ({ ...item, label: `${item.label} (cy)` }));
    await mounted.field.updateComplete;
    expect(mounted.field.value).to.deep.equal(['yes', 'no', 'unknown']);
    expect(mounted.field.shadowRoot!.querySelector('[part~="item-label"]')!.textContent).to.equal(`1. ${CHECKLIST_ITEMS[0]!.label} (cy)`);
  });
});
