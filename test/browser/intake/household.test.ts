import { expect } from '@open-wc/testing';
import { axeViolations } from '../helpers/a11y.js';
import { clickContinue, fillPagesUntil } from './drive.js';
import {
  EARLY_HELP_URL,
  exampleDefinition,
  focusPath,
  headingText,
  mountIntake,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';
import { focusedName, press, tabTo, type } from './keyboard.js';

// The household question ("add another" pattern), in the early-help example, where the
// domestic abuse service needs it.

const ANSWERS = {
  'risk.immediateDanger': 'no',
  'needs.domains': ['safety'],
  'referrer.type': 'self',
  'person.givenName': 'Jo',
  'contact.phone': '07700 900 982',
  'contact.safeContact': {
    call: { safe: true },
    text: { safe: true },
    email: { safe: false },
    post: { safe: false },
    visit: { safe: false },
    voicemail: false,
  },
  'needs.safety.description': 'My ex-partner follows me.',
};

async function onHouseholdPage() {
  const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'domestic-abuse' });
  await fillPagesUntil(intake, 'Your household', ANSWERS);
  return intake;
}

describe('intake: household members', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('is accessible, and adds and removes people by keyboard with focus where it helps', async () => {
    const intake = await onHouseholdPage();
    const violations = (await axeViolations(intake)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
    expect(violations).to.deep.equal([]);

    await tabTo('Their name');
    await type('Alex');
    await press('Tab'); // relationship
    expect(focusedName()).to.equal('How are they related to you?');
    await press('ArrowDown');
    await press('ArrowDown'); // "Ex-partner"
    await tabTo('Yes');
    await press('Space');
    await tabTo('I am afraid of this person');
    await press('Space');

    await tabTo('Add another person');
    await press('Enter');
    await intake.updateComplete;
    const field = shadow(intake).querySelector('onestory-household-field')!;
    expect(focusPath()).to.include(field);
    expect(focusedName()).to.equal('Their name');
    expect(field.shadowRoot!.querySelectorAll('.member')).to.have.length(2);
    await type('Kim');
    await tabTo('Remove person 2');
    await press('Enter');
    await field.updateComplete;
    expect(field.shadowRoot!.querySelectorAll('.member')).to.have.length(1);

    const value = (field as unknown as { value: unknown }).value;
    expect(value).to.deep.equal([{ name: 'Alex', relationship: 'ex-partner', livesWith: true, roles: ['feared'] }]);
  });

  it('points at the part of a person that is missing', async () => {
    const intake = await onHouseholdPage();
    const field = shadow(intake).querySelector<HTMLElement & { value: unknown; error: string }>('onestory-household-field')!;
    await tabTo('Their name');
    await type('Alex');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Your household');
    expect(field.error).to.equal('Select how each person is related to you');
    const link = shadow(intake).querySelector<HTMLAnchorElement>('.error-summary a')!;
    link.click();
    expect(focusedName()).to.equal('How are they related to you?');
  });
});
