import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { repoRoot } from '../../support/paths.js';

// Developer warnings carry a stable code and a docs anchor (like Lit's dev-mode warnings):
// every code the elements use has its entry in docs/warnings.md, every entry is a code in
// use, and no warning goes to the console without one.

const SOURCES = ['packages/components/src', 'packages/core/src'].map((dir) => join(repoRoot, dir));
const REGISTRY = 'packages/components/src/shared/dev-warning.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = SOURCES.flatMap(sourceFiles).map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
const doc = readFileSync(join(repoRoot, 'docs/warnings.md'), 'utf8');
const anchors = [...doc.matchAll(/<a id="([a-z-]+)"><\/a>\n## `onestory:([a-z-]+)`/g)];

describe('developer warnings: a code and a docs entry each', () => {
  it('every code has one entry in docs/warnings.md (an anchor named by the code), and every entry is a code', async () => {
    const { WARNING_CODES, WARNINGS_DOC } = (await import(pathToFileURL(join(repoRoot, 'packages/components/dist/shared/dev-warning.js')).href)) as {
      WARNING_CODES: readonly string[];
      WARNINGS_DOC: string;
    };
    assert.equal(WARNINGS_DOC, 'docs/warnings.md');
    for (const [, anchor, heading] of anchors) assert.equal(anchor, heading, `the anchor of "onestory:${heading}" is its code`);
    assert.deepEqual(anchors.map(([, anchor]) => anchor).sort(), [...WARNING_CODES].sort());
    assert.equal((doc.match(/^## /gm) ?? []).length, anchors.length, 'every heading is a code’s entry');
  });

  it('every code is used where a warning is given, and only registered codes are', async () => {
    const { WARNING_CODES } = (await import(pathToFileURL(join(repoRoot, 'packages/components/dist/shared/dev-warning.js')).href)) as { WARNING_CODES: readonly string[] };
    const calls = files.flatMap(({ text }) => [
      ...[...text.matchAll(/issueWarning\(\s*'([a-z-]+)'/g)].map((m) => m[1]!),
      ...[...text.matchAll(/reportMisconfiguration\(\s*[^,]+,\s*'[^']+',\s*'([a-z-]+)'/g)].map((m) => m[1]!),
    ]);
    assert.deepEqual([...new Set(calls)].sort(), [...WARNING_CODES].sort());
  });

  it('no warning reaches the console except through issueWarning or reportMisconfiguration', () => {
    const direct = files.filter(({ path, text }) => path !== REGISTRY && /console\.warn\(/.test(text)).map(({ path }) => path);
    assert.deepEqual(direct, []);
  });
});
