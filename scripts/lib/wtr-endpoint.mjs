// @web/test-runner plugin that runs a real HTTP endpoint on 127.0.0.1 for the whole
// browser run, so browser tests can send to it and check what it stored.
//
// `module` (an import specifier or file URL) must export `exportName`, a function called
// with `{ dataDir, host: '127.0.0.1', port: 0 }` that resolves to `{ url, close() }`;
// `dataDir` is a fresh temporary directory, removed afterwards. The plugin serves, on
// the test server:
//   GET /__env.json          -> { "endpointUrl": "http://127.0.0.1:PORT" }
//   GET /__endpoint/stored   -> { "relative/path": "file text", ... } for every file
//                               the endpoint has written under dataDir
// test/browser/helpers/endpoint.ts wraps both for tests.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export function endpointPlugin({ module, exportName }) {
  let endpoint;
  let dataDir;
  return {
    name: 'onestory-endpoint',
    async serverStart() {
      let factory;
      try {
        factory = (await import(module))[exportName];
      } catch (error) {
        throw new Error(`Cannot load the test endpoint ${module} (run \`npm run build\` first?)`, { cause: error });
      }
      if (typeof factory !== 'function') throw new Error(`${module} does not export a function ${exportName}`);
      dataDir = await mkdtemp(join(tmpdir(), 'onestory-endpoint-'));
      endpoint = await factory({ dataDir, host: '127.0.0.1', port: 0 });
    },
    async serverStop() {
      await endpoint?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__env.json') {
        return { body: JSON.stringify({ endpointUrl: endpoint.url }), type: 'json' };
      }
      if (context.path === '/__endpoint/stored') {
        return { body: JSON.stringify(await readTree(dataDir)), type: 'json' };
      }
      return undefined;
    },
  };
}

async function readTree(dir) {
  const files = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = await readFile(path, 'utf8');
  }
  return files;
}
