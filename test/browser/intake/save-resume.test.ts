import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createDraftStore, createEndpointDraftStorage } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { axeViolations } from '../helpers/a11y.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { answer, clickContinue, decide, fillPagesUntil, SKELETON_ANSWERS } from './drive.js';
import { button, enterCode, press, save } from './saving.js';
import { WALKING_SKELETON_URL, exampleDefinition, headingText, shadow, untilHeading, LONG_FLOW_MS, type SuiteContext } from './intake-helpers.js';

// "Save and come back later", "view my receipt" and the browser's Back button, in Chromium
// against the real reference endpoint. A new <onestory-intake> holds nothing of the one
// before it: resuming there needs the code alone, as on another device. (Fresh browser
// contexts, reloads and quick exit over real navigations: test/node/intake/come-back-later.test.ts.)

const DAY = 24 * 60 * 60 * 1000;
const RESUME_CODE = /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/;

async function savingDefinition(lifetimeDays?: number): Promise<Record<string, unknown>> {
  const definition = await exampleDefinition(WALKING_SKELETON_URL);
  const settings = (definition['settings'] ?? {}) as Record<string, unknown>;
  return { ...definition, settings: { ...settings, saveAndResume: { enabled: true, ...(lifetimeDays && { lifetimeDays }) } } };
}

async function mount(definition: object, endpoint: string): Promise<OneStoryIntakeElement> {
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake .definition=${definition} endpoint=${endpoint} services="housing-support money-advice"></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1'), 'never rendered', { timeout: 5000 });
  return intake;
}

const text = (intake: Element) => shadow(intake).textContent?.replace(/\s+/g, ' ') ?? '';

/** Answers the first question page and continues to the second; resolves to its heading. */
async function toSecondPage(intake: OneStoryIntakeElement): Promise<string> {
  const first = headingText(intake);
  for (const element of shadow(intake).querySelectorAll<HTMLElement>('[data-field]')) {
    const field = element.dataset['field']!;
    if (field in SKELETON_ANSWERS) await answer(intake, field, SKELETON_ANSWERS[field]);
  }
  await clickContinue(intake);
  expect(headingText(intake)).to.not.equal(first);
  return headingText(intake);
}

