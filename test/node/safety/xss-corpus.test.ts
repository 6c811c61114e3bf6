/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkDefinition } from '@onestory/core';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import type { Browser, Page } from 'playwright-core';
import { cdnRoutes, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, type CspServer } from '../../support/csp-server.js';
import { hostileAnswers, hostileDefinition } from '../../support/hostile-definition.js';
import { completeIntake, DEFAULT_ANSWERS, type AnswerMap, type ControlInfo } from '../../support/intake-driver.js';
import { launchChromium, observe } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';
import { canaryId, shortPayloads, xssCorpus, type Payload } from '../../support/xss-corpus.js';
import { quickLocation } from '../../support/stores.js';

// No injected markup: XSS payloads in every text of a definition (labels, hints, options,
// page titles, service names, purposes, the privacy notice) AND typed as answers (echoed
// on check-your-answers and the confirmation). The page has NO CSP, so an injection would
// really run: the canary window.__pwned() must never be called, and no element or event
// handler attribute may appear that the payloads tried to create.

const BUNDLE = CDN_ENTRY;
const EXAMPLES = ['walking-skeleton', 'early-help'] as const;
const corpus = xssCorpus();

let dataDir: string;
let endpoint: ReferenceServer;
let site: CspServer;
let browser: Browser;
const placed = new Map<string, ReadonlySet<string>>();
/** Per example: the driver's answers, keyed by the hostile texts on screen, and the hostile label of "No" to the danger question. */
const hostileChoices = new Map<string, { answers: AnswerMap; noDanger: Record<string, string> }>();

