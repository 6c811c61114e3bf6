import { expect, waitUntil } from '@open-wc/testing';
import { PROFESSIONAL_REFERRAL } from './answers.js';
import { answer, clickContinue, fillPagesUntil, fillUntilRiskChecklist } from './drive.js';
import {
  EARLY_HELP_URL,
  deepActiveElement,
  exampleDefinition,
  focusPath,
  headingText,
  mountIntake,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';
import { walkJourney } from './journey.js';
import { focusedName, press, retype, tabTo, type } from './keyboard.js';

// The full early-help example: front-door questions first, emergency contacts at once, and
// a GOV.UK date of birth corrected by keyboard.

describe('intake: early-help example', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('shows emergency contacts the moment someone says they are in immediate danger', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL));
    expect(headingText(intake)).to.equal('Your safety');
    expect(shadow(intake).querySelector('[part="emergency"]')).to.equal(null);

    await tabTo(/^Yes/);
    await press('Space');
    await intake.updateComplete;
    const emergency = shadow(intake).querySelector('[part="emergency"]');
    expect(emergency, 'shown before continuing').to.exist;
    const calls = [...emergency!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(calls[0]).to.equal('tel:999');
    expect(emergency!.textContent).to.contain('Police, fire or ambulance: call 999');
    await waitUntil(
      () => shadow(intake).querySelector('#announcer')?.textContent === 'If you are in immediate danger, call 999 now',
      undefined,
      { timeout: 5000 },
    );
    expect(focusedName(), 'focus stays where the person is').to.match(/^Yes/);

    await press('ArrowDown'); // "No"
    await intake.updateComplete;
    expect(shadow(intake).querySelector('[part="emergency"]')).to.equal(null);
  });

  it('explains why a service is not open to the person, and suggests the ones that fit', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL));
    await answer(intake, 'risk.immediateDanger', 'no');
    await clickContinue(intake);
    await answer(intake, 'needs.domains', ['money']);
    await clickContinue(intake);
    // What decides eligibility comes before the choice, who is filling in first (it decides
    // how those questions are worded); not giving them is allowed.
    expect(headingText(intake)).to.equal('Who is filling in this form');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Date of birth');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Address');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Get help from local services');
    const services = shadow(intake).querySelector('#services')!;
    const hints = services.shadowRoot!.textContent ?? '';
    expect(hints).to.contain('Suggested for what you told us');
    expect(hints).to.contain('We cannot check your postcode yet');
  });

  it('finds an impossible date of birth, links to it from the summary, and takes the correction by keyboard', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'drug-alcohol' });
    await answer(intake, 'risk.immediateDanger', 'no');
    await clickContinue(intake);
    await clickContinue(intake); // no need chosen: optional
    // The front-door pages come first, then who is filling in and what decides eligibility
    // (the drug and alcohol service is for adults), before the services step.
    expect(headingText(intake)).to.equal('Who is filling in this form');
    await answer(intake, 'referrer.type', 'self');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Date of birth');

    await tabTo('Day');
    await type('30');
    await press('Tab');
    await type('2');
    await press('Tab');
    await type('1990');
    await tabTo('Continue');
    await press('Enter');
    await intake.updateComplete;

    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary')!;
    expect(focusPath()).to.include(summary);
    const field = shadow(intake).querySelector<HTMLElement & { error: string }>('[data-field="person.dateOfBirth"]')!;
    expect(field.error).to.equal('Date of birth must be a real date');
    expect(summary.querySelector('a')?.textContent).to.equal('Date of birth must be a real date');
    await press('Tab');
    await press('Enter');
    expect(focusPath()).to.include(field);
    expect(focusedName()).to.equal('Day');
    await retype('28');
    await tabTo('Continue');
    await press('Enter');
    await intake.updateComplete;
    expect(headingText(intake)).to.not.equal('Date of birth');
    expect(deepActiveElement()?.localName).to.equal('h1');
  });

  it('asks the DASH risk checklist on the domestic-abuse path: 24 questions, each yes, no or not known', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'domestic-abuse' });
    await fillUntilRiskChecklist(intake);
    type Checklist = HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
    const checklist = shadow(intake).querySelector<Checklist>('[data-field="risk.dash"]')!;
    expect(checklist.localName).to.equal('onestory-checklist');
    await checklist.updateComplete;
    const items = [...checklist.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items).to.have.length(24);
    expect(items[0]!.querySelector('legend')!.textContent).to.equal('1. Has the current incident resulted in injury?');
    expect(items[23]!.querySelector('legend')!.textContent).to.contain('24. Do you know if the person who is hurting you has ever been in trouble with the police');
    expect(checklist.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(72);
    expect(shadow(intake).textContent).to.not.contain('cannot be answered here yet');

    // One item answered by keyboard is not enough: the page says to answer them all.
    checklist.focus();
    await press('Space');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Risk checklist');
    expect(shadow(intake).querySelector('.error-summary')!.textContent).to.contain('Answer each question in the checklist with yes, no or not known');

    await answer(intake, 'risk.dash', [...Array(14).fill('yes'), ...Array(10).fill('no')]);
    await clickContinue(intake);
    expect(headingText(intake)).to.not.equal('Risk checklist');
  });

  it('offers a professional the options about the person, and check your answers shows the one chosen the same way (issue 20)', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'housing-support' });
    const answers = { ...PROFESSIONAL_REFERRAL, 'needs.domains': ['housing'], 'declared.tenure': 'private-rent' };
    type Radios = HTMLElement & { updateComplete: Promise<boolean> };
    let offered: string[] = [];
    await walkJourney(intake, { answers, services: ['housing-support'] }, async () => {
      const tenure = shadow(intake).querySelector<Radios>('onestory-radios[data-field="declared.tenure"]');
      if (!tenure) return;
      await tenure.updateComplete;
      offered = [...tenure.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    });
    expect(offered).to.include.members(['They rent from a private landlord', 'They own their home or have a mortgage', 'They have nowhere to stay']);
    expect(offered.join(' ')).to.not.match(/\bI (rent|own|stay|have)\b/);
    const row = [...shadow(intake).querySelectorAll('.summary-list > div')].find((r) => r.querySelector('dt')?.textContent?.trim() === 'Where do they live now?');
    expect(row, 'a check your answers row for the tenure question').to.exist;
    expect(row!.querySelector('dd')!.textContent!.trim()).to.equal('They rent from a private landlord');
  });

  it('tells someone outside the area at the services step: the service cannot be chosen, why, and where to go instead', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL));
    await fillPagesUntil(intake, 'Get help from local services', {
      'risk.immediateDanger': 'no',
      'needs.domains': ['money'],
      'person.dateOfBirth': '1990-02-28',
      'contact.address': { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' },
    });
    const services = shadow(intake).querySelector<HTMLElement & { value: unknown }>('#services')!;
    const money = services.shadowRoot!.querySelector<HTMLInputElement>('input[id="option-3"]')!;
    expect(services.shadowRoot!.querySelector(`label[for="${money.id}"]`)!.textContent).to.equal('Money and debt advice');
    expect(money.disabled, 'cannot be ticked').to.equal(true);
    const hint = services.shadowRoot!.querySelector(`#${money.id}-hint`) as HTMLElement;
    const lines = hint.innerText.split('\n').map((line) => line.trim());
    expect(lines).to.include('You cannot choose this service.');
    expect(lines).to.include('This service does not cover the area where you live.');
    expect(lines).to.include('Citizens Advice can help wherever you live: call Advicelink Cymru on 0800 702 2020.');
    expect(hint.innerText, 'facts do not run together').to.not.match(/Council Suggested|us You cannot/);
    money.click();
    await intake.updateComplete;
    expect(money.checked).to.equal(false);
    expect(services.value ?? []).to.deep.equal([]);
    // A service open to the person can still be chosen, and the flow goes on.
    const domestic = services.shadowRoot!.querySelector<HTMLInputElement>('input[id="option-2"]')!;
    expect(domestic.disabled).to.equal(false);
    domestic.click();
    await clickContinue(intake);
    expect(headingText(intake)).to.not.equal('Get help from local services');
  });

  it('says so at the services step when a service chosen by the host is not open to the person', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'money-advice' });
    await fillPagesUntil(intake, 'Get help from local services', {
      'risk.immediateDanger': 'no',
      'referrer.type': 'self',
      'person.dateOfBirth': '1990-02-28',
      'contact.address': { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' },
    });
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Get help from local services');
    const summary = shadow(intake).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Money and debt advice is not available to you');
    expect(focusPath()).to.include(summary);
  });

});
