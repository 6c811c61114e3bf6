import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EndpointRequestError, openReceipt, sendWithdrawal, withdraw, type ConsentRecord, type Submission } from '@onestory/core';
import { generateReceiptCode, receiptVerifierHash } from '@onestory/core/delivery';
import { createReferenceServer, issueServiceToken, openReceiverStore, type ReferenceServer } from '@onestory/core/server';
import { freshLocation, quickLocation, STORE_KINDS } from '../../support/stores.js';
import { fullSubmission, submissionIdFor } from '../../support/submissions.js';

// Receipts and withdrawals at the real reference endpoint: a receipt code (>= 128-bit
// secret, stored only as a hash) reopens the receipt anywhere, and authorises withdrawing
// a consent of that submission and no other.

let root: string;
let n = 0;
let server: ReferenceServer;
let dataDir: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-receipts-'));
  dataDir = join(root, 'data');
  server = await createReferenceServer({ ...(await quickLocation(dataDir)), guessLimit: { failures: 1000, perMs: 60_000 } });
});
after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const endpoint = () => `${server.url}/submissions`;

/** Sends a full submission carrying a fresh receipt code; resolves to it and its code. */
async function sendWithReceipt(to: ReferenceServer = server): Promise<{ submission: Submission; code: string; reference: string }> {
  const receipt = generateReceiptCode();
  const submission: Submission = {
    ...fullSubmission(submissionIdFor(0x7ec, ++n)),
    receipt: { selector: receipt.selector, verifierHash: await receiptVerifierHash(receipt.verifier) },
  };
  const response = await fetch(`${to.url}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': submission.submissionId },
    body: JSON.stringify(submission),
  });
  assert.equal(response.status, 201);
  const { reference } = (await response.json()) as { reference: string };
  return { submission, code: receipt.code, reference };
}

const consentRecord = (submission: Submission, serviceId: string, purposeId: string): ConsentRecord =>
  submission.consents.find((r) => r.serviceId === serviceId && r.purposeId === purposeId)!;

const noticeFor = (submission: Submission, record: ConsentRecord) =>
  withdraw(record, { now: new Date('2026-02-01T09:00:00.000Z'), actor: 'subject', submissionId: submission.submissionId }).notice;

const refusedWith = (status: number) => (error: unknown) => error instanceof EndpointRequestError && error.status === status;

describe('receipt codes at the reference endpoint', () => {
  it('are 32 symbols carrying a 130-bit secret; the endpoint stores only its hash', async () => {
    const { code, submission } = await sendWithReceipt();
    assert.match(code, /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){7}$/);
    assert.ok(Math.log2(32) * 26 >= 128);
    const stored = JSON.stringify(await server.store.submissions());
    const verifier = code.replace(/-/g, '').slice(6);
    assert.ok(!stored.includes(verifier) && !stored.includes(code));
    assert.ok(stored.includes(submission.receipt!.verifierHash));
  });

  it('reopen the receipt on any device, with the consent records as sent and no answers', async () => {
    const { code, submission, reference } = await sendWithReceipt();
    const receipt = await openReceipt(code.toLowerCase().replace(/-/g, ' '), { endpoint: endpoint() });
    assert.equal(receipt?.submissionId, submission.submissionId);
    assert.equal(receipt?.reference, reference);
    assert.deepEqual(receipt?.consents, submission.consents);
    assert.ok(!JSON.stringify(receipt).includes('Carys'), 'a receipt names fields, never what was typed');
    assert.equal(await openReceipt(generateReceiptCode().code, { endpoint: endpoint() }), undefined, 'a guessed code opens nothing');
    assert.equal(await openReceipt('not a code', { endpoint: endpoint() }), undefined);
  });

  it('authorise withdrawing a consent; the receipt then shows it withdrawn, and a repeat changes nothing', async () => {
    const { code, submission } = await sendWithReceipt();
    const record = consentRecord(submission, 'money-advice', 'feedback');
    const reference = await sendWithdrawal(noticeFor(submission, record), code, { endpoint: endpoint() });
    assert.match(reference, /^OS-/);
    const stored = (await server.store.withdrawals()).filter((w) => w.notice.recordId === record.recordId);
    assert.equal(stored.length, 1);
    const reopened = await openReceipt(code, { endpoint: endpoint() });
    const after = reopened!.consents.find((r) => r.recordId === record.recordId)!;
    assert.equal(after.events.at(-1)?.type, 'withdrawn');
    assert.deepEqual(reopened!.withdrawals, [{ recordId: record.recordId, withdrawnAt: '2026-02-01T09:00:00.000Z', reference }]);
    // Pressing Withdraw again (another tab, a retry with a new time) is answered with the first.
    const again = { ...noticeFor(submission, record), withdrawnAt: '2026-02-02T09:00:00.000Z' };
    assert.equal(await sendWithdrawal(again, code, { endpoint: endpoint() }), reference);
    assert.equal((await server.store.withdrawals()).filter((w) => w.notice.recordId === record.recordId).length, 1);
  });

  it('refuse a withdrawal with a wrong, a guessed or a reused secret, or none', async () => {
    const mine = await sendWithReceipt();
    const theirs = await sendWithReceipt();
    const record = consentRecord(theirs.submission, 'money-advice', 'advice');
    const notice = noticeFor(theirs.submission, record);
    const before = (await server.store.withdrawals()).length;

    const oneSymbolOff = theirs.code.slice(0, -1) + (theirs.code.endsWith('2') ? '3' : '2');
    await assert.rejects(sendWithdrawal(notice, oneSymbolOff, { endpoint: endpoint() }), refusedWith(403), 'wrong');
    await assert.rejects(sendWithdrawal(notice, generateReceiptCode().code, { endpoint: endpoint() }), refusedWith(403), 'guessed');
    // My own valid code, reused against someone else's submission.
    await assert.rejects(sendWithdrawal(notice, mine.code, { endpoint: endpoint() }), refusedWith(403), 'reused');
    // Their code, but a record id moved onto my submission's notice.
    const mixed = { ...noticeFor(mine.submission, consentRecord(mine.submission, 'money-advice', 'advice')), recordId: record.recordId };
    await assert.rejects(sendWithdrawal(mixed, theirs.code, { endpoint: endpoint() }), refusedWith(403), 'record of another submission');
    const bare = await fetch(`${server.url}/withdrawals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notice) });
    assert.equal(bare.status, 403, 'no code at all');
    assert.equal((await server.store.withdrawals()).length, before, 'nothing was recorded');
  });

  it('refuse withdrawing a purpose on another basis, saying which', async () => {
    const { code, submission } = await sendWithReceipt();
    const record = consentRecord(submission, 'domestic-abuse', 'referral');
    assert.equal(record.basis, 'legitimate-interests');
    const notice = { ...noticeFor(submission, { ...record, basis: 'consent' }), recordId: record.recordId };
    await assert.rejects(sendWithdrawal(notice, code, { endpoint: endpoint() }), (error: unknown) => {
      assert.ok(error instanceof EndpointRequestError);
      assert.equal(error.status, 422);
      assert.match(error.problem?.detail ?? '', /legitimate-interests.*object/);
      return true;
    });
  });

  it('count wrong receipt codes as guesses: 429 after the limit', async () => {
    const limited = await createReferenceServer({ ...(await quickLocation(root)), guessLimit: { failures: 3, perMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(await openReceipt(generateReceiptCode().code, { endpoint: `${limited.url}/submissions` }).then(() => 404, (e: EndpointRequestError) => e.status));
      }
      assert.deepEqual(statuses, [404, 404, 404, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

for (const kind of STORE_KINDS) {
  describe(`the status each service gave, on the reopened receipt (${kind} store)`, () => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    let statusServer: ReferenceServer;
    let closeStore: () => Promise<void>;
    before(async () => {
      const store = await openReceiverStore(await freshLocation(kind, root));
      closeStore = () => store.close();
      statusServer = await createReferenceServer({ store, now: () => clock, webhookIntervalMs: 0, purgeIntervalMs: 0 });
    });
    after(async () => {
      await statusServer.close();
      await closeStore();
    });
    const act = (token: string, serviceId: string, submissionId: string, action: string, body?: unknown) =>
      fetch(`${statusServer.url}/services/${serviceId}/inbox/${submissionId}/${action}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });

    it('shows received, then seen, accepted, and declined with the reason given, service by service', async () => {
      const { code, submission } = await sendWithReceipt(statusServer);
      const statusOf = async () => (await openReceipt(code, { endpoint: `${statusServer.url}/submissions` }))!.services;
      const sentTo = submission.disclosures.map((d) => d.serviceId);
      assert.deepEqual((await statusOf()).map((s) => [s.serviceId, s.status]), sentTo.map((id) => [id, 'received']));

      const { token: abuse } = await issueServiceToken(statusServer.store, 'domestic-abuse');
      const { token: money } = await issueServiceToken(statusServer.store, 'money-advice');
      clock = Date.parse('2026-03-01T11:00:00Z');
      assert.equal((await act(abuse, 'domestic-abuse', submission.submissionId, 'acknowledge')).status, 200);
      let services = await statusOf();
      assert.deepEqual(services.find((s) => s.serviceId === 'domestic-abuse'), { serviceId: 'domestic-abuse', status: 'seen', at: '2026-03-01T11:00:00.000Z' });
      clock = Date.parse('2026-03-01T12:00:00Z');
      assert.equal((await act(abuse, 'domestic-abuse', submission.submissionId, 'accept')).status, 200);
      const reason = 'We only cover Morlan: we have passed you to the county team.';
      assert.equal((await act(money, 'money-advice', submission.submissionId, 'decline', { reason })).status, 200);
      services = await statusOf();
      assert.equal(services.find((s) => s.serviceId === 'domestic-abuse')?.status, 'accepted');
      assert.deepEqual(services.find((s) => s.serviceId === 'money-advice'), { serviceId: 'money-advice', status: 'declined', at: '2026-03-01T12:00:00.000Z', reason });
      // The status answers only to the right code: a guess and a one-symbol slip see nothing.
      assert.equal(await openReceipt(generateReceiptCode().code, { endpoint: `${statusServer.url}/submissions` }), undefined);
      const slip = code.slice(0, -1) + (code.endsWith('2') ? '3' : '2');
      assert.equal(await openReceipt(slip, { endpoint: `${statusServer.url}/submissions` }), undefined);
    });
  });
}
