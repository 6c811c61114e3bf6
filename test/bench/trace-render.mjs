// Where the browser's share of a render goes (issue 22): a DevTools-protocol trace of one
// scenario, with the renderer main thread's time summed by trace event (self time: a
// parent's time minus its children's), so style recalculation, layout, DOM natives and
// script compile can be told apart. Medians over fresh pages.
//
//   node test/bench/trace-render.mjs [--runs 5] [--scenario intake|bare|questions] [--top 25]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bundleForBrowser } from '../../scripts/lib/browser-bundle.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, top: { type: 'string', default: '25' }, scenario: { type: 'string', default: 'intake' } } });
const SCENARIOS = {
  intake: () => window.onestoryBench.renderBenchmark200(),
  bare: () => window.onestoryBench.renderBareSpec(),
  questions: () => window.onestoryBench.renderQuestions(200, 30),
};
const scenario = SCENARIOS[values.scenario];
if (!scenario) throw new TypeError(`--scenario must be one of ${Object.keys(SCENARIOS).join(', ')}, not "${values.scenario}".`);

const dir = mkdtempSync(join(tmpdir(), 'onestory-trace-'));
await bundleForBrowser({ entryPoints: ['test/bench/render/bench-page.ts'], outfile: join(dir, 'bench.js'), logLevel: 'warning' });
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>trace</title><script type="module" src="/bench.js"></script></head><body><main></main></body></html>');
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const runs = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'onestoryBench' in window);
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: '__metadata,toplevel,blink,devtools.timeline,v8', transferMode: 'ReportEvents' });
    await page.evaluate(scenario);
    await cdp.send('Tracing.end');
    await complete;
    runs.push(selfTimes(events));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Self thread time (ms) per event name on the renderer main thread. */
function selfTimes(events) {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const spans = events
    .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - span.tdur / 1000);
    self.set(span.name, (self.get(span.name) ?? 0) + span.tdur / 1000);
    stack.push(span);
  }
  return self;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const names = [...new Set(runs.flatMap((r) => [...r.keys()]))];
const med = (name) => median(runs.map((r) => r.get(name) ?? 0));
const total = median(runs.map((r) => [...r.values()].reduce((a, b) => a + b, 0)));
console.log(`${values.scenario}: main-thread self time by trace event, ${total.toFixed(1)} ms in all (medians of ${runs.length})`);
for (const name of names.sort((a, b) => med(b) - med(a)).slice(0, Number(values.top))) {
  if (med(name) >= 0.3) console.log(`  ${med(name).toFixed(1).padStart(7)} ms  ${name}`);
}
