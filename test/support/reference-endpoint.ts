import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import { quickLocation } from './stores.js';

/** What web-test-runner.config.mjs's endpoint hook passes in (see scripts/lib/wtr-endpoint.mjs). */
export interface TestEndpointOptions {
  readonly dataDir: string;
  readonly host?: string;
  readonly port?: number;
  /** The endpoint's clock (ms since the epoch), for tests of what time does. */
  readonly now?: () => number;
}

// The test pages are served by @web/test-runner from another port of 127.0.0.1: a
// different origin, so the endpoint must allow it by CORS as it would a partner's site.
// Pages on http://localhost:PORT (test/browser/delivery) have storage of their own.
const LOOPBACK_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?$/;

/**
 * The real reference endpoint for browser tests: `createReferenceServer` on 127.0.0.1, on
 * a fresh database of the test PostgreSQL server (`DATABASE_URL`) or else PGlite in
 * `dataDir`, accepting calls from the test pages' origin.
 */
export async function createTestReferenceServer({ dataDir, host = '127.0.0.1', port = 0, now }: TestEndpointOptions): Promise<ReferenceServer> {
  return createReferenceServer({ ...(await quickLocation(dataDir)), host, port, allowedOrigins: (origin) => LOOPBACK_ORIGIN.test(origin), ...(now && { now }) });
}
