import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createDraftStore,
  createEndpointDraftStorage,
  withdraw,
  type ConsentRecord,
  type Submission,
  type WithdrawalNotice,
} from '@onestory/core';
import { generateReceiptCode, generateResumeCode, receiptVerifierHash } from '@onestory/core/delivery';
import {
  createReferenceServer,
  issueServiceToken,
  migrate,
  openPgliteDatabase,
  openPostgresDatabase,
  openReceiverStore,
  REPLAY_HEADER,
  SIGNATURE_HEADER,
  verifyWebhook,
  type InboxItem,
  type InboxSummary,
  type ReceiverStore,
  type ReferenceServer,
  type ReferenceServerOptions,
  type StoreLocation,
} from '@onestory/core/server';
import { assertProblem, get, post, postAs, submit } from '../../support/receiver-http.js';
import { freshLocation, STORE_KINDS } from '../../support/stores.js';
import { fullStorySubmission, fullSubmission, submissionIdFor } from '../../support/submissions.js';

// One conformance suite, run against every store: PGlite (the embedded default) and a
// real PostgreSQL server (when DATABASE_URL is set, as `npm test` does). Each kind
// shares one store between its tests; every test uses fresh submission ids.

/** A submission carrying a fresh receipt code, and the Authorization header that code makes. */
async function withReceipt(submission: Submission): Promise<{ submission: Submission; auth: Record<string, string> }> {
  const receipt = generateReceiptCode();
  return {
    submission: { ...submission, receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) } },
    auth: { authorization: `OneStory-Receipt ${receipt.code}` },
  };
}

/** The notice withdrawing `record` of `submission`. */
const noticeFor = (submission: Submission, record: ConsentRecord): WithdrawalNotice =>
  withdraw(record, { now: new Date('2026-02-01T09:00:00.000Z'), actor: 'subject', submissionId: submission.submissionId }).notice;

/** A consent-based, given record of `serviceId` whose purpose its envelope carries. */
const consentBased = (submission: Submission, serviceId: string): ConsentRecord => {
  const envelope = submission.disclosures.find((d) => d.serviceId === serviceId)!;
  return submission.consents.find((c) => c.serviceId === serviceId && c.basis === 'consent' && envelope.purposes.some((p) => p.consentRecordId === c.recordId))!;
};

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-conformance-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

