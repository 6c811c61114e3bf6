/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import type { Browser } from 'playwright-core';
import { cdnRoutes, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, partnerPage, type CspServer } from '../../support/csp-server.js';
import { completeIntake } from '../../support/intake-driver.js';
import { launchChromium, observe, oneStoryStores } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';
import { quickLocation } from '../../support/stores.js';

// The example flow (the early-help definition partners start from) on a page served with
// the strict CSP and Trusted Types partners are told to use, loading the built CDN bundle
// exactly as a partner does; submitted to the reference endpoint. A sentinel is typed into
// every free-text field, then looked for everywhere it must not be.

const BUNDLE = CDN_ENTRY;
const EXAMPLES = ['walking-skeleton', 'early-help'] as const;
const SENTINEL = 'Zqxsentinel';


let dataDir: string;
let endpoint: ReferenceServer;
let site: CspServer;
let neutral: CspServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'onestory-csp-'));
  endpoint = await createReferenceServer(await quickLocation(dataDir));
  neutral = await createCspServer({ routes: { '/weather.html': { body: '<!doctype html><title>Weather</title><h1>Weather</h1>', type: 'text/html' } } });
  const exitUrl = `${neutral.url}/weather.html`;
  site = await createCspServer({
    apiTarget: endpoint.url,
    routes: {
      ...cdnRoutes(),
      '/start.html': partnerPage('<a href="/walking-skeleton.html">Get help</a> <a href="/persist.html">Get help (saving on)</a>'),
      '/persist.html': partnerPage(
        `<onestory-intake definition="/walking-skeleton.definition.json" endpoint="/unavailable/submissions" exit-url="${exitUrl}" persist></onestory-intake>`,
      ),
      // An endpoint that is down for an hour: the finished story waits in the outbox.
      '/unavailable/submissions': { status: 503, headers: { 'retry-after': '3600' } },
      ...Object.fromEntries(
        EXAMPLES.flatMap((example) => [
          [`/${example}.definition.json`, { file: join(repoRoot, `packages/schemas/examples/${example}.definition.json`) }],
          [
            `/${example}.html`,
            partnerPage(`<onestory-intake definition="/${example}.definition.json" endpoint="/api/submissions" exit-url="${exitUrl}"></onestory-intake>`),
          ],
        ]),
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

describe('the example flows under a strict CSP with Trusted Types (built CDN bundle)', () => {
  for (const example of EXAMPLES) it(`${example}: first question to confirmation with 0 violations, leaking the sentinel nowhere`, async () => {
    const context = await browser.newContext();
    const seen = await observe(context);
    const tab = await context.newPage();
    await tab.goto(`${site.url}/${example}.html`);

    let n = 0;
    const run = await completeIntake(tab, {
      // A distinct, valid answer per field, each carrying the sentinel.
      text: () => `${SENTINEL}${(n++).toString(36)}`,
      email: () => `${SENTINEL.toLowerCase()}@example.com`,
    });
    assert.match(run.reference, /\S/, 'a reference number is shown');
    assert.ok(run.typed.length >= 3, `typed into ${run.typed.length} fields`);
    assert.ok(run.steps.includes('check-answers'));
    // The driver chose what it meant to, by what the person reads: agreed to every consent
    // question, and said nobody is in danger wherever that was asked.
    const addressChoices = run.chosen.filter((c) => c.field === '' && /^What may .+ use to contact you\?$/.test(c.question));
    const consents = run.chosen.filter((c) => c.field === '' && !addressChoices.includes(c));
    assert.ok(consents.length > 0, 'consent questions were answered');
    assert.deepEqual([...new Set(consents.map((c) => c.label))], ['Yes, I agree']);
    // Someone feared in the household: a service that visits it reaches them only in the safe ways marked.
    for (const choice of addressChoices) assert.match(choice.label, /^Not my address: only the safe ways I chose \(/);
    for (const danger of run.chosen.filter((c) => c.field === 'risk.immediateDanger')) assert.equal(danger.label, 'No');
    if (example === 'early-help') assert.ok(run.chosen.some((c) => c.field === 'risk.immediateDanger'), 'the danger question was asked');

    await seen.flush();
    assert.deepEqual(seen.violations, [], 'no securitypolicyviolation event');
    assert.deepEqual(seen.console.filter((line) => /^(error|pageerror)/.test(line)), [], 'no console error');

    // The sentinel went where it should (the submission body, the endpoint's store)…
    const submissions = seen.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/submissions'));
    assert.equal(submissions.length, 1);
    assert.ok(submissions[0]!.body?.includes(SENTINEL), 'the test can see the sentinel where it belongs');
    assert.ok(!submissions[0]!.body?.includes('"immediateDanger":"yes"'), 'nobody was said to be in danger');
    if (example === 'early-help') {
      assert.ok(submissions[0]!.body?.includes('"immediateDanger":false'), 'each service is told nobody is in danger');
      assert.ok(!submissions[0]!.body?.includes('"immediateDanger":true'), 'no service is told someone is in danger');
    }
    // …and nowhere else: URLs, console, request headers, cookies, web storage, IndexedDB.
    const inUrls = [...seen.visited, ...seen.requests.map((r) => r.url)].filter((url) => url.includes(SENTINEL));
    const inConsole = seen.console.filter((line) => line.includes(SENTINEL));
    const inHeaders = seen.requests.filter((r) => JSON.stringify(r.headers).includes(SENTINEL)).map((r) => r.url);
    const cookies = JSON.stringify(await context.cookies());
    const storage = JSON.stringify(await context.storageState({ indexedDB: true }));
    assert.deepEqual(inUrls, [], 'sentinel in a URL');
    assert.deepEqual(inConsole, [], 'sentinel in the console');
    assert.deepEqual(inHeaders, [], 'sentinel in a request header');
    assert.ok(!cookies.includes(SENTINEL), 'sentinel in a cookie');
    assert.ok(!storage.includes(SENTINEL), 'sentinel in web storage or IndexedDB');
    await context.close();
  });
});

/** Everything the intake shows, through shadow roots. */
async function intakeText(tab: import('playwright-core').Page): Promise<string> {
  return tab.evaluate(() => {
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      node.childNodes.forEach(visit);
    };
    document.querySelectorAll('onestory-intake').forEach(visit);
    return parts.join(' ');
  });
}

describe('quick exit inside the example flow (strict CSP, built bundle)', () => {
  it('Shift×3 half way through: Back shows no answers, a new visit starts empty, no store holds anything', async () => {
    const context = await browser.newContext();
    const seen = await observe(context);
    const tab = await context.newPage();
    await tab.goto(`${site.url}/start.html`);
    await tab.click('a[href="/walking-skeleton.html"]');
    let n = 0;
    // Answer up to the first question page and type into it, without continuing.
    const textBox = tab.locator('onestory-intake input[type=text], onestory-intake textarea').first();
    const run = await completeIntake(
      tab,
      { text: () => `${SENTINEL}${(n++).toString(36)}` },
      { until: async (kind) => kind === 'page' && (await textBox.count()) > 0 },
    );
    assert.equal(run.steps.at(-1), 'page');
    const box = textBox;
    await box.fill(`${SENTINEL} typed just now`);
    assert.ok((await intakeText(tab)).length > 0);

    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
    await tab.waitForURL(`${neutral.url}/weather.html`);
    await tab.goBack();
    assert.equal(tab.url(), `${site.url}/start.html`, 'Back skips the form: its history entry was replaced');
    assert.ok(!(await tab.content()).includes(SENTINEL));
    await tab.click('a[href="/walking-skeleton.html"]');
    await currentStepSettled(tab);
    assert.ok(!(await intakeText(tab)).includes(SENTINEL), 'a new visit starts empty');
    assert.deepEqual(await oneStoryStores(tab), []);
    await seen.flush();
    assert.deepEqual(seen.violations, []);
    await context.close();
  });

  it('with saving on and the endpoint down: the encrypted outbox holds the story until the exit button wipes it', async () => {
    const context = await browser.newContext();
    const seen = await observe(context);
    const tab = await context.newPage();
    await tab.goto(`${site.url}/start.html`);
    await tab.click('a[href="/persist.html"]');
    let n = 0;
    const run = await completeIntake(tab, { text: () => `${SENTINEL}${(n++).toString(36)}` }, { until: (kind) => kind === 'not-sent-yet' });
    assert.equal(run.steps.at(-1), 'not-sent-yet');
    const before = await oneStoryStores(tab);
    assert.ok(before.some((store) => /^indexedDB:.*\([1-9]\d* records\)/.test(store)), `the outbox is in IndexedDB: ${before.join(', ')}`);
    const stored = JSON.stringify(await context.storageState({ indexedDB: true }));
    assert.ok(!stored.includes(SENTINEL), 'the outbox is encrypted: no answer in clear');

    await tab.locator('onestory-intake onestory-quick-exit >> [part=button]').click();
    await tab.waitForURL(`${neutral.url}/weather.html`);
    await tab.goBack();
    assert.equal(tab.url(), `${site.url}/start.html`);
    assert.deepEqual((await oneStoryStores(tab)).filter((store) => !/\(0 records\)$/.test(store)), [], 'every OneStory store is empty');
    // Coming back, the intake opens a fresh outbox: it holds nothing, and nothing waits to be sent.
    await tab.click('a[href="/persist.html"]');
    await currentStepSettled(tab);
    assert.deepEqual((await oneStoryStores(tab)).filter((store) => !/\(0 records\)$/.test(store)), []);
    assert.ok(!(await intakeText(tab)).includes(SENTINEL));
    await seen.flush();
    assert.deepEqual(seen.violations, []);
    await context.close();
  });
});

async function currentStepSettled(tab: import('playwright-core').Page): Promise<void> {
  await tab.waitForFunction(() => document.querySelector('onestory-intake')?.shadowRoot?.querySelector('[data-action=continue]'));
}
