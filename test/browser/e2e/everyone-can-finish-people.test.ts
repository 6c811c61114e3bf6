import { expect } from '@open-wc/testing';
import type { ConsentRecord, Submission } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { answer, clickContinue, fillPagesUntil, sendAndRead } from '../intake/drive.js';
import { headingText, shadow, untilHeading, LONG_FLOW_MS, type SuiteContext } from '../intake/intake-helpers.js';
import { press, tabTo, type } from '../intake/keyboard.js';
import { bornYearsAgo, mountEarlyHelp, PERSON, PROFESSIONAL } from './people.js';

// Everyone who starts can finish (issue 20), the people part: a 14-year-old, a parent for
// their 10-year-old, a professional with the person's agreement by phone, a professional
// sharing without consent in practitioner mode, an adult who lacks capacity, and someone
// who lives alone. Each reaches "sent" on the real endpoint, and the stored records say
// exactly who decided, how, on which basis and on whose behalf. Every new screen has no
// axe violations at 1280 px, 320 px and 400% zoom. On `main` before this work, the
// 14-year-old ended at "could not be sent" and the professionals' records said the person
// agreed online themselves.

const CONSENT = 'How we use your information';
const CHECK = 'Check your answers before sending';


type Radios = HTMLElement & { value: unknown; options: { value: string; label: string }[] };

/** Chooses, in the radio group `id`, the answer the person reads as `label`. */
async function choose(intake: OneStoryIntakeElement, id: string, label: string): Promise<void> {
  const radios = shadow(intake).querySelector<Radios>(`onestory-radios#${id}`);
  const option = radios?.options.find((o) => o.label === label);
  expect(option, `"${label}" is offered in ${id}`).to.exist;
  radios!.value = option!.value;
  radios!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await intake.updateComplete;
}

