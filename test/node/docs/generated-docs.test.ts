import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/paths.js';

// The generated parts of the guides — the element tables in docs/embedding.md (from the
// components' JSDoc via the custom-elements manifest), the data map in docs/governance.md
// (from `onestory data-map`) and the Story fields in docs/definitions.md (from core's
// STORY_FIELDS) — must match what their scripts produce now. When this fails, run `npm run docs` and commit the result.

const run = promisify(execFile);
const script = (name: string) => join(repoRoot, 'scripts', name);

async function check(name: string, doc?: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [script(name), '--check', ...(doc ? ['--doc', doc] : [])]);
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('generated sections of the guides', () => {
  let scratch: string;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'onestory-docs-'));
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('docs/embedding.md: the element tables match the components (run `npm run docs` if not)', async () => {
    const result = await check('docs-elements.mjs');
    assert.equal(result.code, 0, result.stderr);
  });

  it('docs/governance.md: the data map matches `onestory data-map` on the example (run `npm run docs` if not)', async () => {
    const result = await check('docs-data-map.mjs');
    assert.equal(result.code, 0, result.stderr);
  });

  it('docs/definitions.md: the Story fields table matches @onestory/core (run `npm run docs` if not)', async () => {
    const result = await check('docs-fields.mjs');
    assert.equal(result.code, 0, result.stderr);
  });

  it('notices a changed table (the check can fail)', async () => {
    const embedding = join(scratch, 'embedding.md');
    const text = await readFile(join(repoRoot, 'docs/embedding.md'), 'utf8');
    // Inside the generated reference, not the hand-written events table above it.
    const start = text.indexOf('<!-- generated:element-reference:start -->');
    assert.ok(start > 0);
    await writeFile(embedding, text.slice(0, start) + text.slice(start).replace('| `onestory-submitted` |', '| `onestory-sent` |'));
    const elements = await check('docs-elements.mjs', embedding);
    assert.equal(elements.code, 1);
    assert.match(elements.stderr, /section "element-reference" is stale/);

    const governance = join(scratch, 'governance.md');
    const map = await readFile(join(repoRoot, 'docs/governance.md'), 'utf8');
    await writeFile(governance, map.replace('Legal obligation — Art 6(1)(c)', 'Consent — Art 6(1)(a)'));
    const dataMap = await check('docs-data-map.mjs', governance);
    assert.equal(dataMap.code, 1);
    assert.match(dataMap.stderr, /section "data-map" is stale/);
  });
});
