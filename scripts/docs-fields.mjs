#!/usr/bin/env node
// The table of Story fields a question can be bound to, in docs/definitions.md: every
// field path of @onestory/core's STORY_FIELDS with its English and Welsh labels, its data
// category and whether it is special category data. Needs the built core (`npm run build`).
//
//   node scripts/docs-fields.mjs            update docs/definitions.md
//   node scripts/docs-fields.mjs --check    exit 1 if the guide's copy is stale
//   --doc FILE                              work on another copy (the drift test uses this)
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FIELD_PATHS, translate } from '@onestory/core';
import { fieldInfo } from '@onestory/core/story';
import { markdownTable, updateSections } from './lib/doc-markers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    doc: { type: 'string', default: join(root, 'docs/definitions.md') },
  },
});

const table = markdownTable(
  ['Field', 'English label', 'Welsh label', 'Category', 'Special category'],
  FIELD_PATHS.map((path) => {
    const info = fieldInfo(path);
    return [`\`${path}\``, translate('en', `field.${path}`), translate('cy', `field.${path}`), info.category, info.special ? 'yes (Art 9)' : ''];
  }),
);

const stale = updateSections(values.doc, { 'story-fields': table }, { check: values.check });
if (values.check) {
  for (const name of stale) console.error(`${relative(root, values.doc)}: section "${name}" is stale; run \`node scripts/docs-fields.mjs\` (or \`npm run docs\`)`);
  process.exitCode = stale.length ? 1 : 0;
} else {
  console.log(`${FIELD_PATHS.length} Story fields → ${relative(root, values.doc)}`);
}
