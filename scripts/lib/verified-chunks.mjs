// Rollup plugin for the CDN build: parts loaded later (dynamic `import()`) are files beside
// the entry, named by their content hash, and each is checked against the SHA-384 the
// entry carries before it runs. The entry itself is checked by the embed's
// `<script integrity>`, so one hash in the partner's page vouches for every file.
//
// How: every dynamic import in the entry becomes `__onestoryImport("./onestory-….js")`.
// That function (appended to the entry once its chunks' final bytes are known) inserts
// `<link rel="modulepreload" integrity>` for the chunk and each file it imports, deepest
// first, waits for all of them, then imports the chunk, which the browser takes from its
// module map, already verified. A file whose bytes differ from its hash fails to preload;
// the import is then never made, and the promise rejects with an error that says so.
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const LOADER = '__onestoryImport';

/** Runs in the browser, appended to the entry; `CHUNKS` is replaced by the table. */
function __onestoryImport(file) {
  const chunks = CHUNKS;
  const loading = (__onestoryImport.loading ??= new Map());
  const url = (name) => new URL(name, import.meta.url).href;
  const preload = (name) => {
    let promise = loading.get(name);
    if (!promise) {
      promise = new Promise((resolve, reject) => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.integrity = chunks[name][0];
        link.href = url(name);
        link.onload = resolve;
        link.onerror = () => {
          // Not remembered: asked for again (back online, say), it is fetched again.
          loading.delete(name);
          link.remove();
          reject(
            new Error(
              `OneStory: ${name} was refused: it could not be loaded, or its bytes do not match the SHA-384 hash ` +
                `in onestory.min.js (a changed or corrupted file). Serve every file of one build, unchanged, from one folder.`,
            ),
          );
        };
        (document.head ?? document.documentElement).append(link);
      });
      loading.set(name, promise);
    }
    return promise;
  };
  const order = [];
  const visit = (name) => {
    if (order.includes(name)) return;
    chunks[name][1].forEach(visit);
    order.push(name);
  };
  const name = file.replace(/^\.\//, '');
  if (!chunks[name]) return Promise.reject(new Error(`OneStory: no part named ${name} in this build`));
  visit(name);
  return Promise.all(order.map(preload)).then(() => import(url(name)));
}

const sha384 = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** @returns {import('rollup').Plugin} */
export function verifiedChunks() {
  return {
    name: 'verified-chunks',
    renderDynamicImport({ targetModuleId }) {
      // Only imports rollup resolved to a chunk of this build (not a computed specifier).
      if (targetModuleId) return { left: `${LOADER}(`, right: ')' };
      return null;
    },
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      for (const chunk of chunks) {
        if (chunk !== entry && chunk.code.includes(`${LOADER}(`)) {
          this.error(`${chunk.fileName} loads another part lazily: only the entry may (import it from a module the entry holds).`);
        }
        if (chunk !== entry && chunk.imports.some((name) => name !== entry.fileName && !bundle[name])) {
          this.error(`${chunk.fileName} imports a file outside the build`);
        }
      }
      // Imports of the entry are left out: it is in the module map already, verified by its tag.
      const table = Object.fromEntries(
        chunks.filter((chunk) => chunk !== entry).map((chunk) => [chunk.fileName, [sha384(chunk.code), chunk.imports.filter((name) => name !== entry.fileName)]]),
      );
      // Exported for terser only (an unused function would be dropped), then not.
      const source = `export ${__onestoryImport}`.replace('CHUNKS', JSON.stringify(table));
      const minified = await minify(source, { module: true, compress: { passes: 2 }, mangle: { reserved: [LOADER] } });
      const code = minified.code.replace(/^export\s*/, '');
      if (!code.startsWith(`function ${LOADER}(`)) this.error(`the chunk loader did not minify as expected: ${code.slice(0, 80)}`);
      // After the mapped code (so the source map stays right), before the map's comment.
      const comment = entry.code.lastIndexOf('\n//# sourceMappingURL=');
      const at = comment === -1 ? entry.code.length : comment;
      entry.code = `${entry.code.slice(0, at)}\n${code}${entry.code.slice(at)}`;
    },
    writeBundle(options, bundle) {
      // Parts of earlier builds would be served and measured as if they belonged to this one.
      for (const name of readdirSync(options.dir)) {
        if (/^onestory-.+\.js(\.map)?$/.test(name) && !bundle[name]) rmSync(join(options.dir, name));
      }
    },
  };
}
