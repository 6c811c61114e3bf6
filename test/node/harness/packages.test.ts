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

/** A `sideEffects` glob as a RegExp: `**` any folders, `*` any name within one folder. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*)/)
    .map((piece) => (piece === '**/' ? '(?:[^/]+/)*' : piece === '*' ? '[^/]*' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

describe('@onestory/components side effects', () => {
  const componentsDir = join(repoRoot, 'packages/components');
  const manifest = JSON.parse(readFileSync(join(componentsDir, 'package.json'), 'utf8')) as Manifest & { customElements?: string };
  const sources = readdirSync(join(componentsDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const patterns = (manifest.sideEffects as string[]).map(globToRegExp);
  const listed = (file: string) => patterns.some((pattern) => pattern.test(file));
  // Registering an element, or configuring zod, at module load is a side effect.
  const hasSideEffects = (file: string) =>
    /customElements\.define\(|@customElement\(|^z\.config\(/m.test(readFileSync(join(componentsDir, 'src', file), 'utf8'));

  it('only *.define.ts files (and the CDN entry) register custom elements', () => {
    const offenders = sources
      .filter((file) => !file.endsWith('.define.ts') && file !== 'cdn.ts')
      .filter((file) => /customElements\.define\(|@customElement\(/.test(readFileSync(join(componentsDir, 'src', file), 'utf8')));
    assert.deepEqual(offenders, [], 'register elements only in *.define.ts files, the ones listed in sideEffects');
  });

  it('lists every file with side effects, as source and as build, so no bundler drops a registration', () => {
    const withEffects = sources.filter(hasSideEffects);
    assert.ok(withEffects.some((file) => file.endsWith('.define.ts')), 'found no registration files: the check is broken');
    const unlisted = withEffects.flatMap((file) => [`src/${file}`, `dist/${file.replace(/\.ts$/, '.js')}`]).filter((file) => !listed(file));
    assert.deepEqual(unlisted, [], 'add these to sideEffects in packages/components/package.json');
  });

  it('points editors and Storybook at its custom-elements manifest, and publishes it', () => {
    assert.equal(manifest.customElements, 'custom-elements.json');
    assert.ok(existsSync(join(componentsDir, 'custom-elements.json')));
    assert.ok(manifest.files?.includes('custom-elements.json'));
  });
});

describe('the CDN file', () => {
  it('opens with the version it is and the licences of what it bundles', () => {
    const componentsDir = join(repoRoot, 'packages/components');
    const { version } = JSON.parse(readFileSync(join(componentsDir, 'package.json'), 'utf8')) as { version: string };
    const cdn = readFileSync(join(componentsDir, 'dist/cdn/onestory.min.js'), 'utf8');
    assert.ok(cdn.startsWith(`/*! OneStory ${version} `), cdn.slice(0, 80));
    const banner = cdn.slice(0, cdn.indexOf('*/'));
    for (const notice of ['Lit', 'BSD-3-Clause', 'Google LLC', 'zod', 'Colin McDonnell']) assert.ok(banner.includes(notice), notice);
  });
});

describe('@onestory/components/define, through a bundler that honours sideEffects', () => {
  it('still defines every element (none of their modules is shaken away)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "import '@onestory/components/define';", resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = new TextDecoder().decode(result.outputFiles[0]!.contents);
    const sources = readdirSync(join(packagesDir, 'components/src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.define.ts'));
    const tags = sources.flatMap((file) => [...readFileSync(join(packagesDir, 'components/src', file), 'utf8').matchAll(/customElements\.define\('([a-z-]+)'/g)].map((m) => m[1]!));
    assert.ok(tags.length >= 18, `found ${tags.length} elements`);
    assert.deepEqual(tags.filter((tag) => !code.includes(`customElements.define("${tag}"`) && !code.includes(`customElements.define('${tag}'`)), []);
  });
});
