// The CDN build: a minified ES module with lit, zod, core and the components inside, for
// `<script type="module" src="…/onestory.min.js" integrity="…">`, and beside it the parts
// loaded later (`onestory-<name>-<hash>.js`), each checked against the hash the entry
// carries (scripts/lib/verified-chunks.mjs). Runs after `tsc -b` (see `npm run build`):
// @onestory/core resolves to its dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { writeManifest } from './scripts/lib/custom-elements-manifest.mjs';
import { kb, measure, sri } from './scripts/lib/sizes.mjs';
import { verifiedChunks } from './scripts/lib/verified-chunks.mjs';

const { version } = JSON.parse(readFileSync('packages/components/package.json', 'utf8'));

// One notice instead of a licence comment per bundled module: the version a partner is
// running, and what is inside under which licence.
const BANNER =
  `/*! OneStory ${version} (@onestory/components, MIT). Includes Lit, @lit/context ` +
  `(BSD-3-Clause, Copyright 2017 Google LLC) and zod (MIT, Copyright 2025 Colin McDonnell). */`;

export default {
  input: 'packages/components/src/cdn.ts',
  // The parts loaded on demand import what they share with the entry from the entry itself,
  // so it exports a few more (minified) names than its public API; with 'strict', rollup
  // would move all of it into a second file behind an entry that only re-exports.
  preserveEntrySignatures: 'allow-extension',
  treeshake: {
    // @onestory/core says `"sideEffects": false`, which node-resolve does not apply to its
    // modules (reached through the workspace link): without this, every module that builds a
    // zod schema at its top level counts as run for its effects and lands in the entry, even
    // when only a part loaded later uses it.
    moduleSideEffects: (id) => !id.replace(/\\/g, '/').includes('/packages/core/dist/'),
  },
  output: {
    dir: 'packages/components/dist/cdn',
    entryFileNames: 'onestory.min.js',
    chunkFileNames: 'onestory-[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    banner: BANNER,
  },
  onwarn(warning, warn) {
    // zod's internal import cycles and misplaced `@__PURE__` comments are its own business.
    const ids = warning.ids ?? [warning.id ?? ''];
    const quiet = ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code);
    if (quiet && ids.every((id) => id.includes('/node_modules/'))) return;
    warn(warning);
  },
  plugins: [
    shippedCataloguesOnDemand(),
    partsOnDemand(),
    // `production` picks lit's build without dev-mode checks and warnings.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    esbuild({ target: 'es2022', minify: true }),
    // A second, slower pass over esbuild's output: terser's repeated compression finds
    // another ~2% (gzip) that one esbuild pass leaves.
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
    verifiedChunks(),
    reportSize(),
    customElementsManifest(),
  ],
};

/** Writes packages/components/custom-elements.json (autodocs, editor tooling) with the build. */
function customElementsManifest() {
  return {
    name: 'custom-elements-manifest',
    async closeBundle() {
      console.log(`custom-elements manifest: ${await writeManifest()}`);
    },
  };
}

/**
 * Prints each file's sizes, and writes what each file holds (minified bytes per module, each
 * module minified on its own) to dist/cdn-modules.json for `npm run size`: outside dist/cdn,
 * so it is neither hosted nor counted.
 */
function reportSize() {
  const modules = {};
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        modules[file.fileName] = Object.fromEntries(
          Object.entries(file.modules).map(([id, { code }]) => [relative(process.cwd(), id).replace(/\\/g, '/'), code ? transformSync(code, { minify: true }).code.length : 0]),
        );
      }
    },
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = readFileSync(`${options.dir}/${file.fileName}`);
        const { raw, gzip, brotli } = measure(bytes);
        console.log(`${options.dir}/${file.fileName}: ${kb(raw)}, gzip ${kb(gzip)}, brotli ${kb(brotli)}`);
        if (file.isEntry) console.log(`integrity="${sri(bytes)}"`);
      }
      writeFileSync(join(options.dir, '..', 'cdn-modules.json'), `${JSON.stringify(modules, null, 1)}\n`);
    },
  };
}

/**
 * Swaps each `*.load.js` module of the components (code that holds a part the first page
 * does not need, such as intake/internal/later-steps.load.ts) for its `*.load.cdn.ts`
 * sibling, which imports that part on demand: a file of its own beside the entry.
 */
function partsOnDemand() {
  return {
    name: 'parts-on-demand',
    resolveId(source, importer) {
      if (!source.endsWith('.load.js') || !importer?.replace(/\\/g, '/').includes('/packages/components/src/')) return null;
      return join(dirname(importer), source.replace(/\.js$/, '.cdn.ts'));
    },
  };
}

/**
 * Leaves the shipped catalogues other than English out of the entry (and the English of
 * the steps after the questions, which later-steps.ts joins as it loads): core's catalogue
 * table gets an empty slot for each, and components/src/shared/languages.ts imports the
 * real one (`@onestory/core/i18n/cy`) when a page is shown in that language.
 */
function shippedCataloguesOnDemand() {
  const EMPTY = '\0onestory:catalogue-on-demand';
  // The English of the steps after the questions comes with them (intake/internal/later-steps.ts).
  const EMPTY_EN_LATER = '\0onestory:english-later';
  return {
    name: 'shipped-catalogues-on-demand',
    resolveId(source, importer) {
      if (!importer?.replace(/\\/g, '/').endsWith('/core/dist/i18n/catalogue.js')) return null;
      return source === './cy.js' ? EMPTY : source === './en-later.js' ? EMPTY_EN_LATER : null;
    },
    load(id) {
      return id === EMPTY ? 'export const cy = undefined;' : id === EMPTY_EN_LATER ? 'export const enLater = undefined;' : null;
    },
  };
}
