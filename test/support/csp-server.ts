import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.js';

type SameOrigin = typeof import('../../scripts/lib/same-origin.mjs');

/**
 * The Content-Security-Policy partners are told to use (SECURITY.md): scripts and styles
 * only from the page's own origin, no `eval`, no inline code, and Trusted Types required,
 * with lit-html's policy the only one allowed.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** A partner's page: the CDN entry in one module script (then `head`), and `body` inside `<main>`. */
export function partnerPage(body: string, head = ''): Route {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Get help</title>
<script type="module" src="/onestory.min.js"></script>${head}</head><body><main>${body}</main></body></html>`,
  };
}

/** A file from disk or a body built per request, served at one path. */
export type Route =
  | { readonly file: string; readonly type?: string }
  | { readonly body: string | (() => string | Promise<string>); readonly type: string }
  /** Answers every method with `status` and no body (an endpoint that is down, say). */
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>> };

/** One request the server received, as it arrived. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface CspServerOptions {
  /** Path → what to serve. Anything else is 404. */
  readonly routes: Readonly<Record<string, Route>>;
  /**
   * The CSP header on every response; {@link STRICT_CSP} by default. `null` sends none, for
   * tests that must see whether an injection would really run.
   */
  readonly csp?: string | null;
  /** Requests under `/api/` are forwarded here (the receiving endpoint), so `connect-src 'self'` holds. */
  readonly apiTarget?: string;
  readonly host?: string;
  readonly port?: number;
}

export interface CspServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every request received so far, in order. */
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A small static server on 127.0.0.1 for browser security tests: every response carries
 * real `Content-Security-Policy`, `Referrer-Policy` and `Cache-Control` headers (a test
 * page cannot fake these with `<meta>`: Trusted Types and `frame-ancestors` need the
 * header), and every request is recorded so a test can look for personal data in URLs
 * and headers.
 */
export async function createCspServer(options: CspServerOptions): Promise<CspServer> {
  const { routes, apiTarget, host = '127.0.0.1', port = 0 } = options;
  // The same `/api` forwarding the demo and the examples use (loaded from scripts/, which
  // the compiled tests in test/.build/ cannot reach by a relative import).
  const { forwardToEndpoint, isApiPath } = (await import(pathToFileURL(`${repoRoot}scripts/lib/same-origin.mjs`).href)) as SameOrigin;
  const csp = options.csp === undefined ? STRICT_CSP : options.csp;
  const cspHeader: Record<string, string> = csp === null ? {} : { 'content-security-policy': csp };
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url, headers: { ...req.headers } });
    const { pathname } = new URL(url, 'http://127.0.0.1');

    if (apiTarget && isApiPath(pathname)) {
      forwardToEndpoint(req, res, apiTarget);
      return;
    }

    const route = routes[pathname];
    // Chromium asks for a favicon on its own; a 404 would show as a console error.
    if (!route && pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (route && 'status' in route) {
      req.resume();
      res.writeHead(route.status, { ...cspHeader, ...route.headers }).end();
      return;
    }
    if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...cspHeader }).end('Not found');
      return;
    }
    let body: string | Buffer;
    let type: string;
    try {
      if ('file' in route) {
        body = await readFile(route.file);
        type = route.type ?? TYPES[extname(route.file)] ?? 'application/octet-stream';
      } else {
        body = typeof route.body === 'function' ? await route.body() : route.body;
        type = route.type;
      }
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`Cannot read ${pathname}`);
      return;
    }
    res.writeHead(200, {
      'content-type': type,
      ...cspHeader,
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${boundPort}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
