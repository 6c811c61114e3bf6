import {
  createDeviceDraftStorage,
  createDraftStore,
  createIndexedDbDraftStorage,
  createIndexedDbOutbox,
  createSubmissionClient,
  wipeAll,
  type DeliveryResult,
  type Submission,
} from '@onestory/core';
import { generateResumeCode } from '@onestory/core/delivery';

// A page of its own (a window the test opens and closes), so that the page that queues a
// story and the page that later sends it share nothing but IndexedDB. Driven by messages
// from the test page that opened it, whose origin comes in the query.

/** What the test page asks this page to do. */
export type PageCommand =
  /** Queue and send `submission`, persisting the outbox. `connection` decides what the network does. */
  | {
      readonly type: 'submit';
      readonly endpoint: string;
      readonly databaseName: string;
      readonly submission: Submission;
      readonly connection: 'offline' | 'real';
    }
  /** Open the persistent outbox and send whatever is queued, as a page does when it opens. */
  | { readonly type: 'reopen'; readonly endpoint: string; readonly databaseName: string }
  /** Store a little of everything OneStory can store (and one partner key), then `wipeAll()`. */
  | { readonly type: 'wipe'; readonly databaseName: string; readonly submission: Submission };

/** What this page tells the test page. */
export type PageReport =
  | { readonly type: 'loaded' }
  | { readonly type: 'fetching' }
  | { readonly type: 'result'; readonly results: readonly Pick<DeliveryResult, 'status' | 'submissionId'>[] }
  | { readonly type: 'error'; readonly message: string }
  /** What was left after `wipeAll()`, and whether a draft and a story were there before. */
  | {
      readonly type: 'wiped';
      readonly before: { readonly queued: number; readonly draftFound: boolean };
      readonly after: { readonly queued: number; readonly draft: string; readonly storageKeys: readonly string[]; readonly databases: readonly string[]; readonly caches: readonly string[] };
    };

const parentOrigin = new URL(location.href).searchParams.get('parent') ?? '';
const report = (message: PageReport) => (opener as Window).postMessage(message, parentOrigin);
const summary = (results: readonly DeliveryResult[]) => results.map(({ status, submissionId }) => ({ status, submissionId }));

addEventListener('message', (event: MessageEvent<PageCommand>) => {
  if (event.origin !== parentOrigin) return;
  const command = event.data;
  const outbox = createIndexedDbOutbox({ databaseName: command.databaseName });
  const run = async () => {
    if (command.type === 'submit') {
      const client = createSubmissionClient({
        endpoint: command.endpoint,
        outbox,
        retry: { maxAttempts: 1 },
        fetch:
          command.connection === 'offline'
            ? () => Promise.reject(new TypeError('Failed to fetch'))
            : (url, init) => {
                report({ type: 'fetching' });
                return fetch(url, init);
              },
      });
      report({ type: 'result', results: summary([await client.submit(command.submission)]) });
    } else if (command.type === 'reopen') {
      const client = createSubmissionClient({ endpoint: command.endpoint, outbox });
      report({ type: 'result', results: summary(await client.flush()) });
    } else {
      await outbox.put({ submissionId: command.submission.submissionId, submission: command.submission, queuedAt: 0, attempts: 0, nextTryAt: 0, receipts: [] });
      const drafts = createDraftStore({ storage: createDeviceDraftStorage({ store: createIndexedDbDraftStorage() }), iterations: 1000 });
      const code = generateResumeCode();
      await drafts.save(code, { 'person.givenName': 'Carys' });
      sessionStorage.setItem('onestory-step', 'contact');
      localStorage.setItem('onestory-locale', 'cy');
      localStorage.setItem('partner-theme', 'dark');
      await (await caches.open('onestory-assets')).put('/x', new Response('x'));
      const before = { queued: (await outbox.list()).length, draftFound: (await drafts.load(code)).status === 'found' };
      await wipeAll();
      // Look before reading again: reading reopens (empty) databases.
      const storageKeys = [...Object.keys(sessionStorage), ...Object.keys(localStorage)];
      const databases = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.startsWith('onestory'));
      const cacheNames = await caches.keys();
      const after = {
        queued: (await outbox.list()).length,
        draft: (await drafts.load(code)).status,
        storageKeys,
        databases,
        caches: cacheNames,
      };
      report({ type: 'wiped', before, after });
    }
  };
  run().catch((error: unknown) => report({ type: 'error', message: String(error) }));
});

report({ type: 'loaded' });
