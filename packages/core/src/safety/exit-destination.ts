/**
 * Where quick exit goes. The destination must be an ordinary web page: a `javascript:` or
 * `data:` address would run code or show content instead of leaving, so only `http:` and
 * `https:` are accepted. A bad value never blocks the exit: the default is used instead.
 */

/** The neutral page quick exit goes to when none is configured (GOV.UK uses the BBC weather). */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The destination quick exit will use, and why a configured one was refused. */
export interface ExitDestination {
  /** Absolute `http:`/`https:` address. */
  readonly url: string;
  /** Set when the configured value could not be used; names the fix. No personal data. */
  readonly problem?: string;
}

/**
 * Resolves the configured destination (`url` attribute or `settings.quickExit.url`)
 * against `base` (the page address), falling back to {@link DEFAULT_EXIT_URL}.
 */
export function resolveExitDestination(configured: string | null | undefined, base: string): ExitDestination {
  if (configured === null || configured === undefined || configured.trim() === '') return { url: DEFAULT_EXIT_URL };
  let parsed: URL;
  try {
    parsed = new URL(configured.trim(), base);
  } catch {
    return { url: DEFAULT_EXIT_URL, problem: `The quick-exit url "${configured}" is not a web address; using ${DEFAULT_EXIT_URL}. Give an https:// address.` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      url: DEFAULT_EXIT_URL,
      problem: `The quick-exit url must start with https:// (got ${parsed.protocol}); using ${DEFAULT_EXIT_URL}.`,
    };
  }
  return { url: parsed.href };
}
