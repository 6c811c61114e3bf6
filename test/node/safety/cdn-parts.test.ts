/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { cdnRoutes, CDN_DIR, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, partnerPage, type CspServer, type Route } from '../../support/csp-server.js';
import { launchChromium, observe, type Observations } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';
import { en } from '@onestory/core/i18n';
import { enLater } from '@onestory/core/i18n/en-later';

// The CDN build loads some parts on demand (the Welsh catalogue, for one) from files
// beside its entry, each checked against the SHA-384 hash the entry carries. Served as a
// partner serves them, under the strict CSP: an honest part loads and is used; a part whose
// bytes were changed is refused, never run, and the intake says it is not available
// (with an `onestory-error` naming the file) instead of crashing.

const WELSH_PART = readdirSync(CDN_DIR).find((name) => /^onestory-cy-.+\.js$/.test(name));
const LATER_PART = readdirSync(CDN_DIR).find((name) => /^onestory-later-steps-.+\.js$/.test(name));
const FIELDS_PART = readdirSync(CDN_DIR).find((name) => /^onestory-more-fields-.+\.js$/.test(name));
const DEFINITION = join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json');

const page = (locale: string) =>
  partnerPage(`<onestory-intake definition="/walking-skeleton.definition.json" endpoint="/api/submissions" locale="${locale}"></onestory-intake>`);

const routes = (welsh: Route, definitionServed = () => {}) => ({
  ...cdnRoutes(),
  [`/${WELSH_PART}`]: welsh,
  '/walking-skeleton.definition.json': {
    type: 'application/json',
    body: () => {
      definitionServed();
      return readFileSync(DEFINITION, 'utf8');
    },
  },
  '/cy.html': page('cy'),
  '/en.html': page('en'),
});

let honest: CspServer;
let tampered: CspServer;
let laterTampered: CspServer;
let fieldsTampered: CspServer;
let brokenRules: CspServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(CDN_ENTRY), `${CDN_ENTRY} is missing: run \`npm run build\` first`);
  assert.ok(WELSH_PART, 'the build has a Welsh catalogue part beside its entry');
  honest = await createCspServer({ routes: routes({ file: join(CDN_DIR, WELSH_PART) }) });
  // One changed statement: valid JavaScript that would mark the page if it ever ran.
  const changed = `${readFileSync(join(CDN_DIR, WELSH_PART), 'utf8')};document.documentElement.dataset.tampered='ran';`;
  // The changed part is held back until the definition has been served, so the intake
  // re-renders (definition ready) while the part is still on its way: the order a slow
  // machine produced, which once reported the refusal twice.
  let definitionServed = () => {};
  const definitionSeen = new Promise<void>((resolve) => (definitionServed = resolve));
  const afterDefinition = async () => {
    await definitionSeen;
    // Long enough for the page to take the definition in and render with it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return changed;
  };
  tampered = await createCspServer({ routes: routes({ body: afterDefinition, type: 'text/javascript; charset=utf-8' }, () => definitionServed()) });
  assert.ok(LATER_PART, 'the build has a later-steps part beside its entry');
  const laterChanged = `${readFileSync(join(CDN_DIR, LATER_PART), 'utf8')};document.documentElement.dataset.tampered='ran';`;
  laterTampered = await createCspServer({
    routes: { ...routes({ file: join(CDN_DIR, WELSH_PART) }), [`/${LATER_PART}`]: { body: laterChanged, type: 'text/javascript; charset=utf-8' } },
  });
  assert.ok(FIELDS_PART, 'the build has a part with the other field elements beside its entry');
  const fieldsChanged = `${readFileSync(join(CDN_DIR, FIELDS_PART), 'utf8')};document.documentElement.dataset.tampered='ran';`;
  fieldsTampered = await createCspServer({
    routes: { ...routes({ file: join(CDN_DIR, WELSH_PART) }), [`/${FIELDS_PART}`]: { body: fieldsChanged, type: 'text/javascript; charset=utf-8' } },
  });
  // Sound to show, broken by a rule checked with the later steps: no core purpose.
  const noCorePurpose = JSON.parse(readFileSync(DEFINITION, 'utf8'));
  noCorePurpose.services[0].purposes[0].core = false;
  brokenRules = await createCspServer({
    routes: { ...routes({ file: join(CDN_DIR, WELSH_PART) }), '/walking-skeleton.definition.json': { body: JSON.stringify(noCorePurpose), type: 'application/json' } },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await honest?.close();
  await tampered?.close();
  await laterTampered?.close();
  await fieldsTampered?.close();
  await brokenRules?.close();
});

async function open(url: string): Promise<{ tab: Page; seen: Observations; errors: string[] }> {
  const context = await browser.newContext();
  const seen = await observe(context);
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.addInitScript(() => {
    (window as unknown as { onestoryErrors: unknown[] }).onestoryErrors = [];
    document.addEventListener('onestory-error', (event) =>
      (window as unknown as { onestoryErrors: unknown[] }).onestoryErrors.push((event as CustomEvent).detail),
    );
  });
  await tab.goto(url);
  return { tab, seen, errors };
}

