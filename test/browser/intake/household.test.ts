import { expect } from '@open-wc/testing';
import { axeViolations } from '../helpers/a11y.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
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

  it('lets someone who lives alone answer the required question with "Nobody else" (issue 20)', async () => {
    // Health visiting needs to know who is in the household: the question is required.
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'health-visiting' });
    await fillPagesUntil(intake, 'Your household', {
      ...ANSWERS,
      'person.familyName': 'Evans',
      'person.dateOfBirth': '1996-05-04',
      'contact.address': { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' },
    });
    const field = shadow(intake).querySelector<HTMLElement & { value: unknown; label: string; updateComplete: Promise<boolean> }>(
      'onestory-household-field',
    )!;
    expect(field.label, 'the household question is required here').to.not.contain('optional');

    // Continue with nothing said: the question names itself, and offers "Nobody else".
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Your household');
    expect(shadow(intake).querySelector('.error-summary')?.textContent).to.contain('Who lives with you');
    await tabTo(/^Nobody else/);
    await press('Space');
    await field.updateComplete;
    expect(field.value).to.deep.equal([]);
    expect(field.shadowRoot!.querySelector('.member'), 'the boxes for a person are put away').to.equal(null);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);

    await clickContinue(intake);
    expect(headingText(intake)).to.not.equal('Your household');
    expect(shadow(intake).querySelector('.error-summary')).to.equal(null);
  });
});
