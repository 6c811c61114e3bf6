import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { clickContinue, decide, fillPagesUntil, SKELETON_ANSWERS } from './drive.js';
import {
  WALKING_SKELETON_URL,
  deepActiveElement,
  exampleDefinition,
  headingText,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';

// Sending to the real reference endpoint, with the connection dropped on purpose for the
// first attempt(s): the person sees an honest "not sent yet", and the story still arrives.

/** The browser's own fetch, except that the first `drops` requests fail as if offline. */
function droppingFetch(drops: number): typeof fetch {
  let left = drops;
  return (input, init) => (left-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
}

async function intakeAtCheckAnswers(options: object, marker: string): Promise<OneStoryIntakeElement> {
  const endpoint = await testEndpoint();
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake
      .definition=${await exampleDefinition(WALKING_SKELETON_URL)}
      endpoint="${endpoint.url}/submissions"
      services="housing-support"
      .submissionOptions=${options}
    ></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1'), undefined, { timeout: 5000 });
  await fillPagesUntil(intake, 'How we use your information', { ...SKELETON_ANSWERS, 'person.givenName': marker });
  await decide(intake, 'housing-support', 'referral', 'given');
  await clickContinue(intake);
  expect(headingText(intake)).to.equal('Check your answers before sending');
  return intake;
}

async function storedCount(marker: string): Promise<number> {
  const stored = await (await testEndpoint()).submissions();
  return stored.filter((record) => JSON.stringify(record).includes(marker)).length;
}

describe('intake: not sent yet', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('says honestly that it is not sent yet, and the retry button sends it once', async () => {
    const marker = `Retry${Math.random().toString(36).slice(2, 8)}`;
    // One attempt per run, and the automatic retry a minute away: only the button retries.
    const intake = await intakeAtCheckAnswers(
      { fetch: droppingFetch(1), retry: { maxAttempts: 1, baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.99 },
      marker,
    );
    await clickContinue(intake);
    await waitUntil(() => headingText(intake) === 'Not sent yet — we will keep trying', 'never said not sent yet', {
      timeout: 10_000,
    });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Not sent yet — we will keep trying');
    expect(shadow(intake).querySelector('#announcer')?.textContent).to.equal('Not sent yet. We will keep trying');
    expect(await storedCount(marker)).to.equal(0);

    const retry = [...shadow(intake).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again now')!;
    retry.click();
    await waitUntil(() => headingText(intake) === 'Your information has been sent', 'retry did not send', { timeout: 10_000 });
    expect(shadow(intake).querySelector('.reference')?.textContent).to.match(/\S/);
    expect(await storedCount(marker)).to.equal(1);
  });

  it('keeps trying by itself and shows the reference when a later attempt gets through', async () => {
    const marker = `Auto${Math.random().toString(36).slice(2, 8)}`;
    const intake = await intakeAtCheckAnswers(
      { fetch: droppingFetch(2), retry: { maxAttempts: 1, baseDelayMs: 100, maxDelayMs: 100 }, random: () => 0.5 },
      marker,
    );
    await clickContinue(intake);
    await waitUntil(() => headingText(intake) === 'Your information has been sent', 'never recovered', { timeout: 10_000 });
    expect(await storedCount(marker)).to.equal(1);
  });
});