/** Agrees to every consent question shown, by what the person reads. */
async function agreeToAll(intake: OneStoryIntakeElement, label: string): Promise<void> {
  for (const radios of shadow(intake).querySelectorAll<Radios>('onestory-radios[id^="consent-"]')) {
    const agree = radios.options.find((option) => option.label === label);
    expect(agree, `"${label}" is offered`).to.exist;
    radios.value = agree!.value;
    radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await intake.updateComplete;
}

const lastEvent = (record: ConsentRecord | undefined) => record?.events.at(-1);

type Labelled = HTMLElement & { label: string; hint: string; updateComplete: Promise<boolean> };
const fieldOf = (intake: OneStoryIntakeElement, field: string) => shadow(intake).querySelector<Labelled>(`[data-field="${field}"]`)!;
const summaryText = (intake: OneStoryIntakeElement) => shadow(intake).querySelector('.error-summary')?.textContent ?? '';
const recordFor = (submission: Submission, purposeId: string) => submission.consents.find((r) => r.purposeId === purposeId);

describe('everyone can finish: children, parents, professionals, capacity, household (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('a 14-year-old choosing the youth service is sent, with competence to be assessed by the service', async () => {
    const { intake, marker } = await mountEarlyHelp('youth-service');
    await fillPagesUntil(intake, CONSENT, { ...PERSON, 'referrer.type': 'self', 'person.givenName': marker, 'person.dateOfBirth': bornYearsAgo(14) });
    // Told before deciding: someone from the service will talk with them first.
    const support = shadow(intake).querySelector<HTMLElement & { hint: string }>('#consent-youth-service-youth-support')!;
    expect(support.hint).to.contain('Someone from Youth service will talk with you first');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await agreeToAll(intake, 'Yes, I agree');
    await clickContinue(intake);
    const submission = await sendAndRead(intake, marker);
    const record = recordFor(submission, 'youth-support')!;
    expect(record.basis).to.equal('public-task');
    expect(record.ageBand).to.equal('13-15');
    expect(lastEvent(record)).to.include({ type: 'given', actor: 'subject', method: 'online' });
    expect(record.child?.competenceToBeAssessed?.by).to.equal('receiving-service');
    expect(submission.disclosures.map((d) => d.serviceId)).to.deep.equal(['youth-service']);
  });

  it('a parent for their 10-year-old is sent, the parent\'s consent recorded as such', async () => {
    // Health visiting asks the child's date of birth, so the record knows their age.
    const { intake, marker } = await mountEarlyHelp('childrens-centres health-visiting');
    const parent = { name: 'Ceri Price', relationship: 'parent', livesWith: true, roles: ['carer'] };
    await fillPagesUntil(intake, CONSENT, {
      ...PERSON,
      'referrer.type': 'parent',
      'person.givenName': marker,
      'person.dateOfBirth': bornYearsAgo(10),
      'household.members': [parent],
    });
    await agreeToAll(intake, 'Yes, I agree');
    const label = shadow(intake).querySelector<HTMLElement & { label: string }>('onestory-radios[id^="consent-"]')!.label;
    expect(label).to.contain('As their parent');
    await clickContinue(intake);
    const submission = await sendAndRead(intake, marker);
    for (const record of submission.consents) {
      expect(record.ageBand).to.equal('under-13');
      expect(lastEvent(record)).to.include({ type: 'given', actor: 'parent', method: 'online' });
      expect(record.child?.parentalConsent?.relationship).to.equal('parent');
    }
    expect(submission.disclosures.map((d) => d.serviceId).sort()).to.deep.equal(['childrens-centres', 'health-visiting']);
  });

  it('a professional whose client agreed by phone: the person decided, by phone, recorded by the professional', async () => {
    const { intake, marker } = await mountEarlyHelp('adult-social-care');
    const answers = { ...PERSON, ...PROFESSIONAL, 'person.givenName': marker, 'person.dateOfBirth': bornYearsAgo(70) };
    // Who is filling in is asked first; every question after it is about the person, not to them.
    const { 'person.dateOfBirth': _dob, ...withoutDateOfBirth } = answers;
    await fillPagesUntil(intake, 'Date of birth', withoutDateOfBirth);
    expect(fieldOf(intake, 'person.dateOfBirth').label).to.equal('What is their date of birth?');
    await clickContinue(intake);
    expect(summaryText(intake)).to.contain('Enter their date of birth');
    expect(fieldOf(intake, 'person.dateOfBirth').shadowRoot!.textContent).to.contain('Enter their date of birth');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await fillPagesUntil(intake, 'Their name', answers);
    expect(fieldOf(intake, 'person.givenName').label).to.equal('Their first name');
    await fillPagesUntil(intake, 'Contacting them safely', answers);
    const safeContact = fieldOf(intake, 'contact.safeContact');
    expect(safeContact.label).to.equal('How can services contact them safely?');
    expect(safeContact.shadowRoot!.textContent).to.contain('Is it safe to call them?');
    await fillPagesUntil(intake, 'Their agreement to this referral', answers);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    // Continue without saying: the question names itself.
    await clickContinue(intake);
    expect(shadow(intake).querySelector('.error-summary')?.textContent).to.contain('Select how the person agreed to this referral');
    await choose(intake, 'who-route', 'They agreed by phone');
    await clickContinue(intake);
    await untilHeading(intake, CONSENT);
    await agreeToAll(intake, 'Yes, they agree');
    await clickContinue(intake);
    const submission = await sendAndRead(intake, marker);
    const record = recordFor(submission, 'care-assessment')!;
    expect(lastEvent(record)).to.deep.include({ type: 'given', actor: 'subject', method: 'phone', recordedBy: { name: 'Dee Morgan', role: 'Social worker' } });
    expect(record.basis).to.equal('public-task');
  });

  it('a professional sharing without consent in practitioner mode: its own screen, a full record, no agreement claimed', async () => {
    const { intake, marker } = await mountEarlyHelp('childrens-centres', { practitioner: true });
    const answers = { ...PERSON, ...PROFESSIONAL, 'person.givenName': marker, 'person.dateOfBirth': bornYearsAgo(30) };
    // The household question is about the person and the people around them.
    await fillPagesUntil(intake, 'Their household', answers);
    const household = fieldOf(intake, 'household.members');
    expect(household.label).to.match(/^Who lives with them, or is important to their situation\?/);
    await answer(intake, 'household.members', [{ name: 'Lee', relationship: 'ex-partner', livesWith: false, roles: ['feared'] }]);
    await household.updateComplete;
    const householdText = household.shadowRoot!.textContent!;
    expect(householdText).to.contain('They are afraid of this person');
    expect(householdText).to.contain('Do they live with the person?');
    expect(householdText).to.not.contain('I am afraid of this person');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await answer(intake, 'household.members', []);
    await fillPagesUntil(intake, 'Their agreement to this referral', answers);
    await choose(intake, 'who-route', 'I have not asked them');
    await tabTo('Why have you not asked them?');
    await type('Asking the parent now would put the child at risk.');
    await clickContinue(intake);
    await untilHeading(intake, 'Sharing without their agreement');
    expect(shadow(intake).textContent).to.contain('Decided by: Dee Morgan, Social worker');
    await choose(intake, 'who-reason', 'A child is at risk of harm');
    await choose(intake, 'who-personTold', 'No');
    await tabTo('Why have you not told them?');
    await type('Telling them would put the child at risk.');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await clickContinue(intake);
    await untilHeading(intake, CHECK);
    const rows = [...shadow(intake).querySelectorAll('.summary-list dt')].map((dt) => dt.textContent!.trim());
    expect(rows).to.include('Their first name');
    expect(rows).to.include('Who lives with them, or is important to their situation?');
    expect(rows).to.not.include('First name');
    const submission = await sendAndRead(intake, marker);
    expect(submission.channel).to.equal('practitioner');
    expect(lastEvent(recordFor(submission, 'family-support'))?.type).to.equal('requested');
    expect(submission.overrides).to.have.length(1);
    expect(submission.overrides[0]).to.deep.include({
      decidedBy: { name: 'Dee Morgan', role: 'Social worker' },
      reason: 'child-at-risk',
      basis: 'public-task',
      personTold: false,
      notToldReason: 'Telling them would put the child at risk.',
      rationale: 'Asking the parent now would put the child at risk.',
    });
    expect(submission.disclosures.map((d) => d.serviceId)).to.deep.equal(['childrens-centres']);
  });

  it('an adult who lacks capacity: a best-interests decision on its own screen, never a consent', async () => {
    const { intake, marker } = await mountEarlyHelp('adult-social-care');
    await fillPagesUntil(intake, 'Their agreement to this referral', { ...PERSON, ...PROFESSIONAL, 'person.givenName': marker, 'person.dateOfBirth': bornYearsAgo(84) });
    await choose(intake, 'who-route', 'They lack capacity to make this decision');
    await clickContinue(intake);
    await untilHeading(intake, 'Best-interests decision');
    await clickContinue(intake);
    expect(shadow(intake).querySelector('.error-summary')?.textContent).to.contain('Enter why sharing this is in their best interests');
    await tabTo('Why is sharing this in their best interests?');
    await type('They cannot manage at home alone; an assessment keeps them safe.');
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await clickContinue(intake);
    const submission = await sendAndRead(intake, marker);
    const record = recordFor(submission, 'care-assessment')!;
    expect(lastEvent(record)?.type).to.equal('requested');
    expect(record.capacity).to.deep.include({ hasCapacity: false, assessedBy: { name: 'Dee Morgan', role: 'Social worker' } });
    expect(record.capacity?.bestInterests).to.deep.include({ share: true, basis: 'public-task', decidedBy: { name: 'Dee Morgan', role: 'Social worker' } });
  });

  it('someone who lives alone answers "Nobody else" and is sent', async () => {
    const { intake, marker } = await mountEarlyHelp('health-visiting');
    const { 'household.members': _none, ...answers } = PERSON;
    await fillPagesUntil(intake, 'Your household', { ...answers, 'referrer.type': 'self', 'person.givenName': marker, 'person.dateOfBirth': bornYearsAgo(28) });
    await tabTo(/^Nobody else/);
    await press('Space');
    await clickContinue(intake);
    await fillPagesUntil(intake, CONSENT, { ...answers, 'person.givenName': marker });
    await agreeToAll(intake, 'Yes, I agree');
    await clickContinue(intake);
    expect(headingText(intake)).to.equal(CHECK);
    expect(shadow(intake).textContent).to.contain('Nobody else');
    const submission = await sendAndRead(intake, marker);
    const envelope = submission.disclosures.find((d) => d.serviceId === 'health-visiting')!;
    expect((envelope.story as { household?: unknown }).household).to.deep.equal({ members: [] });
  });
});
