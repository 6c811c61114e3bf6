// The CDN build: one self-contained, minified ES module with lit, zod, core and the
// components inside, for `<script type="module" src="…/onestory.min.js" integrity="…">`.
// Runs after `tsc -b` (see `npm run build`): @onestory/core resolves to its dist/.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { writeManifest } from './scripts/lib/custom-elements-manifest.mjs';
import { kb, measure, sri } from './scripts/lib/sizes.mjs';

const { version } = JSON.parse(readFileSync('packages/components/package.json', 'utf8'));

// One notice instead of a licence comment per bundled module: the version a partner is
// running, and what is inside under which licence.
const BANNER =
  `/*! OneStory ${version} (@onestory/components, MIT). Includes Lit, @lit/context ` +
  `(BSD-3-Clause, Copyright 2017 Google LLC) and zod (MIT, Copyright 2025 Colin McDonnell). */`;

export default {
  input: 'packages/components/src/cdn.ts',
  output: {
    file: 'packages/components/dist/cdn/onestory.min.js',
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
    // `production` picks lit's build without dev-mode checks and warnings.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    esbuild({ target: 'es2022', minify: true }),
    // A second, slower pass over esbuild's output: terser's repeated compression finds
    // another ~2% (gzip) that one esbuild pass leaves.
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
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

function reportSize() {
  return {
    name: 'report-size',
    writeBundle(options) {
      const bytes = readFileSync(options.file);
      const { raw, gzip, brotli } = measure(bytes);
      console.log(`${options.file}: ${kb(raw)}, gzip ${kb(gzip)}, brotli ${kb(brotli)}`);
      console.log(`integrity="${sri(bytes)}"`);
    },
  };
}
