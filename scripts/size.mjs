// `npm run size`: transfer sizes of the CDN build against its budgets, and where the bytes
// go. The build is an entry (`onestory.min.js`, everything the first step needs) and parts
// it loads on demand beside it; each file is gzipped on its own, as it is sent. Then each
// module group's share of each file (what rollup put in it, from the build's
// dist/cdn-modules.json), and @onestory/core on its own. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForBrowser } from './lib/browser-bundle.mjs';
import { CDN_DIR, CDN_ENTRY_NAME, cdnFileNames } from './lib/cdn-files.mjs';
import { kb, measure } from './lib/sizes.mjs';

// Issue 22: JavaScript before the first question can be answered, and in all.
const BUDGET_FIRST_STEP = 40 * 1024;
const BUDGET_ALL = 80 * 1024;

if (!existsSync(join(CDN_DIR, CDN_ENTRY_NAME)) || !existsSync('packages/core/dist/index.js')) {
  console.error(`Build first (npm run build): ${CDN_DIR}${CDN_ENTRY_NAME} or packages/core/dist/ is missing.`);
  process.exit(1);
}

const files = cdnFileNames().map((name) => ({ name, ...measure(readFileSync(join(CDN_DIR, name))) }));
const entry = files.find((file) => file.name === CDN_ENTRY_NAME);
const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
const all = { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
const welsh = files.filter((file) => file === entry || /^onestory-cy-/.test(file.name));
const english = files.filter((file) => !/^onestory-cy-/.test(file.name));

const loadedWhen = (name) =>
  name === CDN_ENTRY_NAME ? 'first step (the embed names it)' : /^onestory-cy-/.test(name) ? 'when shown in Welsh' : /^onestory-(later-steps|more-fields)-/.test(name) ? 'while the first page is read' : 'on demand';
printTable(
  ['CDN file', 'loaded', 'minified', 'gzip', 'brotli', 'share of all (gzip)'],
  [
    ...files.map((file) => [file.name, loadedWhen(file.name), kb(file.raw), kb(file.gzip), kb(file.brotli), `${((file.gzip / all.gzip) * 100).toFixed(1)} %`]),
    ['all files', '', kb(all.raw), kb(all.gzip), kb(all.brotli), '100 %'],
  ],
);

const verdict = (bytes, budget) => (bytes <= budget ? `${kb(budget - bytes)} to spare` : `OVER by ${kb(bytes - budget)}`);
console.log(`
Budgets (gzip):
  first step, English (the entry):      ${kb(entry.gzip).padStart(8)}  ≤ ${kb(BUDGET_FIRST_STEP)}: ${verdict(entry.gzip, BUDGET_FIRST_STEP)}
  first step, Welsh (entry + cy):       ${kb(sum(welsh, 'gzip')).padStart(8)}  ≤ ${kb(BUDGET_FIRST_STEP)}: ${verdict(sum(welsh, 'gzip'), BUDGET_FIRST_STEP)}
  all JavaScript (every file):          ${kb(all.gzip).padStart(8)}  ≤ ${kb(BUDGET_ALL)}: ${verdict(all.gzip, BUDGET_ALL)}
  (a whole journey in English, every file but the other languages: ${kb(sum(english, 'gzip'))})`);

// ---- Where the bytes go ---------------------------------------------------------------------

// What rollup put in each file (dist/cdn-modules.json, written by the build): each module
// minified on its own, grouped, and its group's share of the file's gzip size pro rata.
const MODULES = join(CDN_DIR, '..', 'cdn-modules.json');
if (!existsSync(MODULES)) {
  console.error(`Build again (npm run build): ${MODULES} is missing.`);
  process.exit(1);
}
const modulesByFile = JSON.parse(readFileSync(MODULES, 'utf8'));
for (const file of files) {
  const inputs = modulesByFile[file.name];
  if (!inputs) {
    console.error(`${file.name} is not in ${MODULES}: build again (npm run build).`);
    process.exit(1);
  }
  const groups = new Map();
  for (const [path, bytes] of Object.entries(inputs)) if (bytes > 0) groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytes);
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${file.name}, loaded ${loadedWhen(file.name)}: module groups, minified each on its own; gzip share pro rata of ${kb(file.gzip)}\n`);
  printTable(
    ['module group', 'minified', 'share', '≈ gzip'],
    [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => [group, kb(bytes), `${((bytes / total) * 100).toFixed(1)} %`, kb((bytes / total) * file.gzip)]),
  );
}

const core = await bundleForBrowser({ entryPoints: ['packages/core/dist/index.js'], write: false });
const coreSize = measure(core.outputFiles[0].contents);
console.log(`\n@onestory/core alone (bundled and minified, for npm users): ${kb(coreSize.raw)}, gzip ${kb(coreSize.gzip)}, brotli ${kb(coreSize.brotli)}`);

/** A module's group: package (and folder, for zod and our own packages). */
function groupOf(path) {
  const ours = path.match(/packages\/(core|components)\/(?:dist|src)\/(?:([^/]+)\/)?/);
  if (ours) return `@onestory/${ours[1]} ${ours[2] ? `${ours[2]}/` : '(root)'}`;
  const zod = path.match(/node_modules\/zod\/v4\/(core|mini|classic|locales)\//);
  if (zod) return `zod ${zod[1]}/`;
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg[1]) ? 'lit (lit-html, lit-element, reactive-element)' : pkg[1];
  return path;
}

function printTable(header, rows) {
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => String(row[column]).length)));
  for (const row of table) {
    console.log(row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('   '));
  }
}
