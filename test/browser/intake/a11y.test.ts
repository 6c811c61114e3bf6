import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { axeViolations } from '../helpers/a11y.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { chooseServices, clickContinue, decide, fillPagesUntil } from './drive.js';
import {
  WALKING_SKELETON_URL,
  exampleDefinition,
  headingText,
  mountIntake,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';

// 0 axe violations (WCAG 2.2 A/AA + target-size) in every state of the intake, in English
// and Welsh, on a desktop and at 320 px wide.

const HEADINGS = {
  en: {
    services: 'Get help from local services',
    consent: 'How we use your information',
    check: 'Check your answers before sending',
    sent: 'Your information has been sent',
    notSent: 'Not sent yet — we will keep trying',
  },
  cy: {
    services: 'Cael help gan wasanaethau lleol',
    consent: 'Sut rydym yn defnyddio eich gwybodaeth',
    check: 'Gwiriwch eich atebion cyn anfon',
    sent: 'Mae eich gwybodaeth wedi’i hanfon',
    notSent: 'Heb ei anfon eto — byddwn yn dal ati i geisio',
  },
} as const;

async function expectAccessible(intake: OneStoryIntakeElement, state: string): Promise<void> {
  const violations = await axeViolations(intake);
  const report = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `axe violations in state "${state}"`).to.deep.equal([]);
}

/** Walks the walking skeleton through every state, checking each with axe. */
async function checkEveryState(locale: 'en' | 'cy'): Promise<void> {
  const headings = HEADINGS[locale];
  const definition = await exampleDefinition(WALKING_SKELETON_URL);
  const endpoint = await testEndpoint();
  const intake = await mountIntake(definition, { endpoint: `${endpoint.url}/submissions`, locale });
  expect(shadow(intake).querySelector('.intake')?.getAttribute('lang')).to.equal(locale);

  await expectAccessible(intake, 'empty');
  await clickContinue(intake);
  expect(shadow(intake).querySelector('.error-summary'), 'services error').to.exist;
  await expectAccessible(intake, 'services error');

  await chooseServices(intake, ['housing-support', 'money-advice']);
  await clickContinue(intake);
  await clickContinue(intake); // an empty required page
  expect(shadow(intake).querySelector('.error-summary'), 'page errors').to.exist;
  await expectAccessible(intake, 'page errors');

  await fillPagesUntil(intake, headings.consent);
  await expectAccessible(intake, 'privacy and consent');
  await clickContinue(intake);
  expect(shadow(intake).querySelector('.error-summary'), 'consent errors').to.exist;
  await expectAccessible(intake, 'consent errors');

  await decide(intake, 'housing-support', 'referral', 'given');
  await decide(intake, 'money-advice', 'advice', 'refused');
  await clickContinue(intake);
  expect(headingText(intake)).to.equal(headings.check);
  await expectAccessible(intake, 'check answers');

  await clickContinue(intake);
  await waitUntil(() => headingText(intake) === headings.sent, 'not sent', { timeout: 10_000 });
  await expectAccessible(intake, 'confirmation');
}

async function checkNotSentYet(locale: 'en' | 'cy'): Promise<void> {
  const definition = await exampleDefinition(WALKING_SKELETON_URL);
  // Port 9 on this machine refuses connections: a real network failure, no retries.
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake
      .definition=${definition}
      endpoint="http://127.0.0.1:9/submissions"
      locale=${locale}
      services="housing-support"
      .submissionOptions=${{ retry: { maxAttempts: 1 } }}
    ></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1'), undefined, { timeout: 5000 });
  await fillPagesUntil(intake, HEADINGS[locale].consent);
  await decide(intake, 'housing-support', 'referral', 'given');
  await clickContinue(intake);
  await clickContinue(intake);
  await waitUntil(() => headingText(intake) === HEADINGS[locale].notSent, 'never reached not-sent-yet', { timeout: 10_000 });
  await expectAccessible(intake, 'not sent yet');
}

describe('intake accessibility (axe, WCAG 2.2 AA + target-size)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('has no violations in any state, in English', async () => {
    await checkEveryState('en');
  });

  it('has no violations in any state, in Welsh', async () => {
    await checkEveryState('cy');
  });

  it('has no violations in any state at 320 px wide', async () => {
    await setViewport({ width: 320, height: 640 });
    await checkEveryState('en');
    const intake = document.querySelector('onestory-intake')!;
    expect(intake.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(320);
  });

  it('has no violations when not sent yet, in English and Welsh', async () => {
    await checkNotSentYet('en');
    await checkNotSentYet('cy');
  });

  it('has no violations in the fallback', async () => {
    const { error } = console;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    const intake = await mountIntake({ not: 'a definition' }).finally(() => (console.error = error));
    expect(logged, 'one console error for the partner').to.have.length(1);
    expect(shadow(intake).querySelector('.fallback')).to.exist;
    await expectAccessible(intake, 'fallback');
  });
});
