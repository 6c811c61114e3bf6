// What every page OneStory serves for people to look at (the demo, the framework examples,
// the strict-CSP tests) shares: the Content-Security-Policy docs/embedding.md recommends,
// and `/api/*` forwarded to a receiving endpoint so that `connect-src 'self'` holds.
import { request as httpRequest } from 'node:http';

/** The CSP of docs/embedding.md, with the Trusted Types policies a framework adds. */
export function strictCsp(extraPolicies = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${['lit-html', ...extraPolicies].join(' ')}`,
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True for a path the page's own origin forwards to the endpoint. */
export const isApiPath = (pathname) => pathname === '/api' || pathname.startsWith('/api/');

/**
 * Forwards a request for `/api/…` to the same path under `endpointUrl`, streaming both
 * ways; answers 502 when the endpoint does not answer.
 */
export function forwardToEndpoint(req, res, endpointUrl) {
  const target = new URL((req.url ?? '/').slice('/api'.length) || '/', endpointUrl);
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('The receiving endpoint is not answering.');
  });
  req.pipe(upstream);
}
