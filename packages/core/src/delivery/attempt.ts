import type { ResolvedClientOptions } from './client-options.js';
import type { TransientFailure } from './delivery-events.js';
import { problemFromBody, type ProblemDetails } from './problem.js';
import { isRetryableStatus, parseRetryAfter } from './retry-policy.js';

/** One POST, ready to send: the body is serialised once so every retry is byte-identical. */
export interface DeliveryRequest {
  readonly endpoint: string;
  readonly idempotencyKey: string;
  readonly body: string;
}

/** How one attempt ended. */
export type AttemptOutcome =
  | { readonly kind: 'confirmed'; readonly reference: string; readonly replayed: boolean }
  | { readonly kind: 'transient'; readonly failure: TransientFailure; readonly retryAfterMs?: number }
  | { readonly kind: 'rejected'; readonly problem: ProblemDetails };

/**
 * Makes one attempt: POST with the idempotency key, wait at most `timeoutMs` for the
 * whole response, and classify it. Never throws: every way an attempt can end is an
 * {@link AttemptOutcome}.
 */
export async function attemptDelivery(
  request: DeliveryRequest,
  options: ResolvedClientOptions,
  signal?: AbortSignal,
): Promise<AttemptOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const headers = {
      ...options.headers,
      ...(options.getHeaders ? await options.getHeaders() : {}),
      accept: 'application/json, application/problem+json',
      'content-type': 'application/json',
      'idempotency-key': request.idempotencyKey,
    };
    const response = await options.fetch(request.endpoint, {
      method: 'POST',
      headers,
      body: request.body,
      credentials: options.credentials,
      // A redirect would carry the story somewhere nobody configured: refuse it.
      redirect: 'manual',
      // The endpoint learns nothing about the page the person was on.
      referrerPolicy: 'no-referrer',
      signal: timeout.signal,
    });
    const text = await response.text();
    return classify(response, text, options);
  } catch (error) {
    if (timeout.signal.aborted && !signal?.aborted) {
      return { kind: 'transient', failure: { kind: 'timeout', timeoutMs: options.timeoutMs } };
    }
    return { kind: 'transient', failure: { kind: 'network', message: describe(error) } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function classify(response: Response, text: string, options: ResolvedClientOptions): AttemptOutcome {
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status <= 399)) {
    return {
      kind: 'rejected',
      problem: {
        type: 'about:blank',
        title: 'Redirected',
        status,
        detail: 'The endpoint answered with a redirect; configure the URL it redirects to instead.',
      },
    };
  }
  if (status >= 200 && status <= 299) {
    const reference = readReference(text);
    if (reference === undefined) return { kind: 'transient', failure: { kind: 'bad-response', status } };
    return { kind: 'confirmed', reference, replayed: response.headers.get('idempotent-replayed') === 'true' };
  }
  const problem = problemFromBody(status, response.statusText, text);
  if (isRetryableStatus(status) || status < 400 || status > 599) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
    return {
      kind: 'transient',
      failure: { kind: 'status', status, problem },
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  return { kind: 'rejected', problem };
}

function readReference(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    const reference = (body as { reference?: unknown } | null)?.reference;
    return typeof reference === 'string' && reference.length > 0 ? reference : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    return typeof cause === 'string' ? `${error.message} (${cause})` : error.message;
  }
  return 'request failed';
}
