// Serves the framework examples in docs/examples (plain HTML, React, Vue) the way a partner
// would host them: the built CDN bundle, the example definitions, each page with the strict
// Content-Security-Policy docs/embedding.md recommends for it, and `/api/*` forwarded to a
// receiving endpoint so `connect-src 'self'` holds. React and Vue apps are bundled with
// esbuild when the server starts (nothing is fetched from a CDN).
// Used by `scripts/docs-examples.mjs` (to look at them) and test/node/docs/examples.test.ts.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CDN_DIR, CDN_ENTRY_NAME, cdnFiles } from './cdn-files.mjs';
import { forwardToEndpoint, isApiPath, strictCsp } from './same-origin.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'docs/examples');
export const BUNDLE = join(CDN_DIR, CDN_ENTRY_NAME);


/** The examples: where each lives, what is bundled, and its CSP. */
export const EXAMPLES = {
  html: { title: 'Plain HTML', csp: strictCsp() },
  react: { title: 'React', entry: 'react/app.jsx', csp: strictCsp() },
  // Vue's runtime creates a Trusted Types policy named `vue`.
  vue: { title: 'Vue', entry: 'vue/app.js', csp: strictCsp(['vue']) },
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** Bundles a framework example's app (production builds, minified) into memory. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [join(examplesDir, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    jsx: 'automatic',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0].text;
}

/** Path → file or built body, for every example. */
async function routes() {
  const files = {
    ...cdnFiles(),
    '/example.css': join(examplesDir, 'example.css'),
    '/definitions/walking-skeleton.definition.json': join(root, 'packages/schemas/examples/walking-skeleton.definition.json'),
    '/definitions/early-help.definition.json': join(root, 'packages/schemas/examples/early-help.definition.json'),
    '/html/page.js': join(examplesDir, 'html/page.js'),
  };
  const table = Object.fromEntries(Object.entries(files).map(([path, file]) => [path, { file }]));
  for (const [name, example] of Object.entries(EXAMPLES)) {
    table[`/${name}/`] = { file: join(examplesDir, name, 'index.html'), csp: example.csp };
    if (example.entry) table[`/${name}/dist/app.js`] = { body: await bundle(example.entry), type: TYPES['.js'] };
  }
  table['/'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OneStory examples</title><link rel="stylesheet" href="/example.css"></head><body><main><h1>OneStory examples</h1><ul>${Object.entries(EXAMPLES)
      .map(([name, example]) => `<li><a href="/${name}/">${example.title}</a></li>`)
      .join('')}</ul></main></body></html>`,
    type: TYPES['.html'],
    csp: strictCsp(),
  };
  return table;
}

/**
 * Starts the examples server on `host` (default 127.0.0.1), forwarding `/api/*` to
 * `endpointUrl` (e.g. a reference endpoint). Resolves to `{ url, close() }`.
 */
export async function startExamples({ endpointUrl, host = '127.0.0.1', port = 0 }) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
  const table = await routes();
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const { pathname } = new URL(url, 'http://127.0.0.1');
    if (isApiPath(pathname)) {
      forwardToEndpoint(req, res, endpointUrl);
      return;
    }
    if (!table[pathname] && table[`${pathname}/`]) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const route = table[pathname];
    if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end();
      return;
    }
    const body = route.body ?? (await readFile(route.file));
    res.writeHead(200, {
      'content-type': route.type ?? TYPES[extname(route.file)] ?? 'application/octet-stream',
      ...(route.csp ? { 'content-security-policy': route.csp } : {}),
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: `http://${host}:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
