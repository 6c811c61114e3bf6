import { expect } from '@open-wc/testing';
import { buildSubmission, give, loadDefinition, markNoticeShown, requestConsents, type Submission } from '@onestory/core';
import { testEndpoint } from '../helpers/endpoint.js';
import type { PageCommand, PageReport } from './closing-page.js';

// A person finishes their story, the page is closed (tab shut, phone locked, signal lost)
// before the endpoint confirms it. With persistence on, the story waits encrypted in
// IndexedDB; the next time a page opens, it is sent — and the endpoint stores it once.
//
// Each "page" is closing-page.html in a window of its own, opened and closed by the test.
// The pages run on http://localhost:PORT, a different origin from this test page
// (127.0.0.1), so their IndexedDB is their own: no other test file can touch it.

const PAGE_ORIGIN = `http://localhost:${location.port}`;

async function exampleSubmission(givenName: string): Promise<Submission> {
  const response = await fetch('/packages/schemas/examples/walking-skeleton.definition.json');
  const definition = loadDefinition(await response.json());
  const now = new Date();
  const consents = requestConsents(definition, ['housing-support'], { now, newId: () => crypto.randomUUID(), locale: 'en', ageBand: 'adult' })
    .map((record) => markNoticeShown(record, { now }))
    .map((record) => give(record, { now, actor: 'subject' }));
  return buildSubmission(
    {
      definition,
      story: {
        referrer: { type: 'self' },
        person: { givenName },
        contact: { phone: '07700 900982' },
        needs: { domains: ['housing'], housing: { description: 'I have to leave my home tonight.', localAuthority: 'Cardiff Council' } },
      },
      chosenServices: ['housing-support'],
      consents,
      locale: 'en',
      channel: 'web',
    },
    { now, newId: () => crypto.randomUUID() },
  );
}

/** Opens closing-page.html in a new window; `close()` closes that page. */
async function openPage() {
  const reports: PageReport[] = [];
  const waiting: (() => void)[] = [];
  const page = window.open(`${PAGE_ORIGIN}/test/browser/delivery/closing-page.html?parent=${encodeURIComponent(location.origin)}`);
  if (!page) throw new Error('window.open was blocked');
  const onMessage = (event: MessageEvent<PageReport>) => {
    if (event.origin !== PAGE_ORIGIN || event.source !== page) return;
    reports.push(event.data);
    for (const wake of waiting.splice(0)) wake();
  };
  addEventListener('message', onMessage);
  const next = async (type: PageReport['type']): Promise<PageReport> => {
    for (;;) {
      const index = reports.findIndex((report) => report.type === type || report.type === 'error');
      if (index >= 0) {
        const [report] = reports.splice(index, 1);
        if (report!.type === 'error') throw new Error(report!.message);
        return report!;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  await next('loaded');
  return {
    send: (command: PageCommand) => page.postMessage(command, PAGE_ORIGIN),
    next,
    close() {
      removeEventListener('message', onMessage);
      page.close();
    },
  };
}

async function storedCount(submissionId: string): Promise<number> {
  const stored = await (await testEndpoint()).submissions();
  return stored.filter((record) => record.submissionId === submissionId).length;
}

describe('delivery: a page closed while a story is queued (persistence on)', function () {
  // Each test opens and closes real pages (iframes) and waits on IndexedDB: seconds on a busy machine.
  this.timeout(60_000);
  it('sends the story when a page is next open, and the endpoint stores it once', async () => {
    const endpoint = `${(await testEndpoint()).url}/submissions`;
    const databaseName = `onestory-outbox-test-${crypto.randomUUID()}`;
    const submission = await exampleSubmission('Carys');

    const first = await openPage();
    first.send({ type: 'submit', endpoint, databaseName, submission, connection: 'offline' });
    const queued = await first.next('result');
    expect(queued).to.deep.equal({ type: 'result', results: [{ status: 'queued', submissionId: submission.submissionId }] });
    first.close();
    expect(await storedCount(submission.submissionId)).to.equal(0);

    const second = await openPage();
    second.send({ type: 'reopen', endpoint, databaseName });
    expect(await second.next('result')).to.deep.equal({ type: 'result', results: [{ status: 'sent', submissionId: submission.submissionId }] });
    second.close();
    expect(await storedCount(submission.submissionId)).to.equal(1);

    // Nothing is left to send.
    const third = await openPage();
    third.send({ type: 'reopen', endpoint, databaseName });
    expect(await third.next('result')).to.deep.equal({ type: 'result', results: [] });
    third.close();
    expect(await storedCount(submission.submissionId)).to.equal(1);
  });

  it('stores it once even when the page closes while its request is on the wire', async () => {
    const endpoint = `${(await testEndpoint()).url}/submissions`;
    const databaseName = `onestory-outbox-test-${crypto.randomUUID()}`;
    const submission = await exampleSubmission('Rhys');

    const first = await openPage();
    first.send({ type: 'submit', endpoint, databaseName, submission, connection: 'real' });
    await first.next('fetching');
    first.close(); // The endpoint may or may not have received it: either way, once.

    const second = await openPage();
    second.send({ type: 'reopen', endpoint, databaseName });
    const { results } = (await second.next('result')) as Extract<PageReport, { type: 'result' }>;
    second.close();
    // Either the first page saw its answer before closing (nothing left to send), or the
    // second sent it again under the same id; the endpoint holds it once either way.
    const resent = [{ status: 'sent', submissionId: submission.submissionId }];
    expect([[], resent].map((r) => JSON.stringify(r))).to.include(JSON.stringify(results));
    expect(await storedCount(submission.submissionId)).to.equal(1);
  });
});

describe('delivery: wipeAll() on a page that stored everything', () => {
  it('removes the queued story, drafts, keys, OneStory databases, storage keys and caches — and nothing of the host', async () => {
    const page = await openPage();
    page.send({ type: 'wipe', databaseName: `onestory-outbox-test-${crypto.randomUUID()}`, submission: await exampleSubmission('Gwen') });
    const report = (await page.next('wiped')) as Extract<PageReport, { type: 'wiped' }>;
    page.close();
    expect(report.before).to.deep.equal({ queued: 1, draftFound: true });
    expect(report.after.databases).to.deep.equal([]);
    expect(report.after.queued).to.equal(0);
    expect(report.after.draft).to.equal('not-found');
    expect(report.after.storageKeys).to.deep.equal(['partner-theme']);
    expect(report.after.caches).to.deep.equal([]);
  });
});
