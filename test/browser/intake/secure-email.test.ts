import { expect } from '@open-wc/testing';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { answer, fillPagesUntil } from './drive.js';
import { EARLY_HELP_URL, exampleDefinition, mountIntake, shadow, LONG_FLOW_MS, type SuiteContext } from './intake-helpers.js';

// A professional offering a personal webmail address as their "secure email" for replies
// is warned, not blocked (issue 20).

describe('intake: a professional\'s secure email address', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('warns about personal webmail, and not about a work address', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'adult-social-care' });
    await fillPagesUntil(intake, 'Your details as the referrer', {
      'risk.immediateDanger': 'no',
      'referrer.type': 'professional',
      'person.givenName': 'Rhys',
      'person.familyName': 'Price',
      'person.dateOfBirth': '1950-01-10',
      'contact.address': { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' },
    });
    const warning = () => shadow(intake).querySelector('.warning[role=status]')?.textContent?.trim() ?? '';
    expect(warning()).to.equal('');
    await answer(intake, 'referrer.secureEmail', 'dee.morgan@gmail.com');
    expect(warning()).to.contain('This looks like a personal email address');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await answer(intake, 'referrer.secureEmail', 'dee.morgan@npt.gov.uk');
    expect(warning()).to.equal('');
  });
});
