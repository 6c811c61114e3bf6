import { expect, waitUntil } from '@open-wc/testing';
import type { PageChangeDetail } from '../../../packages/components/src/events/page-change-event.js';
import type { ConsentChangeDetail } from '../../../packages/components/src/events/consent-change-event.js';
import { OneStorySubmitEvent } from '../../../packages/components/src/events/submit-event.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { answer, clickContinue, decide, fillPagesUntil, SKELETON_ANSWERS } from './drive.js';
import {
  WALKING_SKELETON_URL,
  exampleDefinition,
  headingText,
  mountIntake,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';

describe('intake: events', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('fires page-change and consent-change, composed, with plain data and no answers', async () => {
    const pages: PageChangeDetail[] = [];
    const consents: ConsentChangeDetail[] = [];
    // Listened for on the document: the events cross the shadow boundary.
    const onPage = (event: GlobalEventHandlersEventMap['onestory-page-change']) => pages.push(event.detail);
    const onConsent = (event: GlobalEventHandlersEventMap['onestory-consent-change']) => consents.push(event.detail);
    document.addEventListener('onestory-page-change', onPage);
    document.addEventListener('onestory-consent-change', onConsent);
    try {
      const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), { services: 'housing-support' });
      await fillPagesUntil(intake, 'How we use your information');
      await decide(intake, 'housing-support', 'referral', 'refused');
      await decide(intake, 'housing-support', 'referral', 'given');
      // The first page shown counts too: the host learns where the person starts.
      expect(pages.map((p) => p.pageId ?? p.step)).to.deep.equal([
        'who-is-filling-in',
        'about-you',
        'housing',
        'privacy-and-consent',
      ]);
      // index/total count question pages; progress is what the person reads ("Step 3 of 6").
      expect(pages[1]).to.deep.equal({ step: 'page', pageId: 'about-you', index: 1, total: 3, progress: { current: 3, total: 6 } });
      expect(consents).to.deep.equal([
        { serviceId: 'housing-support', purposeId: 'referral', state: 'refused' },
        { serviceId: 'housing-support', purposeId: 'referral', state: 'given' },
      ]);
      expect(JSON.stringify(pages)).to.not.contain(String(SKELETON_ANSWERS['person.givenName']));
    } finally {
      document.removeEventListener('onestory-page-change', onPage);
      document.removeEventListener('onestory-consent-change', onConsent);
    }
  });

  it('fires a cancelable onestory-submit before sending; preventDefault stops sending', async () => {
    const endpoint = await testEndpoint();
    const marker = `Cancel${Math.random().toString(36).slice(2, 8)}`;
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), {
      services: 'housing-support',
      endpoint: `${endpoint.url}/submissions`,
    });
    await fillPagesUntil(intake, 'How we use your information', { ...SKELETON_ANSWERS, 'person.givenName': marker });
    await decide(intake, 'housing-support', 'referral', 'given');
    await clickContinue(intake);
    let seen: OneStorySubmitEvent | undefined;
    intake.addEventListener('onestory-submit', (event) => {
      seen = event;
      event.preventDefault();
    });
    await clickContinue(intake);
    expect(seen).to.be.instanceOf(OneStorySubmitEvent);
    expect(seen!.cancelable && seen!.bubbles && seen!.composed).to.equal(true);
    const disclosure = seen!.detail.submission.disclosures[0]!;
    expect(disclosure.serviceId).to.equal('housing-support');
    expect(disclosure.story.person?.givenName).to.equal(marker);
    expect(headingText(intake), 'stays on check your answers').to.equal('Check your answers before sending');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(await endpoint.submissions())).to.not.contain(marker);
  });

  it('fires onestory-submitted with the reference shown, and sends the answer changed from check your answers', async () => {
    const endpoint = await testEndpoint();
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL), {
      services: 'housing-support',
      endpoint: `${endpoint.url}/submissions`,
    });
    await fillPagesUntil(intake, 'How we use your information');
    await decide(intake, 'housing-support', 'referral', 'given');
    await clickContinue(intake);

    // A change link goes to the question's page and comes back to check your answers.
    const row = [...shadow(intake).querySelectorAll('.summary-list > div')].find(
      (r) => r.querySelector('dt')?.textContent === 'First name',
    )!;
    expect(row.querySelector('dd')?.textContent?.trim()).to.equal(SKELETON_ANSWERS['person.givenName']);
    row.querySelector<HTMLButtonElement>('button')!.click();
    await intake.updateComplete;
    expect(headingText(intake)).to.equal('About you');
    expect(shadow(intake).querySelector('.back')?.textContent?.trim()).to.equal('Back to check your answers');
    const changed = `Alex${Math.random().toString(36).slice(2, 8)}`;
    await answer(intake, 'person.givenName', changed);
    await clickContinue(intake);
    expect(headingText(intake)).to.equal('Check your answers before sending');
    expect(shadow(intake).textContent).to.contain(changed);

    let submitted: GlobalEventHandlersEventMap['onestory-submitted']['detail'] | undefined;
    document.addEventListener('onestory-submitted', (event) => (submitted = event.detail), { once: true });
    await clickContinue(intake);
    await waitUntil(() => submitted, 'onestory-submitted never fired', { timeout: 10_000 });
    expect(shadow(intake).querySelector('.reference')?.textContent).to.equal(submitted!.reference);
    expect(submitted!.reference).to.match(/^[A-Z0-9-]{6,}$/);
    const stored = JSON.stringify(await endpoint.submissions());
    expect(stored).to.contain(submitted!.submissionId);
    expect(stored).to.contain(changed);
  });
});
