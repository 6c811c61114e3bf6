import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ConfigError,
  createMemoryOutbox,
  createSubmissionClient,
  SubmissionRejectedError,
  wipeAll,
  type DeliveryEvent,
  type Sleep,
  type SubmissionClientOptions,
} from '@onestory/core';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import { createScriptedServer, type ScriptedAnswer, type ScriptedServer } from '../../support/scripted-server.js';
import { fullSubmission, submissionIdFor } from '../../support/submissions.js';
import { quickLocation } from '../../support/stores.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
let nextId = 0;
const newSubmissionId = () => submissionIdFor(0xc1, ++nextId);

/** A sleep that returns at once and records what it was asked to wait. */
function recordingSleep(): { waits: number[]; sleep: Sleep } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

const servers: ScriptedServer[] = [];
async function scripted(script: readonly ScriptedAnswer[]): Promise<ScriptedServer> {
  const server = await createScriptedServer(script);
  servers.push(server);
  return server;
}
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});
// Node loads its fetch implementation on first use; do it before anything is timed.
before(async () => {
  const warm = await scripted([{ status: 204 }]);
  await (await fetch(warm.url)).text();
});

function clientFor(server: { url: string }, options: Partial<SubmissionClientOptions> = {}) {
  const { waits, sleep } = recordingSleep();
  const events: DeliveryEvent[] = [];
  const client = createSubmissionClient({
    endpoint: `${server.url}/submissions`,
    now: () => NOW,
    sleep,
    random: () => 0.5,
    // Generous: a loaded CI machine must not turn a slow answer into a retry.
    timeoutMs: 20_000,
    retry: { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1000 },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { client, waits, events };
}

const problemBody = (status: number) => ({
  type: 'https://example.org/problems/invalid',
  title: 'Invalid submission',
  status,
  issues: [{ path: 'disclosures[0].story.contact.address.postcode', code: 'postcode.invalid', message: 'Enter a real postcode' }],
});

describe('submission client: sending', () => {
  it('posts the submission as JSON with its id as Idempotency-Key and resolves with the reference', async () => {
    const server = await scripted([]);
    const { client, events } = clientFor(server);
    const submission = fullSubmission(newSubmissionId());
    const result = await client.submit(submission);

    assert.equal(result.status, 'sent');
    assert.equal(result.status === 'sent' && result.reference, 'REF-0');
    const [request] = server.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.url, '/submissions');
    assert.equal(request?.headers['idempotency-key'], submission.submissionId);
    assert.equal(request?.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(request?.body ?? ''), submission);
    assert.deepEqual(events.map((event) => event.type), ['sent']);
    assert.deepEqual(await client.outbox.list(), [], 'a confirmed story leaves the outbox');
  });

  it('creates the submissionId once, before the first attempt, and keeps it for every retry', async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    let made = 0;
    const { client } = clientFor(server, { newId: () => `${'a'.repeat(8)}-0000-4000-8000-${String(++made).padStart(12, '0')}` });
    const { submissionId: _dropped, ...withoutId } = fullSubmission(newSubmissionId());
    const result = await client.submit(withoutId);

    assert.equal(made, 1);
    assert.equal(result.submissionId, 'aaaaaaaa-0000-4000-8000-000000000001');
    assert.deepEqual(
      server.requests.map((request) => request.headers['idempotency-key']),
      Array(3).fill('aaaaaaaa-0000-4000-8000-000000000001'),
    );
    assert.deepEqual(new Set(server.requests.map((request) => request.body)).size, 1, 'every retry sends the same bytes');
  });

  it('sends static headers and asks the provider for fresh ones on every attempt', async () => {
    const server = await scripted([{ status: 503 }]);
    let token = 0;
    const { client } = clientFor(server, {
      headers: { 'x-api-key': 'partner-key' },
      getHeaders: async () => ({ authorization: `Bearer ${++token}` }),
    });
    await client.submit(fullSubmission(newSubmissionId()));
    assert.deepEqual(
      server.requests.map((request) => [request.headers['x-api-key'], request.headers['authorization']]),
      [['partner-key', 'Bearer 1'], ['partner-key', 'Bearer 2']],
    );
  });

  it('sends a story submitted twice at once only once', async () => {
    const server = await scripted([]);
    const { client } = clientFor(server);
    const submission = fullSubmission(newSubmissionId());
    const [first, second] = await Promise.all([client.submit(submission), client.submit(submission)]);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(first, second);
  });
});

