import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ConfigError, type ProblemDetails, type WithdrawalNotice } from '@onestory/core';
import { createReferenceServer, DATA_FILES, REPLAY_HEADER, type ReferenceServer, type ReferenceServerOptions } from '@onestory/core/server';
import { fullStorySubmission, fullSubmission, submissionIdFor } from '../../support/submissions.js';

let n = 0;
const nextId = () => submissionIdFor(0x5e, ++n);
const PARTNER = 'https://partner.example';

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-server-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

const running: ReferenceServer[] = [];
async function start(options: Partial<ReferenceServerOptions> = {}): Promise<ReferenceServer> {
  const server = await createReferenceServer({ dataDir: join(root, `data-${++n}`), allowedOrigins: [PARTNER], ...options });
  running.push(server);
  return server;
}
after(async () => {
  await Promise.all(running.map((server) => server.close()));
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const submit = (server: ReferenceServer, submission: { submissionId: string }, headers: Record<string, string> = {}) =>
  post(`${server.url}/submissions`, submission, { 'idempotency-key': submission.submissionId, ...headers });

async function dataLines(dataDir: string, file: string = DATA_FILES.submissions): Promise<unknown[]> {
  const text = await readFile(join(dataDir, file), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

function assertProblem(answer: Answer, status: number, slug: string): ProblemDetails {
  assert.equal(answer.status, status);
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
  const problem = answer.body as ProblemDetails;
  assert.equal(problem.status, status);
  assert.equal(problem.type, `https://onestory.dev/problems/${slug}`);
  return problem;
}

describe('reference endpoint: storing a submission', () => {
  it('validates, stores durably in one JSON line, and answers 201 with a reference', async () => {
    const dataDir = join(root, 'store-once');
    const server = await start({ dataDir, newReference: () => 'OS-TEST-0001' });
    const submission = fullSubmission(nextId());
    const answer = await submit(server, submission);

    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, { reference: 'OS-TEST-0001', submissionId: submission.submissionId });
    assert.equal(answer.headers.get(REPLAY_HEADER), null);
    const lines = await dataLines(dataDir);
    assert.equal(lines.length, 1);
    assert.deepEqual((lines[0] as { submission: unknown }).submission, submission);
    assert.equal(server.store.submission(submission.submissionId)?.reference, 'OS-TEST-0001');
    assert.equal((await stat(join(dataDir, DATA_FILES.submissions))).mode & 0o777, 0o600, 'only the owner may read stories');
  });

  it('uses the submissionId as key when there is no Idempotency-Key header', async () => {
    const server = await start();
    const submission = fullStorySubmission(nextId());
    assert.equal((await post(`${server.url}/submissions`, submission)).status, 201);
    const again = await post(`${server.url}/submissions`, submission);
    assert.equal(again.headers.get(REPLAY_HEADER), 'true');
    assert.equal(server.store.submissions().length, 1);
  });

  it('makes each reference unique, even when the generator repeats itself', async () => {
    const references = ['OS-AAAA-AAAA', 'OS-AAAA-AAAA', 'OS-BBBB-BBBB'];
    const server = await start({ newReference: () => references.shift() ?? 'OS-ZZZZ-ZZZZ' });
    const first = await submit(server, fullStorySubmission(nextId()));
    const second = await submit(server, fullStorySubmission(nextId()));
    assert.deepEqual([first.body, second.body].map((b) => (b as { reference: string }).reference), ['OS-AAAA-AAAA', 'OS-BBBB-BBBB']);
  });

  it('makes readable random references by default', async () => {
    const server = await start();
    const { body } = await submit(server, fullStorySubmission(nextId()));
    assert.match((body as { reference: string }).reference, /^OS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });
});

describe('reference endpoint: idempotency', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });

  it('answers the same key and body with the stored answer again (201, Idempotent-Replayed: true)', async () => {
    const submission = fullSubmission(nextId());
    const first = await submit(server, submission);
    const reformatted = JSON.stringify(JSON.parse(JSON.stringify(submission)), null, 2);
    const again = await submit(server, submission);
    const sameJsonOtherBytes = await post(`${server.url}/submissions`, reformatted, { 'idempotency-key': submission.submissionId });

    for (const replay of [again, sameJsonOtherBytes]) {
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get(REPLAY_HEADER), 'true');
      assert.deepEqual(replay.body, first.body);
    }
    assert.equal(server.store.submissions().length, 1);
  });

  it('answers the same key with a different body 422 and stores nothing', async () => {
    const submission = fullStorySubmission(nextId());
    await submit(server, submission);
    const changed = { ...submission, locale: submission.locale === 'en' ? 'cy' : 'en' };
    assertProblem(await submit(server, changed), 422, 'idempotency-key-reused');
    assert.equal(server.store.submissions().length, 1);
    assert.equal(server.store.submission(submission.submissionId)?.submission.locale, submission.locale);
  });

  it('answers 409 with Retry-After while the first request with that key is still being stored', async () => {
    // Identical requests at once: the first is being written and fsynced while the
    // others arrive. Whatever the interleaving, exactly one is stored and every answer
    // is 201 (first), 409 (in progress) or a 201 replay of the same reference.
    const submission = fullSubmission(nextId());
    let saw409 = 0;
    for (let round = 0; round < 5 && saw409 === 0; round++) {
      const id = nextId();
      const answers = await Promise.all(Array.from({ length: 12 }, () => submit(server, { ...submission, submissionId: id })));
      const stored = server.store.submission(id)!;
      assert.ok(stored);
      for (const answer of answers) {
        if (answer.status === 409) {
          saw409 += 1;
          assert.equal(answer.headers.get('retry-after'), '1');
          assertProblem(answer, 409, 'request-in-progress');
        } else {
          assert.equal(answer.status, 201);
          assert.equal((answer.body as { reference: string }).reference, stored.reference);
        }
      }
      assert.equal(answers.filter((a) => a.status === 201 && !a.headers.get(REPLAY_HEADER)).length, 1);
    }
    assert.ok(saw409 > 0, 'a concurrent duplicate was answered 409');
  });

  it('refuses an Idempotency-Key that differs from the submissionId, or is malformed', async () => {
    const submission = fullStorySubmission(nextId());
    const mismatch = assertProblem(await submit(server, submission, { 'idempotency-key': nextId() }), 400, 'idempotency-key-mismatch');
    assert.equal(mismatch.issues?.[0]?.path, 'Idempotency-Key');
    assertProblem(await submit(server, submission, { 'idempotency-key': 'x'.repeat(300) }), 400, 'invalid-idempotency-key');
    assert.equal(server.store.submissions().length, 0);
  });

  it('keeps idempotency across a restart', async () => {
    const dataDir = join(root, 'restart');
    const first = await start({ dataDir });
    const submission = fullStorySubmission(nextId());
    const stored = await submit(first, submission);
    await first.close();

    const second = await start({ dataDir });
    const replay = await submit(second, submission);
    assert.equal(replay.headers.get(REPLAY_HEADER), 'true');
    assert.deepEqual(replay.body, stored.body);
    assertProblem(await submit(second, { ...submission, channel: 'api' } as typeof submission), 422, 'idempotency-key-reused');
    assert.equal((await dataLines(dataDir)).length, 1);
  });
});

