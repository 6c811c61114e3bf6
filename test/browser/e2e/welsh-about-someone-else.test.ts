import { expect } from '@open-wc/testing';
import { translate, type ConsentRecord, type Submission } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { answer, clickContinue, fillPagesUntil } from '../intake/drive.js';
import { headingText, shadow, untilHeading, LONG_FLOW_MS, type SuiteContext } from '../intake/intake-helpers.js';
import { bornYearsAgo, mountEarlyHelp, PERSON as ENGLISH_PERSON } from './people.js';

// Issue 20, in Welsh: a professional referring someone, and a parent filling it in for
// their child, read every question about the person ("Beth yw eu dyddiad geni?"), never to
// themselves ("eich", "chi"), and each reaches "sent" with records that say who decided.

const cy = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate('cy', key, params);
const AGREEMENT = cy('ui.who.title');
const CONSENT = cy('ui.privacy.title');
const CHECK = cy('ui.check.title');
const SENT = cy('ui.sent.title');

// Rhys, with his needs in Welsh.
const PERSON = {
  ...ENGLISH_PERSON,
  'needs.family.description': 'Help gyda magu plant a’r ysgol.',
  'needs.care.description': 'Mae angen help gartref ar ôl strôc.',
};


type Radios = HTMLElement & { value: unknown; label: string; options: { value: string; label: string }[] };
type Labelled = HTMLElement & { label: string };

/** Chooses, in every radio group matching `selector`, the answer read as `label`. */
async function chooseEverywhere(intake: OneStoryIntakeElement, selector: string, label: string): Promise<void> {
  const groups = [...shadow(intake).querySelectorAll<Radios>(selector)];
  expect(groups.length, `${selector} is on screen`).to.be.greaterThan(0);
  for (const radios of groups) {
    const option = radios.options.find((o) => o.label === label);
    expect(option, `"${label}" is offered in ${radios.id}`).to.exist;
    radios.value = option!.value;
    radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await intake.updateComplete;
}

/**
 * Every question label on each page on the way, by Story field, as shown before it is
 * answered. On the page asking who is filling in, the others are read once that is answered.
 */
function labelsSeen(intake: OneStoryIntakeElement, into: Map<string, string>, filler: string): () => Promise<void> {
  return async () => {
    if (shadow(intake).querySelector('[data-field="referrer.type"]')) await answer(intake, 'referrer.type', filler);
    for (const field of shadow(intake).querySelectorAll<Labelled>('[data-field]')) into.set(field.dataset['field']!, field.label);
  };
}

// Second-person Welsh, as a question put to the reader would have it.
const TO_THE_READER = /\b(eich|chi|chithau|ydych|rydych|eich hun)\b/i;

const mountWelsh = (services: string) => mountEarlyHelp(services, { locale: 'cy' });

async function sendAndReadWelsh(intake: OneStoryIntakeElement, marker: string): Promise<Submission> {
  await untilHeading(intake, CHECK);
  await clickContinue(intake);
  await untilHeading(intake, SENT);
  const stored = await (await testEndpoint()).submissions();
  const ours = stored.filter((line) => JSON.stringify(line.submission.disclosures).includes(marker));
  expect(ours, 'stored exactly once').to.have.length(1);
  return ours[0]!.submission;
}

const lastEvent = (record: ConsentRecord | undefined) => record?.events.at(-1);

describe('in Welsh, about someone else: a professional and a parent (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('a professional, with the person’s agreement by phone: every question about them, the records true', async () => {
    const { intake, marker } = await mountWelsh('adult-social-care');
    const answers = {
      ...PERSON,
      'referrer.type': 'professional',
      'referrer.name': 'Dee Morgan',
      'referrer.role': 'Gweithiwr cymdeithasol',
      'referrer.organisation': 'Cyngor Castell-nedd Port Talbot',
      'referrer.secureEmail': 'dee.morgan@npt.gov.uk',
      'person.givenName': marker,
      'person.dateOfBirth': bornYearsAgo(70),
    };
    const labels = new Map<string, string>();
    await fillPagesUntil(intake, AGREEMENT, answers, { onPage: labelsSeen(intake, labels, 'professional') });
    expect(labels.get('person.dateOfBirth')).to.equal(cy('question.person.dateOfBirth.other'));
    expect(labels.get('person.givenName')).to.equal(cy('question.person.givenName.other'));
    // Who is filling in, and the professional's own details, are asked of the reader; the rest about the person.
    const aboutThePerson = [...labels].filter(([field]) => !field.startsWith('referrer.'));
    expect(aboutThePerson.length).to.be.greaterThan(5);
    expect(aboutThePerson.filter(([, label]) => TO_THE_READER.test(label))).to.deep.equal([]);

    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await chooseEverywhere(intake, 'onestory-radios#who-route', cy('ui.who.route.phone'));
    await clickContinue(intake);
    await untilHeading(intake, CONSENT);
    const question = shadow(intake).querySelector<Radios>('onestory-radios[id^="consent-"]')!;
    expect(question.label).to.equal(cy('ui.consent.questionThem', { service: 'Gofal cymdeithasol i oedolion' }));
    await chooseEverywhere(intake, 'onestory-radios[id^="consent-"]', cy('ui.consent.theyAgree'));
    await clickContinue(intake);
    const submission = await sendAndReadWelsh(intake, marker);
    expect(shadow(intake).textContent).to.contain(cy('ui.sent.nextBody.other'));
    expect(submission.locale).to.equal('cy');
    const record = submission.consents.find((r) => r.purposeId === 'care-assessment')!;
    expect(lastEvent(record)).to.deep.include({ type: 'given', actor: 'subject', method: 'phone', recordedBy: { name: 'Dee Morgan', role: 'Gweithiwr cymdeithasol' } });
  });

  it('a parent for their 10-year-old: asked about the child, deciding as their parent, recorded as such', async () => {
    const { intake, marker } = await mountWelsh('childrens-centres health-visiting');
    const labels = new Map<string, string>();
    await fillPagesUntil(
      intake,
      CONSENT,
      {
        ...PERSON,
        'referrer.type': 'parent',
        'person.givenName': marker,
        'person.dateOfBirth': bornYearsAgo(10),
        'household.members': [{ name: 'Ceri Price', relationship: 'parent', livesWith: true, roles: ['carer'] }],
      },
      { onPage: labelsSeen(intake, labels, 'parent') },
    );
    expect(labels.get('person.dateOfBirth')).to.equal(cy('question.person.dateOfBirth.other'));
    const aboutTheChild = [...labels].filter(([field]) => !field.startsWith('referrer.'));
    expect(aboutTheChild.filter(([, label]) => TO_THE_READER.test(label))).to.deep.equal([]);
    for (const radios of shadow(intake).querySelectorAll<Radios>('onestory-radios[id^="consent-"]')) expect(radios.label).to.match(/^Fel eu rhiant/);
    expect(await problemsAtEverySize(intake)).to.deep.equal([]);
    await chooseEverywhere(intake, 'onestory-radios[id^="consent-"]', cy('ui.consent.agree'));
    await clickContinue(intake);
    expect(headingText(intake)).to.equal(CHECK);
    const submission = await sendAndReadWelsh(intake, marker);
    for (const record of submission.consents) {
      expect(record.ageBand).to.equal('under-13');
      expect(lastEvent(record)).to.include({ type: 'given', actor: 'parent', method: 'online' });
    }
  });
});
