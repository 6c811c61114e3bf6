import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations } from '../helpers/a11y.js';

describe('harness: accessibility checks', () => {
  it('report each problem in an inaccessible fixture', async () => {
    const el = await fixture(html`
      <div>
        <img src="data:," />
        <button></button>
        <button aria-label="Previous" style="width: 8px; height: 8px; padding: 0"></button>
        <button aria-label="Next" style="width: 8px; height: 8px; padding: 0"></button>
      </div>
    `);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.have.members(['image-alt', 'button-name', 'target-size']);
    await expect(el).not.to.be.accessible();
  });

  it('pass an accessible fixture', async () => {
    const el = await fixture(html`
      <form>
        <label for="name">Your name</label>
        <input id="name" autocomplete="name" />
        <button>Continue</button>
      </form>
    `);
    expect((await axeViolations(el)).map((violation) => violation.id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
