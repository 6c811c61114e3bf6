import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/components/src/fields/fields.define.js';
import { controls, entriesOf, KEYBOARD_TEST_TIMEOUT, type MochaContext, mount, tabInto } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const example = (tag: string) => FIELD_EXAMPLES.find((each) => each.tag === tag)!;

const TYPED_OPTIONS = [
  { value: 0, label: 'None' },
  { value: 2, label: 'Two' },
  { value: true, label: 'Yes' },
];

describe('choice fields (radios, checkboxes, select)', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  it('keep the type of option values: numbers and booleans stay numbers and booleans', async () => {
    const radios = await mount(example('onestory-radios'), { options: TYPED_OPTIONS });
    await tabInto(radios);
    await sendKeys({ press: 'ArrowDown' });
    expect(radios.field.value).to.equal(2);
    expect(entriesOf(radios.form)).to.deep.equal([['answer', '2']]);

    const select = await mount(example('onestory-select'), { options: TYPED_OPTIONS });
    await tabInto(select);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(select.field.value).to.equal(true);

    const checkboxes = await mount(example('onestory-checkboxes'), { options: TYPED_OPTIONS });
    await tabInto(checkboxes);
    await sendKeys({ press: 'Space' });
    expect(checkboxes.field.value).to.deep.equal([0]);
  });

  it('match a value given as an attribute to the option it spells', async () => {
    const select = await mount(example('onestory-select'), { options: TYPED_OPTIONS });
    select.field.setAttribute('value', '2');
    await select.field.updateComplete;
    expect(select.field.value).to.equal(2);
    expect((controls(select.field)[0] as HTMLSelectElement).selectedOptions[0]!.textContent).to.equal('Two');
  });

  it('give checked answers in the options’ order, whatever order they were ticked in', async () => {
    const mounted = await mount(example('onestory-checkboxes'));
    const root = mounted.field.shadowRoot!;
    root.querySelector<HTMLLabelElement>('label[for="option-2"]')!.click();
    root.querySelector<HTMLLabelElement>('label[for="option-0"]')!.click();
    await mounted.field.updateComplete;
    expect(mounted.field.value).to.deep.equal(['housing', 'safety']);
    root.querySelector<HTMLLabelElement>('label[for="option-2"]')!.click();
    expect(mounted.field.value).to.deep.equal(['housing']);
  });

  it('link each option’s hint to its input', async () => {
    for (const tag of ['onestory-radios', 'onestory-checkboxes']) {
      const mounted = await mount(example(tag));
      const withHint = controls(mounted.field).find((input) => input.hasAttribute('aria-describedby'))!;
      const hint = mounted.field.shadowRoot!.getElementById(withHint.getAttribute('aria-describedby')!)!;
      expect(hint.getAttribute('part')).to.equal('choice-hint');
      expect(hint.textContent).to.not.equal('');
    }
  });

  it('give every radio and checkbox a target of at least 24 by 24 pixels', async () => {
    for (const tag of ['onestory-radios', 'onestory-checkboxes', 'onestory-safe-contact-field', 'onestory-checklist']) {
      const mounted = await mount(example(tag));
      for (const input of controls(mounted.field)) {
        const { width, height } = input.getBoundingClientRect();
        expect(width, `${tag} #${input.id} width`).to.be.at.least(24);
        expect(height, `${tag} #${input.id} height`).to.be.at.least(24);
      }
    }
  });

  it('lay inline answers side by side, each label on one line', async () => {
    const options = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'unknown', label: 'Not known' }];
    const mounted = await mount(example('onestory-radios'), { inline: true, options });
    await (mounted.field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const labels = [...mounted.field.shadowRoot!.querySelectorAll<HTMLElement>('.choice__label')];
    expect(labels.map((label) => label.textContent?.trim())).to.deep.equal(['Yes', 'No', 'Not known']);
    const lineHeight = parseFloat(getComputedStyle(labels[0]!).lineHeight);
    for (const label of labels) {
      const text = document.createRange();
      text.selectNodeContents(label);
      // One line box per label: a squeezed label breaks "Yes" into a letter a line.
      expect(text.getBoundingClientRect().height, label.textContent!).to.be.below(lineHeight * 1.5);
    }
    const [first, second] = labels.map((label) => label.getBoundingClientRect());
    expect(second!.left, 'side by side').to.be.greaterThan(first!.right);
  });

  it('report malformed options in the console, naming the property, and render none', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const mounted = await mount(example('onestory-radios'), { options: [{ value: { nested: true }, label: 'Broken' }] });
      expect(controls(mounted.field)).to.have.length(0);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<onestory-radios>').and.include('"options"');
    // Its code, and the docs entry that explains it (docs/warnings.md).
    expect(errors[0]).to.include('[onestory:options-invalid] See docs/warnings.md#options-invalid');
  });
});