describe('submission client: what is retried', () => {
  it('retries a reset connection, a timeout, 408, 409, 429 and 5xx, then sends', async () => {
    const script: ScriptedAnswer[] = [
      { reset: true }, { hang: true }, { status: 408 }, { status: 409 }, { status: 429 },
      { status: 500 }, { status: 502 }, { status: 503 }, { status: 504 },
    ];
    const server = await scripted(script);
    // The hang costs one timeout; the scripted server answers everything else at once.
    const { client, events } = clientFor(server, { timeoutMs: 1500 });
    const result = await client.submit(fullSubmission(newSubmissionId()));

    assert.equal(result.status, 'sent');
    assert.equal(server.requests.length, script.length + 1);
    const retrying = events.filter((event) => event.type === 'retrying');
    assert.deepEqual(retrying.map((event) => event.attempt), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(
      retrying.map((event) => (event.reason.kind === 'status' ? event.reason.status : event.reason.kind)),
      ['network', 'timeout', 408, 409, 429, 500, 502, 503, 504],
    );
  });

  for (const status of [400, 401, 403, 404, 405, 410, 413, 415, 422]) {
    it(`never retries ${status}: fails at once, naming what the endpoint rejected`, async () => {
      const server = await scripted([{ status, headers: { 'content-type': 'application/problem+json' }, body: problemBody(status) }]);
      const { client, events, waits } = clientFor(server);
      const result = await client.submit(fullSubmission(newSubmissionId()));

      assert.equal(server.requests.length, 1);
      assert.deepEqual(waits, []);
      assert.equal(result.status, 'failed');
      if (result.status !== 'failed') return;
      assert.ok(result.error instanceof SubmissionRejectedError);
      assert.equal(result.error.status, status);
      assert.deepEqual(result.error.problem.issues, problemBody(status).issues);
      assert.match(result.error.message, /disclosures\[0\]\.story\.contact\.address\.postcode: Enter a real postcode/);
      assert.deepEqual(events.map((event) => event.type), ['failed']);

      // It stays in the outbox, marked, so it is never lost — and never resent.
      const [entry] = await client.outbox.list();
      assert.equal(entry?.rejected?.problem.status, status);
      await client.flush({ force: true });
      assert.equal(server.requests.length, 1);
    });
  }

  it('surfaces a non-JSON error body by its status', async () => {
    const server = await scripted([{ status: 403, headers: { 'content-type': 'text/html' }, body: '<h1>Forbidden</h1>' }]);
    const { client } = clientFor(server);
    const result = await client.submit(fullSubmission(newSubmissionId()));
    assert.equal(result.status === 'failed' && result.error.problem.title, 'Forbidden');
  });

  it('refuses to follow a redirect: the story goes only where it was configured to', async () => {
    const server = await scripted([{ status: 307, headers: { location: 'http://127.0.0.1:1/elsewhere' } }]);
    const { client } = clientFor(server);
    const result = await client.submit(fullSubmission(newSubmissionId()));
    assert.equal(result.status, 'failed');
    assert.equal(server.requests.length, 1);
  });

  it('retries a 2xx without a reference (the endpoint may have stored it: the retry is replayed)', async () => {
    const server = await scripted([{ status: 200, body: '<html>captive portal</html>' }]);
    const { client } = clientFor(server);
    const result = await client.submit(fullSubmission(newSubmissionId()));
    assert.equal(result.status === 'sent' && result.reference, 'REF-1');
  });
});

describe('submission client: waiting', () => {
  it('waits with capped full jitter between attempts', async () => {
    const server = await scripted(Array(6).fill({ status: 500 }));
    const { client, waits } = clientFor(server, { random: () => 0.5 });
    await client.submit(fullSubmission(newSubmissionId()));
    // 0.5 × min(1000, 100·2^(n−1))
    assert.deepEqual(waits, [50, 100, 200, 400, 500, 500]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const inThirtySeconds = new Date(NOW + 30_000).toUTCString();
    const server = await scripted([
      { status: 429, headers: { 'retry-after': '7' } },
      { status: 503, headers: { 'retry-after': inThirtySeconds } },
    ]);
    const { client, waits, events } = clientFor(server, { retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000 } });
    await client.submit(fullSubmission(newSubmissionId()));
    assert.deepEqual(waits, [7000, 30_000]);
    assert.deepEqual(
      events.filter((event) => event.type === 'retrying').map((event) => event.nextTryAt - NOW),
      [7000, 30_000],
    );
  });

  it('leaves the story queued when attempts run out, and flush() sends it later exactly once', async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    const { client, events } = clientFor(server, { retry: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 1000 } });
    const submission = fullSubmission(newSubmissionId());
    const result = await client.submit(submission);

    assert.equal(result.status, 'queued');
    assert.equal(events.at(-1)?.type, 'queued');
    const [entry] = await client.outbox.list();
    assert.equal(entry?.submissionId, submission.submissionId);
    assert.equal(entry?.attempts, 2);

    const [later] = await client.flush({ force: true });
    assert.equal(later?.status, 'sent');
    assert.equal(server.requests.length, 3);
    assert.deepEqual(await client.outbox.list(), []);
    assert.deepEqual(await client.flush({ force: true }), [], 'nothing left to send');
  });

  it('stops the run for a Retry-After longer than maxRetryAfterMs and keeps that time as nextTryAt', async () => {
    const server = await scripted([{ status: 503, headers: { 'retry-after': '3600' } }]);
    let now = NOW;
    const { client } = clientFor(server, { now: () => now });
    const result = await client.submit(fullSubmission(newSubmissionId()));
    assert.equal(result.status === 'queued' && result.nextTryAt, NOW + 3_600_000);

    assert.deepEqual(await client.flush(), [], 'not due yet');
    assert.equal(server.requests.length, 1);
    now += 3_600_000;
    assert.equal((await client.flush())[0]?.status, 'sent');
  });

  it('queues without a request while the runtime reports it is offline', async () => {
    const server = await scripted([]);
    const { client } = clientFor(server);
    const global = globalThis as { navigator?: unknown };
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true });
    try {
      const result = await client.submit(fullSubmission(newSubmissionId()));
      assert.equal(result.status === 'queued' && result.reason.kind, 'offline');
      assert.equal(server.requests.length, 0);
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original);
      else delete global.navigator;
    }
    assert.equal((await client.flush())[0]?.status, 'sent');
  });

  it('keeps delivering when a listener throws', async () => {
    const server = await scripted([{ status: 500 }]);
    const { client } = clientFor(server, {
      onEvent: () => {
        throw new Error('host bug');
      },
    });
    assert.equal((await client.submit(fullSubmission(newSubmissionId()))).status, 'sent');
  });
});

