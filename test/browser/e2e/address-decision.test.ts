import { expect, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { answer, clickContinue, fillPagesUntil, sendAndRead } from '../intake/drive.js';
import { headingText, shadow, untilHeading, LONG_FLOW_MS, type SuiteContext } from '../intake/intake-helpers.js';
import { press, tabTo, type } from '../intake/keyboard.js';
import { mountEarlyHelp } from './people.js';

// Issue 20: someone afraid of a person in their household chooses housing support, which
// visits and writes to the household and needs their address. On `main` before this, the
// address was withheld from it without a word: here the person decides, on a screen of
// its own, what the service gets instead, and the envelope the endpoint stores says so.

const CONSENT = 'How we use your information';
const CHECK = 'Check your answers before sending';
const HOUSING = 'Housing support and homelessness prevention';
const HOME = { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' };
const unsafe = { safe: false };

const answersOf = (marker: string, extra: Record<string, unknown> = {}) => ({
  'referrer.type': 'self',
  'risk.immediateDanger': 'no',
  'needs.domains': ['housing'],
  'person.givenName': marker,
  'person.familyName': 'Price',
  'person.dateOfBirth': '1990-04-02',
  'contact.phone': '07700 900 982',
  'contact.address': HOME,
  'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: unsafe, post: unsafe, visit: unsafe, voicemail: false },
  'household.members': [{ name: 'Lee', relationship: 'partner', livesWith: true, roles: ['feared'] }],
  'needs.housing.description': 'We may have to leave.',
  'needs.housing.localAuthority': 'Neath Port Talbot',
  ...extra,
});


type Radios = HTMLElement & { value: unknown; options: { value: string; label: string }[] };

async function agreeToAll(intake: OneStoryIntakeElement, label: string): Promise<void> {
  for (const radios of shadow(intake).querySelectorAll<Radios>('onestory-radios[id^="consent-"]')) {
    radios.value = radios.options.find((option) => option.label === label)!.value;
    radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await intake.updateComplete;
}

/** Someone afraid of a person they live with, for themselves, agreed to share with housing support: the address screen. */
async function toAddressScreen(): Promise<{ intake: OneStoryIntakeElement; marker: string }> {
  const { intake, marker } = await mountEarlyHelp('housing-support');
  await fillPagesUntil(intake, CONSENT, answersOf(marker));
  await agreeToAll(intake, 'Yes, I agree');
  await clickContinue(intake);
  await untilHeading(intake, 'Keeping your address safe');
  return { intake, marker };
}

/** Chooses, on the address screen, what housing support may use. */
async function chooseAddress(intake: OneStoryIntakeElement, value: 'safe-address' | 'safe-way' | 'share-address'): Promise<void> {
  const choice = choiceOf(intake);
  choice.value = value;
  choice.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await intake.updateComplete;
}

const summaryText = (intake: OneStoryIntakeElement) => shadow(intake).querySelector('.error-summary')?.textContent?.replace(/\s+/g, ' ') ?? '';
const choiceOf = (intake: OneStoryIntakeElement) => shadow(intake).querySelector<Radios>('onestory-radios#who-address-housing-support')!;

describe('the address screen: someone afraid of a person in their household (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('decides with the person what housing support gets instead of their address, by keyboard, and the envelope says so', async () => {
    const { intake, marker } = await toAddressScreen();
    expect(shadow(intake).textContent).to.contain('You told us you are afraid of someone in your household or family');
    // The choices, in the person's own words, with the safe ways they marked.
    expect(choiceOf(intake).options.map((o) => o.label)).to.deep.equal([
      'A different address that is safe, such as a friend’s, a refuge’s or a PO box',
      'Not my address: only the safe ways I chose (phone calls, text messages)',
      `My home address. I understand ${HOUSING} may contact my household there`,
    ]);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);

    // Nothing is decided for them: Continue names the service that waits.
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Keeping your address safe');
    expect(summaryText(intake)).to.contain(`Select what ${HOUSING} may use to contact you`);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);

    // By keyboard: a safe address, written in box by box.
    await tabTo('A different address that is safe, such as a friend’s, a refuge’s or a PO box');
    await press('Space');
    await intake.updateComplete;
    await waitUntil(() => shadow(intake).querySelector('onestory-address-field#who-address-housing-support-safe'), 'the safe address is asked for');
    await clickContinue(intake);
    expect(summaryText(intake)).to.contain(`Enter the safe address ${HOUSING} may use`);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await tabTo(/^Building and street line 1 of 2/);
    await type('Flat 2, 9 Stryd y Castell');
    await tabTo('Town or city');
    await type('Port Talbot');
    await tabTo('Postcode');
    await type('sa13 1aa');
    await press('Tab');
    await clickContinue(intake);
    await untilHeading(intake, CHECK);

    const submission = await sendAndRead(intake, marker);
    const envelope = submission.disclosures.find((d) => d.serviceId === 'housing-support')!;
    const safeAddress = { line1: 'Flat 2, 9 Stryd y Castell', town: 'Port Talbot', postcode: 'SA13 1AA' };
    expect(envelope.addressDecision).to.deep.equal({ choice: 'safe-address', address: safeAddress });
    expect(envelope.story.contact?.address).to.deep.equal(safeAddress);
    expect(envelope.flags.fearedPersonPresent).to.equal(true);
  });

  it('a professional decides in the third person; the safe ways only, and the address stays withheld', async () => {
    const { intake, marker } = await mountEarlyHelp('housing-support');
    const professional = {
      'referrer.type': 'professional',
      'referrer.name': 'Dee Morgan',
      'referrer.role': 'Social worker',
      'referrer.organisation': 'Neath Port Talbot Council',
      'referrer.secureEmail': 'dee.morgan@npt.gov.uk',
    };
    await fillPagesUntil(intake, 'Their agreement to this referral', answersOf(marker, professional));
    const route = shadow(intake).querySelector<Radios>('onestory-radios#who-route')!;
    route.value = 'phone';
    route.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await clickContinue(intake);
    await untilHeading(intake, CONSENT);
    await agreeToAll(intake, 'Yes, they agree');
    await clickContinue(intake);
    await untilHeading(intake, 'Keeping their address safe');
    expect(shadow(intake).textContent).to.contain('You told us they are afraid of someone in their household or family');
    const labels = choiceOf(intake).options.map((o) => o.label);
    expect(labels[1]).to.equal('Not their address: only the safe ways they chose (phone calls, text messages)');
    expect(labels[2]).to.equal(`Their home address. They understand ${HOUSING} may contact their household there`);
    await clickContinue(intake);
    expect(summaryText(intake)).to.contain(`Select what ${HOUSING} may use to contact them`);
    await chooseAddress(intake, 'safe-way');
    await clickContinue(intake);
    await untilHeading(intake, CHECK);

    const submission = await sendAndRead(intake, marker);
    const envelope = submission.disclosures.find((d) => d.serviceId === 'housing-support')!;
    expect(envelope.addressDecision).to.deep.equal({ choice: 'safe-way', ways: ['call', 'text'] });
    expect(envelope.story.contact?.address).to.equal(undefined);
    expect(envelope.withheld).to.deep.include({ field: 'contact.address', reason: 'feared-person' });
  });
  it('the safe ways changed after choosing them, none left: asked again before sending, never refused at the last step', async () => {
    const { intake, marker } = await toAddressScreen();
    await chooseAddress(intake, 'safe-way');
    await clickContinue(intake);
    await untilHeading(intake, CHECK);
    // Back to safe contact from check your answers: nothing is safe any more.
    const change = [...shadow(intake).querySelectorAll<HTMLButtonElement>('.summary-list button')].find((b) => /contact you safely/.test(b.textContent ?? ''));
    expect(change, 'a Change link for safe contact').to.exist;
    change!.click();
    await intake.updateComplete;
    await waitUntil(() => shadow(intake).querySelector('[data-field="contact.safeContact"]'), 'the safe-contact page');
    await answer(intake, 'contact.safeContact', { call: unsafe, text: unsafe, email: unsafe, post: unsafe, visit: unsafe, voicemail: false });
    await clickContinue(intake);
    await untilHeading(intake, CHECK);
    // Accept and send: the address screen again, the service named, instead of "could not be sent".
    await clickContinue(intake);
    await untilHeading(intake, 'Keeping your address safe');
    expect(summaryText(intake)).to.contain(`Select what ${HOUSING} may use to contact you`);
    expect(choiceOf(intake).options.map((o) => o.value)).to.deep.equal(['safe-address', 'share-address']);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await chooseAddress(intake, 'share-address');
    await clickContinue(intake);
    const submission = await sendAndRead(intake, marker);
    const envelope = submission.disclosures.find((d) => d.serviceId === 'housing-support')!;
    expect(envelope.addressDecision).to.deep.equal({ choice: 'share-address', riskExplained: true });
    expect(envelope.story.contact?.address).to.deep.equal(HOME);
  });
});
