import { expect } from '@open-wc/testing';
import { translate } from '@onestory/core';
import { answer, chooseServices, clickContinue, decide, fillPagesUntil } from './drive.js';
import {
  WALKING_SKELETON_URL,
  deepActiveElement,
  exampleDefinition,
  focusPath,
  headingText,
  mountIntake,
  shadow,
} from './intake-helpers.js';
import { focusedName, press } from './keyboard.js';

// GOV.UK error handling: a summary at the top that takes focus after a failed continue,
// with links that move focus to the field in question; and inline errors on the fields.

async function skeletonOnAboutYou() {
  const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { services: 'housing-support' });
  await answer(intake, 'referrer.type', 'self');
  await clickContinue(intake);
  expect(headingText(intake)).to.equal('About you');
  return intake;
}

describe('intake: error summary and inline errors', () => {
  it('shows no error before the person tries to continue', async () => {
    const intake = await skeletonOnAboutYou();
    expect(shadow(intake).querySelector('.error-summary')).to.equal(null);
    for (const field of shadow(intake).querySelectorAll<HTMLElement & { error: string }>('[data-field]')) {
      expect(field.error).to.equal('');
    }
  });

  it('focuses the summary after a failed continue, lists each problem in order, and shows each inline', async () => {
    const intake = await skeletonOnAboutYou();
    await clickContinue(intake);
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary')!;
    expect(summary, 'summary shown').to.exist;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focusPath()).to.include(summary);
    expect(summary.querySelector('h2')?.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent?.trim());
    const fields = [...shadow(intake).querySelectorAll<HTMLElement & { error: string; label: string }>('[data-field]')];
    expect(links).to.deep.equal(fields.map((field) => field.error));
    expect(links.length).to.be.greaterThan(1);
    expect(links[0]).to.equal('Enter your first name');
    expect(headingText(intake), 'stays on the page').to.equal('About you');
  });

  it('moves focus to the field when a summary link is followed by keyboard', async () => {
    const intake = await skeletonOnAboutYou();
    await clickContinue(intake);
    const fields = [...shadow(intake).querySelectorAll<HTMLElement>('[data-field]')];
    await press('Tab'); // first link
    await press('Tab'); // second link
    expect(focusedName()).to.equal((fields[1] as HTMLElement & { error: string }).error);
    await press('Enter');
    expect(focusPath()).to.include(fields[1]);
    expect(deepActiveElement()?.localName).to.equal('input');
  });

  it('moves focus from the summary to the services when none is chosen', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL));
    await clickContinue(intake);
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).to.contain('Select at least one service');
    expect(focusPath()).to.include(summary);
    await press('Tab');
    await press('Enter');
    expect(focusPath()).to.include(shadow(intake).querySelector('#services'));
    expect((shadow(intake).querySelector('#services') as HTMLElement & { error: string }).error).to.contain(
      'Select at least one service',
    );
    // Worded where it is shown: in Welsh once the page is.
    intake.locale = 'cy';
    await intake.updateComplete;
    expect(shadow(intake).querySelector('.error-summary')!.textContent).to.contain(translate('cy', 'flow.services.required'));
    intake.locale = 'en';
    await intake.updateComplete;
    await chooseServices(intake, ['money-advice']);
    await clickContinue(intake);
    expect(shadow(intake).querySelector('.error-summary')).to.equal(null);
  });

  it('names each consent question left undecided, service and purpose, and its link reaches it', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { services: 'housing-support money-advice' });
    await fillPagesUntil(intake, 'How we use your information');
    await decide(intake, 'housing-support', 'referral', 'given');
    await clickContinue(intake);
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary')!;
    const links = [...summary.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([['Select yes or no for Money advice: To give you advice about money and debt.', '#consent-money-advice-advice']]);
    expect((shadow(intake).querySelector('#consent-money-advice-advice') as HTMLElement & { error: string }).error).to.equal(links[0]![0]);
    // Deciding it clears it.
    await decide(intake, 'money-advice', 'advice', 'refused');
    expect((shadow(intake).querySelector('#consent-money-advice-advice') as HTMLElement & { error: string }).error).to.equal('');
  });

  it('moves focus to the new page heading and announces it politely', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL));
    const announcer = shadow(intake).querySelector('#announcer')!;
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    expect(announcer.textContent, 'nothing announced on first render').to.equal('');
    expect(focusPath(), 'no focus stolen on first render').to.not.include(intake);
    await chooseServices(intake, ['money-advice']);
    await clickContinue(intake);
    const heading = shadow(intake).querySelector('h1')!;
    expect(deepActiveElement()).to.equal(heading);
    expect(announcer.textContent).to.match(/^Who is filling in this form\. Step 2$/);
  });
});
