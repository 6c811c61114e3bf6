import { expect, waitUntil } from '@open-wc/testing';
import { exampleDefinition, mountIntake, shadow } from './intake-helpers.js';

// A question whose field the definition declares is shown with the widget its declared
// type calls for, with its declared options: a choice as radios with each option, a date
// as a date field, a yes-no asked as checkboxes as one "Yes" box. (They were once all shown
// as text boxes, with no options to choose from.) The benchmark's real page holds each kind.

const BENCHMARK_200_URL = '/packages/schemas/examples/benchmark-200.definition.json';

describe('<onestory-intake> with declared fields', () => {
  it('shows each declared field with the widget and options its type calls for', async () => {
    const intake = await mountIntake(await exampleDefinition(BENCHMARK_200_URL), { services: 'early-help-referral' });
    const root = shadow(intake);
    await waitUntil(() => root.querySelectorAll('.questions > .question').length >= 170, 'the page never rendered', { timeout: 20_000 });

    const choice = root.querySelector('[data-field="declared.moreThanOneChild"]')!;
    expect(choice.localName).to.equal('onestory-radios');
    await (choice as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const labels = [...shadow(choice).querySelectorAll('input[type=radio]')].map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim());
    expect(labels).to.deep.equal(['Yes', 'No', 'Not known', 'Not asked yet']);

    expect(root.querySelector('[data-field="declared.childDateOfBirth"]')?.localName).to.equal('onestory-date-field');

    const tick = root.querySelector('[data-field="declared.childInterpreter"]')!;
    expect(tick.localName).to.equal('onestory-checkboxes');
    await (tick as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(tick).querySelectorAll('input[type=checkbox]')).to.have.length(1);
  });
});
