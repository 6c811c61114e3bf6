import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

// Guards the decorator choice in packages/components/tsconfig.json: standard (TC39)
// decorators on `accessor` fields must survive esbuild and drive Lit's reactivity.
@customElement('harness-decorated')
class HarnessDecorated extends LitElement {
  @property({ reflect: true }) accessor label = 'start';
  @state() accessor clicks = 0;

  override render() {
    return html`<button @click=${() => this.clicks++}>${this.label} ${this.clicks}</button>`;
  }
}

describe('harness: standard decorators', () => {
  it('make attributes, properties and state reactive', async () => {
    const el = await fixture<HarnessDecorated>(html`<harness-decorated label="from attribute"></harness-decorated>`);
    expect(el.label).to.equal('from attribute');

    el.shadowRoot?.querySelector('button')?.click();
    el.label = 'from property';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('button')?.textContent).to.equal('from property 1');
    expect(el.getAttribute('label')).to.equal('from property');
  });
});
