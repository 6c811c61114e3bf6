#!/usr/bin/env node
// The data map in docs/governance.md: the output of `onestory data-map` on the example
// definition, pasted between the guide's generated markers (headings moved down two levels
// to sit inside the guide). Needs the built CLI (`npm run build`).
//
//   node scripts/docs-data-map.mjs            update docs/governance.md
//   node scripts/docs-data-map.mjs --check    exit 1 if the guide's copy is stale
//   --doc FILE                                work on another copy (the drift test uses this)
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { updateSections } from './lib/doc-markers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    doc: { type: 'string', default: join(root, 'docs/governance.md') },
  },
});

const output = execFileSync(
  process.execPath,
  [join(root, 'packages/schemas/bin/onestory.mjs'), 'data-map', join(root, 'packages/schemas/examples/early-help.definition.json')],
  { encoding: 'utf8' },
);
const section = output.replace(/^(#+) /gm, '$1## ');

const stale = updateSections(values.doc, { 'data-map': section }, { check: values.check });
if (values.check) {
  for (const name of stale) console.error(`${relative(root, values.doc)}: section "${name}" is stale; run \`node scripts/docs-data-map.mjs\` (or \`npm run docs\`)`);
  process.exitCode = stale.length ? 1 : 0;
} else {
  console.log(`data map → ${relative(root, values.doc)}`);
}
