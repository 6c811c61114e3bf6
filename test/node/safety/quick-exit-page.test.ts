/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cdnRoutes, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, type CspServer } from '../../support/csp-server.js';
import { launchChromium, observe, oneStoryStores, type Observations } from '../../support/observed-browser.js';

// Quick exit on real pages: the built CDN bundle, served with the strict CSP partners
// use, in the system Chromium. Each trigger must blank the page in the same task, wipe
// every OneStory store, and replace the page so Back does not return to it.

const BUNDLE = CDN_ENTRY;
const SENTINEL = 'SENTINEL-7f3a-quick-exit';

let site: CspServer;
let neutral: CspServer;
let browser: Browser;

const html = (title: string, body: string, scripts: string[] = ['/onestory.min.js']) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`;

const answersForm = `<main><h1>Tell us what is happening</h1>
<label for="story">Your story</label><textarea id="story"></textarea></main>`;

// Stand-in for GOV.UK Frontend's ExitThisPage on a host page: its own Shift×3 listener,
// which blanks the page by adding a class to <body> and navigates with location.href.
const fakeGovukFrontend = `
const button = document.querySelector('.govuk-exit-this-page__button');
let presses = 0;
let timer;
const leave = (event) => {
  event?.preventDefault();
  document.body.classList.add('govuk-exit-this-page-hide-content');
  window.location.href = button.href;
};
button.addEventListener('click', leave);
document.addEventListener('keyup', (event) => {
  if (event.key !== 'Shift') { presses = 0; return; }
  presses += 1;
  clearTimeout(timer);
  timer = setTimeout(() => (presses = 0), 5000);
  if (presses >= 3) { presses = 0; leave(); }
});`;

before(async () => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
  neutral = await createCspServer({
    routes: {
      '/neutral.html': { body: html('Weather', '<h1>Weather</h1>', []), type: 'text/html; charset=utf-8' },
      '/host-exit.html': { body: html('News', '<h1>News</h1>', []), type: 'text/html; charset=utf-8' },
    },
  });
  const exitUrl = `${neutral.url}/neutral.html`;
  const page = (title: string, body: string, scripts?: string[]) => ({
    body: html(title, body, scripts),
    type: 'text/html; charset=utf-8',
  });
  site = await createCspServer({
    routes: {
      ...cdnRoutes(),
      '/start.html': page('Start', ['/exit.html', '/two.html', '/govuk.html', '/marked.html'].map((href) => `<p><a href="${href}">${href}</a></p>`).join('')),
      '/exit.html': page('Domestic abuse support', `<onestory-quick-exit url="${exitUrl}"></onestory-quick-exit>${answersForm}`),
      '/two.html': page(
        'Two intakes',
        `<onestory-quick-exit url="${exitUrl}"></onestory-quick-exit>${answersForm}<onestory-quick-exit url="${exitUrl}"></onestory-quick-exit>`,
      ),
      '/govuk.html': page(
        'Host with GOV.UK exit',
        `<div class="govuk-exit-this-page"><a class="govuk-exit-this-page__button" href="${neutral.url}/host-exit.html">Exit this page</a></div>
         <onestory-quick-exit url="${exitUrl}"></onestory-quick-exit>${answersForm}`,
        ['/onestory.min.js', '/fake-govuk-frontend.js'],
      ),
      '/marked.html': page(
        'Host with its own exit link',
        `<a data-onestory-exit href="${neutral.url}/host-exit.html">Leave now</a>
         <onestory-quick-exit url="${exitUrl}"></onestory-quick-exit>${answersForm}`,
      ),
      '/fake-govuk-frontend.js': { body: fakeGovukFrontend, type: 'text/javascript' },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await neutral?.close();
});

interface ExitSeen {
  trigger: string;
  url: string | null;
  bodyDisplay: string;
  cover: string;
  title: string;
}

/**
 * Opens /start.html then `path` (so there is a page to go Back to), seeds OneStory stores
 * as drafts and the outbox would, types the sentinel, and records every `onestory-exit`
 * with what the screen showed at that very moment.
 */
async function openAndFill(path: string): Promise<{ context: BrowserContext; page: Page; seen: Observations; exits: ExitSeen[] }> {
  const context = await browser.newContext();
  const seen = await observe(context);
  const exits: ExitSeen[] = [];
  await context.exposeFunction('__exitSeen', (entry: ExitSeen) => void exits.push(entry));
  const page = await context.newPage();
  await page.goto(`${site.url}/start.html`);
  await page.click(`a[href="${path}"]`);
  await page.waitForURL(`${site.url}${path}`);
  await page.waitForFunction(() => customElements.get('onestory-quick-exit') !== undefined);
  await page.evaluate(async () => {
    sessionStorage.setItem('onestory-draft-key', 'k');
    localStorage.setItem('onestory-outbox-meta', '{}');
    localStorage.setItem('partner-preference', 'large-text');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('onestory-drafts', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts');
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put('ciphertext', 'draft-1');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error);
    });
    window.addEventListener('onestory-exit', (exit) => {
      // The OneStoryExitEvent of the bundle (this file only sees the DOM's Event type).
      const event = exit as Event & { detail: { trigger: string; url: string | undefined } };
      const cover = document.querySelector('[data-onestory-exit-cover]');
      (window as unknown as { __exitSeen(entry: unknown): void }).__exitSeen({
        trigger: event.detail.trigger,
        url: event.detail.url ?? null,
        bodyDisplay: getComputedStyle(document.body).display,
        cover: cover ? `${cover.textContent} ${getComputedStyle(cover).position} ${getComputedStyle(cover).visibility}` : '',
        title: document.title,
      });
    });
  });
  await page.fill('#story', SENTINEL);
  return { context, page, seen, exits };
}

async function assertLeftWithoutTrace(page: Page, seen: Observations, destination: string): Promise<void> {
  await page.waitForURL(destination);
  // Back goes to the page before the form: the form's history entry was replaced.
  await page.goBack();
  assert.equal(page.url(), `${site.url}/start.html`);
  assert.ok(!(await page.content()).includes(SENTINEL), 'Back shows no answers');
  await page.goForward();
  assert.equal(page.url(), destination, 'Forward goes to the neutral page, not the form');
  // Every OneStory store of the site is empty; the partner's own key is untouched.
  await page.goto(`${site.url}/start.html`);
  assert.deepEqual(await oneStoryStores(page), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('partner-preference')), 'large-text');
  await seen.flush();
  assert.deepEqual(seen.violations, [], 'no CSP or Trusted Types violation');
  const leaks = [...seen.visited, ...seen.console, ...seen.requests.map((r) => JSON.stringify(r))].filter((text) => text.includes(SENTINEL));
  assert.deepEqual(leaks, [], 'the sentinel answer appears in no URL, console line or request');
}

describe('quick exit on a strict-CSP page (built CDN bundle)', () => {
  it('the button blanks the page in the same task, wipes every store and replaces the page', async () => {
    const { context, page, seen, exits } = await openAndFill('/exit.html');
    await page.click('onestory-quick-exit >> button');
    const destination = `${neutral.url}/neutral.html`;
    await page.waitForURL(destination);
    assert.equal(exits.length, 1);
    assert.deepEqual(exits[0], {
      trigger: 'button',
      url: destination,
      bodyDisplay: 'none',
      cover: 'Loading fixed visible',
      title: 'Loading',
    });
    // The neutral site is not told where the person came from.
    const arrival = neutral.requests.filter((request) => request.url === '/neutral.html').at(-1);
    assert.equal(arrival?.headers.referer, undefined);
    await assertLeftWithoutTrace(page, seen, destination);
    await context.close();
  });

  it('Shift pressed three times shows and announces the count, then exits', async () => {
    const { context, page, seen, exits } = await openAndFill('/exit.html');
    const count = page.locator('onestory-quick-exit >> [part=count]');
    assert.equal(await count.getAttribute('role'), 'status');
    await page.keyboard.press('Shift');
    assert.equal(await count.textContent(), 'Shift pressed 1 of 3 times');
    await page.keyboard.press('Shift');
    assert.equal(await count.textContent(), 'Shift pressed 2 of 3 times');
    await page.keyboard.press('Shift');
    const destination = `${neutral.url}/neutral.html`;
    await page.waitForURL(destination);
    assert.deepEqual(exits.map((exit) => [exit.trigger, exit.bodyDisplay]), [['shortcut', 'none']]);
    await assertLeftWithoutTrace(page, seen, destination);
    await context.close();
  });

  it('typing capitals (Shift as a modifier) does not exit', async () => {
    const { context, page, exits } = await openAndFill('/exit.html');
    await page.focus('#story');
    await page.keyboard.type('ABC DEF GHI');
    await page.waitForTimeout(100);
    assert.equal(page.url(), `${site.url}/exit.html`);
    assert.deepEqual(exits, []);
    await context.close();
  });

  it('the skip link is hidden until focused, then exits', async () => {
    const { context, page, seen, exits } = await openAndFill('/exit.html');
    const link = page.locator('onestory-quick-exit >> a[part=skip-link]');
    assert.ok(((await link.boundingBox())?.width ?? 0) <= 1, 'visually hidden before focus');
    await page.focus('onestory-quick-exit >> button');
    await page.keyboard.press('Shift+Tab'); // the skip link comes just before the button
    assert.ok(((await link.boundingBox())?.width ?? 0) > 1, 'visible once focused');
    await page.keyboard.press('Enter');
    const destination = `${neutral.url}/neutral.html`;
    await page.waitForURL(destination);
    assert.deepEqual(exits.map((exit) => exit.trigger), ['skip-link']);
    await assertLeftWithoutTrace(page, seen, destination);
    await context.close();
  });

  it('two quick exits on one page: one count, one exit', async () => {
    const { context, page, exits } = await openAndFill('/two.html');
    await page.keyboard.press('Shift');
    const counts = await page.locator('onestory-quick-exit >> [part=count]').allTextContents();
    assert.deepEqual(counts, ['Shift pressed 1 of 3 times', '']);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(`${neutral.url}/neutral.html`);
    assert.equal(exits.length, 1);
    assert.deepEqual(await oneStoryStores(page), []);
    await context.close();
  });

  it('beside GOV.UK Frontend’s "Exit this page": Shift×3 leaves once, through GOV.UK’s control, after the wipe', async () => {
    const { context, page, exits } = await openAndFill('/govuk.html');
    const before = neutral.requests.length;
    await page.keyboard.press('Shift');
    assert.equal(await page.locator('onestory-quick-exit >> [part=count]').textContent(), '', 'GOV.UK shows its own count');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(`${neutral.url}/host-exit.html`);
    assert.deepEqual(exits.map((exit) => [exit.trigger, exit.url]), [['host-control', null]]);
    assert.deepEqual(neutral.requests.slice(before).map((r) => r.url).filter((url) => url.endsWith('.html')), ['/host-exit.html'], 'one navigation only');
    await page.goto(`${site.url}/start.html`);
    assert.deepEqual(await oneStoryStores(page), []);
    await context.close();
  });

  it('beside GOV.UK Frontend’s "Exit this page": clicking its button wipes OneStory’s stores first', async () => {
    const { context, page, exits } = await openAndFill('/govuk.html');
    await page.click('.govuk-exit-this-page__button');
    await page.waitForURL(`${neutral.url}/host-exit.html`);
    assert.deepEqual(exits.map((exit) => exit.trigger), ['host-control']);
    await page.goto(`${site.url}/start.html`);
    assert.deepEqual(await oneStoryStores(page), []);
    await context.close();
  });

  it('beside a host link marked data-onestory-exit: Shift×3 clicks it, so only the host’s exit runs', async () => {
    const { context, page, exits } = await openAndFill('/marked.html');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${neutral.url}/host-exit.html`);
    assert.deepEqual(exits.map((exit) => exit.trigger), ['host-control']);
    await page.goto(`${site.url}/start.html`);
    assert.deepEqual(await oneStoryStores(page), []);
    await context.close();
  });

  it('beside a host link marked data-onestory-exit: clicking it wipes OneStory’s stores, then follows the link', async () => {
    const { context, page, exits } = await openAndFill('/marked.html');
    await page.click('a[data-onestory-exit]');
    await page.waitForURL(`${neutral.url}/host-exit.html`);
    assert.deepEqual(exits.map((exit) => exit.trigger), ['host-control']);
    await page.goto(`${site.url}/start.html`);
    assert.deepEqual(await oneStoryStores(page), []);
    await context.close();
  });
});
