// `npm test`: build everything, run every suite, and end with one plain line
// `N passed, N failed[, N skipped]` totalling them all (CI reads that line).
// A build step that fails counts as one failure; the later steps still run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './lib/chromium.mjs';
import { startPostgres } from './lib/postgres.mjs';
import { readTotals } from './lib/totals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const bin = (name) => join(root, 'node_modules/.bin', name);
const chromePath = findChromium();
// Per run, so that two runs in one work tree cannot mix their counts.
const totalsDir = mkdtempSync(join(tmpdir(), 'onestory-totals-'));
const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  CHROME_PATH: chromePath,
  WTR_TOTALS_FILE: join(totalsDir, 'browser.json'),
  STORIES_TOTALS_FILE: join(totalsDir, 'stories.json'),
};
const totals = { passed: 0, failed: 0, skipped: 0 };
// What git sees before anything runs: a run must leave a clean clone clean.
const treeBefore = gitStatus();

// A real PostgreSQL for every suite that stores (DATABASE_URL if set, else a throwaway
// server on a free port), stopped however the run ends.
const postgres = await startPostgres();
env.DATABASE_URL = postgres.url;
process.on('exit', () => postgres.stop());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

await step('type-check and build (tsc -b)', bin('tsc'), ['-b']);
// The rest of `npm run build` (tsc -b && rollup -c): run apart so that a type error
// counts once, and the bundle is still checked.
await step('CDN bundle (rollup -c)', bin('rollup'), ['-c']);

// Only compiled tests whose source still exists: tsc never deletes stale output. The
// README's quick start runs last, on its own: its `npm start` rebuilds what others read.
const compiled = (file) => file.replace(/^test\//, 'test/.build/').replace(/\.ts$/, '.js');
const QUICK_START = 'test/node/quick-start/';
const nodeTests = findFiles('test/node', '.test.ts').filter((file) => !file.startsWith(QUICK_START)).map(compiled);
if (nodeTests.length) {
  const tap = join(totalsDir, 'node.tap');
  await step('node tests', process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...nodeTests,
  ], () => tapTotals(tap));
}

// LHC-Forms, for the test that renders the exported FHIR Questionnaire: its own folder and
// lockfile, because it installs only with legacy peer dependencies (test/lhc-forms/.npmrc).
if (!existsSync('test/lhc-forms/node_modules/lforms/package.json')) {
  await step('LHC-Forms for the FHIR render test (npm ci in test/lhc-forms)', 'npm', ['ci', '--prefix', 'test/lhc-forms', '--no-audit', '--no-fund']);
}
await step('browser tests (web-test-runner)', bin('wtr'), [], () => readTotals(env.WTR_TOTALS_FILE));

if (existsSync('.storybook') && findFiles('stories', '.stories.ts').length) {
  const built = await step('storybook build', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static']);
  if (built) {
    const args = ['scripts/check-stories.mjs', 'storybook-static'];
    await step('story checks', process.execPath, args, () => readTotals(env.STORIES_TOTALS_FILE));
  }
}

const quickStartTests = findFiles(QUICK_START.slice(0, -1), '.test.ts').map(compiled);
if (quickStartTests.length) {
  const tap = join(totalsDir, 'quick-start.tap');
  await step("the README's quick start, in a fresh copy", process.execPath, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...quickStartTests,
  ], () => tapTotals(tap));
}

await step('the work tree is as clean as before the run', process.execPath, ['-e', 'process.exit(0)'], () => {
  const changed = diffLines(treeBefore, gitStatus());
  if (changed.length) console.log(`These changed during the run (a build or test rewrote or left them):\n${changed.join('\n')}`);
  return { passed: changed.length ? 0 : 1, failed: changed.length ? 1 : 0, skipped: 0 };
});

rmSync(totalsDir, { recursive: true, force: true });
postgres.stop();
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed ? 1 : 0;

/**
 * Runs one step with a header and its wall time. `count` returns the suite's totals; a
 * step that exits non-zero without reporting a failure (a build error, a crash) adds one.
 */
async function step(title, command, args, count = () => undefined) {
  console.log(`\n━━ ${title}`);
  const started = performance.now();
  const code = await new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit', env }).on('close', resolve).on('error', () => resolve(1));
  });
  const counted = count() ?? { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && counted.failed === 0) counted.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`━━ ${title}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s`);
  return code === 0;
}

function tapTotals(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const read = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return {
    passed: read('pass'),
    failed: read('fail') + read('cancelled'),
    skipped: read('skipped') + read('todo'),
  };
}

/** `git status --porcelain` lines, or none outside a git work tree. */
function gitStatus() {
  const run = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n').filter(Boolean) : [];
}

function diffLines(before, after) {
  const had = new Set(before);
  return after.filter((line) => !had.has(line));
}

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `${dir}/${file}`);
}

/** CHROME_PATH, else /usr/bin/chromium, installed with apt-get on Debian as root (or sudo). */
function findChromium() {
  const system = '/usr/bin/chromium';
  const found = [process.env.CHROME_PATH, system].find((path) => path && existsSync(path));
  if (found) return found;
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (existsSync('/etc/debian_version') && (asRoot || sudo)) {
    console.log('━━ Chromium not found: installing it with apt-get');
    const apt = 'apt-get update && apt-get install -y chromium';
    spawnSync(sudo ? 'sudo' : 'sh', sudo ? ['-n', 'sh', '-c', apt] : ['-c', apt], { stdio: 'inherit' });
    if (existsSync(system)) return system;
  }
  console.error('Chromium not found: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
