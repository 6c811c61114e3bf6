import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createReferenceServer, REPLAY_HEADER, type ReferenceServer, type ReferenceServerOptions } from '@onestory/core/server';
import { createCspServer, type CspServer } from '../../support/csp-server.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';
import { quickLocation } from '../../support/stores.js';

// The demo, the framework examples and the CSP tests serve the page and forward `/api/*`
// to the endpoint (scripts/lib/same-origin.mjs), so that `connect-src 'self'` holds. A
// page must then get exactly what the endpoint answers: this walks the status table of
// docs/receiving.md, sending each request both directly and through the forwarding, and
// compares status, problem body and the headers a client acts on.

const COMPARED_HEADERS = ['content-type', 'retry-after', 'accept-post', REPLAY_HEADER.toLowerCase()];
let n = 0;
const nextId = () => submissionIdFor(0x9a, ++n);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | null>;
  readonly body: string;
}

async function send(url: string, init: { body: string; headers?: Record<string, string> }): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body,
  });
  const headers = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: await response.text() };
}

let root: string;
const closers: (() => Promise<void>)[] = [];
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-proxy-'));
});
after(async () => {
  for (const close of closers.reverse()) await close();
  await rm(root, { recursive: true, force: true });
});

/** A real reference endpoint and a page server forwarding `/api` to it. */
async function endpointBehindPage(options: Partial<ReferenceServerOptions> = {}): Promise<{ endpoint: ReferenceServer; page: CspServer }> {
  const endpoint = await createReferenceServer({ ...(await quickLocation(root)), ...options });
  const page = await createCspServer({ routes: {}, apiTarget: endpoint.url });
  closers.push(() => endpoint.close(), () => page.close());
  return { endpoint, page };
}

/** Sends `request()` directly and through a page, each to a fresh endpoint with the same options. */
async function bothWays(
  request: (base: string, endpoint: ReferenceServer) => Promise<Answer>,
  options: Partial<ReferenceServerOptions> = {},
): Promise<{ direct: Answer; proxied: Answer }> {
  const direct = await endpointBehindPage(options);
  const proxied = await endpointBehindPage(options);
  return {
    direct: await request(direct.endpoint.url, direct.endpoint),
    proxied: await request(`${proxied.page.url}/api`, proxied.endpoint),
  };
}

function assertSame({ direct, proxied }: { direct: Answer; proxied: Answer }, status: number): void {
  assert.equal(direct.status, status, `the endpoint itself answers ${status}`);
  assert.deepEqual(proxied, direct, 'through /api the page gets what the endpoint answers');
}

describe('/api forwarding answers exactly as the endpoint does (docs/receiving.md, "What the endpoint answers")', () => {
  it('201 for a valid submission, with the reference', async () => {
    const submission = fullStorySubmission(nextId());
    const answers = await bothWays((base) => send(`${base}/submissions`, { body: JSON.stringify(submission) }), { newReference: () => 'OS-PROX-0001' });
    assertSame(answers, 201);
    assert.match(answers.proxied.body, /OS-PROX-0001/);
  });

  it('201 with Idempotent-Replayed for the same key and body again', async () => {
    const submission = fullStorySubmission(nextId());
    const body = JSON.stringify(submission);
    const answers = await bothWays(async (base) => {
      await send(`${base}/submissions`, { body });
      return send(`${base}/submissions`, { body });
    }, { newReference: () => 'OS-PROX-0002' });
    assertSame(answers, 201);
    assert.equal(answers.proxied.headers[REPLAY_HEADER.toLowerCase()], 'true');
  });

  it('422 for the same key with another body', async () => {
    const submission = fullStorySubmission(nextId());
    assertSame(
      await bothWays(async (base) => {
        await send(`${base}/submissions`, { body: JSON.stringify(submission) });
        return send(`${base}/submissions`, { body: JSON.stringify({ ...submission, locale: submission.locale === 'en' ? 'cy' : 'en' }) });
      }),
      422,
    );
  });

  it('201 through /api for every one of identical requests racing, one of them stored', async () => {
    const { page } = await endpointBehindPage();
    const body = JSON.stringify(fullStorySubmission(nextId()));
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(`${page.url}/api/submissions`, { body })));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    assert.equal(answers.filter((answer) => answer.headers[REPLAY_HEADER.toLowerCase()] === null).length, 1);
  });

  it('400 for a body that is not JSON, not a valid submission, or a bad Idempotency-Key', async () => {
    assertSame(await bothWays((base) => send(`${base}/submissions`, { body: '{"not json' })), 400);
    assertSame(await bothWays((base) => send(`${base}/submissions`, { body: JSON.stringify({ schemaVersion: '9' }) })), 400);
    const submission = fullStorySubmission(nextId());
    assertSame(
      await bothWays((base) => send(`${base}/submissions`, { body: JSON.stringify(submission), headers: { 'idempotency-key': 'another-key' } })),
      400,
    );
  });

  it('413 (not 502) for a 2 MB body', async () => {
    const body = `{"padding":"${'x'.repeat(2_000_000)}"}`;
    const answers = await bothWays((base) => send(`${base}/submissions`, { body }));
    assertSame(answers, 413);
    assert.match(answers.proxied.body, /content-too-large/);
  });

  it('415 with Accept-Post for a body that is not application/json', async () => {
    const answers = await bothWays((base) => send(`${base}/submissions`, { body: 'hello', headers: { 'content-type': 'text/plain' } }));
    assertSame(answers, 415);
    assert.equal(answers.proxied.headers['accept-post'], 'application/json');
  });

  it('429 with Retry-After when rate-limited', async () => {
    const now = () => 1_000_000;
    const answers = await bothWays(async (base) => {
      await send(`${base}/submissions`, { body: JSON.stringify(fullStorySubmission(nextId())) });
      return send(`${base}/submissions`, { body: JSON.stringify(fullStorySubmission(nextId())) });
    }, { rateLimit: { requests: 1, perMs: 10_000 }, now });
    assertSame(answers, 429);
    assert.equal(answers.proxied.headers['retry-after'], '10');
  });

  it('503 with Retry-After when storage fails', async () => {
    const submission = fullStorySubmission(nextId());
    const answers = await bothWays(async (base, endpoint) => {
      // Storage really failing: its database is closed under the running endpoint.
      await endpoint.store.close();
      return send(`${base}/submissions`, { body: JSON.stringify(submission) });
    });
    assertSame(answers, 503);
    assert.ok(answers.proxied.headers['retry-after'], 'Retry-After is forwarded');
  });
});
