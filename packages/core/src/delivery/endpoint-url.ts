// The endpoint check on its own: an intake checks its `endpoint` attribute before its
// first page, long before it needs the submission client's other options.
import type { ConfigProblem } from '../errors.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts absolute `https:` URLs, and `http:` only on the loopback (tests, local demos):
 * a story must never cross a network in clear text; nor a user name or password in the
 * URL. A relative URL is resolved against `base` (default: the page, when there is one).
 * Returns the normalised URL, or the problem with it.
 */
export function checkEndpointUrl(
  value: unknown,
  path: string,
  base: string | undefined = (globalThis as { location?: { href?: string } }).location?.href,
): { readonly url: string } | { readonly problem: ConfigProblem } {
  const fail = (code: string, message: string) => ({ problem: { path, code, message } });
  if (typeof value !== 'string' || value === '') return fail('required', `Set ${path} to the URL submissions are posted to.`);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fail('invalid-url', `"${value}" is not a URL: use an absolute https: URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return fail('insecure-url', `"${value}" is not an https URL. Use https: for ${path}: personal data is only sent over https (plain http only to localhost).`);
  }
  if (url.username || url.password) {
    return fail('credentials-in-url', `Remove the user name and password from ${path}; send them in headers.`);
  }
  return { url: url.href };
}
