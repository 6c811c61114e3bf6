#!/usr/bin/env node
// `npm start`: builds, then serves the demo partner page and the reference endpoint on
// one port of 127.0.0.1. The page is served with the strict CSP partners are told to use,
// so the demo proves the widget needs nothing looser.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnFiles } from './lib/cdn-files.mjs';
import { forwardToEndpoint, isApiPath, strictCsp } from './lib/same-origin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

console.log('Building OneStory…');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { createReferenceServer, issueServiceToken } = await import('@onestory/core/server');
const dataDir = path.join(root, '.data', 'demo');
await mkdir(dataDir, { recursive: true });
console.log('Opening the embedded database (PGlite; the first start takes a few seconds)…');
const endpoint = await createReferenceServer({ dataDir, host, port: 0 });

const CSP = strictCsp();

const files = {
  '/': 'scripts/demo/index.html',
  '/received': 'scripts/demo/received.html',
  '/demo/demo.css': 'scripts/demo/demo.css',
  '/demo/received.js': 'scripts/demo/received.js',
  // The entry and the parts it loads on demand, as built just now.
  ...Object.fromEntries(Object.entries(cdnFiles()).map(([route, file]) => [route, path.relative(root, file)])),
  '/definitions/early-help.definition.json': 'packages/schemas/examples/early-help.definition.json',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const tokens = await demoTokens(endpoint.store);

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // `/api/*` goes to the reference endpoint, so the page talks to its own origin.
  if (isApiPath(pathname)) return forwardToEndpoint(req, res, endpoint.url);
  // Browsers ask for a favicon on their own; a 404 would be an error in every visitor's console.
  if (pathname === '/favicon.ico') return res.writeHead(204).end();
  const file = files[pathname];
  if (!file || !existsSync(path.join(root, file)) || !(req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  const full = path.join(root, file);
  res.writeHead(200, {
    'content-type': TYPES[path.extname(full)] ?? 'application/octet-stream',
    'content-length': (await stat(full)).size,
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(full).pipe(res);
});

server.on('error', async (error) => {
  await endpoint.close();
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${host} is already in use: choose another with PORT=${port + 1} npm start`);
  } else {
    console.error(`Could not start the demo server: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`OneStory demo:        http://${host}:${actual}/`);
  console.log(`Service inbox:        http://${host}:${actual}/received — sign in with a service's token:`);
  for (const { serviceId, token } of tokens) console.log(`  ${serviceId.padEnd(20)} ${token}`);
  console.log(`Reference endpoint:   http://${host}:${actual}/api/submissions (stored in ${path.relative(root, dataDir)})`);
  console.log('Press Ctrl-C to stop.');
});

/**
 * A fresh token for each of the demo definition's services, printed once: the store
 * keeps only hashes, and the last start's demo tokens are revoked.
 */
async function demoTokens(store) {
  const definition = JSON.parse(await readFile(path.join(root, files['/definitions/early-help.definition.json']), 'utf8'));
  const issued = [];
  for (const { id: serviceId } of definition.services) {
    for (const old of await store.tokens(serviceId)) if (old.label === 'demo' && !old.revokedAt) await store.revokeToken(old.tokenId, new Date());
    issued.push({ serviceId, token: (await issueServiceToken(store, serviceId, { label: 'demo' })).token });
  }
  return issued;
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  server.closeAllConnections?.();
  await Promise.all([new Promise((resolve) => server.close(resolve)), endpoint.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
