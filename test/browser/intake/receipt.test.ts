import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openReceipt, sendWithdrawal, withdraw } from '@onestory/core';
import { generateReceiptCode } from '@onestory/core/delivery';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { axeViolations } from '../helpers/a11y.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { clickContinue, decide, fillPagesUntil, SKELETON_ANSWERS } from './drive.js';
import { WALKING_SKELETON_URL, exampleDefinition, headingText, shadow, LONG_FLOW_MS, type SuiteContext } from './intake-helpers.js';

// The confirmation page's receipt, against the real reference endpoint: what each service
// received and why, the receipt code, print and download, and Withdraw for the consent
// the person gave — reopened later from the code alone, as on another device.

async function sentIntake(): Promise<{ intake: OneStoryIntakeElement; endpoint: string }> {
  const { url } = await testEndpoint();
  const endpoint = `${url}/submissions`;
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake .definition=${await exampleDefinition(WALKING_SKELETON_URL)} endpoint=${endpoint} services="housing-support money-advice"></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1'), undefined, { timeout: 5000 });
  await fillPagesUntil(intake, 'How we use your information', SKELETON_ANSWERS);
  for (const input of shadow(intake).querySelectorAll<HTMLElement>('[id^="consent-"]')) {
    const [, service, purpose] = /^consent-(.+?)-([^-]+)$/.exec(input.id) ?? [];
    if (service && purpose) await decide(intake, service, purpose, 'given');
  }
  await clickContinue(intake);
  expect(headingText(intake)).to.equal('Check your answers before sending');
  await clickContinue(intake);
  await waitUntil(() => headingText(intake) === 'Your information has been sent', 'never sent', { timeout: 10_000 });
  await waitUntil(() => shadow(intake).querySelector('.receipt'), 'no receipt');
  return { intake, endpoint };
}

const code = (intake: Element) => shadow(intake).querySelector('.receipt-code')?.textContent?.trim() ?? '';
const item = (intake: Element, service: string) => shadow(intake).querySelector<HTMLElement>(`.receipt-item[data-service="${service}"]`)!;

describe('intake: the receipt', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);

  it('shows per service what it received, why, on which basis, for how long and whom to contact; axe finds nothing in English, Welsh or print', async () => {
    const { intake } = await sentIntake();
    expect(code(intake)).to.match(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){7}$/);
    const housing = item(intake, 'housing-support');
    expect(housing.textContent).to.contain('Lawful basis');
    expect(housing.textContent).to.contain('How long it is kept');
    expect(housing.textContent).to.contain('does not rely on your consent');
    expect(housing.querySelector('[data-action="withdraw"]')).to.equal(null);
    expect(item(intake, 'money-advice').querySelector('[data-action="withdraw"]')).to.not.equal(null);
    expect(shadow(intake).textContent).to.not.contain(SKELETON_ANSWERS['person.givenName'] as string);

    expect(await axeViolations(intake)).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(intake).querySelector('[data-action="print"]')!.parentElement!).display).to.equal('none');
      expect(await axeViolations(intake)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    intake.locale = 'cy';
    await intake.updateComplete;
    expect(shadow(intake).querySelector('#receipt-title')?.textContent).to.equal('Eich derbynneb');
    expect(await axeViolations(intake)).to.deep.equal([]);
  });

  it('withdraws one purpose with one press; the endpoint records it; the code reopens the receipt elsewhere, and a wrong code is refused', async () => {
    const { intake, endpoint } = await sentIntake();
    const receiptCode = code(intake);
    const button = item(intake, 'money-advice').querySelector<HTMLButtonElement>('[data-action="withdraw"]')!;
    const recordId = button.dataset['record']!;
    button.click();
    await waitUntil(() => item(intake, 'money-advice').querySelector('.withdrawn'), 'never withdrawn', { timeout: 10_000 });
    expect(item(intake, 'money-advice').textContent).to.contain('will stop using');
    expect(await axeViolations(intake)).to.deep.equal([]);
    const stored = JSON.stringify(await (await testEndpoint()).withdrawals());
    expect(stored).to.contain(recordId);

    // Another device, after the tab is closed: the code alone.
    const reopened = await openReceipt(receiptCode, { endpoint });
    expect(reopened?.consents.find((r) => r.recordId === recordId)?.events.at(-1)?.type).to.equal('withdrawn');
    const other = reopened!.consents.find((r) => r.basis === 'consent' && r.recordId !== recordId) ?? reopened!.consents.find((r) => r.recordId === recordId)!;
    const { notice } = withdraw({ ...other, events: other.events.filter((e) => e.type !== 'withdrawn') }, { now: new Date(), actor: 'subject', submissionId: reopened!.submissionId });
    let status = 0;
    await sendWithdrawal(notice, generateReceiptCode().code, { endpoint }).catch((error: { status: number }) => (status = error.status));
    expect(status).to.equal(403);
  });
});
