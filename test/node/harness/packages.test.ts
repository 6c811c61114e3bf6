import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../support/paths.js';

// Checks the published shape of every workspace package, after `tsc -b` has built it.

type ExportTarget = string | Record<string, string>;

interface Manifest {
  name: string;
  main?: string;
  types?: string;
  files?: string[];
  sideEffects?: boolean | string[];
  exports?: Record<string, ExportTarget>;
}

const packagesDir = join(repoRoot, 'packages');

for (const dir of readdirSync(packagesDir)) {
  const packageDir = join(packagesDir, dir);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;
  const exportsMap = Object.entries(manifest.exports ?? {});

  describe(manifest.name, () => {
    it('declares main, types, files, sideEffects and an exports map', () => {
      assert.ok(manifest.main && existsSync(join(packageDir, manifest.main)), `main: ${manifest.main}`);
      assert.ok(manifest.types && existsSync(join(packageDir, manifest.types)), `types: ${manifest.types}`);
      assert.ok(manifest.files?.includes('dist'), 'files must include dist');
      assert.ok(manifest.sideEffects !== undefined, 'sideEffects must be declared');
      assert.ok(exportsMap.length > 0, 'exports must not be empty');
    });

    for (const [subpath, target] of exportsMap) {
      const specifier = manifest.name + subpath.slice(1);

      it(`exports ${subpath}: conditions in order, every file built`, () => {
        assert.ok(!subpath.includes('*'), 'no wildcard exports');
        const files = typeof target === 'string' ? [target] : Object.values(target);
        if (typeof target !== 'string') {
          const conditions = Object.keys(target);
          assert.equal(conditions[0], 'types', `conditions: ${conditions.join(', ')}`);
          assert.equal(conditions.at(-1), 'default', `conditions: ${conditions.join(', ')}`);
        }
        for (const file of files) assert.ok(existsSync(join(packageDir, file)), `${file} is missing`);
      });

      it(`exports ${subpath}: resolves and loads in Node as ${specifier}`, async () => {
        const expected = typeof target === 'string' ? target : target['default'];
        assert.ok(expected);
        const resolved = fileURLToPath(import.meta.resolve(specifier));
        assert.equal(realpathSync(resolved), realpathSync(join(packageDir, expected)));
        if (expected.endsWith('.js')) await import(specifier);
      });
    }
  });
}

describe('@onestory/components registration files', () => {
  it('only *.define.ts files (and cdn.ts) register custom elements', () => {
    const sourceDir = join(repoRoot, 'packages/components/src');
    const offenders = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.define.ts') && file !== 'cdn.ts')
      .filter((file) => /customElements\.define\(|@customElement\(/.test(readFileSync(join(sourceDir, file), 'utf8')));
    assert.deepEqual(offenders, [], 'register elements only in *.define.ts files, the only ones listed in sideEffects');
  });
});
