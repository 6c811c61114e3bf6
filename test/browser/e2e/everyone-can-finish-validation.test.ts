import { expect, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint, type StoredRecord } from '../helpers/endpoint.js';
import { axeViolations } from '../helpers/a11y.js';
import { answer, chooseServices, clickContinue, decide, fillPagesUntil, fillUntilRiskChecklist, SKELETON_ANSWERS } from '../intake/drive.js';
import { EARLY_HELP_URL, WALKING_SKELETON_URL, deepActiveElement, exampleDefinition, headingText, mountIntake, shadow, LONG_FLOW_MS, type SuiteContext } from '../intake/intake-helpers.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { retype } from '../intake/keyboard.js';

// Issue 20: everyone who starts can finish. Scripted journeys that reach "sent" against the
// real reference endpoint on 127.0.0.1, and the stored submission read back: the records
// must say what really happened.

const SENT = 'Your information has been sent';
const expectNoAxeViolations = async (intake: Element) => expect((await axeViolations(intake)).map((v) => v.id)).to.deep.equal([]);
const marker = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 8)}`;

async function storedWith(text: string): Promise<StoredRecord> {
  const endpoint = await testEndpoint();
  let found: StoredRecord | undefined;
  await waitUntil(async () => (found = (await endpoint.submissions()).find((r) => JSON.stringify(r).includes(text))) !== undefined, 'never stored', { timeout: 5000 });
  return found!;
}

async function send(intake: OneStoryIntakeElement): Promise<void> {
  expect(headingText(intake)).to.equal('Check your answers before sending');
  await clickContinue(intake);
  await waitUntil(() => headingText(intake) === SENT, `never sent (heading "${headingText(intake)}")`, { timeout: 10_000 });
}

type Valued = HTMLElement & { value: unknown };

/** Answers the fields shown (but `except`) with `answers`. */
async function answerShown(intake: OneStoryIntakeElement, answers: Record<string, unknown>, except?: string): Promise<void> {
  for (const element of shadow(intake).querySelectorAll<Valued>('[data-field]')) {
    const field = element.dataset['field']!;
    if (field !== except && field in answers) await answer(intake, field, answers[field]);
  }
}

/** Goes on until the page asking the telephone number, then types `phone` into it by keyboard. */
async function typePhone(intake: OneStoryIntakeElement, answers: Record<string, unknown>, phone: string): Promise<void> {
  for (let step = 0; step < 12 && !shadow(intake).querySelector('[data-field="contact.phone"]'); step++) {
    await answerShown(intake, answers);
    await clickContinue(intake);
  }
  shadow(intake).querySelector<HTMLElement>('[data-field="contact.phone"]')!.shadowRoot!.querySelector('input')!.focus();
  await retype(phone);
  await answerShown(intake, answers, 'contact.phone');
}

describe('everyone can finish: validation and eligibility journeys (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);

  it('someone outside the area is told at the services step, chooses a service open to them, and the submission reaches only it', async () => {
    const endpoint = await testEndpoint();
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { endpoint: `${endpoint.url}/submissions` });
    const name = marker('Cardiff');
    const channel = { safe: false };
    const answers = {
      ...SKELETON_ANSWERS,
      'needs.domains': ['money', 'drugsAlcohol'],
      'person.givenName': name,
      'contact.address': { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' },
      'contact.safeContact': { call: { safe: true }, text: channel, email: channel, post: channel, visit: channel, voicemail: false },
      'needs.drugsAlcohol.description': 'I drink every day and want to stop.',
    };
    await fillPagesUntil(intake, 'Get help from local services', answers);

    // Told here, not after "Accept and send": money advice cannot be ticked, with the reason
    // and the signpost each in its own sentence.
    const services = shadow(intake).querySelector<HTMLElement & { value: unknown }>('#services')!;
    const money = [...services.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find(
      (input) => services.shadowRoot!.querySelector(`label[for="${input.id}"]`)?.textContent === 'Money and debt advice',
    )!;
    expect(money.disabled, 'a service the person cannot use cannot be chosen').to.equal(true);
    const hint = (services.shadowRoot!.querySelector(`#${money.id}-hint`) as HTMLElement).innerText.split('\n').map((l) => l.trim());
    expect(hint).to.include('This service does not cover the area where you live.');
    expect(hint.some((line) => line.startsWith('Citizens Advice can help wherever you live'))).to.equal(true);
    await expectNoAxeViolations(intake);

    await chooseServices(intake, ['drug-alcohol']);
    await clickContinue(intake);
    await fillPagesUntil(intake, 'How we use your information', answers);
    await decide(intake, 'drug-alcohol', 'referral', 'given');
    await decide(intake, 'drug-alcohol', 'harm-reduction-texts', 'refused');
    await clickContinue(intake);
    await send(intake);

    const { submission } = await storedWith(name);
    expect(submission.disclosures.map((d) => d.serviceId)).to.deep.equal(['drug-alcohol']);
    expect(submission.consents.map((c) => `${c.serviceId}/${c.purposeId}:${c.agreementToShare.status}`).sort()).to.deep.equal([
      'drug-alcohol/harm-reduction-texts:declined',
      'drug-alcohol/referral:agreed',
    ]);
    // The person agreed online, themselves: the records say so.
    const given = submission.consents.flatMap((c) => c.events.filter((e) => e.type === 'given'));
    expect(given.every((e) => e.actor === 'subject' && e.method === 'online')).to.equal(true);
  });

  it('someone with a Polish phone number types it in international form, and it is sent as typed', async () => {
    const endpoint = await testEndpoint();
    const intake = await mountIntake(WALKING_SKELETON_URL, { endpoint: `${endpoint.url}/submissions`, services: 'housing-support' });
    const name = marker('Polska');
    const answers = { ...SKELETON_ANSWERS, 'person.givenName': name };
    await typePhone(intake, answers, '+48 512 345 678');
    const page = headingText(intake);
    await clickContinue(intake);
    expect(shadow(intake).querySelector('.error-summary')?.textContent ?? '', 'no error for an international number').to.equal('');
    expect(headingText(intake), 'the page moves on').to.not.equal(page);

    await fillPagesUntil(intake, 'How we use your information', answers);
    await decide(intake, 'housing-support', 'referral', 'given');
    await clickContinue(intake);
    expect(shadow(intake).textContent).to.contain('+48 512 345 678');
    await send(intake);

    const { submission } = await storedWith(name);
    const housing = submission.disclosures.find((d) => d.serviceId === 'housing-support')!;
    expect(housing.story.contact?.phone).to.equal('+48 512 345 678');
  });

  it('the optional DASH checklist says before it starts that all 24 will be asked, and can be left unanswered after one was answered', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'domestic-abuse' });
    await fillUntilRiskChecklist(intake);
    type Checklist = HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
    const checklist = shadow(intake).querySelector<Checklist>('[data-field="risk.dash"]')!;
    await checklist.updateComplete;
    const root = checklist.shadowRoot!;
    const notice = root.querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.contain('If you start, you will be asked to answer all 24 of them');
    const first = root.querySelector('[part~="item"]')!;
    expect(notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING, 'said before the first question').to.not.equal(0);
    await expectNoAxeViolations(intake);

    // One answered, then the person changes their mind.
    root.querySelector<HTMLInputElement>('#item-0-yes')!.click();
    await checklist.updateComplete;
    const decline = root.querySelector<HTMLButtonElement>('[part~="decline"]')!;
    expect(decline.textContent!.trim()).to.equal('I’d rather not answer these');
    decline.focus();
    decline.click();
    await checklist.updateComplete;
    await intake.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#item-0-yes')!.checked).to.equal(false);
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('You can continue without it');
    await expectNoAxeViolations(intake);
    await clickContinue(intake);
    expect(shadow(intake).querySelector('.error-summary'), 'no error: the checklist is optional').to.equal(null);
    expect(headingText(intake)).to.not.equal('Risk checklist');
  });

  it('a UK-shaped number still follows UK rules: 0770 090 09 is too short, with the question named', async () => {
    const intake = await mountIntake(WALKING_SKELETON_URL, { services: 'housing-support' });
    await typePhone(intake, SKELETON_ANSWERS, '0770 090 09');
    await clickContinue(intake);
    const summary = shadow(intake).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Enter a telephone number, like 07700 900 982, or for a number outside the UK start with + and the country code');
    await expectNoAxeViolations(intake);
  });

  it('every problem in the safe-contact questions shows at once, in the summary and beside each question, each link going to its question', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { services: 'domestic-abuse' });
    // The answers never say how to contact them safely: that page is answered here.
    await fillPagesUntil(intake, 'Contacting you safely', { ...SKELETON_ANSWERS, 'needs.domains': ['safety'] });
    type Field = HTMLElement & { updateComplete: Promise<boolean> };
    const field = shadow(intake).querySelector<Field>('[data-field="contact.safeContact"]')!;
    const root = field.shadowRoot!;
    // Calls are safe; someone else to contact, with nothing about them yet. The rest unanswered.
    root.querySelector<HTMLInputElement>('#call-yes')!.click();
    await field.updateComplete;
    root.querySelector<HTMLInputElement>('#alternative-yes')!.click();
    await field.updateComplete;
    await clickContinue(intake);
    await field.updateComplete;

    const expected = [
      'Select yes if it is safe to leave you a voicemail',
      'Select yes if it is safe to send you text messages',
      'Select yes if it is safe to email you',
      'Select yes if it is safe to send you letters',
      'Select yes if it is safe for someone to visit you at home',
      'Enter the name of someone we can safely contact',
      'Enter the telephone number of the person we can safely contact',
    ];
    const links = [...shadow(intake).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.textContent!.trim()), 'all at once, none twice').to.deep.equal(expected);
    const inline = [...root.querySelectorAll('.error-message')].map((p) => p.textContent!.replace('Error:', '').trim());
    expect(inline, 'each beside its question').to.deep.equal(expected);
    expect(root.querySelector('#text-error')!.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Is it safe to send you text messages?');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);

    // A link goes to its own question.
    links[3]!.click();
    expect(deepActiveElement()?.id).to.equal('post-yes');

    // Every one fixed: the first Continue moves on.
    for (const id of ['voicemail-no', 'text-no', 'email-no', 'post-no', 'visit-no']) root.querySelector<HTMLInputElement>(`#${id}`)!.click();
    for (const [id, text] of [['alternative-name', 'Ann Jones'], ['alternative-phone', '07700 900 123']] as const) {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await field.updateComplete;
    await clickContinue(intake);
    expect(headingText(intake)).to.not.equal('Contacting you safely');
  });
});