for (const [k, kind] of STORE_KINDS.entries()) {
  describe(`receiver conformance (${kind})`, () => {
    let store: ReceiverStore;
    let n = 0;
    const nextId = () => submissionIdFor(0xc0 + k, ++n);
    const running: ReferenceServer[] = [];
    const start = async (options: Partial<ReferenceServerOptions> = {}) => {
      const server = await createReferenceServer({ store, allowedOrigins: ['https://partner.example'], webhookIntervalMs: 0, purgeIntervalMs: 0, ...options });
      running.push(server);
      return server;
    };
    let location: StoreLocation;
    before(async () => {
      location = await freshLocation(kind, root);
      store = await openReceiverStore(location);
    });
    after(async () => {
      await Promise.all(running.map((server) => server.close()));
      await store.close();
    });

    describe('storing a submission', () => {
      it('validates, stores, and answers 201 with a reference', async () => {
        const server = await start({ newReference: () => `OS-${kind === 'postgres' ? 'PPPP' : 'LLLL'}-0001` });
        const submission = fullSubmission(nextId());
        const answer = await submit(server, submission);
        assert.equal(answer.status, 201);
        assert.deepEqual(answer.body, { reference: `OS-${kind === 'postgres' ? 'PPPP' : 'LLLL'}-0001`, submissionId: submission.submissionId });
        assert.equal(answer.headers.get(REPLAY_HEADER), null);
        const stored = await store.submission(submission.submissionId);
        assert.deepEqual(stored?.submission, submission);
      });

      it('uses the submissionId as key when there is no Idempotency-Key header', async () => {
        const server = await start();
        const submission = fullStorySubmission(nextId());
        assert.equal((await post(`${server.url}/submissions`, submission)).status, 201);
        const again = await post(`${server.url}/submissions`, submission);
        assert.equal(again.headers.get(REPLAY_HEADER), 'true');
      });

      it('makes each reference unique, even when the generator repeats itself', async () => {
        const [a, b] = [`OS-${k}AAA-AAAA`, `OS-${k}BBB-BBBB`];
        const references = [a, a, b];
        const server = await start({ newReference: () => references.shift() ?? 'OS-ZZZZ-ZZZZ' });
        const first = await submit(server, fullStorySubmission(nextId()));
        const second = await submit(server, fullStorySubmission(nextId()));
        assert.deepEqual([first.body, second.body].map((body) => (body as { reference: string }).reference), [a, b]);
      });
    });

    describe('idempotency', () => {
      it('answers the same key and body (same bytes, or the same JSON) with the stored answer again', async () => {
        const server = await start();
        const submission = fullSubmission(nextId());
        const first = await submit(server, submission);
        const again = await submit(server, submission);
        const reformatted = await post(`${server.url}/submissions`, JSON.stringify(submission, null, 2), { 'idempotency-key': submission.submissionId });
        for (const replay of [again, reformatted]) {
          assert.equal(replay.status, 201);
          assert.equal(replay.headers.get(REPLAY_HEADER), 'true');
          assert.deepEqual(replay.body, first.body);
        }
      });

      it('answers the same key with a different body 422 and keeps the first', async () => {
        const server = await start();
        const submission = fullStorySubmission(nextId());
        await submit(server, submission);
        assertProblem(await submit(server, { ...submission, locale: submission.locale === 'en' ? 'cy' : 'en' }), 422, 'idempotency-key-reused');
        assert.equal((await store.submission(submission.submissionId))?.submission.locale, submission.locale);
      });

      it('stores a key once when identical requests race, and answers each of them 201 with one reference', async () => {
        const server = await start();
        const submission = fullSubmission(nextId());
        const answers = await Promise.all(Array.from({ length: 12 }, () => submit(server, submission)));
        assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
        assert.equal(answers.filter((a) => !a.headers.get(REPLAY_HEADER)).length, 1);
        assert.equal(new Set(answers.map((a) => (a.body as { reference: string }).reference)).size, 1);
        assert.equal((await store.inbox('money-advice')).filter((item) => item.submissionId === submission.submissionId).length, 1);
      });

      it('refuses an Idempotency-Key that differs from the submissionId, or is malformed, storing nothing', async () => {
        const server = await start();
        const submission = fullStorySubmission(nextId());
        const mismatch = assertProblem(await submit(server, submission, { 'idempotency-key': nextId() }), 400, 'idempotency-key-mismatch');
        assert.equal(mismatch.issues?.[0]?.path, 'Idempotency-Key');
        assertProblem(await submit(server, submission, { 'idempotency-key': 'x'.repeat(300) }), 400, 'invalid-idempotency-key');
        assert.equal(await store.submission(submission.submissionId), undefined);
      });

      it('keeps idempotency across a restart of the store', async () => {
        const location = await freshLocation(kind, root);
        const submission = fullStorySubmission(nextId());
        const firstStore = await openReceiverStore(location);
        const first = await createReferenceServer({ store: firstStore });
        const stored = await submit(first, submission);
        await first.close();
        await firstStore.close();

        const second = await createReferenceServer(location);
        try {
          const replay = await submit(second, submission);
          assert.equal(replay.headers.get(REPLAY_HEADER), 'true');
          assert.deepEqual(replay.body, stored.body);
          assertProblem(await submit(second, { ...submission, channel: 'api' }), 422, 'idempotency-key-reused');
          assert.equal((await second.store.submissions()).length, 1);
        } finally {
          await second.close();
        }
      });
    });

    describe('input the database would refuse is refused at the door', () => {
      it('400 naming the path for a lone surrogate or a NUL in a name', async () => {
        const server = await start();
        for (const name of ['A\ud800B', 'A\u0000B', '\udc00']) {
          const submission = structuredClone(fullStorySubmission(nextId()));
          (submission.disclosures[0]!.story.person as { givenName: string }).givenName = name;
          const problem = assertProblem(await submit(server, submission), 400, 'invalid-submission');
          assert.deepEqual(problem.issues?.map((issue) => [issue.path, issue.code]), [['disclosures[0].story.person.givenName', 'text.unstorable']]);
          assert.equal(await store.submission(submission.submissionId), undefined);
        }
      });

      it('400, not 500, for a 100,000-deep body sent with a key already stored', async () => {
        const server = await start();
        const submission = fullStorySubmission(nextId());
        await submit(server, submission);
        const deep = `{"schemaVersion":"1.0","submissionId":"${submission.submissionId}","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
        const problem = assertProblem(await post(`${server.url}/submissions`, deep, { 'idempotency-key': submission.submissionId }), 400, 'invalid-submission');
        assert.equal(problem.issues?.[0]?.code, 'json.too-deep');
      });

      it('400 with every schema issue by path, and no submitted values in the answer', async () => {
        const server = await start();
        const broken = structuredClone(fullStorySubmission(nextId())) as unknown as { locale: string; disclosures: { story: { contact: { address: { postcode: string } } } }[] };
        broken.locale = 'French';
        broken.disclosures[0]!.story.contact.address.postcode = 'CF99 ZZZZ';
        const problem = assertProblem(await submit(server, broken as never), 400, 'invalid-submission');
        const paths = problem.issues?.map((issue) => issue.path) ?? [];
        assert.ok(paths.includes('locale') && paths.includes('disclosures[0].story.contact.address.postcode'), paths.join(', '));
        assert.ok(!JSON.stringify(problem).includes('CF99'));
      });
    });

    describe('access per service', () => {
      let server: ReferenceServer;
      let submission: Submission;
      let money: string;
      let moneyTokenId: string;
      let revoked: string;
      let housing: string;
      before(async () => {
        server = await start();
        submission = fullSubmission(nextId());
        await submit(server, submission);
        ({ token: money, tokenId: moneyTokenId } = await issueServiceToken(store, 'money-advice', { label: 'caseworker' }));
        const old = await issueServiceToken(store, 'money-advice', { label: 'old laptop' });
        revoked = old.token;
        assert.equal(await store.revokeToken(old.tokenId, new Date()), true);
        ({ token: housing } = await issueServiceToken(store, 'housing-support'));
      });

      const readRoutes = () => [
        ['GET', `/services/money-advice/inbox`],
        ['GET', `/services/money-advice/inbox/${submission.submissionId}`],
        ['GET', `/services/money-advice/withdrawals`],
        ['POST', `/services/money-advice/inbox/${submission.submissionId}/acknowledge`],
        ['POST', `/services/money-advice/inbox/${submission.submissionId}/accept`],
        ['POST', `/services/money-advice/inbox/${submission.submissionId}/decline`],
        ['POST', `/services/money-advice/inbox/${submission.submissionId}/close`],
      ] as const;

      it('answers 401 on every inbox route with no, malformed, unknown or revoked credentials, echoing nothing', async () => {
        const unknown = money.slice(0, -4) + (money.endsWith('AAAA') ? 'BBBB' : 'AAAA');
        for (const [method, path] of readRoutes()) {
          for (const authorization of [undefined, 'Basic Zm9vOmJhcg==', `Bearer`, `Bearer ${unknown}`, `Bearer ${revoked}`, money]) {
            const response = await fetch(`${server.url}${path}`, { method, headers: authorization === undefined ? {} : { authorization } });
            const text = await response.text();
            assert.equal(response.status, 401, `${method} ${path} with ${authorization?.slice(0, 12)}`);
            assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="onestory"/);
            assert.ok(!text.includes(money.slice(4)) && !text.includes(revoked.slice(4)) && !text.includes('Carys'), text);
          }
        }
      });

      it("answers 403 with another service's token, and 404 for a referral that is not the service's", async () => {
        for (const [method, path] of readRoutes()) {
          const response = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${housing}` } });
          assert.equal(response.status, 403, `${method} ${path}`);
          assert.ok(!(await response.text()).includes('Carys'));
        }
        const stranger = fullStorySubmission(nextId()); // for adult-social-care only
        await submit(server, stranger);
        assertProblem(await get(`${server.url}/services/money-advice/inbox/${stranger.submissionId}`, money), 404, 'not-found');
        assertProblem(await postAs(`${server.url}/services/money-advice/inbox/${stranger.submissionId}/accept`, money), 404, 'not-found');
      });

      it('lets a service read only its own envelope and consent records with its token', async () => {
        const list = await get(`${server.url}/services/money-advice/inbox`, money);
        assert.equal(list.status, 200);
        const items = (list.body as { items: InboxSummary[] }).items;
        assert.ok(items.some((item) => item.submissionId === submission.submissionId));
        assert.ok(items.every((item) => item.serviceId === 'money-advice'));
        assert.ok(!JSON.stringify(list.body).includes('Carys'), 'the listing carries no answers');
        const item = (await get(`${server.url}/services/money-advice/inbox/${submission.submissionId}`, money)).body as InboxItem;
        assert.equal(item.envelope?.serviceId, 'money-advice');
        assert.ok(item.consents.length > 0 && item.consents.every((record) => record.serviceId === 'money-advice'));
        assert.deepEqual(item.envelope, submission.disclosures.find((d) => d.serviceId === 'money-advice'));
      });

      it('lists tokens without their secrets, and a revoked token stays revoked', async () => {
        const tokens = await store.tokens('money-advice');
        assert.ok(tokens.some((t) => t.tokenId === moneyTokenId && !t.revokedAt));
        assert.ok(tokens.some((t) => t.revokedAt));
        assert.ok(!JSON.stringify(tokens).includes(money.slice(4)));
        assert.equal(await store.revokeToken('tok_nope', new Date()), false);
      });
    });

    describe('the inbox', () => {
      let clock = Date.parse('2026-03-01T09:00:00Z');
      let server: ReferenceServer;
      let token: string;
      before(async () => {
        server = await start({ now: () => clock });
        ({ token } = await issueServiceToken(store, 'domestic-abuse'));
      });
      const act = (id: string, action: string, body?: unknown) => postAs(`${server.url}/services/domestic-abuse/inbox/${id}/${action}`, token, body);

      it('lists new referrals, urgent ones flagged, and filters by status and urgency', async () => {
        const submission = fullSubmission(nextId());
        await submit(server, submission);
        const received = (await get(`${server.url}/services/domestic-abuse/inbox?status=received&urgent=true`, token)).body as { items: InboxSummary[] };
        const item = received.items.find((i) => i.submissionId === submission.submissionId);
        assert.equal(item?.urgent, true, 'DASH 14+ is urgent');
        assert.equal(item?.status, 'received');
        const bad = await get(`${server.url}/services/domestic-abuse/inbox?status=lost&limit=0`, token);
        assert.deepEqual((assertProblem(bad, 400, 'invalid-query').issues ?? []).map((i) => i.path), ['status', 'limit']);
      });

      it('acknowledges, then accepts, each step idempotent and time stamped, and the receipt shows it', async () => {
        const submission = fullSubmission(nextId());
        clock = Date.parse('2026-03-01T10:00:00Z');
        await submit(server, submission);
        clock = Date.parse('2026-03-01T11:00:00Z');
        const seen = await act(submission.submissionId, 'acknowledge');
        assert.equal(seen.status, 200);
        assert.equal((seen.body as InboxItem).status, 'seen');
        assert.equal((seen.body as InboxItem).seenAt, '2026-03-01T11:00:00.000Z');
        clock = Date.parse('2026-03-01T12:00:00Z');
        const again = (await act(submission.submissionId, 'acknowledge')).body as InboxItem;
        assert.equal(again.seenAt, '2026-03-01T11:00:00.000Z', 'repeating keeps the first time');
        const accepted = (await act(submission.submissionId, 'accept')).body as InboxItem;
        assert.equal(accepted.status, 'accepted');
        assert.equal(accepted.acceptedAt, '2026-03-01T12:00:00.000Z');
        assert.equal((await act(submission.submissionId, 'accept')).status, 200);
        assertProblem(await act(submission.submissionId, 'decline', { reason: 'No' }), 409, 'status-conflict');
        assert.deepEqual(accepted.events.map((e) => e.event), ['received', 'seen', 'accepted']);
        const receipt = await store.receiptStatus(submission.submissionId);
        assert.deepEqual(receipt.find((s) => s.serviceId === 'domestic-abuse'), { serviceId: 'domestic-abuse', status: 'accepted', at: '2026-03-01T12:00:00.000Z' });
        assert.equal(receipt.find((s) => s.serviceId === 'money-advice')?.status, 'received');
        const closed = (await act(submission.submissionId, 'close')).body as InboxItem;
        assert.equal(closed.status, 'closed');
        assertProblem(await act(submission.submissionId, 'accept'), 409, 'status-conflict');
      });

      it('declines only with a reason, which the receipt shows', async () => {
        const submission = fullSubmission(nextId());
        await submit(server, submission);
        for (const body of [undefined, {}, { reason: '  ' }, { reason: 'x'.repeat(501) }, { reason: 'A\u0000' }]) {
          assertProblem(await act(submission.submissionId, 'decline', body), 400, 'invalid-reason');
        }
        const declined = (await act(submission.submissionId, 'decline', { reason: 'We only cover Morlan: we have passed you to the county team.' })).body as InboxItem;
        assert.equal(declined.status, 'declined');
        assert.equal((await act(submission.submissionId, 'decline', { reason: 'We only cover Morlan: we have passed you to the county team.' })).status, 200);
        assertProblem(await act(submission.submissionId, 'decline', { reason: 'Other words' }), 409, 'status-conflict');
        const receipt = await store.receiptStatus(submission.submissionId);
        assert.equal(receipt.find((s) => s.serviceId === 'domestic-abuse')?.reason, 'We only cover Morlan: we have passed you to the county team.');
      });
    });

    describe('withdrawals', () => {
      it('are stored once, replayed, and refused without the receipt code or when invalid', async () => {
        const server = await start();
        const { submission, auth } = await withReceipt(fullSubmission(nextId()));
        await submit(server, submission);
        const notice = noticeFor(submission, consentBased(submission, 'money-advice'));
        assertProblem(await post(`${server.url}/withdrawals`, notice), 403, 'receipt-code-refused');
        assertProblem(await post(`${server.url}/withdrawals`, { ...notice, withdrawnAt: 'soon' }, auth), 400, 'invalid-withdrawal');
        const first = await post(`${server.url}/withdrawals`, notice, auth);
        assert.equal(first.status, 201);
        assert.equal((first.body as { recordId: string }).recordId, notice.recordId);
        assert.equal((await post(`${server.url}/withdrawals`, notice, auth)).headers.get(REPLAY_HEADER), 'true');
        assert.equal((await store.withdrawals()).filter((w) => w.notice.recordId === notice.recordId).length, 1);
      });

      it("take the withdrawn purpose's data out of the service's view, and record that they did", async () => {
        const server = await start();
        const { token } = await issueServiceToken(store, 'money-advice');
        const { submission, auth } = await withReceipt(fullSubmission(nextId()));
        await submit(server, submission);
        const envelope = submission.disclosures.find((d) => d.serviceId === 'money-advice')!;
        const record = consentBased(submission, 'money-advice');
        assert.ok(record, 'the fixture has a consent-based purpose for money-advice');
        const notice = noticeFor(submission, record);
        assert.equal((await post(`${server.url}/withdrawals`, notice, auth)).status, 201);
        const item = (await get(`${server.url}/services/money-advice/inbox/${submission.submissionId}`, token)).body as InboxItem;
        assert.ok(!item.envelope!.purposes.some((p) => p.purposeId === record.purposeId));
        const stillCovered = new Set(submission.consents.filter((c) => c.serviceId === 'money-advice' && c.recordId !== record.recordId && item.envelope!.purposes.some((p) => p.consentRecordId === c.recordId)).flatMap((c) => c.fields));
        const removed = envelope.fields.filter((f) => record.fields.includes(f) && !stillCovered.has(f));
        for (const field of removed) {
          assert.ok(!item.envelope!.fields.includes(field), field);
          assert.ok(item.envelope!.withheld.some((w) => w.field === field && w.reason === 'withdrawn'), field);
        }
        assert.ok(item.events.some((e) => e.event === 'withdrawal-applied'));
        const listed = (await get(`${server.url}/services/money-advice/withdrawals`, token)).body as { withdrawals: { notice: WithdrawalNotice; applied: { removedFields: string[] }[] }[] };
        const mine = listed.withdrawals.find((w) => w.notice.recordId === record.recordId);
        assert.deepEqual(mine?.applied[0]?.removedFields, removed);
        // The other services' envelopes are untouched.
        const housing = (await store.submission(submission.submissionId))!.submission.disclosures.find((d) => d.serviceId === 'housing-support');
        assert.deepEqual(housing, submission.disclosures.find((d) => d.serviceId === 'housing-support'));
      });
    });

    describe('retention', () => {
      it('purges envelopes past their retention on the injected clock, keeping only ids and times', async () => {
        let clock = Date.parse('2026-01-01T00:00:00Z');
        const server = await start({ now: () => clock, retention: { 'youth-service': 'P1M' } });
        const { token } = await issueServiceToken(store, 'youth-service');
        const submission = fullSubmission(nextId());
        await submit(server, submission);
        clock = Date.parse('2026-01-31T23:59:59Z');
        await server.purge();
        assert.ok(((await get(`${server.url}/services/youth-service/inbox/${submission.submissionId}`, token)).body as InboxItem).envelope, 'kept until due');
        clock = Date.parse('2026-02-01T00:00:00Z');
        assert.ok((await server.purge()) >= 1);
        const item = (await get(`${server.url}/services/youth-service/inbox/${submission.submissionId}`, token)).body as InboxItem;
        assert.equal(item.envelope, undefined);
        assert.equal(item.purgedAt, '2026-02-01T00:00:00.000Z');
        assert.equal(item.events.at(-1)?.event, 'purged');
        assert.ok(!JSON.stringify(item).includes('Carys'));
        const receipt = await store.receiptStatus(submission.submissionId);
        assert.equal(receipt.find((s) => s.serviceId === 'youth-service')?.status, 'deleted');
        assert.ok(receipt.find((s) => s.serviceId === 'money-advice')?.status !== 'deleted', 'other services keep theirs (P6Y)');
      });
    });

    describe('drafts and receipts, in the database', () => {
      const openReceipt = (server: ReferenceServer, receiptCode: string) => post(`${server.url}/receipts/open`, { receiptCode });
      const deviceAt = (server: ReferenceServer) =>
        createDraftStore({ storage: createEndpointDraftStorage({ endpoint: `${server.url}/submissions` }), iterations: 1000, lifetimeMs: 86_400_000 });

      it('keep a saved draft and a receipt code across a restart, holding hashes and ciphertext only', async () => {
        const ownLocation = await freshLocation(kind, root);
        const code = generateResumeCode();
        const receipt = generateReceiptCode();
        const submission = { ...fullStorySubmission(nextId()), receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) } };
        let own = await openReceiverStore(ownLocation);
        let server = await createReferenceServer({ store: own, webhookIntervalMs: 0, purgeIntervalMs: 0 });
        await deviceAt(server).save(code, { 'person.givenName': 'Gwenllian' });
        assert.equal((await submit(server, submission)).status, 201);
        const rows = await own.database.query('SELECT d.*, r.* FROM drafts d, receipts r');
        for (const secret of ['Gwenllian', code, receipt.code, receipt.verifier]) assert.ok(!JSON.stringify(rows).includes(secret), 'nothing readable is stored');
        await server.close();
        await own.close();

        own = await openReceiverStore(ownLocation);
        server = await createReferenceServer({ store: own, webhookIntervalMs: 0, purgeIntervalMs: 0 });
        try {
          assert.deepEqual((await deviceAt(server).load(code)).status, 'found', 'the draft survived the restart');
          const opened = await openReceipt(server, receipt.code);
          assert.equal(opened.status, 200, 'the receipt code opens its submission after the restart');
          assertProblem(await openReceipt(server, generateReceiptCode().code), 404, 'receipt-not-found');
        } finally {
          await server.close();
          await own.close();
        }
      });

      it('are shared by every receiver on one database: a draft saved or a receipt issued through one opens through another', async () => {
        const other = 'databaseUrl' in location ? await openReceiverStore(location) : store; // PGlite: one process, one handle
        const [a, b] = [await start(), await createReferenceServer({ store: other, webhookIntervalMs: 0, purgeIntervalMs: 0 })];
        try {
          const code = generateResumeCode();
          await deviceAt(a).save(code, { 'person.givenName': 'Iolo' });
          assert.equal((await deviceAt(b).load(code)).status, 'found');
          const receipt = generateReceiptCode();
          const submission = { ...fullStorySubmission(nextId()), receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) } };
          assert.equal((await submit(a, submission)).status, 201);
          assert.equal((await openReceipt(b, receipt.code)).status, 200);
          await deviceAt(b).delete(code);
          assert.deepEqual(await deviceAt(a).load(code), { status: 'not-found' });
        } finally {
          await b.close();
          if (other !== store) await other.close();
        }
      });

      it('migration 3 indexes the receipts of submissions stored before it', async () => {
        const old = await freshLocation(kind, root);
        await (await openReceiverStore(old)).close();
        // A database as migrations 1 and 2 left it, holding a submission with a receipt.
        const database = 'databaseUrl' in old ? await openPostgresDatabase({ connectionString: old.databaseUrl }) : await openPgliteDatabase(old.dataDir);
        await database.exec('DROP TABLE receipts; DROP TABLE drafts; DELETE FROM schema_migrations WHERE version = 3;');
        const receipt = generateReceiptCode();
        const { disclosures: _, ...meta } = { ...fullStorySubmission(nextId()), receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) } };
        await database.query(
          `INSERT INTO submissions (submission_id, reference, received_at, body_hash, canonical_hash, meta) VALUES ($1, 'OS-OLDR-0001', now(), 'x', 'y', $2::jsonb)`,
          [meta.submissionId, JSON.stringify(meta)],
        );
        assert.deepEqual(await migrate(database), [3]);
        await database.close();
        const reopened = await openReceiverStore(old);
        try {
          assert.deepEqual(await reopened.receiptEntries(receipt.selector), [
            { submissionId: meta.submissionId, selector: receipt.selector, verifierHash: meta.receipt.verifierHash },
          ]);
        } finally {
          await reopened.close();
        }
      });
    });

    describe('webhooks', () => {
      it('are signed, hold ids only, and are retried from the queue until delivered', async () => {
        const secret = 'a-long-enough-webhook-secret';
        const seen: { headers: IncomingMessage['headers']; body: string }[] = [];
        let failFirst = 1;
        const hook = createServer((request, response) => {
          let body = '';
          request.on('data', (chunk) => (body += chunk));
          request.on('end', () => {
            seen.push({ headers: request.headers, body });
            response.writeHead(failFirst-- > 0 ? 500 : 204).end();
          });
        });
        await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
        try {
          let clock = Date.parse('2026-05-01T08:00:00Z');
          const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/alerts`;
          const server = await start({ now: () => clock, webhooks: { 'domestic-abuse': { url, secret } } });
          const { submission, auth } = await withReceipt(fullSubmission(nextId()));
          await submit(server, submission);
          assert.equal(await server.sendWebhooks(), 0, 'the first attempt fails');
          const pending = (await store.pendingWebhooks()).filter((job) => job.body['submissionId'] === submission.submissionId);
          assert.equal(pending.length, 1);
          assert.equal(pending[0]!.lastStatus, '500');
          assert.equal(await server.sendWebhooks(), 0, 'not due yet');
          clock = Date.parse(pending[0]!.nextAttemptAt);
          assert.equal(await server.sendWebhooks(), 1);
          assert.equal((await store.pendingWebhooks()).filter((job) => job.body['submissionId'] === submission.submissionId).length, 0);

          const last = seen.at(-1)!;
          const body = JSON.parse(last.body) as Record<string, unknown>;
          assert.equal(body['event'], 'referral.urgent');
          assert.equal(body['submissionId'], submission.submissionId);
          assert.deepEqual(Object.keys(body).sort(), ['event', 'id', 'occurredAt', 'reference', 'serviceId', 'submissionId', 'urgent']);
          assert.ok(!last.body.includes('Carys'));
          const signature = String(last.headers[SIGNATURE_HEADER.toLowerCase()]);
          assert.equal(verifyWebhook(secret, signature, last.body, clock), true);
          assert.equal(verifyWebhook(secret, signature, last.body.replace('urgent', 'Urgent'), clock), false, 'a changed body fails');
          assert.equal(verifyWebhook('another-secret-entirely', signature, last.body, clock), false);
          assert.equal(verifyWebhook(secret, signature, last.body, clock + 301_000), false, 'outside the replay window');

          // domestic-abuse has no consent-based purpose: withdraw money-advice's, alerting it.
          const money = await start({ now: () => clock, webhooks: { 'money-advice': { url, secret } } });
          const notice = noticeFor(submission, consentBased(submission, 'money-advice'));
          assert.equal((await post(`${money.url}/withdrawals`, notice, auth)).status, 201);
          assert.equal(await money.sendWebhooks(), 1);
          assert.equal(JSON.parse(seen.at(-1)!.body).event, 'withdrawal.received');
        } finally {
          hook.closeAllConnections();
          await new Promise((resolve) => hook.close(resolve));
        }
      });
    });
  });
}
