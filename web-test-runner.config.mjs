// Browser tests: test/browser/**/*.test.ts in the system Chromium, through esbuild.
// Workspace packages resolve to their built dist/, so run `npm run build` first
// (`npm test` does).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.mjs';
import { endpointPlugin } from './scripts/lib/wtr-endpoint.mjs';
import { totalsReporter } from './scripts/lib/wtr-totals-reporter.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // Two cores: one page per core; more only queues behind the CPU.
  concurrency: 2,
  // Lit's dev build announces itself in every file; keep its real warnings.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A busy 2-core machine is slow: mocha's default is 2 s per test (axe alone can take
  // seconds), wtr's 120 s per file; a test that needs more says so with this.timeout().
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022' }),
    // The endpoint browser tests talk to (test/browser/helpers/endpoint.ts): core's real
    // reference server, allowing the test pages' origin (test/support/reference-endpoint.ts).
    endpointPlugin({
      module: new URL('./test/.build/support/reference-endpoint.js', import.meta.url).href,
      exportName: 'createTestReferenceServer',
    }),
  ],
  reporters: [
    defaultReporter(),
    totalsReporter(process.env.WTR_TOTALS_FILE ?? 'test/.build/totals/browser.json'),
  ],
};