describe('reference endpoint: bad input never crashes it and is never stored', () => {
  let server: ReferenceServer;
  before(async () => {
    server = await start({ maxBodyBytes: 200_000 });
  });

  it('400 for a body that is not JSON, without echoing it', async () => {
    const answer = await post(`${server.url}/submissions`, '{"person": "Carys Evans", oops');
    const problem = assertProblem(answer, 400, 'invalid-json');
    assert.ok(!JSON.stringify(problem).includes('Carys'));
  });

  it('400 for a body that is not UTF-8', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    });
    assert.equal(answer, 400);
  });

  it('400 with every schema issue by path, and no submitted values in the answer', async () => {
    const submission = fullStorySubmission(nextId());
    const broken = structuredClone(submission) as unknown as {
      locale: string;
      disclosures: { story: { contact: { address: { postcode: string } } } }[];
      extra: boolean;
    };
    broken.locale = 'French';
    broken.disclosures[0]!.story.contact.address.postcode = 'CF99 ZZZZ';
    broken.extra = true;
    const problem = assertProblem(await submit(server, broken as never), 400, 'invalid-submission');
    const byPath = new Map(problem.issues?.map((issue) => [issue.path, issue]));
    assert.ok(byPath.has('locale'), [...byPath.keys()].join(', '));
    assert.equal(byPath.get('disclosures[0].story.contact.address.postcode')?.code, 'postcode.invalid');
    assert.ok([...byPath.values()].some((issue) => issue.code === 'unrecognized_keys'));
    assert.ok(!JSON.stringify(problem).includes('CF99'));
    assert.equal(server.store.submissions().length, 0);
  });

  it('415 for a body that is not application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=iso-8859-1']) {
      const answer = await post(`${server.url}/submissions`, fullStorySubmission(nextId()), { 'content-type': type });
      assertProblem(answer, 415, 'unsupported-media-type');
    }
    const missing = await fetch(`${server.url}/submissions`, { method: 'POST', body: new Uint8Array([123, 125]) });
    assert.equal(missing.status, 415);
    assert.equal((await post(`${server.url}/submissions`, fullStorySubmission(nextId()), { 'content-type': 'Application/JSON; charset=UTF-8' })).status, 201);
  });

  it('413 for a declared Content-Length over the limit, before reading the body', async () => {
    const { status, headers } = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(50_000_000) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
      req.on('error', reject);
      req.write('{"a":"'); // …and never the other 49,999,994 bytes.
    });
    assert.equal(status, 413);
    assert.equal(headers['connection'], 'close');
  });

  it('413 for a streamed body that grows past the limit, and stops reading it', async () => {
    let sent = 0;
    const status = await new Promise<number>((resolve) => {
      const req = httpRequest(`${server.url}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => undefined); // The server closes the connection on us: expected.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent < 10_000_000 && !req.destroyed && req.write(chunk)) sent += chunk.length;
        if (sent < 10_000_000 && !req.destroyed) req.once('drain', pump);
      };
      pump();
    });
    assert.equal(status, 413);
    assert.ok(sent < 10_000_000, 'the server stopped the upload');
  });

  it('404 for other paths and 405 for other methods, as problems', async () => {
    assertProblem(await post(`${server.url}/nowhere`, {}), 404, 'not-found');
    const del = await fetch(`${server.url}/submissions`, { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.equal(del.headers.get('allow'), 'GET, POST');
  });

  it('answers malformed HTTP with 400 and keeps serving', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('NONSENSE /\x00 HTTP/9\r\n\r\n'));
      let text = '';
      socket.on('data', (data) => (text += data));
      socket.on('close', () => resolve(text));
    });
    assert.match(reply, /^HTTP\/1\.1 400/);
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });

  it('survives a client that hangs up half way through its body', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${server.url}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"schemaVersion":"1.0",', () => setTimeout(() => req.destroy(), 20));
    });
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });
});

describe('reference endpoint: the data file after a crash', () => {
  it('cuts off a torn last line on start, so every line parses and idempotency still holds', async () => {
    const dataDir = join(root, 'torn');
    const first = await start({ dataDir });
    const kept = fullStorySubmission(nextId());
    const keptAnswer = await submit(first, kept);
    await first.close();

    // A crash while writing the next record: half a line, ending inside a multi-byte character.
    const torn = JSON.stringify({ type: 'submission', submissionId: nextId(), submission: { note: 'Gwnaeth ’r' } });
    const cut = Buffer.from(torn).subarray(0, Buffer.byteLength(torn) - 6);
    await appendFile(join(dataDir, DATA_FILES.submissions), cut);

    const second = await start({ dataDir });
    assert.equal(second.store.recovery.submissions.truncatedBytes, cut.length);
    assert.deepEqual((await submit(second, kept)).body, keptAnswer.body);
    assert.equal((await submit(second, fullStorySubmission(nextId()))).status, 201);

    const text = await readFile(join(dataDir, DATA_FILES.submissions), 'utf8');
    assert.ok(text.endsWith('\n'));
    const lines = text.split('\n').filter(Boolean);
    assert.equal(lines.length, 2);
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line));
  });

  it('skips, without crashing, a complete line that is not JSON', async () => {
    const dataDir = join(root, 'garbage');
    await (await start({ dataDir })).close();
    await writeFile(join(dataDir, DATA_FILES.submissions), 'not json\n');
    const server = await start({ dataDir });
    assert.equal(server.store.recovery.submissions.skippedLines, 1);
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });
});

describe('reference endpoint: CORS for configured partners only', () => {
  let server: ReferenceServer;
  before(async () => {
    server = await start();
  });

  it('answers a partner preflight with the methods and headers it asked for', async () => {
    const response = await fetch(`${server.url}/submissions`, {
      method: 'OPTIONS',
      headers: { origin: PARTNER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(response.headers.get('access-control-allow-headers'), 'content-type, idempotency-key');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  it('refuses a preflight from any other origin, with no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'https://partner.example.evil.example', 'null', 'http://partner.example']) {
      const response = await fetch(`${server.url}/submissions`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      assert.equal(response.status, 403, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  it('lets a partner read the answer (and the replay header), and nobody else', async () => {
    const submission = fullStorySubmission(nextId());
    const fromPartner = await submit(server, submission, { origin: PARTNER });
    assert.equal(fromPartner.headers.get('access-control-allow-origin'), PARTNER);
    assert.match(fromPartner.headers.get('access-control-expose-headers') ?? '', new RegExp(REPLAY_HEADER));
    const fromElsewhere = await submit(server, submission, { origin: 'https://evil.example' });
    assert.equal(fromElsewhere.headers.get('access-control-allow-origin'), null);
  });

  it('checks allowedOrigins at start', async () => {
    await assert.rejects(start({ allowedOrigins: ['https://partner.example/path'] }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems[0]?.path, 'allowedOrigins[0]');
      return true;
    });
  });
});

describe('reference endpoint: withdrawals, listings, limits, close', () => {
  it('refuses a withdrawal notice without the receipt code of its submission (receipts-endpoint.test.ts has the rest)', async () => {
    const server = await start();
    const notice: WithdrawalNotice = {
      kind: 'withdrawal',
      schemaVersion: '1.0',
      recordId: nextId(),
      serviceId: 'money-advice',
      purposeId: 'feedback',
      withdrawnAt: '2026-01-15T12:00:00.000Z',
    };
    assertProblem(await post(`${server.url}/withdrawals`, notice), 403, 'receipt-code-refused');
    assertProblem(await post(`${server.url}/withdrawals`, notice, { authorization: 'OneStory-Receipt 2222-2222' }), 403, 'receipt-code-refused');
    assert.deepEqual(server.store.withdrawals(), []);
  });

  it('lists submissions, and what each service received (its envelope and consents only)', async () => {
    const server = await start();
    const submission = fullSubmission(nextId());
    const { body } = await submit(server, submission);
    const listing = (await (await fetch(`${server.url}/submissions`)).json()) as { submissions: { reference: string; submission: unknown }[] };
    assert.equal(listing.submissions.length, 1);
    assert.equal(listing.submissions[0]?.reference, (body as { reference: string }).reference);
    assert.deepEqual(listing.submissions[0]?.submission, submission);

    const service = (await (await fetch(`${server.url}/services/money-advice`)).json()) as {
      received: { disclosure: { serviceId: string }; consents: { serviceId: string }[] }[];
    };
    assert.equal(service.received.length, 1);
    assert.equal(service.received[0]?.disclosure.serviceId, 'money-advice');
    assert.ok(service.received[0]?.consents.every((record) => record.serviceId === 'money-advice'));
    const nobody = (await (await fetch(`${server.url}/services/no-such-service`)).json()) as { received: unknown[] };
    assert.deepEqual(nobody.received, []);
  });

  it('rate-limits per address with 429 and Retry-After, when configured', async () => {
    let now = 1_000_000;
    const server = await start({ rateLimit: { requests: 2, perMs: 10_000 }, now: () => now });
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
    const limited = await submit(server, fullStorySubmission(nextId()));
    assertProblem(limited, 429, 'too-many-requests');
    assert.equal(limited.headers.get('retry-after'), '5');
    now += 5_000;
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });

  it('finishes a request in progress before closing', async () => {
    const dataDir = join(root, 'graceful');
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    // The rate limiter reads the clock as each request starts: a window onto "it has arrived".
    const server = await createReferenceServer({
      dataDir,
      rateLimit: { requests: 1000, perMs: 1000 },
      now: () => (arrived(), Date.now()),
    });
    const body = Buffer.from(JSON.stringify(fullStorySubmission(nextId())));
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(body.subarray(0, 100));
      void requestArrived.then(() => setTimeout(() => req.end(body.subarray(100)), 50));
    });
    await requestArrived;
    const closed = server.close();
    assert.equal(await answered, 201);
    await closed;
    assert.equal((await dataLines(dataDir)).length, 1);
    await assert.rejects(fetch(`${server.url}/submissions`));
  });

  it('names invalid options', async () => {
    await assert.rejects(createReferenceServer({ dataDir: '', port: 70_000, maxBodyBytes: 0 }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.path), ['dataDir', 'port', 'maxBodyBytes']);
      return true;
    });
  });
});
