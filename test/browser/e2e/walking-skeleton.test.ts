import { expect, waitUntil } from '@open-wc/testing';
import type { OneStorySubmittedEvent } from '../../../packages/components/src/events/submitted-event.js';
import { testEndpoint } from '../helpers/endpoint.js';
import {
  WALKING_SKELETON_URL,
  deepActiveElement,
  exampleDefinition,
  focusPath,
  headingText,
  mountIntake,
  shadow,
  untilHeading,
  LONG_FLOW_MS,
  type SuiteContext,
} from '../intake/intake-helpers.js';
import { focusedName, press, retype, tabTo, type } from '../intake/keyboard.js';

// Issue 3's walking skeleton, end to end: a person fills in the example definition in
// Chromium with the keyboard only, agrees to share with one service and refuses the other,
// and submits to the real reference endpoint on 127.0.0.1. The test then reads what the
// endpoint stored. No fetch is mocked: it fails if submitting, consent filtering or
// storage breaks.

interface StoredLine {
  readonly submissionId: string;
  readonly reference: string;
  readonly submission: {
    readonly locale: string;
    readonly consents: readonly { serviceId: string; agreementToShare: { status: string } }[];
    readonly disclosures: readonly {
      serviceId: string;
      fields: readonly string[];
      story: Record<string, Record<string, unknown>>;
    }[];
  };
}

type Questions = { id: string; field: string; widget?: string; label: { en: string } }[];

describe('walking skeleton, end to end', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('asks a date, so that the person can get it wrong and correct it (issue 3)', async () => {
    const questions = (await exampleDefinition(WALKING_SKELETON_URL))['questions'] as Questions;
    expect(
      questions.some((q) => q.widget === 'date' || q.field === 'person.dateOfBirth'),
      'walking-skeleton.definition.json has a date question',
    ).to.equal(true);
  });

  it('is filled in by keyboard, refuses one service, and reaches the endpoint store exactly once', async () => {
    const definition = await exampleDefinition(WALKING_SKELETON_URL);
    const services = definition['services'] as { id: string; name: { en: string } }[];
    const questions = definition['questions'] as Questions;
    const [shared, refused] = services;
    expect(shared && refused, 'the walking skeleton offers two services').to.be.ok;

    const endpoint = await testEndpoint();
    // The intake is loaded from its URL, as a partner's page would.
    const intake = await mountIntake(WALKING_SKELETON_URL, { endpoint: `${endpoint.url}/submissions` });
    let submitted: OneStorySubmittedEvent['detail'] | undefined;
    intake.addEventListener('onestory-submitted', (event) => (submitted = event.detail));
    const marker = `Sam${Math.random().toString(36).slice(2, 8)}`;

    // Services: tick both.
    expect(headingText(intake)).to.equal('Get help from local services');
    await tabTo(shared!.name.en);
    await press('Space');
    await tabTo(refused!.name.en);
    await press('Space');
    await tabTo('Continue');
    await press('Enter');

    // Every page: answer what is asked, by the kind of question.
    for (let page = 0; page < 10 && !headingText(intake).startsWith('How we use'); page++) {
      const root = shadow(intake);
      const fields = [...root.querySelectorAll<HTMLElement>('[data-field]')];
      for (const field of fields) {
        const name = field.dataset['field']!;
        const label = questions.find((q) => q.field === name)!.label.en;
        if (field.localName === 'onestory-radios') {
          await tabTo(/^I am asking for help for myself|^Yes$|^No$/);
          await press('Space');
        } else if (field.localName === 'onestory-date-field') {
          // A date that does not exist first, to see the error and correct it.
          await tabTo('Day');
          await type('31');
          await tabTo('Month');
          await type('2');
          await tabTo('Year');
          await type('1990');
        } else if (field.localName === 'onestory-phone-field') {
          await tabTo(label);
          await type('07700 900 982');
        } else if (name === 'person.givenName') {
          await tabTo(label);
          await type(marker);
        } else {
          await tabTo(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          await type('We are behind on rent and worried about the bills.');
        }
      }
      const before = headingText(intake);
      await tabTo('Continue');
      await press('Enter');
      await intake.updateComplete;

      if (fields.some((f) => f.localName === 'onestory-date-field') && headingText(intake) === before) {
        // The error summary has focus and names the date; its link takes focus to the field.
        const summary = shadow(intake).querySelector('.error-summary')!;
        expect(summary, 'error summary shown for the impossible date').to.exist;
        expect(focusPath().includes(summary) || deepActiveElement() === summary).to.equal(true);
        expect(summary.textContent).to.contain('must be a real date');
        await press('Tab');
        expect(focusedName()).to.contain('must be a real date');
        await press('Enter');
        expect(focusedName()).to.equal('Day');
        await retype('28');
        await tabTo('Continue');
        await press('Enter');
        await intake.updateComplete;
      }
      expect(headingText(intake), `moved on from "${before}"`).to.not.equal(before);
    }

    // Privacy notice, then one decision per service: agree to one, refuse the other.
    await untilHeading(intake, 'How we use your information');
    expect(shadow(intake).textContent).to.contain('Information Commissioner');
    await tabTo('Yes, I agree');
    await press('Space');
    await press('Tab'); // out of the first group
    await tabTo('Yes, I agree'); // the second service's group
    await press('ArrowDown'); // moves to, and chooses, "No, I do not agree"
    expect(focusedName()).to.equal('No, I do not agree');
    await tabTo('Continue');
    await press('Enter');

    // Check answers: the refused service will receive nothing.
    await untilHeading(intake, 'Check your answers before sending');
    const whoSees = shadow(intake).textContent ?? '';
    expect(whoSees).to.contain(`${refused!.name.en} will receive nothing`);
    await tabTo('Accept and send');
    await press('Enter');

    await untilHeading(intake, 'Your information has been sent');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Your information has been sent');
    await waitUntil(() => submitted, 'onestory-submitted was not fired', { timeout: 5000 });
    const reference = shadow(intake).querySelector('.reference')?.textContent?.trim();
    expect(reference).to.equal(submitted!.reference);

    // What the endpoint stored: exactly one submission from this person…
    const lines = (await endpoint.submissions()) as unknown as StoredLine[];
    const ours = lines.filter((line) => line.submission.disclosures.some((d) => d.story['person']?.['givenName'] === marker));
    expect(ours).to.have.length(1);
    const [line] = ours;
    expect(line!.submissionId).to.equal(submitted!.submissionId);
    expect(line!.reference).to.equal(reference);
    // …with a disclosure for the service agreed to, and none for the one refused.
    const disclosed = line!.submission.disclosures.map((d) => d.serviceId);
    expect(disclosed).to.deep.equal([shared!.id]);
    expect(JSON.stringify(line!.submission.disclosures)).to.not.contain(refused!.id);
    const refusedConsent = line!.submission.consents.find((c) => c.serviceId === refused!.id);
    expect(refusedConsent?.agreementToShare.status).to.equal('declined');
    expect(line!.submission.locale).to.equal('en');
  });
});
