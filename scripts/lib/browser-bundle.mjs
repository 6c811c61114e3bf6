// Bundles a module for the browser the way the CDN file is built (one minified ES module,
// Lit's production build), for the size report and the benchmarks.
import { build } from 'esbuild';

/** esbuild's `build` with the CDN file's settings; `options` adds the entry and output. */
export function bundleForBrowser(options) {
  return build({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // Lit's production build, as the CDN file has.
    conditions: ['production'],
    logLevel: 'error',
    ...options,
  });
}
