import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type WithdrawalNotice } from '@onestory/core';
import { generateReceiptCode, receiptVerifierHash } from '@onestory/core/delivery';
import { connect } from 'node:net';
import {
  createReferenceServer,
  issueServiceToken,
  openReceiverStore,
  type ReceiverStore,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '@onestory/core/server';
import { fullStorySubmission, fullSubmission, submissionIdFor } from '../../support/submissions.js';
import {
  atPointer,
  findRefs,
  loadContract,
  OPENAPI_FILE,
  publishedSchemas,
  type Contract,
  type ObservedResponse,
} from './openapi-contract.js';
import { openApi31Validator } from './openapi-spec-schema.js';
import { freshLocation, quickLocation, STORE_KINDS } from '../../support/stores.js';

// The endpoint contract (packages/schemas/openapi/onestory.openapi.json) and the reference
// endpoint cannot drift: real requests to createReferenceServer on 127.0.0.1 produce every
// response the contract documents, and each answer (status, headers, body) is checked
// against the document with ajv. A partner building a receiver in another language codes
// against the document; this is what makes it true.

const contract: Contract = loadContract();
const PROBLEM = 'https://onestory.dev/problems/';

let n = 0;
const nextId = () => submissionIdFor(0xd0c, ++n);

function notice(recordId: string, overrides: Partial<WithdrawalNotice> = {}): WithdrawalNotice {
  return {
    kind: 'withdrawal',
    schemaVersion: '1.0',
    recordId,
    serviceId: 'money-advice',
    purposeId: 'feedback',
    withdrawnAt: '2025-04-01T10:15:00Z',
    ...overrides,
  };
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by the official schema', () => {
    assert.equal(contract.document['openapi'], '3.1.0');
    assert.deepEqual(openApi31Validator()(contract.document), []);
  });

  it('is refused by that check when it is broken (the check can fail)', () => {
    const validate = openApi31Validator();
    const broken = structuredClone(contract.document) as Record<string, any>; // eslint-disable-line
    delete broken['info'].title;
    broken['paths']['/submissions'].post.responses['201'] = { content: {} }; // no description
    const errors = validate(broken);
    assert.ok(errors.some((line) => line.startsWith('/info')), errors.join('\n'));
    assert.ok(errors.some((line) => line.startsWith('/paths/~1submissions/post/responses/201')), errors.join('\n'));
  });

  it('resolves every $ref: pointers into the document, and bodies by file to the published JSON Schemas', () => {
    const schemas = publishedSchemas();
    const files = new Set<string>();
    for (const { at, ref } of findRefs(contract.document)) {
      if (ref.startsWith('#')) {
        assert.notEqual(atPointer(contract.document, ref.slice(1)), undefined, `${at}: ${ref} points at nothing`);
        continue;
      }
      const file = resolve(dirname(OPENAPI_FILE), ref);
      assert.ok(existsSync(file), `${at}: ${ref} is not a file`);
      const name = file.slice(file.lastIndexOf('/') + 1);
      assert.ok(schemas.has(name), `${at}: ${ref} is not a published JSON Schema`);
      // The file is referenced, not copied: its $id is the address the schema is published at.
      assert.match(String(schemas.get(name)!['$id']), new RegExp(`/${name.replace(/\./g, '\\.')}$`));
      files.add(name);
    }
    assert.deepEqual([...files].sort(), ['consent-record.schema.json', 'submission.schema.json', 'withdrawal-notice.schema.json']);
  });

  it('gives examples that match their own schemas', () => {
    let checked = 0;
    const visit = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const object = node as Record<string, unknown>;
      if ('schema' in object && 'example' in object && at.includes('/content/')) {
        assert.deepEqual(contract.validate(object['schema'] as never, object['example']), [], `example at ${at}`);
        checked++;
      }
      for (const [key, value] of Object.entries(object)) visit(value, `${at}/${key}`);
    };
    visit(contract.document, '');
    assert.ok(checked >= 4, `checked ${checked} examples`);
  });
});

