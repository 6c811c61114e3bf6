// `npm run size`: transfer sizes of the CDN bundle and of @onestory/core on its own
// (bundled and minified like the CDN build), and where the CDN bundle's bytes go: each
// module's minified bytes (esbuild metafile of the same entry) grouped by package and
// folder, with its share of the gzip size. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { bundleForBrowser } from './lib/browser-bundle.mjs';
import { kb, measure } from './lib/sizes.mjs';

const CDN_FILE = 'packages/components/dist/cdn/onestory.min.js';
const BUDGET_GZIP = 40 * 1024;

if (!existsSync(CDN_FILE) || !existsSync('packages/core/dist/index.js')) {
  console.error(`Build first (npm run build): ${CDN_FILE} or packages/core/dist/ is missing.`);
  process.exit(1);
}

/** `entry` bundled as the CDN file is, with its per-module metafile. */
const bundle = (entry) => bundleForBrowser({ entryPoints: [entry], write: false, metafile: true });


const cdn = readFileSync(CDN_FILE);
const core = await bundle('packages/core/dist/index.js');
const cdnSize = measure(cdn);

printTable(
  ['', 'minified', 'gzip', 'brotli'],
  [
    ['CDN bundle (onestory.min.js)', cdnSize],
    ['@onestory/core alone', measure(core.outputFiles[0].contents)],
  ].map(([name, s]) => [name, kb(s.raw), kb(s.gzip), kb(s.brotli)]),
);
const left = BUDGET_GZIP - cdnSize.gzip;
console.log(
  `\nBudget: CDN bundle ≤ ${kb(BUDGET_GZIP)} gzip — ${left >= 0 ? `${kb(left)} to spare` : `OVER by ${kb(-left)}`}.`,
);

// ---- Where the bytes go ---------------------------------------------------------------------

// The same entry through esbuild, for its per-module metafile (rollup's output differs by a
// few per cent; shares are what matter).
const breakdown = await bundle('packages/components/dist/cdn.js');
const [output] = Object.values(breakdown.metafile.outputs);
const groups = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const group = groupOf(path);
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
}
const total = [...groups.values()].reduce((sum, bytes) => sum + bytes, 0);
const rows = [...groups.entries()].sort((a, b) => b[1] - a[1]);
console.log(`\nWhere the CDN bundle's bytes go (minified bytes per module group; gzip share estimated pro rata of ${kb(cdnSize.gzip)}):\n`);
printTable(
  ['module group', 'minified', 'share', '≈ gzip'],
  rows.map(([group, bytes]) => [group, kb(bytes), `${((bytes / total) * 100).toFixed(1)} %`, kb((bytes / total) * cdnSize.gzip)]),
);
console.log(`${'total'.padEnd(10)} ${kb(total)} minified (esbuild; the rollup file is ${kb(cdnSize.raw)})`);

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
