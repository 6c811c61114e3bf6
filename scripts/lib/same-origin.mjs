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
 * ways, so the page gets exactly the endpoint's answer: status, headers and body, a 413
 * for a body that is too large included. Answers 502 only when the endpoint does not
 * answer at all.
 */
export function forwardToEndpoint(req, res, endpointUrl) {
  const target = new URL((req.url ?? '/').slice('/api'.length) || '/', endpointUrl);
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
    // An endpoint may answer before it has read the whole body (a 413): the rest of the
    // page's body then has nowhere to go, and is read and dropped here.
    answer.on('end', () => {
      req.unpipe(upstream);
      req.resume();
    });
  });
  upstream.on('error', () => {
    req.unpipe(upstream);
    req.resume();
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The receiving endpoint is not answering.');
  });
  req.pipe(upstream);
}
