#!/usr/bin/env node
// Writes packages/schemas/json/ and types/ from the built @onestory/core (run `tsc -b` first).
// `--check` writes nothing and exits 1 when the committed files differ from a fresh generation.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDrift, generateFiles } from '../dist/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const coreSourceDir = join(packageDir, '..', 'core', 'src');
const check = process.argv.includes('--check');

const files = await generateFiles({ coreSourceDir });
const drift = findDrift(files, packageDir);
if (check) {
  for (const d of drift) console.error(`${d.kind}: ${d.path}`);
  console.log(drift.length === 0 ? 'Generated files are up to date.' : 'Generated files are out of date: run `npm run generate -w @onestory/schemas`.');
  process.exitCode = drift.length === 0 ? 0 : 1;
} else {
  for (const d of drift.filter((d) => d.kind === 'stale')) rmSync(join(packageDir, d.path));
  for (const file of files) {
    const target = join(packageDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  console.log(`Wrote ${files.length} files (${drift.length} changed).`);
}