describe('intake: save and come back later', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('saves half way with a code to write down, resumes in a new intake from the code alone at the same step, re-asks nothing, and finishes; the draft then goes', async () => {
    const { url, submissions } = await testEndpoint();
    const endpoint = `${url}/submissions`;
    const definition = await savingDefinition();
    const first = await mount(definition, endpoint);
    expect(button(first, 'save'), 'offered on the first step').to.not.equal(null);
    const page = await toSecondPage(first);
    const code = await save(first);
    expect(code).to.match(RESUME_CODE);
    expect(headingText(first)).to.equal('Your answers are saved');
    expect(text(first)).to.match(/Saved: \d{1,2} \w+ \d{4}/);
    expect(text(first)).to.match(/will be deleted on \d{1,2} \w+ \d{4}/);
    expect(text(first), 'the code, never an answer').to.not.contain(SKELETON_ANSWERS['person.givenName'] as string);
    expect(await axeViolations(first)).to.deep.equal([]);
    first.locale = 'cy';
    await first.updateComplete;
    expect(headingText(first)).to.equal('Mae eich atebion wedi’u cadw');
    expect(await axeViolations(first)).to.deep.equal([]);
    first.remove();

    // Another device: nothing but the code, typed in small letters without dashes.
    const second = await mount(definition, endpoint);
    await press(second, 'resume');
    await untilHeading(second, 'Continue where you left off');
    expect(await axeViolations(second)).to.deep.equal([]);
    await enterCode(second, 'resume-code', 'abcd');
    expect(shadow(second).querySelector('.error-summary')?.textContent).to.contain('Enter the resume code in full');
    expect(await axeViolations(second)).to.deep.equal([]);
    second.locale = 'cy';
    await second.updateComplete;
    expect(shadow(second).querySelector('.error-summary')?.textContent).to.contain('Rhowch y cod ailddechrau yn llawn');
    expect(await axeViolations(second)).to.deep.equal([]);
    second.locale = 'en';
    await second.updateComplete;
    await enterCode(second, 'resume-code', code.toLowerCase().replace(/-/g, ''));
    await untilHeading(second, page);
    expect(text(second)).to.contain('Welcome back');
    expect(text(second)).to.match(/deleted on \d{1,2} \w+ \d{4}/);
    expect(await axeViolations(second)).to.deep.equal([]);
    second.locale = 'cy';
    await second.updateComplete;
    expect(text(second)).to.contain('Croeso’n ôl');
    expect(await axeViolations(second)).to.deep.equal([]);
    second.locale = 'en';
    await second.updateComplete;

    // Back goes to the first page, with its answers still there.
    shadow(second).querySelector<HTMLButtonElement>('.back')!.click();
    await second.updateComplete;
    const given = shadow(second).querySelector<HTMLElement & { value: unknown }>('[data-field="person.givenName"], [data-field]');
    expect(given?.value, 'an answer of the first page came back').to.not.equal(undefined);
    await clickContinue(second);
    await untilHeading(second, page);

    await fillPagesUntil(second, 'How we use your information');
    for (const input of shadow(second).querySelectorAll<HTMLElement>('[id^="consent-"]')) {
      const [, service, purpose] = /^consent-(.+?)-([^-]+)$/.exec(input.id) ?? [];
      if (service && purpose) await decide(second, service, purpose, 'given');
    }
    await clickContinue(second);
    await untilHeading(second, 'Check your answers before sending');
    expect(text(second), 'answers of the page before saving').to.contain(SKELETON_ANSWERS['person.givenName'] as string);
    expect(text(second), 'answers of the first page').to.contain('I am asking for help for myself');
    await clickContinue(second);
    await waitUntil(() => headingText(second) === 'Your information has been sent', 'never sent', { timeout: 15_000 });
    const sentId = (await submissions()).at(-1)!.submission;
    expect(JSON.stringify(sentId.disclosures)).to.contain(SKELETON_ANSWERS['person.givenName'] as string);

    // Sent: the draft has done its job and is deleted at the endpoint.
    const drafts = createDraftStore({ storage: createEndpointDraftStorage({ endpoint }) });
    await waitUntil(async () => (await drafts.load(code)).status === 'not-found', 'the draft outlived the submission', { timeout: 20_000 });
  });

  it('"Delete my saved answers" deletes the draft at the endpoint', async () => {
    const { url } = await testEndpoint();
    const endpoint = `${url}/submissions`;
    const intake = await mount(await savingDefinition(), endpoint);
    await toSecondPage(intake);
    const code = await save(intake);
    await press(intake, 'delete-saved');
    await waitUntil(() => text(intake).includes('Your saved answers have been deleted'), 'never deleted', { timeout: 10_000 });
    expect(await axeViolations(intake)).to.deep.equal([]);
    const drafts = createDraftStore({ storage: createEndpointDraftStorage({ endpoint }) });
    expect((await drafts.load(code)).status).to.equal('not-found');
  });

  it('expires: the endpoint deletes the draft at the lifetime the definition sets, by its (injected) clock, and the person is told', async () => {
    const { clockUrl, advanceClock } = await testEndpoint();
    const endpoint = `${clockUrl}/submissions`;
    const definition = await savingDefinition(2);
    const intake = await mount(definition, endpoint);
    await toSecondPage(intake);
    const code = await save(intake);
    const expires = /will be deleted on (.+?) unless/.exec(text(intake))?.[1];
    const saved = /Saved: (.+?)\./.exec(text(intake))?.[1];
    expect(Date.parse(expires!.replace(' at ', ' ')) - Date.parse(saved!.replace(' at ', ' '))).to.equal(2 * DAY);
    intake.remove();

    await advanceClock(2 * DAY - 60_000);
    const before = await mount(definition, endpoint);
    await press(before, 'resume');
    await enterCode(before, 'resume-code', code);
    expect(text(before), 'still there a minute before').to.contain('Welcome back');
    before.remove();

    await advanceClock(2 * 60_000);
    const after = await mount(definition, endpoint);
    await press(after, 'resume');
    await enterCode(after, 'resume-code', code);
    expect(shadow(after).querySelector('.error-summary')?.textContent).to.contain('No saved answers were found for that code');
    expect(shadow(after).querySelector('.error-summary')?.textContent).to.contain('deleted 2 days after');
    expect(await axeViolations(after)).to.deep.equal([]);
  });

  it('the browser\'s Back goes to the previous step, with nothing personal in the URL or the history entry', async () => {
    const { url } = await testEndpoint();
    const before = location.href;
    const intake = await mount(await savingDefinition(), `${url}/submissions`);
    const first = headingText(intake);
    await toSecondPage(intake);
    expect(location.href).to.equal(before);
    expect(JSON.stringify(history.state)).to.not.contain(SKELETON_ANSWERS['person.givenName'] as string);
    history.back();
    await waitUntil(() => headingText(intake) === first, 'Back did not go to the previous step', { timeout: 5000 });
  });

  it('warns before leaving with answers not saved, not once they are saved', async () => {
    const { url } = await testEndpoint();
    const intake = await mount(await savingDefinition(), `${url}/submissions`);
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leaving(), 'nothing answered yet').to.equal(false);
    await toSecondPage(intake);
    expect(leaving(), 'answers would be lost').to.equal(true);
    await save(intake);
    expect(leaving(), 'saved').to.equal(false);
    intake.remove();
    expect(leaving(), 'gone').to.equal(false);
  });
});

