// Where `<onestory-intake>`'s own render time goes (issue 22): a Chromium CPU profile
// (DevTools protocol Profiler, 100 µs sampling) of the benchmark-200 render and of the
// answer that shows 30 more questions, from an unminified build of the bench page so
// functions keep their names. Prints self time by module group and by function, and the
// inclusive time of the calls that matter, as medians over several fresh pages.
//
// `--scenario bare` profiles the bare-Lit baseline of the same page instead, and
// `--scenario questions` 200 field elements through the intake's question view without
// the intake, so the profiles can be compared group by group.
//
//   node test/bench/profile-intake.mjs [--runs 5] [--top 25] [--scenario intake|bare|questions]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  intake: [['render', () => window.onestoryBench.renderBenchmark200()], ['toggle', () => window.onestoryBench.toggleBenchmark200()]],
  bare: [['render', () => window.onestoryBench.renderBareSpec()], ['toggle', () => window.onestoryBench.toggleBareSpec()]],
  // The same field elements through the intake's question view, without the intake.
  questions: [['render', () => window.onestoryBench.renderQuestions(200, 30)], ['toggle', () => window.onestoryBench.toggleQuestions()]],
};
const scenario = SCENARIOS[values.scenario];
if (!scenario) throw new TypeError(`--scenario must be one of ${Object.keys(SCENARIOS).join(', ')}, not "${values.scenario}".`);
const RUNS = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'onestory-profile-'));
await bundleForBrowser({ entryPoints: ['test/bench/render/bench-page.ts'], outfile: join(dir, 'bench.js'), minify: false, logLevel: 'warning' });
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title><script type="module" src="/bench.js"></script></head><body><main></main></body></html>');

// esbuild's unminified bundle marks where each module starts: `// packages/core/dist/engine/plan.js`.
const starts = readFileSync(join(dir, 'bench.js'), 'utf8')
  .split('\n')
  .flatMap((line, index) => (/^\/\/ (\S+\.(?:js|ts))$/.test(line) ? [{ line: index, module: line.slice(3) }] : []));
const moduleAt = (line) => {
  let found = 'bench harness';
  for (const start of starts) if (start.line <= line) found = start.module;
  return found;
};
const groupOf = (module) => {
  const ours = module.match(/packages\/(core|components)\/(?:dist|src)\/([^/]+)(?:\/([^/]+))?/);
  if (ours) return `@onestory/${ours[1]} ${ours[2]}${ours[3] && ours[2] === 'intake' ? `/${ours[3].replace(/\.js$/, '')}` : ''}`;
  const pkg = module.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return pkg[1] === 'zod' ? 'zod' : ['lit-html', 'lit-element', '@lit/reactive-element', 'lit'].includes(pkg[1]) ? 'lit' : pkg[1];
  return module.startsWith('test/') ? 'bench harness' : module;
};

const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const phases = { render: [], toggle: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'onestoryBench' in window);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const [phase, fn] of scenario) {
      await cdp.send('Profiler.start');
      const timed = await page.evaluate(fn);
      const { profile } = await cdp.send('Profiler.stop');
      phases[phase].push({ ...summarise(profile), wallMs: timed.domMs });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Self ms by group and by function, inclusive ms by function (each sample counted once per function on its stack). */
function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url.endsWith('/bench.js')) return functionName ? `${functionName} (native)` : `(${functionName || 'program'})`;
    return `${functionName || '(anonymous)'} — ${moduleAt(lineNumber).replace(/^.*node_modules\//, '')}`;
  };
  const group = (node) => (node.callFrame.url.endsWith('/bench.js') ? groupOf(moduleAt(node.callFrame.lineNumber)) : node.callFrame.functionName === '(garbage collector)' ? 'GC' : 'browser (style, layout, DOM natives, idle)');
  const self = new Map();
  const selfByFunction = new Map();
  const inclusive = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    if (node.callFrame.functionName === '(idle)') return;
    add(self, group(node), ms);
    add(selfByFunction, name(node), ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(name(nodes.get(at)));
    for (const key of seen) add(inclusive, key, ms);
  });
  return { self, selfByFunction, inclusive };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
for (const [phase, list] of Object.entries(phases)) {
  const keys = (field) => [...new Set(list.flatMap((s) => [...s[field].keys()]))];
  const med = (field, key) => median(list.map((s) => s[field].get(key) ?? 0));
  const total = median(list.map((s) => [...s.self.values()].reduce((a, b) => a + b, 0)));
  console.log(`\n━━ ${values.scenario}: ${phase === 'render' ? 'Render of benchmark-200 (create → 170 questions rendered)' : 'Answer that shows 30 more questions'}: ${median(list.map((s) => s.wallMs)).toFixed(1)} ms wall, ${total.toFixed(1)} ms sampled busy (medians of ${list.length})`);
  console.log('\nSelf time by module group:');
  for (const key of keys('self').sort((a, b) => med('self', b) - med('self', a))) {
    const value = med('self', key);
    if (value >= 0.5) console.log(`  ${value.toFixed(1).padStart(7)} ms  ${((value / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
  console.log(`\nTop ${values.top} functions by self time:`);
  for (const key of keys('selfByFunction').sort((a, b) => med('selfByFunction', b) - med('selfByFunction', a)).slice(0, Number(values.top))) {
    console.log(`  ${med('selfByFunction', key).toFixed(1).padStart(7)} ms  ${key}`);
  }
  console.log(`\nTop ${values.top} functions by inclusive time (ours):`);
  for (const key of keys('inclusive').filter((k) => k.includes('onestory') || k.includes('packages/')).sort((a, b) => med('inclusive', b) - med('inclusive', a)).slice(0, Number(values.top))) {
    console.log(`  ${med('inclusive', key).toFixed(1).padStart(7)} ms  ${key}`);
  }
}