describe('the reference endpoint answers as the contract says', () => {
  let root: string;
  const servers: Record<'main' | 'limited' | 'tiny' | 'stuck' | 'guarded', ReferenceServer> = {} as never;
  const seen: ObservedResponse[] = [];

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'onestory-contract-'));
    let ref = 0;
    const start = async (_name: string, options: Partial<ReferenceServerOptions> = {}) =>
      createReferenceServer({ ...(await quickLocation(root)), newReference: () => `OS-TEST-${(++ref).toString().padStart(4, '0')}`, ...options });
    servers.main = await start('main');
    servers.limited = await start('limited', { rateLimit: { requests: 1, perMs: 60_000 } });
    servers.tiny = await start('tiny', { maxBodyBytes: 2_000 });
    // Always the same reference: the second thing stored cannot get a unique one, and the
    // endpoint must answer 503 "nothing was stored" (the path a failed disk write takes).
    servers.stuck = await start('stuck', { newReference: () => 'OS-SAME-0001' });
    // One wrong code allowed: the second is answered 429.
    servers.guarded = await start('guarded', { guessLimit: { failures: 1, perMs: 60_000 } });
  });

  after(async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await rm(root, { recursive: true, force: true });
  });

  /** Sends a request, checks the answer against the contract, and returns it. */
  async function exchange(
    server: ReferenceServer,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<ObservedResponse & { json: Record<string, unknown> }> {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const observed = { method: 'POST', path, status: response.status, headers: response.headers, body: await response.text() };
    seen.push(observed);
    assert.deepEqual(contract.checkResponse(observed), [], `${path} answered ${observed.status} outside the contract`);
    return { ...observed, json: observed.body ? (JSON.parse(observed.body) as Record<string, unknown>) : {} };
  }

  const problemType = (answer: { json: Record<string, unknown> }) => String(answer.json['type']).replace(PROBLEM, '');

  describe('POST /submissions', () => {
    const submission = fullStorySubmission(nextId());

    it('201 with a reference for a valid submission (which the contract\'s request schema also accepts)', async () => {
      assert.deepEqual(contract.checkRequestBody('POST', '/submissions', submission), []);
      const answer = await exchange(servers.main, '/submissions', submission, { 'idempotency-key': submission.submissionId });
      assert.equal(answer.status, 201);
      assert.equal(answer.json['submissionId'], submission.submissionId);
      assert.equal(answer.headers.get('idempotent-replayed'), null);
    });

    it('201 again, marked Idempotent-Replayed, for the same key and body', async () => {
      const first = (await servers.main.store.submission(submission.submissionId))!;
      const answer = await exchange(servers.main, '/submissions', submission, { 'idempotency-key': submission.submissionId });
      assert.equal(answer.status, 201);
      assert.equal(answer.headers.get('idempotent-replayed'), 'true');
      assert.equal(answer.json['reference'], first.reference);
    });

    it('201 without an Idempotency-Key header (the submissionId is the key)', async () => {
      const answer = await exchange(servers.main, '/submissions', fullStorySubmission(nextId()));
      assert.equal(answer.status, 201);
    });

    it('400 invalid-json, listing the issue', async () => {
      const answer = await exchange(servers.main, '/submissions', '{"schemaVersion":');
      assert.equal(answer.status, 400);
      assert.equal(problemType(answer), 'invalid-json');
    });

    it('400 invalid-submission, listing every issue by path (and the contract\'s schema refuses the body too)', async () => {
      const bad = { ...fullStorySubmission(nextId()), locale: 'French', createdAt: 'yesterday' };
      assert.notDeepEqual(contract.checkRequestBody('POST', '/submissions', bad), []);
      const answer = await exchange(servers.main, '/submissions', bad);
      assert.equal(answer.status, 400);
      assert.equal(problemType(answer), 'invalid-submission');
      const paths = (answer.json['issues'] as { path: string }[]).map((issue) => issue.path);
      assert.ok(paths.includes('locale') && paths.includes('createdAt'), paths.join(', '));
    });

    it('400 invalid-idempotency-key and idempotency-key-mismatch', async () => {
      const id = nextId();
      const malformed = await exchange(servers.main, '/submissions', fullStorySubmission(id), { 'idempotency-key': 'x'.repeat(256) });
      assert.equal(problemType(malformed), 'invalid-idempotency-key');
      const mismatch = await exchange(servers.main, '/submissions', fullStorySubmission(id), { 'idempotency-key': nextId() });
      assert.equal(problemType(mismatch), 'idempotency-key-mismatch');
    });

    it('201 for every one of identical requests racing (the database decides; 409 is never needed here)', async () => {
      const same = fullStorySubmission(nextId());
      const answers = await Promise.all(Array.from({ length: 12 }, () => exchange(servers.main, '/submissions', same)));
      assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
      assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === null).length, 1);
    });

    it('413 for a body over the limit', async () => {
      const answer = await exchange(servers.tiny, '/submissions', fullStorySubmission(nextId()));
      assert.equal(answer.status, 413);
    });

    it('415 with Accept-Post for a body that is not JSON', async () => {
      const answer = await exchange(servers.main, '/submissions', 'name=Sam', { 'content-type': 'application/x-www-form-urlencoded' });
      assert.equal(answer.status, 415);
    });

    it('422 for the same key with another body', async () => {
      const changed = { ...submission, locale: submission.locale === 'en' ? 'cy' : 'en' };
      const answer = await exchange(servers.main, '/submissions', changed);
      assert.equal(answer.status, 422);
    });

    it('429 with Retry-After when rate limited', async () => {
      await exchange(servers.limited, '/submissions', fullStorySubmission(nextId()));
      const answer = await exchange(servers.limited, '/submissions', fullStorySubmission(nextId()));
      assert.equal(answer.status, 429);
    });

    it('503 with Retry-After when nothing could be stored', async () => {
      assert.equal((await exchange(servers.stuck, '/submissions', fullStorySubmission(nextId()))).status, 201);
      const answer = await exchange(servers.stuck, '/submissions', fullStorySubmission(nextId()));
      assert.equal(answer.status, 503);
    });
  });

  /** A submission with a receipt code, stored on `server`; its consent-based records to withdraw. */
  async function sendWithReceipt(server: ReferenceServer) {
    const receipt = generateReceiptCode();
    const submission = {
      ...fullSubmission(nextId()),
      receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) },
    };
    assert.deepEqual(contract.checkRequestBody('POST', '/submissions', submission), []);
    assert.equal((await exchange(server, '/submissions', submission)).status, 201);
    const consentBased = submission.consents.filter((record) => record.basis === 'consent');
    const notices = consentBased.map((record) => notice(record.recordId, { submissionId: submission.submissionId, serviceId: record.serviceId, purposeId: record.purposeId }));
    const other = submission.consents.find((record) => record.basis !== 'consent')!;
    // Every fixture submission has the same record ids: key each withdrawal by submission too.
    const auth = { authorization: `OneStory-Receipt ${receipt.code}` };
    return { auth, code: receipt.code, notices, other, submission };
  }

  describe('POST /withdrawals', () => {
    it('201 with a reference, then a replay, for a notice authorised by the receipt code', async () => {
      const { auth, notices } = await sendWithReceipt(servers.main);
      assert.deepEqual(contract.checkRequestBody('POST', '/withdrawals', notices[0]), []);
      const first = await exchange(servers.main, '/withdrawals', notices[0], { ...auth, 'idempotency-key': nextId() });
      assert.equal(first.status, 201);
      assert.equal(first.json['recordId'], notices[0]!.recordId);
      const again = await exchange(servers.main, '/withdrawals', notices[0], auth);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
    });

    it('400, 403, 413, 415, 422, 429 and 503 as problems', async () => {
      const { auth, notices, other, submission } = await sendWithReceipt(servers.main);
      const invalid = await exchange(servers.main, '/withdrawals', { ...notices[0], kind: 'submission' }, auth);
      assert.equal(problemType(invalid), 'invalid-withdrawal');
      assert.equal(problemType(await exchange(servers.main, '/withdrawals', notices[0])), 'receipt-code-refused');
      const stranger = await sendWithReceipt(servers.main);
      assert.equal(problemType(await exchange(servers.main, '/withdrawals', notices[0], stranger.auth)), 'not-this-receipt');
      const notConsent = notice(other.recordId, { submissionId: submission.submissionId, serviceId: other.serviceId, purposeId: other.purposeId });
      assert.equal(problemType(await exchange(servers.main, '/withdrawals', notConsent, auth)), 'not-consent-based');
      assert.equal((await exchange(servers.tiny, '/withdrawals', { pad: 'x'.repeat(3_000) })).status, 413);
      assert.equal((await exchange(servers.main, '/withdrawals', '{}', { 'content-type': 'text/plain' })).status, 415);
      assert.equal((await exchange(servers.limited, '/withdrawals', notice(nextId()))).status, 429);
      // A fresh server whose only reference is taken by the submission: the withdrawal cannot be stored.
      const stuckServer = await createReferenceServer({ ...(await quickLocation(root)), newReference: () => 'OS-SAME-0002' });
      try {
        const stuck = await sendWithReceipt(stuckServer);
        assert.equal((await exchange(stuckServer, '/withdrawals', stuck.notices[0], stuck.auth)).status, 503);
      } finally {
        await stuckServer.close();
      }
    });
  });

  describe('drafts and receipts', () => {
    const lookupId = 'ab'.repeat(32);
    const draft = { lookupId, iv: 'q83vEjRWeJq83vEj', ciphertext: 'm5ZkQ3lq0q6ZP0wq6mKJm1n0C9zV9bC2', lifetimeSeconds: 3600 };

    it('POST /drafts: 200, 400, 413, 415, 429', async () => {
      assert.deepEqual(contract.checkRequestBody('POST', '/drafts', draft), []);
      assert.equal((await exchange(servers.main, '/drafts', draft)).status, 200);
      assert.equal(problemType(await exchange(servers.main, '/drafts', { ...draft, iv: 'x' })), 'invalid-draft');
      assert.equal((await exchange(servers.main, '/drafts', { ...draft, ciphertext: 'A'.repeat(300_000) })).status, 413);
      assert.equal((await exchange(servers.main, '/drafts', 'x', { 'content-type': 'text/plain' })).status, 415);
      await exchange(servers.limited, '/drafts', draft);
      assert.equal((await exchange(servers.limited, '/drafts', draft)).status, 429);
    });

    it('POST /drafts/open: 200, 400, 404, 413, 415, 429', async () => {
      assert.equal((await exchange(servers.main, '/drafts/open', { lookupId })).status, 200);
      assert.equal((await exchange(servers.main, '/drafts/open', { lookupId: 'nope' })).status, 400);
      assert.equal((await exchange(servers.guarded, '/drafts/open', { lookupId })).status, 404);
      assert.equal((await exchange(servers.guarded, '/drafts/open', { lookupId })).status, 429);
      assert.equal((await exchange(servers.main, '/drafts/open', { lookupId: 'x'.repeat(300_000) })).status, 413);
      assert.equal((await exchange(servers.main, '/drafts/open', 'x', { 'content-type': 'text/plain' })).status, 415);
    });

    it('POST /drafts/delete: 204, 400, 413, 415', async () => {
      assert.equal((await exchange(servers.main, '/drafts/delete', { lookupId })).status, 204);
      assert.equal((await exchange(servers.main, '/drafts/open', { lookupId })).status, 404);
      assert.equal((await exchange(servers.main, '/drafts/delete', {})).status, 400);
      assert.equal((await exchange(servers.main, '/drafts/delete', { lookupId: 'x'.repeat(300_000) })).status, 413);
      assert.equal((await exchange(servers.main, '/drafts/delete', 'x', { 'content-type': 'text/plain' })).status, 415);
    });

    it('POST /receipts/open: 200, 404, 413, 415, 429', async () => {
      const { code, submission } = await sendWithReceipt(servers.main);
      const opened = await exchange(servers.main, '/receipts/open', { receiptCode: code });
      assert.equal(opened.status, 200);
      assert.equal(opened.json['submissionId'], submission.submissionId);
      assert.equal((await exchange(servers.guarded, '/receipts/open', { receiptCode: code })).status, 429, 'the guarded server has had its one wrong code');
      assert.equal((await exchange(servers.main, '/receipts/open', { receiptCode: generateReceiptCode().code })).status, 404);
      assert.equal((await exchange(servers.main, '/receipts/open', { receiptCode: 'x'.repeat(5_000) })).status, 413);
      assert.equal((await exchange(servers.main, '/receipts/open', 'x', { 'content-type': 'text/plain' })).status, 415);
    });
  });

  // 500 no request can cause; 409 is for receivers that cannot make racing retries wait
  // (the reference endpoint's database makes them wait, then replays); 408, 421 and 431
  // need raw sockets, and the walk below produces them, as it does every inbox route.
  it('produced every response the contract documents (except 500, 409, 408, 421, 431)', () => {
    for (const path of Object.keys(atPointer(contract.document, '/paths') as object).filter((path) => !path.startsWith('/service'))) {
      const documented = Object.keys(atPointer(contract.document, `/paths/${path.replace(/\//g, '~1')}/post/responses`) as object);
      const produced = new Set(seen.filter((answer) => answer.path === path).map((answer) => String(answer.status)));
      assert.deepEqual(documented.filter((status) => !['500', '409', '408', '421', '431'].includes(status) && !produced.has(status)), [], `${path}: documented but never produced`);
    }
  });
});

