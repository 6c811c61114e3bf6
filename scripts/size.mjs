// `npm run size`: transfer sizes of the CDN bundle and of @onestory/core on its own
// (bundled and minified like the CDN build), after `npm run build`.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { kb, measure } from './lib/sizes.mjs';

const cdnFile = 'packages/components/dist/cdn/onestory.min.js';
const core = await build({
  entryPoints: ['packages/core/dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  write: false,
});

const rows = [
  ['CDN bundle (onestory.min.js)', measure(readFileSync(cdnFile))],
  ['@onestory/core alone', measure(core.outputFiles[0].contents)],
];
const table = [['', 'minified', 'gzip', 'brotli'], ...rows.map(([name, s]) => [name, kb(s.raw), kb(s.gzip), kb(s.brotli)])];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '));
}
