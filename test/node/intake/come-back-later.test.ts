/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDraftStore, createEndpointDraftStorage } from '@onestory/core';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import type { Browser, Page } from 'playwright-core';
import { cdnRoutes, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, partnerPage, type CspServer } from '../../support/csp-server.js';
import { completeIntake } from '../../support/intake-driver.js';
import { launchChromium, oneStoryStores } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';
import { quickLocation } from '../../support/stores.js';

// Coming back later, as a person does it: the built CDN bundle on a partner's page under
// the strict CSP, the reference endpoint behind it, and a fresh browser context for each
// "other device". Reloads, Back and quick exit are real navigations here.

const BUNDLE = CDN_ENTRY;
const INTAKE = 'onestory-intake';


let dataDir: string;
let endpoint: ReferenceServer;
let site: CspServer;
let neutral: CspServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'onestory-come-back-'));
  endpoint = await createReferenceServer({ ...(await quickLocation(dataDir)), guessLimit: { failures: 1000, perMs: 60_000 } });
  neutral = await createCspServer({ routes: { '/weather.html': { body: '<!doctype html><title>Weather</title><h1>Weather</h1>', type: 'text/html' } } });
  const definition = JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json'), 'utf8'));
  const saving = { ...definition, settings: { ...definition.settings, saveAndResume: { enabled: true } } };
  site = await createCspServer({
    apiTarget: endpoint.url,
    routes: {
      ...cdnRoutes(),
      '/start.html': partnerPage('<a href="/form.html">Get help</a>'),
      '/saving.definition.json': { body: JSON.stringify(saving), type: 'application/json' },
      '/form.html': partnerPage(
        `<onestory-intake definition="/saving.definition.json" endpoint="/api/submissions" services="housing-support money-advice" exit-url="${neutral.url}/weather.html"></onestory-intake>`,
      ),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await neutral?.close();
  await endpoint?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const heading = (tab: Page) => tab.locator(`${INTAKE} h1`).first().textContent().then((text) => text?.trim() ?? '');
const text = (tab: Page) => tab.locator(INTAKE).evaluate((element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

/** A new device: a fresh context on the start page, then the form; answered up to its second screen. */
async function startOnNewDevice(answerFirstPage = true): Promise<{ tab: Page; second: string }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${site.url}/start.html`);
  await tab.click('a[href="/form.html"]');
  await tab.locator(`${INTAKE} [data-action=continue]`).waitFor();
  if (!answerFirstPage) return { tab, second: '' };
  await completeIntake(tab, { text: () => 'Some words' }, { until: (_kind, index) => index === 1 });
  return { tab, second: await heading(tab) };
}

async function save(tab: Page): Promise<string> {
  await tab.locator(`${INTAKE} [data-action=save]`).click();
  const code = tab.locator(`${INTAKE} .resume-code`);
  await code.waitFor({ timeout: 20_000 });
  return (await code.textContent())!.trim();
}

async function enterCode(tab: Page, action: 'resume' | 'reopen-receipt', code: string): Promise<void> {
  await tab.locator(`${INTAKE} [data-action=${action}]`).click();
  await tab.locator(`${INTAKE} .code-form input`).fill(code);
  await tab.locator(`${INTAKE} [data-action=open-code]`).click();
}

const draftAt = (code: string) =>
  createDraftStore({ storage: createEndpointDraftStorage({ endpoint: `${endpoint.url}/submissions` }) }).load(code).then((found) => found.status);

describe('save and come back later, across browser contexts (built bundle, strict CSP)', () => {
  it('saves in one browser context, resumes in a fresh one at the same step from the code alone, and finishes', async () => {
    const { tab: first, second } = await startOnNewDevice();
    const code = await save(first);
    assert.match(code, /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    assert.deepEqual(await oneStoryStores(first), [], 'nothing of the draft is kept on the device');
    await first.context().close();

    const { tab } = await startOnNewDevice(false);
    await enterCode(tab, 'resume', code);
    await tab.waitForFunction(([selector, title]) => document.querySelector(selector)?.shadowRoot?.querySelector('h1')?.textContent?.trim() === title, [INTAKE, second] as const);
    assert.match(await text(tab), /Welcome back/);
    const before = (await endpoint.store.submissions()).length;
    const run = await completeIntake(tab, { text: () => 'Some words' });
    assert.match(run.reference, /\S/);
    assert.equal(run.steps[0], 'page', 'carried on from the page it was saved on');
    assert.equal((await endpoint.store.submissions()).length, before + 1);
    assert.ok(!run.chosen.some((choice) => choice.field === 'referrer.type'), 'the question answered before saving was not asked again');
    const sent = (await endpoint.store.submissions()).at(-1)!.submission;
    assert.match(JSON.stringify(sent.disclosures), /"referrer":\{"type":"self"/, 'the answer given before saving was sent');
    // Sent: the draft is deleted at the endpoint.
    for (let i = 0; i < 50 && (await draftAt(code)) !== 'not-found'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await draftAt(code), 'not-found');
    await tab.context().close();
  });

  it('a reload with answers not saved is warned of; once saved it is not, and the code brings them back', async () => {
    const { tab, second } = await startOnNewDevice();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await tab.reload();
    assert.deepEqual(dialogs, ['beforeunload'], 'the browser asked before throwing answers away');
    await tab.locator(`${INTAKE} [data-action=continue]`).waitFor();

    await completeIntake(tab, { text: () => 'Some words' }, { until: (_kind, index) => index === 1 });
    const code = await save(tab);
    await tab.locator(`${INTAKE} [data-action=continue-later]`).click();
    await tab.reload();
    assert.deepEqual(dialogs, ['beforeunload'], 'saved: nothing to warn of');
    await tab.locator(`${INTAKE} [data-action=continue]`).waitFor();
    await enterCode(tab, 'resume', code);
    await tab.waitForFunction(([selector, title]) => document.querySelector(selector)?.shadowRoot?.querySelector('h1')?.textContent?.trim() === title, [INTAKE, second] as const);
    await tab.context().close();
  });

  it("the browser's Back goes to the previous step, the URL never changes, and Back past the first step leaves", async () => {
    const { tab } = await startOnNewDevice(false);
    const first = await heading(tab);
    const url = tab.url();
    await completeIntake(tab, { text: () => 'Some words' }, { until: (_kind, index) => index === 1 });
    assert.notEqual(await heading(tab), first);
    assert.equal(tab.url(), url);
    await tab.goBack();
    await tab.waitForFunction(([selector, title]) => document.querySelector(selector)?.shadowRoot?.querySelector('h1')?.textContent?.trim() === title, [INTAKE, first] as const);
    assert.equal(tab.url(), url);
    await tab.context().close();
  });

  it('quick exit wipes the saved draft at the endpoint and on the device, and Back skips the form', async () => {
    const { tab } = await startOnNewDevice();
    const code = await save(tab);
    assert.equal(await draftAt(code), 'found');
    await tab.locator(`${INTAKE} onestory-quick-exit >> [part=button]`).click();
    await tab.waitForURL(`${neutral.url}/weather.html`);
    assert.equal(await draftAt(code), 'not-found', 'deleted at the endpoint');
    await tab.goBack();
    assert.equal(tab.url(), `${site.url}/start.html`, 'Back skips the form');
    assert.deepEqual((await oneStoryStores(tab)).filter((store) => !/\(0 records\)$/.test(store)), [], 'nothing on the device');
    await tab.context().close();
  });
});

describe('the receipt, reopened after a reload and on another device (built bundle, strict CSP)', () => {
  it('reopens from its code after the confirmation is reloaded, shows each status, and withdraws; a fresh context sees the withdrawal', async () => {
    const { tab } = await startOnNewDevice(false);
    await completeIntake(tab, { text: () => 'Some words' });
    const code = (await tab.locator(`${INTAKE} .receipt-code`).textContent())!.trim();
    await tab.reload();
    await tab.locator(`${INTAKE} [data-action=continue]`).waitFor();
    await enterCode(tab, 'reopen-receipt', code);
    const money = tab.locator(`${INTAKE} .receipt-item[data-service="money-advice"]`).first();
    await money.waitFor();
    assert.match((await money.locator('.receipt-status').textContent()) ?? '', /Received/);
    const withdraw = money.locator('[data-action=withdraw]');
    const recordId = await withdraw.getAttribute('data-record');
    await withdraw.click();
    await money.locator('.withdrawn').waitFor();
    assert.ok((await endpoint.store.withdrawals()).some((w) => w.notice.recordId === recordId), 'the endpoint recorded it');
    await tab.context().close();

    const { tab: other } = await startOnNewDevice(false);
    await enterCode(other, 'reopen-receipt', code);
    const item = other.locator(`${INTAKE} .receipt-item[data-purpose]`, { has: other.locator(`[data-record="${recordId}"]`) });
    await other.locator(`${INTAKE} .receipt-item`).first().waitFor();
    assert.equal(await item.count(), 0, 'no Withdraw left for what was withdrawn');
    assert.match(await text(other), /Withdrawn/);
    await other.context().close();
  });
});