before(async () => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'onestory-xss-'));
  endpoint = await createReferenceServer(await quickLocation(dataDir));
  const routes: Record<string, { file: string } | { body: string; type: string }> = { ...cdnRoutes() };
  for (const example of EXAMPLES) {
    const original: unknown = JSON.parse(readFileSync(join(repoRoot, `packages/schemas/examples/${example}.definition.json`), 'utf8'));
    const hostile = hostileDefinition(original, corpus);
    const check = checkDefinition(hostile.definition);
    assert.ok(check.ok, `the hostile ${example} definition must stay valid: ${JSON.stringify(check)}`.slice(0, 2000));
    placed.set(example, hostile.placedEn);
    const danger = (hostile.definition as { questions: { field: string; options?: { value: string; label: Record<string, string> }[] }[] }).questions
      .find((question) => question.field === 'risk.immediateDanger')
      ?.options?.find((option) => option.value === 'no');
    hostileChoices.set(example, { answers: hostileAnswers(original, hostile.definition, DEFAULT_ANSWERS), noDanger: danger?.label ?? {} });
    routes[`/${example}.json`] = { body: JSON.stringify(hostile.definition), type: 'application/json' };
    for (const locale of ['en', 'cy']) {
      routes[`/${example}.${locale}.html`] = {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>XSS</title>
<script type="module" src="/onestory.min.js"></script></head>
<body><onestory-intake definition="/${example}.json" endpoint="/api/submissions" locale="${locale}"></onestory-intake></body></html>`,
      };
    }
  }
  site = await createCspServer({ csp: null, apiTarget: endpoint.url, routes });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await endpoint?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Elements and attributes in the intake (all shadow roots) that only an injection could have made. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const dangerous = new Set(['script', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'video', 'audio', 'source', 'base', 'meta', 'link', 'style', 'marquee', 'details', 'template', 'form', 'body']);
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (dangerous.has(element.localName)) found.push(`<${element.localName}>`);
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && /^(href|src|action|data|formaction)$/.test(attribute.name)) {
            found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
          }
        }
      }
    };
    for (const intake of document.querySelectorAll('onestory-intake')) if (intake.shadowRoot) visit(intake.shadowRoot);
    return found;
  });
}

/** Everything the intake shows as text, through shadow roots, whitespace collapsed. */
async function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      for (const child of node.childNodes) visit(child);
    };
    const intake = document.querySelector('onestory-intake');
    if (intake) visit(intake);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/**
 * Answers made of payloads: several per long answer, one per short one. One source feeds
 * every run, carrying on where the last run stopped, so the runs together type the corpus.
 */
function payloadAnswers(pool: readonly Payload[]) {
  const short = shortPayloads(pool).filter(({ text }) => text.trim().length > 0 && !/[\r\n]/.test(text));
  const long = pool.filter(({ text }) => text.trim().length > 0 && text.length < 900);
  let nextShort = 0;
  let nextLong = 0;
  const typedIds: string[] = [];
  return {
    typedIds,
    text(control: ControlInfo): string {
      if (control.tag !== 'textarea') {
        const payload = short[nextShort++ % short.length]!;
        typedIds.push(payload.id);
        return payload.text;
      }
      // The tightest long-answer limit in the examples is 1,000 characters.
      let text = '';
      for (let payload = long[nextLong % long.length]!; text.length + payload.text.length < 950; payload = long[nextLong % long.length]!) {
        text += `${payload.text}\n`;
        typedIds.push(payload.id);
        nextLong++;
      }
      return text;
    },
  };
}

describe('no injected markup: XSS payloads in every definition text and every answer', () => {
  it(`the corpus has at least 500 payloads (${corpus.length})`, () => {
    assert.ok(corpus.length >= 500, `${corpus.length} payloads`);
    assert.ok(corpus.every((payload) => payload.text.trim().length > 0));
  });

  const answers = payloadAnswers(corpus);
  const runs = [['walking-skeleton', 'en'], ['early-help', 'en'], ['early-help', 'cy']] as const;
  for (const [example, locale] of runs) {
    it(`${example} (${locale}): every payload placed, the flow completed, 0 canary calls, 0 injected elements`, async (t) => {
      assert.ok((placed.get(example)?.size ?? 0) >= 500, `${placed.get(example)?.size} payloads placed in English text`);
      const context = await browser.newContext();
      const seen = await observe(context);
      const dialogs: string[] = [];
      context.on('page', (tab) => tab.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss())));
      const page = await context.newPage();
      await page.goto(`${site.url}/${example}.${locale}.html`);
      const injected: string[] = [];
      let checkAnswersText = '';
      const typedBefore = answers.typedIds.length;
      const choices = hostileChoices.get(example)!;
      const run = await completeIntake(page, { ...answers, answers: choices.answers }, {
        onStep: async (kind) => {
          injected.push(...(await injectedMarkup(page)).map((found) => `${kind}: ${found}`));
          if (kind === 'check-answers') checkAnswersText = await deepText(page);
        },
      });
      assert.equal(run.steps.at(-1), 'sent');
      assert.ok(answers.typedIds.length > typedBefore);
      // Hostile labels do not hide what was answered: nobody is in danger, chosen by the hostile "No" on screen.
      const danger = run.chosen.filter((choice) => choice.field === 'risk.immediateDanger');
      if (example === 'early-help') {
        assert.deepEqual(danger.map((choice) => choice.label), [choices.noDanger[locale]!.replace(/\s+/g, ' ').trim()]);
        const stored = (await endpoint.store.submissions()).filter((line) => line.reference === run.reference);
        assert.equal(stored.length, 1);
        const flags = stored[0]!.submission.disclosures.map((disclosure) => disclosure.flags.immediateDanger);
        assert.ok(flags.length > 0 && flags.every((flag) => flag === false), `no service is told someone is in danger: ${flags.join(', ')}`);
      }
      t.diagnostic(`${placed.get(example)?.size} payloads in definition text, ${answers.typedIds.length - typedBefore} typed as answers, ${run.steps.length} steps`);

      // The payloads really were on screen, as text: definition text and echoed answers.
      const typedName = run.typed.find((typed) => typed.field === 'person.givenName');
      assert.ok(typedName, 'a name was typed');
      assert.ok(checkAnswersText.includes(typedName.value.replace(/\s+/g, ' ').trim()), 'the typed payload is echoed as text on check your answers');
      assert.match(checkAnswersText, /__pwned\(/, 'definition payloads are shown as text');

      await seen.flush();
      assert.deepEqual(seen.canaryCalls.map(canaryId), [], 'a payload ran');
      assert.deepEqual(dialogs, [], 'a payload opened a dialog');
      assert.deepEqual([...new Set(injected)], [], 'a payload created markup');
      assert.deepEqual(seen.console.filter((line) => line.startsWith('pageerror')), []);
      await context.close();
    });
  }

  it('together the runs typed at least 500 different payloads as answers', () => {
    const distinct = new Set(answers.typedIds).size;
    assert.ok(distinct >= 500, `${distinct} distinct payloads typed`);
  });

  it('self-check: put into innerHTML, the same corpus runs, so the canary would catch it', async (t) => {
    const context = await browser.newContext();
    const seen = await observe(context);
    const page = await context.newPage();
    await page.goto(`${site.url}/walking-skeleton.en.html`);
    await page.evaluate((texts) => {
      const sink = document.createElement('div');
      document.body.append(sink);
      for (const text of texts) sink.insertAdjacentHTML('beforeend', text);
    }, corpus.map(({ text }) => text));
    for (let waited = 0; seen.canaryCalls.length < 100 && waited < 5000; waited += 100) await page.waitForTimeout(100);
    const ran = new Set(seen.canaryCalls.map(canaryId));
    assert.ok(ran.size >= 100, `only ${ran.size} payloads ran through innerHTML`);
    t.diagnostic(`${ran.size} of ${corpus.length} payloads run when inserted with innerHTML`);
    await context.close();
  });
});
