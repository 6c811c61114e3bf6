import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, type ProblemIssue } from '../delivery/problem.js';

/** Base of the `type` URIs of the reference endpoint's problems. */
export const PROBLEM_TYPE_BASE = 'https://onestory.dev/problems/';

/** An RFC 9457 problem of kind `slug` (its `type` is {@link PROBLEM_TYPE_BASE} + slug). */
export function problem(
  status: number,
  slug: string,
  title: string,
  detail?: string,
  issues?: readonly ProblemIssue[],
): ProblemDetails {
  return {
    type: `${PROBLEM_TYPE_BASE}${slug}`,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(issues === undefined ? {} : { issues }),
  };
}

/** Answers with a problem body (`application/problem+json`). */
export function sendProblem(response: ServerResponse, body: ProblemDetails, headers: Record<string, string> = {}): void {
  sendJson(response, body.status, body, { ...headers, 'content-type': PROBLEM_CONTENT_TYPE });
}

/** Answers with a JSON body. Responses are never cached: they are about people. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}
