import assert from 'node:assert/strict';
import type { ProblemDetails } from '@onestory/core';
import type { ReferenceServer } from '@onestory/core/server';

// Small HTTP helpers for tests of the reference receiver.

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return answerOf(response);
}

export async function get(url: string, token?: string): Promise<Answer> {
  return answerOf(await fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } }));
}

/** POST with a bearer token (inbox actions). */
export async function postAs(url: string, token: string | undefined, body?: unknown): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return answerOf(response);
}

export const submit = (server: ReferenceServer, submission: { readonly submissionId: string; readonly [key: string]: unknown }, headers: Record<string, string> = {}) =>
  post(`${server.url}/submissions`, submission, { 'idempotency-key': submission.submissionId, ...headers });

export function assertProblem(answer: Answer, status: number, slug: string): ProblemDetails {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
  const problem = answer.body as ProblemDetails;
  assert.equal(problem.status, status);
  assert.equal(problem.type, `https://onestory.dev/problems/${slug}`);
  return problem;
}
