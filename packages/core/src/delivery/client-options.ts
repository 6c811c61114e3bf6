import { ConfigError, type ConfigProblem } from '../errors.js';
import type { DeliveryListener } from './delivery-events.js';
import type { Outbox } from './outbox.js';
import { checkEndpointUrl } from './endpoint-url.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

export { checkEndpointUrl } from './endpoint-url.js';

/** Milliseconds since the Unix epoch, like `Date.now`. Injected so tests control time. */
export type Clock = () => number;
/** Waits `ms` milliseconds; rejects or resolves early when `signal` aborts. Injected so tests need not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
/** The subset of `fetch` the client uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;
/** Header name → value. */
export type HeaderRecord = Readonly<Record<string, string>>;

/** How to reach the endpoint, how hard to try, and the seams tests and hosts plug into. */
export interface SubmissionClientOptions {
  /** Where submissions are posted: an `https:` URL (`http:` only for localhost). */
  readonly endpoint: string;
  /** Headers sent with every request, e.g. an API key. */
  readonly headers?: HeaderRecord;
  /** Called before every attempt for headers that change, e.g. a fresh bearer token. */
  readonly getHeaders?: () => HeaderRecord | Promise<HeaderRecord>;
  /** `fetch` credentials mode: whether cookies go with the request. Default `same-origin`. */
  readonly credentials?: RequestCredentials;
  /** Longest wait for one attempt's response, in milliseconds. Default 30,000. */
  readonly timeoutMs?: number;
  /** How persistently to retry; unset fields keep {@link DEFAULT_RETRY_POLICY}. */
  readonly retry?: Partial<RetryPolicy>;
  /**
   * Services with their own endpoint (service id → URL), e.g. from a definition's
   * `services[].endpoint` (see `serviceEndpointsOf`). Their disclosures are posted there;
   * everything else goes to `endpoint`.
   */
  readonly serviceEndpoints?: Readonly<Record<string, string>>;
  /** Where finished submissions wait until confirmed. Default: a memory outbox. */
  readonly outbox?: Outbox;
  /** Replaces the global `fetch` (for a proxy, a test, or an older runtime). */
  readonly fetch?: FetchLike;
  /** Clock. Default `Date.now`. */
  readonly now?: Clock;
  /** Waits between attempts. Default: a `setTimeout` that stops early on abort. */
  readonly sleep?: Sleep;
  /** Source of numbers in `[0, 1)` for backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Creates a submission id (a UUID) when a submission has none. Default `crypto.randomUUID`. */
  readonly newId?: () => string;
  /** Told of every delivery event; the same as calling `addListener` once. */
  readonly onEvent?: DeliveryListener;
}

/** Options after defaults, checked. */
export interface ResolvedClientOptions {
  readonly endpoint: string;
  readonly headers: HeaderRecord;
  readonly getHeaders: (() => HeaderRecord | Promise<HeaderRecord>) | undefined;
  readonly credentials: RequestCredentials;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly serviceEndpoints: Readonly<Record<string, string>>;
  readonly fetch: FetchLike;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly random: () => number;
  readonly newId: () => string;
}

/** Headers the client sets itself; a host setting them would break idempotency or parsing. */
const RESERVED_HEADERS = ['content-type', 'idempotency-key', 'content-length'];
const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

/**
 * Applies defaults and checks every option at once, so a host that mistypes one learns
 * which option is wrong and how to fix it before any story is at stake.
 *
 * @throws ConfigError listing every problem.
 */
export function resolveClientOptions(options: SubmissionClientOptions): ResolvedClientOptions {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, code: string, message: string) => problems.push({ path, code, message });

  const endpoint = checkUrl(options?.endpoint, 'endpoint', problem);
  const serviceEndpoints: Record<string, string> = {};
  for (const [serviceId, url] of Object.entries(options?.serviceEndpoints ?? {})) {
    const checked = checkUrl(url, `serviceEndpoints.${serviceId}`, problem);
    if (checked) serviceEndpoints[serviceId] = checked;
  }

  const headers = options.headers ?? {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      problem(`headers.${name}`, 'invalid-header-name', `"${name}" is not a valid HTTP header name.`);
    } else if (RESERVED_HEADERS.includes(name.toLowerCase())) {
      problem(`headers.${name}`, 'reserved-header', `Remove "${name}": the client sets it itself.`);
    }
    if (typeof value !== 'string') problem(`headers.${name}`, 'invalid-header-value', 'Header values must be strings.');
  }
  checkFunction(options.getHeaders, 'getHeaders', problem);

  const credentials = options.credentials ?? 'same-origin';
  if (!CREDENTIALS.includes(credentials)) {
    problem('credentials', 'invalid-credentials', `Use one of ${CREDENTIALS.map((c) => `"${c}"`).join(', ')}.`);
  }

  const timeoutMs = options.timeoutMs ?? 30_000;
  checkInteger(timeoutMs, 'timeoutMs', 1, 600_000, problem);

  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  checkInteger(retry.maxAttempts, 'retry.maxAttempts', 1, 100, problem);
  checkInteger(retry.baseDelayMs, 'retry.baseDelayMs', 0, 3_600_000, problem);
  checkInteger(retry.maxDelayMs, 'retry.maxDelayMs', 0, 3_600_000, problem);
  checkInteger(retry.maxRetryAfterMs, 'retry.maxRetryAfterMs', 0, 86_400_000, problem);
  if (retry.maxDelayMs < retry.baseDelayMs) {
    problem('retry.maxDelayMs', 'delay-order', 'Make retry.maxDelayMs at least retry.baseDelayMs.');
  }
  if (retry.maxRetryAfterMs < retry.maxDelayMs) {
    problem('retry.maxRetryAfterMs', 'delay-order', 'Make retry.maxRetryAfterMs at least retry.maxDelayMs.');
  }

  for (const name of ['fetch', 'now', 'sleep', 'random', 'newId', 'onEvent'] as const) {
    checkFunction(options[name], name, problem);
  }
  const fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
  if (!fetchImpl) problem('fetch', 'no-fetch', 'This runtime has no global fetch: pass the fetch option.');
  const newId = options.newId ?? defaultNewId();
  if (!newId) problem('newId', 'no-random-uuid', 'This runtime has no crypto.randomUUID: pass the newId option.');

  if (problems.length > 0) throw new ConfigError('The submission client options are invalid.', problems);
  return {
    endpoint: endpoint!,
    headers,
    getHeaders: options.getHeaders,
    credentials,
    timeoutMs,
    retry,
    serviceEndpoints,
    fetch: fetchImpl!,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? abortableSleep,
    random: options.random ?? Math.random,
    newId: newId!,
  };
}

/** A `setTimeout` wait that resolves early (and clears its timer) when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function defaultNewId(): (() => string) | undefined {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? () => c.randomUUID() : undefined;
}

type Report = (path: string, code: string, message: string) => void;

function checkUrl(value: unknown, path: string, problem: Report): string | undefined {
  const checked = checkEndpointUrl(value, path);
  if ('problem' in checked) {
    problem(checked.problem.path, checked.problem.code, checked.problem.message);
    return undefined;
  }
  return checked.url;
}

function checkInteger(value: unknown, path: string, min: number, max: number, problem: Report): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problem(path, 'out-of-range', `Set ${path} to a whole number from ${min} to ${max}.`);
  }
}

function checkFunction(value: unknown, path: string, problem: Report): void {
  if (value !== undefined && typeof value !== 'function') {
    problem(path, 'not-a-function', `${path} must be a function.`);
  }
}
