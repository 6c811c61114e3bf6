/**
 * RFC 9457 problem details: how an endpoint says what it refused and why. The reference
 * endpoint answers every error this way; the client reads it to name what was rejected.
 */

/** One thing wrong with a request, by where it is. */
export interface ProblemIssue {
  /** Dotted path into the submission (`disclosures.0.serviceId`), or a header name. */
  readonly path: string;
  /** Stable machine-readable code, when the endpoint gives one. */
  readonly code?: string;
  /** What is wrong, for the developer. */
  readonly message: string;
}

/** An `application/problem+json` body (RFC 9457), with OneStory's `issues` extension. */
export interface ProblemDetails {
  /** A URI naming the kind of problem; `about:blank` when only the status matters. */
  readonly type: string;
  /** Short summary of the kind of problem. */
  readonly title: string;
  /** The HTTP status code. */
  readonly status: number;
  /** Explanation of this occurrence. */
  readonly detail?: string;
  /** Every problem found, by path. */
  readonly issues?: readonly ProblemIssue[];
}

/** Media type of a problem body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Reads a problem body leniently: an endpoint that is not OneStory's may answer an error
 * with HTML, plain text or nothing. Whatever it sent, the result names the status.
 */
export function problemFromBody(status: number, statusText: string, bodyText: string): ProblemDetails {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    parsed = undefined;
  }
  const record = isRecord(parsed) ? parsed : {};
  const issues = Array.isArray(record['issues']) ? record['issues'].flatMap(readIssue) : undefined;
  const detail = typeof record['detail'] === 'string' ? record['detail'] : undefined;
  return {
    type: typeof record['type'] === 'string' ? record['type'] : 'about:blank',
    title: typeof record['title'] === 'string' ? record['title'] : statusText || `HTTP ${status}`,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(issues === undefined ? {} : { issues }),
  };
}

function readIssue(value: unknown): ProblemIssue[] {
  if (!isRecord(value) || typeof value['message'] !== 'string') return [];
  const path = typeof value['path'] === 'string' ? value['path'] : '';
  const code = typeof value['code'] === 'string' ? value['code'] : undefined;
  return [{ path, message: value['message'], ...(code === undefined ? {} : { code }) }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
