import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { PROFESSIONAL_REFERRAL } from './answers.js';
import { clickContinue, decide, fillPagesUntil, sendAndRead } from './drive.js';
import { EARLY_HELP_URL, LONG_FLOW_MS, exampleDefinition, headingText, shadow, untilHeading, type SuiteContext } from './intake-helpers.js';
import { resume, save } from './saving.js';

// Save and come back later keeps what the newer consent screens were told (issue 20): a
// professional's "their agreement", sharing without consent, a best-interests decision and
// decisions not yet confirmed. Resumed in a new intake from the code alone, nothing is asked
// again, the person is on the screen they left, and what is sent says what was decided. On
// `main` before this, a resumed professional was sent back to "their agreement", and a
// decision to share without consent was lost: the service received nothing.

const AGREEMENT = 'Their agreement to this referral';
const CONSENT = 'How we use your information';
const CHECK = 'Check your answers before sending';

const PERSON = { ...PROFESSIONAL_REFERRAL, 'person.dateOfBirth': '1950-02-28' };

type Valued = HTMLElement & { value: unknown };

async function savingEarlyHelp(): Promise<Record<string, unknown>> {
  const definition = await exampleDefinition(EARLY_HELP_URL);
  const settings = (definition['settings'] ?? {}) as Record<string, unknown>;
  return { ...definition, settings: { ...settings, saveAndResume: { enabled: true } } };
}

async function mount(definition: object, endpoint: string, services: string, practitioner = false): Promise<OneStoryIntakeElement> {
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake .definition=${definition} endpoint=${endpoint} services=${services} ?practitioner=${practitioner}></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1'), 'never rendered', { timeout: 5000 });
  return intake;
}

const control = (intake: OneStoryIntakeElement, id: string) => shadow(intake).querySelector<Valued>(`#${id}`);

/** Sets a control of the consent screens as the person would (radios fire `change`, text boxes `input`). */
async function set(intake: OneStoryIntakeElement, id: string, value: string): Promise<void> {
  const element = control(intake, id);
  if (!element) throw new Error(`No #${id} on "${headingText(intake)}"`);
  element.value = value;
  element.dispatchEvent(new Event(element.localName === 'onestory-textarea' ? 'input' : 'change', { bubbles: true, composed: true }));
  await intake.updateComplete;
}

/** Saves on the screen shown, and resumes from the code alone in a new intake: the same screen comes back. */
async function saveAndResumeElsewhere(intake: OneStoryIntakeElement, definition: object, endpoint: string, services: string, practitioner = false): Promise<OneStoryIntakeElement> {
  const heading = headingText(intake);
  const code = await save(intake);
  intake.remove();
  const resumed = await mount(definition, endpoint, services, practitioner);
  await resume(resumed, code);
  await waitUntil(() => headingText(resumed) !== 'Continue where you left off', 'never resumed', { timeout: 10_000 });
  expect(headingText(resumed), 'back on the screen left, nothing asked again').to.equal(heading);
  return resumed;
}

describe('save and come back later: the consent screens (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('a professional’s "agreed by phone" and a decision not yet confirmed come back; the record says phone', async () => {
    const endpoint = `${(await testEndpoint()).url}/submissions`;
    const definition = await savingEarlyHelp();
    const marker = `Rhys${Math.random().toString(36).slice(2, 8)}`;
    const first = await mount(definition, endpoint, 'adult-social-care');
    await fillPagesUntil(first, AGREEMENT, { ...PERSON, 'person.givenName': marker });
    await set(first, 'who-route', 'phone');
    await clickContinue(first);
    await untilHeading(first, CONSENT);
    await decide(first, 'adult-social-care', 'care-assessment', 'given');
    const second = await saveAndResumeElsewhere(first, definition, endpoint, 'adult-social-care');
    expect(control(second, 'consent-adult-social-care-care-assessment')?.value, 'the decision made before saving').to.equal('given');
    await clickContinue(second);
    const submission = await sendAndRead(second, marker);
    const record = submission.consents.find((r) => r.purposeId === 'care-assessment')!;
    expect(record.events.at(-1)).to.deep.include({ type: 'given', actor: 'subject', method: 'phone', recordedBy: { name: 'Dee Morgan', role: 'Social worker' } });
  });

  it('a decision to share without consent, confirmed before saving, is still the basis of what is sent', async () => {
    const endpoint = `${(await testEndpoint()).url}/submissions`;
    const definition = await savingEarlyHelp();
    const marker = `Rhys${Math.random().toString(36).slice(2, 8)}`;
    const first = await mount(definition, endpoint, 'childrens-centres', true);
    await fillPagesUntil(first, AGREEMENT, { ...PERSON, 'person.givenName': marker, 'person.dateOfBirth': '1996-02-28' });
    await set(first, 'who-route', 'not-asked');
    await set(first, 'who-notAskedReason', 'Asking the parent now would put the child at risk.');
    await clickContinue(first);
    await untilHeading(first, 'Sharing without their agreement');
    await set(first, 'who-reason', 'child-at-risk');
    await set(first, 'who-personTold', 'yes');
    await clickContinue(first);
    await untilHeading(first, CHECK);
    const second = await saveAndResumeElsewhere(first, definition, endpoint, 'childrens-centres', true);
    const submission = await sendAndRead(second, marker);
    expect(submission.overrides).to.have.length(1);
    expect(submission.overrides[0]).to.deep.include({ reason: 'child-at-risk', personTold: true, rationale: 'Asking the parent now would put the child at risk.' });
    expect(submission.disclosures.map((d) => d.serviceId)).to.deep.equal(['childrens-centres']);
  });

  it('a best-interests decision being written comes back on its own screen, with its words', async () => {
    const endpoint = `${(await testEndpoint()).url}/submissions`;
    const definition = await savingEarlyHelp();
    const first = await mount(definition, endpoint, 'adult-social-care');
    await fillPagesUntil(first, AGREEMENT, PERSON);
    await set(first, 'who-route', 'lacks-capacity');
    await clickContinue(first);
    await untilHeading(first, 'Best-interests decision');
    await set(first, 'who-rationale', 'They cannot manage at home alone.');
    const second = await saveAndResumeElsewhere(first, definition, endpoint, 'adult-social-care');
    expect(control(second, 'who-rationale')?.value).to.equal('They cannot manage at home alone.');
    await clickContinue(second);
    await untilHeading(second, CHECK);
  });
});