for (const kind of STORE_KINDS) {
  describe(`every route of the contract, walked against the ${kind} store`, () => {
    let root: string;
    let server: ReferenceServer;
    let store: ReceiverStore;
    const seen: ObservedResponse[] = [];
    before(async () => {
      root = await mkdtemp(join(tmpdir(), 'onestory-contract-walk-'));
      store = await openReceiverStore(await freshLocation(kind, root));
      server = await createReferenceServer({ store, allowedOrigins: ['https://partner.example'], requestTimeoutMs: 500, webhookIntervalMs: 0, purgeIntervalMs: 0 });
    });
    after(async () => {
      await server.close();
      await store.close();
      await rm(root, { recursive: true, force: true });
    });

    /** Sends a request, checks the answer against the contract (under `template`), and returns its status. */
    async function call(method: string, template: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const observed = { method, path: template, status: response.status, headers: response.headers, body: await response.text() };
      seen.push(observed);
      assert.deepEqual(contract.checkResponse(observed), [], `${method} ${path} answered ${observed.status} outside the contract`);
      return observed.status;
    }

    /** Sends raw bytes (for what fetch cannot send: another Host, huge headers, a stalled body) and checks the answer. */
    async function callRaw(method: string, template: string, bytes: string): Promise<number> {
      const reply = await new Promise<string>((resolve) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write(bytes));
        let text = '';
        socket.on('data', (data) => (text += data));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      const [head = '', body = ''] = reply.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Headers(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
      const observed = { method, path: template, status: Number(statusLine.split(' ')[1]), headers, body };
      seen.push(observed);
      assert.deepEqual(contract.checkResponse(observed), [], `${method} ${template} answered ${observed.status} outside the contract`);
      return observed.status;
    }

    it('answers every inbox route as documented, for every kind of caller', async () => {
      const submission = fullStorySubmission(nextId());
      assert.equal(await call('POST', '/submissions', '/submissions', { body: submission }), 201);
      const service = submission.disclosures[0]!.serviceId;
      const { token } = await issueServiceToken(store, service);
      const { token: other } = await issueServiceToken(store, 'someone-else');
      const inbox = `/services/${service}/inbox`;
      const item = `${inbox}/${submission.submissionId}`;
      const T = { inbox: '/services/{serviceId}/inbox', item: '/services/{serviceId}/inbox/{submissionId}', withdrawals: '/services/{serviceId}/withdrawals' };

      assert.equal(await call('GET', '/service', '/service', { token }), 200);
      assert.equal(await call('GET', '/service', '/service'), 401);
      for (const [method, template, path] of [
        ['GET', T.inbox, inbox],
        ['GET', T.item, item],
        ['GET', T.withdrawals, `/services/${service}/withdrawals`],
        ...['acknowledge', 'accept', 'decline', 'close'].map((action) => ['POST', `${T.item}/${action}`, `${item}/${action}`]),
      ] as const) {
        assert.equal(await call(method, template, path), 401, `${method} ${path}`);
        assert.equal(await call(method, template, path, { token: 'ost_unknown' }), 401, `${method} ${path}`);
        assert.equal(await call(method, template, path, { token: other }), 403, `${method} ${path}`);
        // Another method is no operation of the document: 405 is its components/responses/MethodNotAllowed.
        const wrong = await fetch(`${server.url}${path}`, { method: method === 'GET' ? 'DELETE' : 'GET', headers: { authorization: `Bearer ${token}` } });
        assert.equal(wrong.status, 405, `${method} ${path}`);
        assert.equal(wrong.headers.get('allow'), method);
        assert.deepEqual(contract.validate(atPointer(contract.document, '/components/schemas/ProblemMethodNotAllowed')!, await wrong.json()), []);
      }
      assert.equal(await call('GET', T.inbox, inbox, { token }), 200);
      assert.equal(await call('GET', T.inbox, `${inbox}?status=nope`, { token }), 400);
      assert.equal(await call('GET', T.item, item, { token }), 200);
      assert.equal(await call('GET', T.item, `${inbox}/${nextId()}`, { token }), 404);
      assert.equal(await call('GET', T.withdrawals, `/services/${service}/withdrawals`, { token }), 200);
      assert.equal(await call('POST', `${T.item}/acknowledge`, `${item}/acknowledge`, { token }), 200);
      assert.equal(await call('POST', `${T.item}/acknowledge`, `${inbox}/${nextId()}/acknowledge`, { token }), 404);
      assert.equal(await call('POST', `${T.item}/decline`, `${item}/decline`, { token, body: {} }), 400);
      assert.equal(await call('POST', `${T.item}/decline`, `${inbox}/${nextId()}/decline`, { token, body: { reason: 'x' } }), 404);
      assert.equal(await call('POST', `${T.item}/accept`, `${item}/accept`, { token }), 200);
      assert.equal(await call('POST', `${T.item}/accept`, `${inbox}/${nextId()}/accept`, { token }), 404);
      assert.equal(await call('POST', `${T.item}/decline`, `${item}/decline`, { token, body: { reason: 'Too late' } }), 409);
      assert.equal(await call('POST', `${T.item}/close`, `${item}/close`, { token }), 200);
      assert.equal(await call('POST', `${T.item}/close`, `${inbox}/${nextId()}/close`, { token }), 404);
      assert.equal(await call('POST', `${T.item}/accept`, `${item}/accept`, { token }), 409);
      assert.equal(await call('POST', `${T.item}/acknowledge`, `${item}/acknowledge`, { token }), 200, 'acknowledging a closed referral changes nothing');
      assert.equal(await call('POST', `${T.item}/close`, `${item}/close`, { token }), 200);
      const declined = fullStorySubmission(nextId());
      assert.equal(await call('POST', '/submissions', '/submissions', { body: declined }), 201);
      assert.equal(await call('POST', `${T.item}/decline`, `${inbox}/${declined.submissionId}/decline`, { token, body: { reason: 'Outside our area' } }), 200);
    });

    it('answers preflights, unknown hosts, huge headers and slow requests as documented', async () => {
      for (const path of ['/submissions', '/withdrawals']) {
        assert.equal(await call('OPTIONS', path, path, { headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } }), 204);
        assert.equal(await call('OPTIONS', path, path, { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }), 403);
        assert.equal(await callRaw('POST', path, `POST ${path} HTTP/1.1\r\nhost: evil.example\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`), 421);
        assert.equal(await callRaw('POST', path, `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: ${'a'.repeat(70_000)}\r\n\r\n`), 431);
        assert.equal(await callRaw('POST', path, `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{`), 408);
      }
    });

    it('produced every response the contract documents for the inbox routes (except 408, 421, 431, 500 there)', () => {
      const paths = contract.document['paths'] as Record<string, Record<string, { responses?: Record<string, unknown> }>>;
      for (const [template, operations] of Object.entries(paths)) {
        if (!template.startsWith('/service')) continue;
        for (const [method, operation] of Object.entries(operations)) {
          if (!operation.responses) continue;
          const produced = new Set(seen.filter((o) => o.path === template && o.method === method.toUpperCase()).map((o) => String(o.status)));
          const missing = Object.keys(operation.responses).filter((status) => !['408', '421', '431', '500'].includes(status) && !produced.has(status));
          assert.deepEqual(missing, [], `${method.toUpperCase()} ${template}: documented but never produced`);
        }
      }
    });
  });
}

