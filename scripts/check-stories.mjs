// Opens every story of the built Storybook (storybook-static/) in Chromium and fails it
// on any axe violation (WCAG 2.2 A/AA + target-size, as test/browser/helpers/a11y.ts),
// console error or uncaught page error, or an element that never registered (which would
// render nothing, and so pass axe). One story = one test.
// A story that shows a deliberate console error (a partner's misconfiguration, reported
// in the console by design) lists it in `parameters.consoleErrors` (substrings): those
// must then appear, and nothing else may.
//
// Each worker keeps one page and switches stories in it the way Storybook's own UI does
// (the `setCurrentStory` event): loading the preview once instead of once per story makes
// the run several times faster. A story that fails to settle gets a fresh page after it.
//
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
const STORY_TIMEOUT_MS = 60_000;

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
const dir = resolve(positionals[0] ?? 'storybook-static');
const totalsFile = process.env.STORIES_TOTALS_FILE ?? 'test/.build/totals/stories.json';
const index = JSON.parse(await readFile(resolve(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!options.only || entry.id.includes(options.only)),
);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Storybook's bundles are content-hashed (assets/…-[hash].js): cached after the first load.
const server = await serveStatic(dir, { immutable: /^\/(assets|sb-manager|sb-addons|sb-common-assets)\// });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext();
const failures = [];
try {
  const queue = [...stories];
  const worker = async () => {
    let preview;
    for (let story = queue.shift(); story; story = queue.shift()) {
      preview ??= await openPreview(story);
      const { problems, settled } = await checkStory(preview, story);
      if (!settled) {
        await preview.page.close();
        preview = undefined;
      }
      console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
      for (const problem of problems) console.log(`    ${problem}`);
      if (problems.length) failures.push(story.id);
    }
    await preview?.page.close();
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

/**
 * A page with Storybook's preview loaded at `story` and axe injected. `errors` collects
 * console errors and uncaught exceptions; each check takes the ones of its own story.
 */
async function openPreview(story) {
  const page = await context.newPage();
  const errors = [];
  // Chromium asks for /favicon.ico on its own; its 404 is not the story's error.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (message) => {
    const { url } = message.location();
    if (message.type() === 'error') errors.push({ text: message.text(), url });
  });
  page.on('pageerror', (error) => errors.push({ text: `page error: ${error.message}`, uncaught: true }));
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
  await page.addScriptTag({ content: axeSource });
  return { page, errors, first: story.id };
}

/** @returns {Promise<{problems: string[], settled: boolean}>} what is wrong with the story, empty when it passes */
async function checkStory(preview, story) {
  const { page, errors } = preview;
  const problems = [];
  errors.length = 0;
  try {
    if (preview.first !== story.id) {
      await page.evaluate((storyId) => {
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, story.id);
    }
    preview.first = undefined;
    // Storybook's preview reaches phase "finished" after render and play function, or
    // shows its error display when the story cannot render at all.
    await page.waitForFunction(
      (storyId) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.id !== storyId) return false;
        return ['finished', 'errored', 'aborted'].includes(render.phase) || document.body.classList.contains('sb-show-errordisplay');
      },
      story.id,
      { timeout: STORY_TIMEOUT_MS },
    );
    const { renderError, expected, undefinedTags } = await page.evaluate(() => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      const failed = document.body.classList.contains('sb-show-errordisplay') || render?.phase !== 'finished';
      // An element that never registered renders nothing, and nothing passes axe.
      const found = new Set();
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.includes('-') && !customElements.get(element.localName)) found.add(element.localName);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document.querySelector('#storybook-root') ?? document.body);
      return {
        renderError: failed
          ? document.querySelector('#error-message')?.textContent || `the story ended in phase "${render?.phase}"`
          : undefined,
        expected: render?.story?.parameters?.consoleErrors ?? [],
        undefinedTags: [...found],
      };
    });
    if (renderError) problems.push(`render error: ${renderError}`);
    for (const tag of undefinedTags) problems.push(`<${tag}> is not defined: the story shows nothing`);
    const violations = await page.evaluate(
      (axeOptions) => window.axe.run('#storybook-root', axeOptions).then((results) => results.violations),
      AXE_OPTIONS,
    );
    for (const violation of violations) {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      problems.push(`axe ${violation.id}: ${violation.help} — ${targets}`);
    }
    for (const { text, url, uncaught } of errors) {
      if (uncaught || !expected.some((substring) => text.includes(substring))) {
        problems.push(uncaught ? text : `console error: ${text}${url ? ` (${url})` : ''}`);
      }
    }
    for (const substring of expected) {
      if (!errors.some(({ text }) => text.includes(substring))) problems.push(`expected console error did not appear: ${substring}`);
    }
    return { problems, settled: !renderError };
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
    return { problems, settled: false };
  }
}