const intakeLang = (tab: Page) => tab.locator('onestory-intake .intake').getAttribute('lang');

describe('parts of the CDN build loaded on demand', () => {
  it('an honest Welsh part loads under the strict CSP and the intake speaks Welsh', async () => {
    const { tab, seen, errors } = await open(`${honest.url}/cy.html`);
    await tab.locator('onestory-intake [data-action=continue]').waitFor();
    assert.equal(await intakeLang(tab), 'cy');
    assert.equal((await tab.locator('onestory-intake [data-action=continue]').textContent())?.trim(), 'Parhau');
    await seen.flush();
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(errors, []);
    assert.ok(seen.requests.some((request) => request.url.endsWith(`/${WELSH_PART}`)), 'the Welsh part was fetched');
    await tab.context().close();
  });

  it('an English page offers Welsh and switches to it, the part fetched beside the entry', async () => {
    const { tab, seen, errors } = await open(`${honest.url}/en.html`);
    await tab.locator('onestory-intake [data-action=continue]').waitFor();
    assert.equal(await intakeLang(tab), 'en');
    await tab.locator('onestory-intake button[lang=cy]').click();
    await tab.locator('onestory-intake .intake[lang=cy]').waitFor();
    assert.equal((await tab.locator('onestory-intake [data-action=continue]').textContent())?.trim(), 'Parhau');
    await seen.flush();
    assert.deepEqual(errors, []);
    assert.deepEqual(seen.violations, []);
    await tab.context().close();
  });

  it('a changed part is refused, never runs, and the intake says it is not available', async () => {
    const { tab, seen, errors } = await open(`${tampered.url}/cy.html`);
    await tab.locator('onestory-intake [part=fallback]').waitFor();
    assert.equal(await tab.evaluate(() => document.documentElement.dataset['tampered']), undefined, 'the changed file never ran');
    const reported = (await tab.evaluate(() => (window as unknown as { onestoryErrors: { kind: string; message: string }[] }).onestoryErrors)) ?? [];
    assert.equal(reported.length, 1, JSON.stringify(reported));
    assert.equal(reported[0]!.kind, 'load');
    assert.match(reported[0]!.message, new RegExp(`${WELSH_PART!.replace(/[.]/g, '\\.')} was refused`));
    assert.match(reported[0]!.message, /SHA-384/);
    assert.ok(seen.console.some((line) => line.includes(`${WELSH_PART} was refused`)), 'the developer is told in the console');
    assert.deepEqual(errors, [], 'no uncaught error');
    await tab.context().close();
  });
});

describe('the later steps, a part loaded while the person reads the first page', () => {
  it('honest: fetched after the first page is on screen, and Continue works', async () => {
    const { tab, seen, errors } = await open(`${honest.url}/en.html`);
    await tab.locator('onestory-intake [data-action=continue]').click();
    // Nothing answered yet: the first page says what is missing (the later steps were there to ask).
    await tab.locator('onestory-intake .error-summary').waitFor();
    await seen.flush();
    assert.ok(seen.requests.some((request) => request.url.endsWith(`/${LATER_PART}`)), 'the later-steps part was fetched');
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(errors, []);
    await tab.context().close();
  });

  it('changed: refused and never run; the first page stays, and Continue says the form is not available', async () => {
    const { tab, seen, errors } = await open(`${laterTampered.url}/en.html`);
    const continueButton = tab.locator('onestory-intake [data-action=continue]');
    await continueButton.waitFor();
    const firstStep = await tab.locator('onestory-intake .step').getAttribute('data-step');
    await continueButton.click();
    await tab.locator('onestory-intake .not-loaded[role=alert]').waitFor();
    assert.equal(await tab.locator('onestory-intake [part=fallback]').count(), 0, 'the first page stays on screen');
    assert.equal(await tab.locator('onestory-intake .step').getAttribute('data-step'), firstStep);
    assert.equal(await tab.evaluate(() => document.documentElement.dataset['tampered']), undefined, 'the changed file never ran');
    const reported = (await tab.evaluate(() => (window as unknown as { onestoryErrors: { kind: string; message: string }[] }).onestoryErrors)) ?? [];
    assert.ok(reported.length >= 1, 'reported');
    for (const error of reported) {
      assert.equal(error.kind, 'load');
      assert.match(error.message, new RegExp(`${LATER_PART!.replace(/[.]/g, '\\.')} was refused`));
    }
    assert.ok(seen.console.some((line) => line.includes(`${LATER_PART} was refused`)), 'the developer is told in the console');
    assert.deepEqual(errors, [], 'no uncaught error');
    await tab.context().close();
  });

  it('a definition whose rules are broken is refused once they are checked, before the person can go on', async () => {
    const { tab, errors } = await open(`${brokenRules.url}/en.html`);
    await tab.locator('onestory-intake [part=fallback]').waitFor();
    const reported = (await tab.evaluate(() => (window as unknown as { onestoryErrors: { kind: string; problems: { path: string; code: string }[] }[] }).onestoryErrors)) ?? [];
    assert.deepEqual(
      reported.map((error) => [error.kind, error.problems.map((problem) => `${problem.path} ${problem.code}`)]),
      [['definition', ['services[0].purposes no-core-purpose']]],
    );
    assert.deepEqual(errors, [], 'no uncaught error');
    await tab.context().close();
  });
});

