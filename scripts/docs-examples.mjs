#!/usr/bin/env node
// Serves the framework examples of docs/examples with a reference endpoint, to try them in a
// browser: `npm run build`, then `node scripts/docs-examples.mjs` (PORT=8081 by default).
// Submissions are stored under .data/examples and nowhere else.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferenceServer } from '@onestory/core/server';
import { EXAMPLES, startExamples } from './lib/docs-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8081);
const dataDir = join(root, '.data', 'examples');
await mkdir(dataDir, { recursive: true });
const endpoint = await createReferenceServer({ dataDir });
const site = await startExamples({ endpointUrl: endpoint.url, port });

console.log(`OneStory examples on ${site.url}/ (reference endpoint ${endpoint.url}, data in .data/examples):`);
for (const [name, example] of Object.entries(EXAMPLES)) console.log(`  ${example.title.padEnd(10)} ${site.url}/${name}/`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await site.close();
  await endpoint.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
