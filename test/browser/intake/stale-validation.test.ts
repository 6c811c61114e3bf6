import { expect } from '@open-wc/testing';
import { answer, clickContinue, fillPagesUntil } from './drive.js';
import { EARLY_HELP_URL, WALKING_SKELETON_URL, deepActiveElement, exampleDefinition, focusPath, headingText, mountIntake, shadow } from './intake-helpers.js';
import { sendMouse } from '@web/test-runner-commands';
import { press, retype, tabTo, type } from './keyboard.js';

async function onAboutYou() {
  const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { services: 'housing-support' });
  await answer(intake, 'referrer.type', 'self');
  await clickContinue(intake);
  expect(headingText(intake)).to.equal('About you');
  await answer(intake, 'person.givenName', 'Sam');
  await answer(intake, 'person.dateOfBirth', '1990-02-28');
  return intake;
}

function phoneInput(intake: Element): HTMLInputElement {
  return shadow(shadow(intake).querySelector('[data-field="contact.phone"]')!).querySelector('input')!;
}

/** Clicks the centre of `element` with the mouse, as a person would: press, then release. */
async function mouseClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const continueButton = (intake: Element) => shadow(intake).querySelector('[data-action=continue]')!;

describe('intake: Continue acts on what is in the boxes now', () => {
  it('with the mouse: the first press reports the problem, and after the fix the first press moves on', async () => {
    const intake = await onAboutYou();
    phoneInput(intake).focus();
    await type('abc');
    await mouseClick(continueButton(intake));
    await intake.updateComplete;
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary');
    expect(summary, 'error summary after the first press').to.exist;
    expect(focusPath()).to.include(summary);
    phoneInput(intake).focus();
    await retype('07700 900 982');
    await mouseClick(continueButton(intake));
    await intake.updateComplete;
    expect(headingText(intake), 'moved on at the first press').to.equal('Housing');
  });

  it('reports a typed phone number that is not valid in the summary, focuses it, then moves on at the first press once fixed', async () => {
    const intake = await onAboutYou();
    phoneInput(intake).focus();
    await type('abc');
    await tabTo('Continue');
    await press('Enter');
    await intake.updateComplete;
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary');
    expect(summary, 'error summary').to.exist;
    expect(summary!.textContent).to.match(/telephone|phone/i);
    expect(focusPath()).to.include(summary);
    phoneInput(intake).focus();
    await retype('07700 900 982');
    await tabTo('Continue');
    await press('Enter');
    await intake.updateComplete;
    expect(headingText(intake), 'moved on at the first press').to.equal('Housing');
    void deepActiveElement;
  });
});

describe('intake: error messages name the question', () => {
  const summaryLinks = (intake: Element) =>
    [...shadow(intake).querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim() ?? '');

  it('says which question to answer, never "Select an option"', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { services: 'housing-support' });
    expect(headingText(intake)).to.equal('Who is filling in this form');
    await clickContinue(intake);
    expect(summaryLinks(intake)).to.deep.equal(['Select who is filling in this form']);
  });

  it('shows no two identical links in a summary, even where the definition gives no wording of its own', async () => {
    const definition = await exampleDefinition(EARLY_HELP_URL);
    // Without the definition's own words the messages quote each question.
    for (const question of definition['questions'] as Record<string, unknown>[]) delete question['requiredMessage'];
    const intake = await mountIntake(definition, { services: 'housing-support money-advice' });
    await fillPagesUntil(intake, 'Housing and money', { 'risk.immediateDanger': 'no', 'needs.domains': ['housing', 'money'], 'referrer.type': 'self',
      'person.givenName': 'Sam', 'person.familyName': 'Jones', 'person.dateOfBirth': '1990-02-28',
      'contact.address': { line1: '1 High Street', town: 'Neath', postcode: 'SA11 1AA' }, 'contact.phone': '07700 900 982',
      'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: { safe: false }, post: { safe: false }, visit: { safe: false }, voicemail: false } });
    await clickContinue(intake);
    const links = summaryLinks(intake);
    expect(links.length).to.be.greaterThan(1);
    expect(new Set(links).size, links.join(' | ')).to.equal(links.length);
    expect(links).to.include('Answer the question “Tell us about your money worries”');
  });
});
