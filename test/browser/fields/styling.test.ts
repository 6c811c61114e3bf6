import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/components/src/fields/fields.define.js';
import { type AnyField, controls, KEYBOARD_TEST_TIMEOUT, type MochaContext, mount } from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const example = (tag: string) => FIELD_EXAMPLES.find((each) => each.tag === tag)!;

function errorOf(field: AnyField): Element {
  return field.shadowRoot!.querySelector('[part~="error"]')!;
}

/** Adds a stylesheet to the document for one test. */
function pageStyles(cssText: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}

describe('field elements: look and theming', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  it('look like GOV.UK by default: error red, yellow focus ring, 2px black borders', async () => {
    const mounted = await mount(example('onestory-text-field'), { error: 'Enter your preferred name' });
    expect(getComputedStyle(errorOf(mounted.field)).color).to.equal('rgb(212, 53, 28)');
    const input = controls(mounted.field)[0]!;
    input.focus();
    const focused = getComputedStyle(input);
    expect(focused.outlineColor).to.equal('rgb(255, 221, 0)');
    expect(focused.outlineWidth).to.equal('3px');
    expect(getComputedStyle(mounted.field.shadowRoot!.querySelector('[part~="form-group"]')!).borderLeftColor).to.equal('rgb(212, 53, 28)');
    mounted.after.focus();
    expect(getComputedStyle(input).borderTopWidth).to.equal('2px');
  });

  it('take --onestory-* custom properties from any ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="theme"></div>`);
    const remove = pageStyles('.theme { --onestory-error-colour: rgb(0, 0, 255); --onestory-focus-colour: rgb(0, 128, 0); --onestory-font-family: serif; }');
    try {
      const mounted = await mount(example('onestory-text-field'), { error: 'Enter your preferred name' });
      wrapper.append(mounted.form);
      await mounted.field.updateComplete;
      expect(getComputedStyle(errorOf(mounted.field)).color).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(mounted.field).fontFamily).to.equal('serif');
      const input = controls(mounted.field)[0]!;
      input.focus();
      expect(getComputedStyle(input).outlineColor).to.equal('rgb(0, 128, 0)');
    } finally {
      remove();
    }
  });

  it('can be restyled through documented ::part()s', async () => {
    const remove = pageStyles(`
      onestory-date-field::part(input-year) { border-color: rgb(0, 128, 0); }
      onestory-date-field::part(label) { font-weight: 900; }
      onestory-radios::part(choice-label) { color: rgb(128, 0, 128); }
    `);
    try {
      const date = await mount(example('onestory-date-field'));
      const [day, , year] = controls(date.field);
      expect(getComputedStyle(year!).borderTopColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(day!).borderTopColor).to.equal('rgb(11, 12, 12)');
      expect(getComputedStyle(date.field.shadowRoot!.querySelector('legend')!).fontWeight).to.equal('900');
      const radios = await mount(example('onestory-radios'));
      expect(getComputedStyle(radios.field.shadowRoot!.querySelector('label')!).color).to.equal('rgb(128, 0, 128)');
    } finally {
      remove();
    }
  });

  it('let no page CSS in, and none of their own out', async () => {
    const remove = pageStyles(`
      input, label, legend, fieldset, p, div { border: 7px dotted rgb(255, 0, 0) !important; color: rgb(255, 0, 0) !important; }
    `);
    try {
      const mounted = await mount(example('onestory-address-field'), { error: 'Enter a postcode' });
      const input = controls(mounted.field)[0]!;
      expect(getComputedStyle(input).borderTopWidth).to.equal('2px');
      expect(getComputedStyle(errorOf(mounted.field)).color).to.equal('rgb(212, 53, 28)');
    } finally {
      remove();
    }
    // Class names used inside the fields mean nothing outside them.
    const outside = await fixture<HTMLParagraphElement>(html`<p class="error-message form-group--error visually-hidden">Outside</p>`);
    await mount(example('onestory-text-field'), { error: 'Inside' });
    const style = getComputedStyle(outside);
    expect(style.fontWeight).to.equal('400');
    expect(style.position).to.equal('static');
    expect(style.borderLeftStyle).to.equal('none');
  });

  it('run under a strict Content Security Policy and Trusted Types without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Strict CSP';
    document.body.append(frame);
    try {
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = new URL('./fixtures/strict-csp.html', import.meta.url).href;
      });
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      const violations: string[] = [];
      frameWindow.document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
      const form = frameWindow.document.querySelector('form')!;
      for (const each of FIELD_EXAMPLES) {
        await frameWindow.customElements.whenDefined(each.tag);
        const field = frameWindow.document.createElement(each.tag) as unknown as AnyField;
        Object.assign(field, { name: each.tag, hint: 'A hint', required: true }, each.props);
        form.append(field);
        await field.updateComplete;
        field.focus();
        await each.typeValid();
        field.error = 'Check this answer';
        await field.updateComplete;
      }
      form.reportValidity();
      await sendKeys({ press: 'Tab' });
      expect([...new frameWindow.FormData(form).keys()].length).to.be.greaterThan(12);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