describe('the field elements beyond the first page, a part loaded as the entry runs', () => {
  it('changed: refused and never run; the person is told the form is not available, the developer which file', async () => {
    const { tab, seen, errors } = await open(`${fieldsTampered.url}/en.html`);
    const intake = tab.locator('onestory-intake');
    await intake.locator('.not-loaded[role=alert]').waitFor();
    assert.equal(await intake.locator('[part=fallback]').count(), 0, 'the first page stays on screen');
    assert.equal(await tab.evaluate(() => document.documentElement.dataset['tampered']), undefined, 'the changed file never ran');
    assert.equal(await tab.evaluate(() => customElements.get('onestory-date-field')), undefined);
    const reported = (await tab.evaluate(() => (window as unknown as { onestoryErrors: { kind: string; message: string }[] }).onestoryErrors)) ?? [];
    assert.equal(reported.length, 1, JSON.stringify(reported));
    assert.equal(reported[0]!.kind, 'load');
    assert.match(reported[0]!.message, new RegExp(`${FIELDS_PART!.replace(/[.]/g, '\\.')} was refused`));
    assert.deepEqual(errors, [], 'no uncaught error');
    await seen.flush();
    assert.deepEqual(seen.violations, []);
    await tab.context().close();
  });
});

describe('the English of the steps after the questions, brought by their part', () => {
  const LATER_KEYS = Object.keys(enLater);

  it('the entry holds none of those messages nor names any, and the later part brings them all', () => {
    const entry = readFileSync(CDN_ENTRY, 'utf8');
    const later = readFileSync(join(CDN_DIR, LATER_PART!), 'utf8');
    const named = (code: string, key: string) => code.includes(`"${key}"`) || code.includes(`'${key}'`) || code.includes(`\`${key}\``);
    assert.ok(LATER_KEYS.length > 100, 'the later English is a part of the catalogue worth leaving out');
    assert.deepEqual(LATER_KEYS.filter((key) => named(entry, key)), [], 'the entry names none of them');
    assert.deepEqual(LATER_KEYS.filter((key) => !named(later, key)), [], 'the later part carries every one');
  });

  it('a journey through the CDN file reaches the consent step in plain English, the date and phone fields working', async () => {
    const { tab, seen, errors } = await open(`${honest.url}/en.html`);
    const intake = tab.locator('onestory-intake');
    const screen = () => intake.locator('.step').evaluate((step) => `${step.getAttribute('data-step')}:${step.querySelector('h1, h2')?.textContent?.trim()}`);
    const next = async () => {
      const before = await screen();
      await intake.locator('[data-action=continue]').click();
      await tab.waitForFunction(
        (was) => {
          const step = document.querySelector('onestory-intake')?.shadowRoot?.querySelector('.step');
          return step && `${step.getAttribute('data-step')}:${step.querySelector('h1, h2')?.textContent?.trim()}` !== was;
        },
        before,
      );
    };
    await intake.locator('[data-action=continue]').waitFor();
    await intake.getByLabel('Housing support').check();
    await next();
    await intake.getByLabel('I am asking for help for myself').check();
    await next();
    await intake.getByLabel('First name').fill('Sam');
    await intake.getByLabel('Day').fill('3');
    await intake.getByLabel('Month').fill('4');
    await intake.getByLabel('Year').fill('1990');
    await intake.getByLabel('Telephone number').fill('07700 900982');
    await next();
    await intake.getByLabel('Tell us about your housing situation').fill('Behind on rent');
    await next();
    assert.equal(await intake.locator('.step').getAttribute('data-step'), 'privacy-and-consent');
    const text = await intake.locator('.step').innerText();
    assert.ok(text.includes(en['ui.privacy.title']), 'the title');
    for (const key of ['ui.privacy.controller', 'ui.privacy.services'] as const) assert.ok(text.includes(en[key]), `${key}, a message of the later steps, reads in English`);
    assert.doesNotMatch(text, /\b(ui|consent|who|flow)\.[a-z]+\.[a-zA-Z]/, 'no message key on screen');
    await seen.flush();
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(errors, []);
    await tab.context().close();
  });
});
