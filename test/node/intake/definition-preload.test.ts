/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { cdnRoutes, CDN_ENTRY } from '../../support/cdn-files.js';
import { createCspServer, partnerPage, type CspServer } from '../../support/csp-server.js';
import { launchChromium, observe } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';

// docs/embedding.md tells partners to preload the definition beside the script tag, so it
// downloads with the entry instead of after it (on a slow phone the first question comes
// about 150 ms sooner: `npm run bench`). That only helps if the intake's own request is the
// one the browser preloaded: same URL, mode and credentials. A preload it does not match is
// worse than none, as the definition is then downloaded twice.

const DEFINITION = join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json');
const INTAKE = '<onestory-intake definition="/walking-skeleton.definition.json" endpoint="/api/submissions"></onestory-intake>';
const preload = (crossorigin: string) => `<link rel="preload" href="/walking-skeleton.definition.json" as="fetch" ${crossorigin}>`;

let server: CspServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(CDN_ENTRY), `${CDN_ENTRY} is missing: run \`npm run build\` first`);
  server = await createCspServer({
    routes: {
      ...cdnRoutes(),
      '/walking-skeleton.definition.json': { body: () => readFileSync(DEFINITION, 'utf8'), type: 'application/json' },
      // What the docs say, word for word.
      '/preloaded.html': partnerPage(INTAKE, preload('crossorigin')),
      // A mode the intake's request does not use (no-cors), and credentials it does not use.
      '/no-cors.html': partnerPage(INTAKE, preload('')),
      '/credentialed.html': partnerPage(INTAKE, preload('crossorigin="use-credentials"')),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, waits for the first step, and counts the definition's downloads. */
async function downloadsOfDefinition(path: string): Promise<number> {
  const downloads = () => server.requests.filter((request) => request.url === '/walking-skeleton.definition.json').length;
  const earlier = downloads();
  const context = await browser.newContext();
  const seen = await observe(context);
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.url}${path}`);
  await tab.locator('onestory-intake [data-action=continue]').waitFor();
  await seen.flush();
  assert.deepEqual(seen.violations, [], 'nothing broke the strict CSP');
  assert.deepEqual(errors, []);
  await context.close();
  return downloads() - earlier;
}

describe('a definition the partner page preloads', () => {
  it('is downloaded once, as the docs write the preload, and the intake starts from it', async () => {
    assert.equal(await downloadsOfDefinition('/preloaded.html'), 1);
  });

  // Why the docs say exactly `crossorigin`, and what this test would see if the intake's
  // request changed its mode or credentials.
  for (const [path, asked] of [['/no-cors.html', 'without crossorigin'], ['/credentialed.html', 'with crossorigin="use-credentials"']] as const) {
    it(`is downloaded twice when the preload is written ${asked}`, async () => {
      assert.equal(await downloadsOfDefinition(path), 2);
    });
  }
});
