import { createIndexedDbOutbox, createSubmissionClient, type DeliveryResult, type Submission } from '@onestory/core';

// A page of its own (loaded in an iframe that the test removes, which closes it), so that
// the page that queues a story and the page that later sends it share nothing but
// IndexedDB. Driven by messages from the test page, whose origin comes in the query.

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
  | { readonly type: 'reopen'; readonly endpoint: string; readonly databaseName: string };

/** What this page tells the test page. */
export type PageReport =
  | { readonly type: 'loaded' }
  | { readonly type: 'fetching' }
  | { readonly type: 'result'; readonly results: readonly Pick<DeliveryResult, 'status' | 'submissionId'>[] }
  | { readonly type: 'error'; readonly message: string };

const parentOrigin = new URL(location.href).searchParams.get('parent') ?? '';
const report = (message: PageReport) => parent.postMessage(message, parentOrigin);
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
    } else {
      const client = createSubmissionClient({ endpoint: command.endpoint, outbox });
      report({ type: 'result', results: summary(await client.flush()) });
    }
  };
  run().catch((error: unknown) => report({ type: 'error', message: String(error) }));
});

report({ type: 'loaded' });
