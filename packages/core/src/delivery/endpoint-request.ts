import { OneStoryError } from '../errors.js';
import type { FetchLike, HeaderRecord } from './client-options.js';
import { problemFromBody, type ProblemDetails } from './problem.js';

/**
 * The endpoint could not be reached, or answered with an error that is not "not found":
 * a network failure (`status` 0), too many attempts (429, with `retryAfterSeconds`), a
 * refusal (403) or a server error. Never carries what the person typed.
 */
export class EndpointRequestError extends OneStoryError {
  override name = 'EndpointRequestError';
  /** The HTTP status, or 0 when nothing came back. */
  readonly status: number;
  /** The endpoint's problem body, when it sent one. */
  readonly problem: ProblemDetails | undefined;
  /** From `Retry-After`, when the endpoint asked to wait. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, status: number, problem?: ProblemDetails, retryAfterSeconds?: number, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** How the small JSON requests of drafts, receipts and withdrawals reach the endpoint. */
export interface EndpointRequestOptions {
  /** Replaces the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Headers sent with every request, e.g. an API key. */
  readonly headers?: HeaderRecord;
}

/**
 * The URL of a sibling route of the submission endpoint: for `https://api.example/v1/submissions`
 * and `drafts`, `https://api.example/v1/drafts`.
 */
export function siblingUrl(submissionEndpoint: string, route: string): string {
  return new URL(route, submissionEndpoint).href;
}

/**
 * POSTs `body` as JSON; resolves to the status and parsed JSON body of a 2xx or 404.
 *
 * @throws EndpointRequestError for anything else, a network failure included.
 */
export async function postJson(
  url: string,
  body: unknown,
  options: EndpointRequestOptions & { readonly headers?: HeaderRecord; readonly keepalive?: boolean } = {},
): Promise<{ readonly status: number; readonly body: unknown }> {
  const fetchImpl = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
      // Secrets and ids travel in the body; never let a cache or a referrer keep them.
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      ...(options.keepalive && { keepalive: true }),
    });
  } catch (cause) {
    throw new EndpointRequestError(`Could not reach ${url}.`, 0, undefined, undefined, { cause });
  }
  const text = await response.text().catch(() => '');
  if (response.ok || response.status === 404) {
    let parsed: unknown = undefined;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed };
  }
  const problem = problemFromBody(response.status, response.statusText, text);
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new EndpointRequestError(
    `${url} answered ${response.status} (${problem.title})${problem.detail ? `: ${problem.detail}` : ''}`,
    response.status,
    problem,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}