describe('intake: view my receipt', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 2);

  it('reopens a receipt from its code after the page is gone, shows each service\'s status, and withdraws one purpose with one press', async () => {
    const { url, withdrawals } = await testEndpoint();
    const endpoint = `${url}/submissions`;
    const definition = await exampleDefinition(WALKING_SKELETON_URL);
    const sent = await mount(definition, endpoint);
    await fillPagesUntil(sent, 'How we use your information');
    for (const input of shadow(sent).querySelectorAll<HTMLElement>('[id^="consent-"]')) {
      const [, service, purpose] = /^consent-(.+?)-([^-]+)$/.exec(input.id) ?? [];
      if (service && purpose) await decide(sent, service, purpose, 'given');
    }
    await clickContinue(sent);
    await clickContinue(sent);
    await waitUntil(() => shadow(sent).querySelector('.receipt-code'), 'never sent', { timeout: 15_000 });
    const code = shadow(sent).querySelector('.receipt-code')!.textContent!.trim();
    sent.remove(); // the tab is closed

    const later = await mount(definition, endpoint);
    await press(later, 'reopen-receipt');
    await untilHeading(later, 'View your receipt');
    expect(await axeViolations(later)).to.deep.equal([]);
    await enterCode(later, 'receipt-code', code.slice(0, -1) + (code.endsWith('2') ? '3' : '2'));
    expect(shadow(later).querySelector('.error-summary')?.textContent).to.contain('No receipt was found for that code');
    await enterCode(later, 'receipt-code', code);
    await untilHeading(later, 'Your receipt');
    const item = (service: string) => shadow(later).querySelector<HTMLElement>(`.receipt-item[data-service="${service}"]`)!;
    expect(item('housing-support').textContent).to.contain('Lawful basis');
    expect(item('housing-support').querySelector('.receipt-status')?.textContent).to.contain('Received');
    expect(item('money-advice').querySelector('.receipt-status')?.textContent).to.contain('Received');
    expect(text(later)).to.not.contain(SKELETON_ANSWERS['person.givenName'] as string);
    expect(await axeViolations(later)).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    try {
      expect(await axeViolations(later)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    later.locale = 'cy';
    await later.updateComplete;
    expect(item('money-advice').querySelector('.receipt-status')?.textContent).to.contain('Wedi dod i law');
    expect(await axeViolations(later)).to.deep.equal([]);
    later.locale = 'en';
    await later.updateComplete;

    const withdraw = item('money-advice').querySelector<HTMLButtonElement>('[data-action="withdraw"]')!;
    const recordId = withdraw.dataset['record']!;
    withdraw.click();
    await waitUntil(() => item('money-advice').querySelector('.withdrawn'), 'never withdrawn', { timeout: 10_000 });
    expect(item('money-advice').textContent).to.contain('will stop using');
    expect(item('money-advice').textContent).to.contain('Withdrawn');
    expect(JSON.stringify(await withdrawals())).to.contain(recordId);
    expect(await axeViolations(later)).to.deep.equal([]);
    later.locale = 'cy';
    await later.updateComplete;
    expect(await axeViolations(later)).to.deep.equal([]);
    later.locale = 'en';
    await later.updateComplete;
    await press(later, 'close-receipt');
    expect(button(later, 'reopen-receipt')).to.not.equal(null);
  });
});