describe('submission client: start()', () => {
  it('sends what an earlier page left in the outbox as soon as it starts', async () => {
    const server = await scripted([]);
    const outbox = createMemoryOutbox();
    const submission = fullSubmission(newSubmissionId());
    await outbox.put({ submissionId: submission.submissionId, submission, queuedAt: NOW, attempts: 3, nextTryAt: 0, receipts: [] });
    const { client } = clientFor(server, { outbox });
    const sent = new Promise<DeliveryEvent>((resolve) => client.addListener((event) => event.type === 'sent' && resolve(event)));
    const stop = client.start();
    assert.equal((await sent).submissionId, submission.submissionId);
    stop();
    assert.equal(server.requests.length, 1);
    assert.deepEqual(await outbox.list(), []);
  });
});

describe('submission client: per-service endpoints', () => {
  let dir: string;
  let hub: ReferenceServer;
  let charity: ReferenceServer;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onestory-client-'));
    hub = await createReferenceServer(await quickLocation(dir));
    charity = await createReferenceServer(await quickLocation(dir));
  });
  after(async () => {
    await Promise.all([hub.close(), charity.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it("posts a service's envelope, consents and nothing else to its own endpoint; the rest to the hub", async () => {
    const { client } = clientFor(hub, { serviceEndpoints: { 'domestic-abuse': `${charity.url}/submissions` } });
    const submission = fullSubmission(newSubmissionId());
    const result = await client.submit(submission);
    assert.equal(result.status, 'sent');
    if (result.status !== 'sent') return;

    const atHub = (await hub.store.submission(submission.submissionId))!.submission;
    const atCharity = (await charity.store.submission(submission.submissionId))!.submission;
    assert.deepEqual(atCharity.disclosures.map((d) => d.serviceId), ['domestic-abuse']);
    assert.deepEqual([...new Set(atCharity.consents.map((c) => c.serviceId))], ['domestic-abuse']);
    assert.ok(!atHub.disclosures.some((d) => d.serviceId === 'domestic-abuse'));
    assert.ok(!atHub.consents.some((c) => c.serviceId === 'domestic-abuse'));
    assert.equal(atHub.disclosures.length + atCharity.disclosures.length, submission.disclosures.length);
    assert.equal(result.reference, (await hub.store.submission(submission.submissionId))!.reference, "the hub's reference is the one shown");
    assert.equal(result.receipts.length, 2);
  });

  it("uses an envelope's own endpoint, and resends only the parts not yet confirmed", async () => {
    const flaky = await scripted([{ status: 503 }]);
    const submission = fullSubmission(newSubmissionId());
    const routed = {
      ...submission,
      disclosures: submission.disclosures.map((d) => (d.serviceId === 'money-advice' ? { ...d, endpoint: `${flaky.url}/referrals` } : d)),
    };
    const { client } = clientFor(hub, { retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    assert.equal((await client.submit(routed)).status, 'queued');
    assert.ok(await hub.store.submission(submission.submissionId), 'the hub part is confirmed');
    assert.equal((await client.outbox.list())[0]?.receipts.length, 1);

    const hubCount = (await hub.store.submissions()).length;
    const [result] = await client.flush({ force: true });
    assert.equal(result?.status, 'sent');
    assert.equal(flaky.requests.length, 2);
    assert.deepEqual(JSON.parse(flaky.requests[1]!.body).disclosures.map((d: { serviceId: string }) => d.serviceId), ['money-advice']);
    assert.equal((await hub.store.submissions()).length, hubCount, 'the hub part was not posted again');
  });

  it('refuses a per-service endpoint that would send a story in clear text', async () => {
    const submission = fullSubmission(newSubmissionId());
    const routed = { ...submission, disclosures: submission.disclosures.map((d, i) => (i === 0 ? { ...d, endpoint: 'http://example.org/in' } : d)) };
    const { client } = clientFor(hub);
    await assert.rejects(client.submit(routed), ConfigError);
    assert.deepEqual(await client.outbox.list(), []);
  });
});

describe('submission client: options are checked at the edge', () => {
  it('names every invalid option and its fix', () => {
    assert.throws(
      () =>
        createSubmissionClient({
          endpoint: 'http://example.org/submissions',
          headers: { 'Idempotency-Key': 'mine', 'bad header': 'x' },
          credentials: 'sometimes' as never,
          timeoutMs: -1,
          retry: { maxAttempts: 0, baseDelayMs: 500, maxDelayMs: 100 },
          serviceEndpoints: { charity: 'not a url' },
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.problems.map((p) => p.path).sort(), [
          'credentials', 'endpoint', 'headers.Idempotency-Key', 'headers.bad header', 'retry.maxAttempts',
          'retry.maxDelayMs', 'serviceEndpoints.charity', 'timeoutMs',
        ]);
        assert.match(error.message, /Use https: for endpoint/);
        return true;
      },
    );
  });
  it('accepts http: on the loopback only, and requires an endpoint', () => {
    assert.doesNotThrow(() => createSubmissionClient({ endpoint: 'http://localhost:8080/submissions' }));
    assert.doesNotThrow(() => createSubmissionClient({ endpoint: 'https://hub.example.gov.uk/submissions' }));
    assert.throws(() => createSubmissionClient({} as SubmissionClientOptions), /endpoint/);
    assert.throws(() => createSubmissionClient({ endpoint: 'https://user:pw@hub.example/s' }), /user name and password/);
  });
  it('rejects an outbox that is not one', () => {
    assert.throws(() => createSubmissionClient({ endpoint: 'https://hub.example/s', outbox: {} as never }), /outbox/);
  });
});

describe('submission client: wipeAll', () => {
  it('stops a delivery in progress and leaves nothing queued', async () => {
    const server = await scripted([{ status: 503 }]);
    let release: () => void = () => undefined;
    const sleeping = new Promise<void>((resolve) => (release = resolve));
    const client = createSubmissionClient({
      endpoint: `${server.url}/submissions`,
      outbox: createMemoryOutbox(),
      retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10 },
      // A sleep that only ends when the delivery is aborted.
      sleep: (_ms, signal) =>
        new Promise((resolve) => {
          release();
          signal?.addEventListener('abort', () => resolve(), { once: true });
        }),
    });
    const delivery = client.submit(fullSubmission(newSubmissionId()));
    await sleeping;
    await wipeAll();
    const result = await delivery;
    assert.equal(result.status, 'queued');
    assert.deepEqual(await client.outbox.list(), []);
    assert.equal(server.requests.length, 1, 'no attempt after the wipe');
  });
});
