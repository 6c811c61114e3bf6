import { expect } from '@open-wc/testing';
import { answer, chooseServices, clickContinue } from './drive.js';
import {
  WALKING_SKELETON_URL,
  exampleDefinition,
  focusPath,
  headingText,
  mountIntake,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';
import { focusedName, press, tabTo, type } from './keyboard.js';

type Field = HTMLElement & { value: unknown; label: string; error: string; locale: string };

describe('intake: English and Welsh', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('switches language from a visible control, keeping every answer, choice and error', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL));
    await chooseServices(intake, ['housing-support', 'money-advice']);
    await clickContinue(intake);
    await answer(intake, 'referrer.type', 'self');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('About you');

    // Half the page typed by keyboard, then a failed continue for the missing phone.
    await tabTo('First name');
    await type('Siân');
    await clickContinue(intake);
    const phone = () => shadow(intake).querySelector<Field>('[data-field="contact.phone"]')!;
    expect(phone().error).to.equal('Enter a telephone number');

    const toggle = () => shadow(intake).querySelector<HTMLButtonElement>('.toolbar button')!;
    expect(toggle().textContent?.trim()).to.equal('Cymraeg');
    expect(toggle().lang).to.equal('cy');
    await tabTo('Cymraeg');
    await press('Enter');
    await intake.updateComplete;

    expect(intake.locale).to.equal('cy');
    expect(headingText(intake)).to.equal('Amdanoch chi');
    expect(shadow(intake).querySelector('.intake')?.getAttribute('lang')).to.equal('cy');
    const name = shadow(intake).querySelector<Field>('[data-field="person.givenName"]')!;
    expect(name.value, 'typed answer kept').to.equal('Siân');
    expect(name.label).to.equal('Enw cyntaf');
    expect(name.locale).to.equal('cy');
    expect(phone().error, 'error re-worded in Welsh').to.equal('Rhowch rif ffôn');
    expect(shadow(intake).querySelector('.error-summary h2')?.textContent).to.equal('Mae problem wedi codi');
    expect(shadow(intake).querySelector('#announcer')?.textContent).to.equal('Mae’r ffurflen nawr yn Gymraeg');
    expect(focusedName(), 'focus stays on the switch').to.equal('English');
    expect(focusPath()).to.include(intake);

    await clickContinue(intake); // still missing the phone: stays
    expect(headingText(intake)).to.equal('Amdanoch chi');
    await tabTo('English');
    await press('Enter');
    await intake.updateComplete;
    expect(headingText(intake)).to.equal('About you');
    expect(shadow(intake).querySelector<Field>('[data-field="person.givenName"]')!.value).to.equal('Siân');
  });

  it('records the language the person finished in with the submission', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { locale: 'cy', services: 'money-advice' });
    expect(headingText(intake)).to.equal('Pwy sy’n llenwi’r ffurflen hon');
    let locale: string | undefined;
    intake.addEventListener('onestory-submit', (event) => {
      locale = event.detail.submission.locale;
      event.preventDefault();
    });
    await answer(intake, 'referrer.type', 'self');
    await clickContinue(intake);
    await answer(intake, 'person.givenName', 'Siân');
    await answer(intake, 'contact.phone', '07700 900 982');
    await clickContinue(intake);
    await answer(intake, 'needs.money.description', 'Dyledion');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Sut rydym yn defnyddio eich gwybodaeth');
    const radios = shadow(intake).querySelector<Field>('#consent-money-advice-advice')!;
    radios.value = 'given';
    radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Gwiriwch eich atebion cyn anfon');
    await clickContinue(intake);
    expect(locale).to.equal('cy');
  });
});
