/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import type { Browser } from 'playwright-core';
import { completeIntake } from '../../support/intake-driver.js';
import { launchChromium, observe } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';
import { quickLocation } from '../../support/stores.js';

// The framework examples of docs/embedding.md (docs/examples: plain HTML, React, Vue), each
// loaded in Chromium exactly as `node scripts/docs-examples.mjs` serves it — the built CDN
// bundle, the page's strict CSP with Trusted Types, React and Vue bundled by esbuild — and
// completed by a person-like driver to the real reference endpoint. The host page must
// hear `onestory-submitted` through its framework, and the endpoint must hold the story.

interface ExamplesModule {
  EXAMPLES: Record<string, { title: string; csp: string }>;
  startExamples(options: { endpointUrl: string }): Promise<{ url: string; close(): Promise<void> }>;
}

let dataDir: string;
let endpoint: ReferenceServer;
let site: { url: string; close(): Promise<void> };
let browser: Browser;
let examples: ExamplesModule['EXAMPLES'];

before(async () => {
  const module = (await import(pathToFileURL(join(repoRoot, 'scripts/lib/docs-examples.mjs')).href)) as ExamplesModule;
  examples = module.EXAMPLES;
  dataDir = await mkdtemp(join(tmpdir(), 'onestory-examples-'));
  endpoint = await createReferenceServer(await quickLocation(dataDir));
  site = await module.startExamples({ endpointUrl: endpoint.url });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await endpoint?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('docs/examples: embedding the widget from the CDN bundle', () => {
  for (const name of ['html', 'react', 'vue']) {
    it(`${name}: a person completes the intake and the story reaches the reference endpoint, under a strict CSP`, async () => {
      assert.ok(examples[name], `docs/examples has a ${name} example`);
      const context = await browser.newContext();
      try {
        const seen = await observe(context);
        const page = await context.newPage();
        const response = await page.goto(`${site.url}/${name}/`);
        assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

        let n = 0;
        const run = await completeIntake(page, { text: () => `Example answer ${name} ${n++}` });
        assert.match(run.reference, /\S/, 'the widget shows a reference number');

        // The host page heard the event through its framework.
        await page.waitForFunction(() => document.querySelector('#host-status')?.textContent?.includes('Reference'));
        assert.equal(await page.locator('#host-status').textContent(), `Sent. Reference ${run.reference}.`);

        // The endpoint stored exactly this story, once.
        const stored = (await endpoint.store.submissions()).filter((line) => line.reference === run.reference);
        assert.equal(stored.length, 1);
        assert.ok(stored[0]!.submission.disclosures.length > 0, 'something was disclosed');
        assert.ok(JSON.stringify(stored[0]!.submission.disclosures).includes(`Example answer ${name}`));

        await seen.flush();
        assert.deepEqual(seen.violations, [], 'no CSP or Trusted Types violation');
        assert.deepEqual(seen.console.filter((line) => /^(error|pageerror)/.test(line)), [], 'no console error');
      } finally {
        await context.close();
      }
    });
  }
});
