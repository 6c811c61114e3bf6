// @web/test-runner plugin that runs a real HTTP endpoint on 127.0.0.1 for the whole
// browser run, so browser tests can send to it and check what it stored.
//
// `module` (an import specifier or file URL) must export `exportName`, a function called
// with `{ dataDir, host: '127.0.0.1', port: 0 }` that resolves to `{ url, store, close() }`
// (`store.submissions()` lists what it stored); `dataDir` is a fresh temporary directory,
// removed afterwards. A second endpoint runs on a clock the tests move (`now` is passed to
// the factory), for what happens when time passes (drafts expiring), so that moving it
// never disturbs the first. The plugin serves, on the test server:
//   GET /__env.json              -> { "endpointUrl": "http://127.0.0.1:PORT", "clockEndpointUrl": "…" }
//   GET /__endpoint/clock?advanceMs=N -> moves the second endpoint's clock on by N ms
//   GET /__endpoint/submissions  -> { "submissions": [...] } every stored submission
//   GET /__endpoint/withdrawals  -> { "withdrawals": [...] } every stored withdrawal
// test/browser/helpers/endpoint.ts wraps both for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function endpointPlugin({ module, exportName }) {
  let endpoint;
  let clockEndpoint;
  let clockOffsetMs = 0;
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
      clockEndpoint = await factory({ dataDir: join(dataDir, 'clock'), host: '127.0.0.1', port: 0, now: () => Date.now() + clockOffsetMs });
    },
    async serverStop() {
      await endpoint?.close();
      await clockEndpoint?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__env.json') {
        return { body: JSON.stringify({ endpointUrl: endpoint.url, clockEndpointUrl: clockEndpoint.url }), type: 'json' };
      }
      if (context.path === '/__endpoint/clock') {
        clockOffsetMs += Number(context.query.advanceMs ?? 0) || 0;
        return { body: JSON.stringify({ offsetMs: clockOffsetMs }), type: 'json' };
      }
      if (context.path === '/__endpoint/withdrawals') {
        return { body: JSON.stringify({ withdrawals: await endpoint.store.withdrawals() }), type: 'json' };
      }
      if (context.path === '/__endpoint/submissions') {
        return { body: JSON.stringify({ submissions: await endpoint.store.submissions() }), type: 'json' };
      }
      return undefined;
    },
  };
}
