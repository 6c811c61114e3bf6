import { expect } from '@open-wc/testing';
import { inLanguages } from '../../support/languages.js';
import { ANSWERS } from './answers.js';
import { fillPagesUntil } from './drive.js';
import { EARLY_HELP_URL, exampleDefinition, headingText, mountIntake, shadow, LONG_FLOW_MS, type SuiteContext } from './intake-helpers.js';

// The early-help example in the languages it can be declared in: English alone (a council
// in England), and English and Welsh, read in Welsh, where the organisation's contact is in
// Welsh too ("Hwb Cymorth Cynnar", not "Early Help Hub").

describe('intake: the early-help example in each language it declares', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);

  it('English alone: loads with no Welsh and no language switch, and reaches the privacy notice', async () => {
    const english = inLanguages(await exampleDefinition(EARLY_HELP_URL), ['en']);
    english['nation'] = 'england';
    const intake = await mountIntake(english, { services: 'money-advice' });
    expect(headingText(intake)).to.equal('Your safety');
    expect(shadow(intake).querySelectorAll('.toolbar button')).to.have.length(0);
    await fillPagesUntil(intake, 'How we use your information', ANSWERS['en']);
    expect(shadow(intake).querySelector('[part="privacy-notice"]')!.textContent).to.contain('Early Help Hub, Civic Centre, Morlan');
  });

  it('English and Welsh, read in Welsh: the contacts are in Welsh on the privacy notice and the consent question', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'money-advice', locale: 'cy' });
    expect(headingText(intake)).to.equal('Eich diogelwch');
    await fillPagesUntil(intake, 'Sut rydym yn defnyddio eich gwybodaeth', ANSWERS['cy']);
    const page = shadow(intake).textContent ?? '';
    const notice = shadow(intake).querySelector('[part="privacy-notice"]')!.textContent ?? '';
    expect(notice).to.contain('Cysylltu: Hwb Cymorth Cynnar, Canolfan Ddinesig, Morlan.');
    expect(notice).to.contain('Swyddog diogelu data: Swyddog Diogelu Data, Canolfan Ddinesig, Morlan.');
    expect(page).to.not.contain('Early Help Hub');
    expect(page).to.not.contain('Civic Centre');
  });
});
