// Time to the first answerable question on a slow phone (issue 22): the early-help intake
// on a partner page, loaded cold under a 4× CPU slowdown and a 1.6 Mbps / 150 ms network
// (DevTools protocol: Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions),
// from the CDN build as it ships (the entry and the parts beside it) and from the same
// code built as a single file (rollup.config.mjs with every part inlined). Alternating
// runs, each in a fresh browser context (empty cache); medians. A third row is the split
// build on a page that also preloads the definition (`<link rel="preload" as="fetch"
// crossorigin>`, docs/embedding.md): without it the definition is asked for only once the
// entry has arrived and run, so its round trip and download come after the entry's.
// Needs `npm run build`.
//
//   node test/bench/first-question.bench.mjs [--runs 5]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { CDN_DIR, CDN_ENTRY_NAME, cdnFiles } from '../../scripts/lib/cdn-files.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { kb, measure } from '../../scripts/lib/sizes.mjs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (0.75e6 / 8) | 0 };
const CPU_SLOWDOWN = 4;

// ---- The two builds, each in a folder of its own with the same page ------------------------

const single = mkdtempSync(join(tmpdir(), 'onestory-single-'));
const split = mkdtempSync(join(tmpdir(), 'onestory-split-'));
try {
  const config = (await import(`${root}rollup.config.mjs`)).default;
  // The same plugins minus what only the split build does (and the size report, manifest).
  const keep = (plugin) => !['verified-chunks', 'shipped-catalogues-on-demand', 'report-size', 'custom-elements-manifest'].includes(plugin?.name);
  const bundle = await rollup({ ...config, plugins: config.plugins.filter(keep), onwarn: () => {} });
  await bundle.write({ ...config.output, dir: single, inlineDynamicImports: true, sourcemap: false });
  await bundle.close();

  const page = (head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Get help</title>
<script type="module" src="/${CDN_ENTRY_NAME}"></script>${head}</head><body><main><h1>Get help</h1>
<onestory-intake definition="/early-help.definition.json" endpoint="/api/submissions"></onestory-intake></main></body></html>`;
  const { writeFileSync, copyFileSync } = await import('node:fs');
  writeFileSync(join(split, 'preloaded.html'), page('<link rel="preload" href="/early-help.definition.json" as="fetch" crossorigin>'));
  for (const dir of [single, split]) {
    writeFileSync(join(dir, 'index.html'), page());
    copyFileSync('packages/schemas/examples/early-help.definition.json', join(dir, 'early-help.definition.json'));
  }
  for (const [route, file] of Object.entries(cdnFiles())) if (!route.endsWith('.map')) copyFileSync(file, join(split, route.slice(1)));

  const sizes = (dir, names) => names.map((name) => measure(readFileSync(join(dir, name))).gzip);
  const splitNames = Object.keys(cdnFiles()).filter((route) => !route.endsWith('.map')).map((route) => route.slice(1));
  const singleGzip = sizes(single, [CDN_ENTRY_NAME])[0];
  const splitEntryGzip = sizes(CDN_DIR, [CDN_ENTRY_NAME])[0];

  const servers = { split: await serveGzipped(split), single: await serveGzipped(single) };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const samples = { split: [], single: [], preloaded: [] };
  const pages = { split: `${servers.split.url}/index.html`, single: `${servers.single.url}/index.html`, preloaded: `${servers.split.url}/preloaded.html` };
  const kinds = Object.keys(samples);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const kind of [...kinds.slice(run % kinds.length), ...kinds.slice(0, run % kinds.length)]) samples[kind].push(await firstQuestion(browser, pages[kind]));
    }
  } finally {
    await browser.close();
    await servers.split.close();
    await servers.single.close();
  }

  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const row = (name, list, js) => `  ${name.padEnd(44)} ${`${median(list).toFixed(0)} ms`.padStart(8)}   (runs: ${list.map((v) => v.toFixed(0)).join(', ')}; JS before it ${js})`;
  console.log(`Time to the first answerable question, early-help intake, cold cache, ${CPU_SLOWDOWN}× CPU slowdown, 1.6 Mbps / 150 ms; medians of ${RUNS}:`);
  console.log(row('split CDN build (entry + parts on demand)', samples.split, `${kb(splitEntryGzip)} gzip of ${splitNames.length} files`));
  console.log(row('the same code as one file', samples.single, `${kb(singleGzip)} gzip`));
  console.log(row('split, the definition preloaded by the page', samples.preloaded, `${kb(splitEntryGzip)} gzip, the definition beside it`));
  console.log(`  ratio split / single: ${(median(samples.split) / median(samples.single)).toFixed(2)}×; preloaded / single: ${(median(samples.preloaded) / median(samples.single)).toFixed(2)}×`);
} finally {
  rmSync(single, { recursive: true, force: true });
  rmSync(split, { recursive: true, force: true });
}

/** Serves the files of `dir` gzipped, as a CDN sends them (the network's bytes are what count). */
async function serveGzipped(dir) {
  const { readdirSync } = await import('node:fs');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const files = new Map(readdirSync(dir).map((name) => [`/${name}`, { body: gzipSync(readFileSync(join(dir, name)), { level: 9 }), type: types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' }]));
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'content-length': file.body.length, 'cache-control': 'no-store' });
    response.end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Milliseconds from navigation to the first enabled control of the intake's first step.
 * Throws when the definition was downloaded twice: a preload the intake's own request does
 * not match (mode, credentials) costs more than no preload.
 */
async function firstQuestion(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let definitionRequests = 0;
  page.on('request', (request) => void (request.url().endsWith('.definition.json') && definitionRequests++));
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const step = document.querySelector('onestory-intake')?.shadowRoot?.querySelector('[data-step]');
      if (!step) return false;
      const find = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) && !element.disabled) return true;
          if (element.shadowRoot && find(element.shadowRoot)) return true;
        }
        return false;
      };
      return find(step) && performance.now();
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const at = await handle.jsonValue();
  await context.close();
  if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
  if (definitionRequests !== 1) throw new Error(`${url} asked for the definition ${definitionRequests} times`);
  return at;
}
