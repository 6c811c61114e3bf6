// Opens every story of the built Storybook (storybook-static/) in Chromium and fails it
// on any axe violation (WCAG 2.2 A/AA + target-size, as test/browser/helpers/a11y.ts),
// console error or uncaught page error. One story = one test.
// A story that shows a deliberate console error (a partner's misconfiguration, reported
// in the console by design) lists it in `parameters.consoleErrors` (substrings): those
// must then appear, and nothing else may.
// Usage: node scripts/check-stories.mjs [storybook-static] [--only text]   (totals → $STORIES_TOTALS_FILE)
//   --only: check just the stories whose id contains `text` (while working on them).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { writeTotals } from './lib/totals.mjs';

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
};
const PAGES_AT_ONCE = 2;

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
const dir = resolve(positionals[0] ?? 'storybook-static');
const totalsFile = process.env.STORIES_TOTALS_FILE ?? 'test/.build/totals/stories.json';
const index = JSON.parse(await readFile(resolve(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!options.only || entry.id.includes(options.only)),
);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const failures = [];
try {
  const queue = [...stories];
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const problems = await checkStory(story);
      console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
      for (const problem of problems) console.log(`    ${problem}`);
      if (problems.length) failures.push(story.id);
    }
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
} finally {
  await browser.close();
  await server.close();
}

const totals = { passed: stories.length - failures.length, failed: failures.length, skipped: 0 };
writeTotals(totalsFile, totals);
console.log(`stories: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = failures.length ? 1 : 0;

/** @returns {Promise<string[]>} what is wrong with the story, empty when it passes */
async function checkStory(story) {
  const problems = [];
  const consoleErrors = [];
  const page = await browser.newPage();
  // Chromium asks for /favicon.ico on its own; its 404 is not the story's error.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (message) => {
    const { url } = message.location();
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    // Storybook's preview reaches phase "finished" after render and play function, or
    // shows its error display when the story cannot render at all.
    await page.waitForFunction(
      () =>
        ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase) ||
        document.body.classList.contains('sb-show-errordisplay'),
      undefined,
      { timeout: 60_000 },
    );
    const { renderError, expected } = await page.evaluate(() => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      const failed = document.body.classList.contains('sb-show-errordisplay') || render?.phase !== 'finished';
      return {
        renderError: failed
          ? document.querySelector('#error-message')?.textContent || `the story ended in phase "${render?.phase}"`
          : undefined,
        expected: render?.story?.parameters?.consoleErrors ?? [],
      };
    });
    if (renderError) problems.push(`render error: ${renderError}`);
    // An element that never registered renders nothing, and nothing passes axe: fail it.
    const undefinedTags = await page.evaluate(() => {
      const found = new Set();
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.includes('-') && !customElements.get(element.localName)) found.add(element.localName);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document.querySelector('#storybook-root') ?? document.body);
      return [...found];
    });
    for (const tag of undefinedTags) problems.push(`<${tag}> is not defined: the story shows nothing`);
    for (const { text, url } of consoleErrors) {
      if (!expected.some((substring) => text.includes(substring))) problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
    }
    for (const substring of expected) {
      if (!consoleErrors.some(({ text }) => text.includes(substring))) problems.push(`expected console error did not appear: ${substring}`);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(
      (options) => window.axe.run('#storybook-root', options).then((results) => results.violations),
      AXE_OPTIONS,
    );
    for (const violation of violations) {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      problems.push(`axe ${violation.id}: ${violation.help} — ${targets}`);
    }
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}