describe('the contract check itself', () => {
  const answer = (status: number, headers: Record<string, string>, body: unknown): ObservedResponse => ({
    method: 'POST',
    path: '/submissions',
    status,
    headers: new Headers({ 'cache-control': 'no-store', ...headers }),
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const json = { 'content-type': 'application/json; charset=utf-8' };
  const problemJson = { 'content-type': 'application/problem+json' };
  const inProgress = { type: `${PROBLEM}request-in-progress`, title: 'Request in progress', status: 409 };

  it('accepts conforming answers', () => {
    assert.deepEqual(contract.checkResponse(answer(201, json, { reference: 'OS-1', submissionId: submissionIdFor(1, 1) })), []);
    assert.deepEqual(contract.checkResponse(answer(409, { ...problemJson, 'retry-after': '1' }, inProgress)), []);
  });

  it('refuses a missing field, a missing required header, a wrong media type, a wrong problem type and an undocumented status', () => {
    assert.notDeepEqual(contract.checkResponse(answer(201, json, { submissionId: submissionIdFor(1, 1) })), []);
    assert.notDeepEqual(contract.checkResponse(answer(409, problemJson, inProgress)), []);
    assert.notDeepEqual(contract.checkResponse(answer(409, { ...json, 'retry-after': '1' }, inProgress)), []);
    assert.notDeepEqual(contract.checkResponse(answer(409, { ...problemJson, 'retry-after': '1' }, { ...inProgress, type: `${PROBLEM}other` })), []);
    assert.notDeepEqual(contract.checkResponse(answer(418, problemJson, { ...inProgress, status: 418 })), []);
    assert.notDeepEqual(contract.checkResponse({ ...answer(201, json, { reference: 'OS-1', submissionId: submissionIdFor(1, 1) }), headers: new Headers(json) }), []);
  });

  it('refuses a document whose body refers to a file that is not a published schema', () => {
    const document = structuredClone(contract.document) as Record<string, any>; // eslint-disable-line
    document['paths']['/submissions'].post.requestBody.content['application/json'].schema = { $ref: '../json/nothing.schema.json' };
    assert.throws(() => loadContract(document).checkRequestBody('POST', '/submissions', {}), /not one of the published JSON Schemas/);
  });
});
