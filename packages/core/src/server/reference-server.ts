import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ConfigError, type ConfigProblem } from '../errors.js';
import type { ProblemDetails } from '../delivery/problem.js';
import { PROBLEM_CONTENT_TYPE } from '../delivery/problem.js';
import { problem, sendProblem } from './http-problem.js';
import { inboxRoutes } from './inbox-routes.js';
import { intakeRoutes, REPLAY_HEADER } from './intake-routes.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';
import { randomReference } from './reference-number.js';
import { addIsoDuration } from './retention.js';
import { createRouter, type Route } from './router.js';
import { createDraftRoutes } from './draft-routes.js';
import type { EndpointDraftStore } from './draft-store.js';
import type { EndpointRoute } from './endpoint-route.js';
import { createGuessLimiter, DEFAULT_GUESS_LIMIT, type GuessLimit } from './guess-limiter.js';
import { ReceiptIndex } from './receipt-index.js';
import { createReceiptRoutes } from './receipt-routes.js';
import { authenticate } from './service-tokens.js';
import { openReceiverStore } from './store/open-store.js';
import type { ReceiverStore } from './store/receiver-store.js';
import { createWebhookSender, type WebhookTarget } from './webhooks.js';
import { createFhirForwarder, type FhirForwardTarget } from './fhir-forward.js';

export { REPLAY_HEADER } from './intake-routes.js';

/** Options of {@link createReferenceServer}. Give one of `store`, `databaseUrl` or `dataDir`. */
export interface ReferenceServerOptions {
  /** An opened store (see `openReceiverStore`); the server does not close it. */
  readonly store?: ReceiverStore;
  /** A PostgreSQL server to store in (`postgres://…`): production, any number of processes. */
  readonly databaseUrl?: string;
  /** Folder for the embedded store (PGlite); created if missing. One process at a time. */
  readonly dataDir?: string;
  /** Interface to listen on. Default `127.0.0.1`: put a TLS-terminating proxy in front for anything else. */
  readonly host?: string;
  /** Port; 0 (the default) picks a free one — read it from `url`. */
  readonly port?: number;
  /**
   * Host names the server answers to (the `Host` header, port ignored), so that a
   * DNS-rebinding page cannot reach a local receiver. Default: `localhost`, `127.0.0.1`
   * and `[::1]` when listening on a loopback address; required otherwise.
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Partner origins allowed to call from a browser (`https://partner.example`), or a
   * test of an origin. Only these get CORS headers, preflights included. Default: none.
   */
  readonly allowedOrigins?: readonly string[] | ((origin: string) => boolean);
  /** Largest body accepted, in bytes; larger is refused with 413 without keeping it. Default 1,000,000. */
  readonly maxBodyBytes?: number;
  /** Largest request head (all headers), in bytes; larger is answered 431. Default 16,384. */
  readonly maxHeaderBytes?: number;
  /** Time a client has to send a whole request, in ms; slower is answered 408. Default 30,000. */
  readonly requestTimeoutMs?: number;
  /** Clock, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /** Makes reference numbers. Default {@link randomReference} (`OS-7KQM-3XHD`). */
  readonly newReference?: () => string;
  /** Optional per-address rate limit, answered with 429 and `Retry-After`. Default: none. */
  readonly rateLimit?: RateLimit;
  /** Each service's retention (ISO 8601 duration such as `P6Y`), overriding its consent records' periods. */
  readonly retention?: Readonly<Record<string, string>>;
  /** Each service's webhook: alerts on new, urgent and withdrawn referrals, signed with its secret. */
  readonly webhooks?: Readonly<Record<string, WebhookTarget>>;
  /** How often due webhooks are sent, in ms (0: only by `sendWebhooks()`). Default 1,000. */
  readonly webhookIntervalMs?: number;
  /**
   * Services that take their envelopes as FHIR R4 transaction Bundles, POSTed to their
   * FHIR server from a durable queue (see `createFhirForwarder`), besides their inbox.
   */
  readonly fhirForward?: Readonly<Record<string, FhirForwardTarget>>;
  /** How often due FHIR forwards are sent, in ms (0: only by `sendFhirForwards()`). Default 1,000. */
  readonly fhirForwardIntervalMs?: number;
  /** How often expired envelopes are purged, in ms (0: only by `purge()`). Default one hour. */
  readonly purgeIntervalMs?: number;
  /** Wrong resume or receipt codes allowed per address. Default {@link DEFAULT_GUESS_LIMIT}. */
  readonly guessLimit?: GuessLimit;
  /** Where saved drafts are kept. Default: the store's `drafts` table. */
  readonly drafts?: EndpointDraftStore;
  /** More routes, matched after the built-in ones. */
  readonly routes?: (context: { readonly store: ReceiverStore; readonly now: () => number }) => readonly Route[];
}

/** A running reference endpoint. */
export interface ReferenceServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`; submissions go to `${url}/submissions`. */
  readonly url: string;
  /** What it has stored. */
  readonly store: ReceiverStore;
  /** Sends the webhooks that are due now; resolves to how many were delivered. */
  sendWebhooks(): Promise<number>;
  /** Sends the FHIR forwards that are due now; resolves to how many were delivered. */
  sendFhirForwards(): Promise<number>;
  /** Deletes the envelopes past their retention now; resolves to how many. */
  purge(): Promise<number>;
  /** Stops accepting, finishes requests in progress (and their writes), then closes. */
  close(): Promise<void>;
}

const clientOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Starts the reference receiver: a `node:http` server on a PostgreSQL store (a server, or
 * PGlite embedded), for partners to run as is or read as the specification.
 *
 * - `POST /submissions` validates with `parseSubmission` and stores each `submissionId`
 *   once, committed before answering `201 {reference, submissionId}`. The same key with
 *   the same body (bytes, or canonical JSON) gets the stored answer again with
 *   `Idempotent-Replayed: true`; with a different body, `422`. Racing retries, in this
 *   process or another on the same database, store once: the database's unique key decides.
 * - `POST /withdrawals` does the same for consent-withdrawal notices, and takes the
 *   withdrawn purpose's data out of the service's view at once.
 * - A service reads only its own inbox, with its own token (`Authorization: Bearer`):
 *   see `inboxRoutes`. Without a valid token every read answers 401; with another
 *   service's, 403. No read is ever open.
 * - Errors are RFC 9457 `application/problem+json`, including the ones Node answers
 *   itself: 400 malformed HTTP, 408 too slow, 431 headers too large; 421 for an unknown `Host`.
 *
 * @throws ConfigError for invalid options.
 */
export async function createReferenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const config = checkOptions(options);
  const store = options.store ?? (await openReceiverStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir! }));
  const ownsStore = options.store === undefined;
  const limiter = config.rateLimit && createRateLimiter(config.rateLimit, config.now);
  const running = new Set<Promise<void>>();
  const targets = new Map(Object.entries(options.webhooks ?? {}));
  const webhooks = createWebhookSender({ store, targets, now: config.now });
  const fhirTargets = new Map(Object.entries(options.fhirForward ?? {}));
  const forwarder = createFhirForwarder({ store, targets: fhirTargets, now: config.now });
  // Save-and-resume and receipts (draft-routes.ts, receipt-routes.ts) mount beside /submissions.
  const guesses = createGuessLimiter(options.guessLimit ?? DEFAULT_GUESS_LIMIT, config.now);
  const drafts = createDraftRoutes({ store: options.drafts ?? store.drafts, now: config.now, guesses });
  const receiptIndex = new ReceiptIndex((selector) => store.receiptEntries(selector));
  const receipts = createReceiptRoutes({ index: receiptIndex, sources: store, guesses });
  const postRoutes = (routes: Readonly<Record<string, EndpointRoute>>): Route[] =>
    Object.entries(routes).map(([path, handle]) => ({ method: 'POST', path, access: 'public', handle: ({ request, response }) => handle(request, response, clientOf(request)) }));
  const router = createRouter([
    ...intakeRoutes({
      store,
      maxBodyBytes: config.maxBodyBytes,
      now: config.now,
      newReference: config.newReference,
      retentionOf: (serviceId) => options.retention?.[serviceId],
      notifies: (serviceId) => targets.has(serviceId),
      forwards: (serviceId) => fhirTargets.has(serviceId),
      authoriseWithdrawal: (request, response, json) => receipts.authoriseWithdrawal(request, response, json, clientOf(request)),
    }),
    ...postRoutes(drafts.routes),
    ...postRoutes(receipts.routes),
    ...inboxRoutes({ store, now: config.now }),
    ...(options.routes?.({ store, now: config.now }) ?? []),
  ]);
  const isAllowedOrigin =
    typeof config.allowedOrigins === 'function'
      ? config.allowedOrigins
      : (origin: string) => (config.allowedOrigins as readonly string[]).includes(origin);
  const allowedHosts = new Set((options.allowedHosts ?? [...LOOPBACK]).map((name) => name.toLowerCase().replace(/^\[|\]$/g, '')));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(hostName(request.headers.host))) {
      return sendProblem(response, problem(421, 'host-not-allowed', 'Host not allowed', 'This receiver does not answer to that host name.'));
    }
    const origin = request.headers.origin;
    const allowed = origin !== undefined && isAllowedOrigin(origin);
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('access-control-expose-headers', `${REPLAY_HEADER}, Retry-After, WWW-Authenticate`);
    }
    response.setHeader('vary', 'Origin');

    const url = new URL(request.url ?? '/', 'http://endpoint');
    const match = router.match(request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? 'POST') : request.method ?? '', url.pathname);
    if (request.method === 'OPTIONS') {
      if (origin === undefined) return void response.writeHead(204, { allow: match.kind === 'method-not-allowed' ? match.allow : '' }).end();
      if (!allowed) {
        return sendProblem(response, problem(403, 'origin-not-allowed', 'Origin not allowed', 'This origin is not a configured partner.'));
      }
      const requested = request.headers['access-control-request-headers'];
      return void response
        .writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers':
            typeof requested === 'string' && /^[\w\-, ]*$/.test(requested) ? requested : 'content-type, idempotency-key, authorization',
          'access-control-max-age': '600',
        })
        .end();
    }
    if (limiter) {
      const waitMs = limiter.take(clientOf(request));
      if (waitMs > 0) {
        return sendProblem(response, problem(429, 'too-many-requests', 'Too many requests', 'Slow down and try again.'), {
          'retry-after': String(Math.ceil(waitMs / 1000)),
        });
      }
    }
    if (match.kind === 'not-found') return sendProblem(response, problem(404, 'not-found', 'Not found', 'Submissions go to POST /submissions.'));
    if (match.kind === 'method-not-allowed') {
      return sendProblem(response, problem(405, 'method-not-allowed', 'Method not allowed'), { allow: match.allow });
    }
    const { route, params } = match;
    let service: { serviceId: string; tokenId: string } | undefined;
    if (route.access === 'service') {
      const auth = await authenticate(store, request.headers.authorization);
      if (!auth.ok) {
        const error = auth.reason === 'missing' ? '' : ', error="invalid_token"';
        return sendProblem(
          response,
          problem(401, 'unauthorized', 'Unauthorized', 'Send the service\'s token: Authorization: Bearer <token>.'),
          { 'www-authenticate': `Bearer realm="onestory"${error}` },
        );
      }
      if (params['serviceId'] !== undefined && params['serviceId'] !== auth.serviceId) {
        return sendProblem(response, problem(403, 'forbidden', 'Forbidden', 'This token belongs to another service.'));
      }
      service = { serviceId: auth.serviceId, tokenId: auth.tokenId };
    }
    await route.handle({ request, response, params, query: url.searchParams, ...(service ? { service } : {}) });
  }

  const server = createServer(
    {
      maxHeaderSize: config.maxHeaderBytes,
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.requestTimeoutMs,
      // How often Node checks for timed-out requests: often enough for short test timeouts.
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(config.requestTimeoutMs / 4))),
    },
    (request, response) => {
      const work = handle(request, response)
        .catch(() => {
          // Whatever went wrong, answer (or drop the connection) and keep serving.
          if (!response.headersSent) sendProblem(response, problem(500, 'internal-error', 'Internal error'));
          else response.destroy();
        })
        .finally(() => running.delete(work));
      running.add(work);
    },
  );
  // Requests Node refuses before the handler sees them still get a problem body.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return void socket.destroy();
    const answer =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? problem(431, 'headers-too-large', 'Request header fields too large', `Send at most ${config.maxHeaderBytes} bytes of headers.`)
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? problem(408, 'request-timeout', 'Request timeout', `Send the whole request within ${config.requestTimeoutMs} ms.`)
          : problem(400, 'bad-request', 'Bad request', 'The request is not valid HTTP/1.1.');
    socket.end(rawProblem(answer));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = config.host.includes(':') ? `[${config.host}]` : config.host;

  const timers = [
    repeat(config.webhookIntervalMs, () => webhooks.sendDue()),
    repeat(config.fhirForwardIntervalMs, () => forwarder.sendDue()),
    repeat(config.purgeIntervalMs, () => store.purgeExpired(new Date(config.now()))),
    repeat(60_000, () => drafts.sweep()),
  ];
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostInUrl}:${port}`,
    store,
    sendWebhooks: () => webhooks.sendDue(),
    sendFhirForwards: () => forwarder.sendDue(),
    purge: () => store.purgeExpired(new Date(config.now())),
    close: () =>
      (closing ??= (async () => {
        await Promise.all(timers.map((stop) => stop()));
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        while (running.size > 0) await Promise.allSettled([...running]);
        server.closeAllConnections();
        await stopped;
        if (ownsStore) await store.close();
      })()),
  };
}

/** Runs `task` every `everyMs` (never two at once); the returned function stops it and waits for a run in progress. */
function repeat(everyMs: number, task: () => Promise<unknown>): () => Promise<void> {
  if (everyMs <= 0) return async () => undefined;
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    current = current.then(task).catch(() => undefined);
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}

function hostName(header: string | undefined): string {
  if (!header) return '';
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d*$/, '');
  return name.toLowerCase();
}

function rawProblem(body: ProblemDetails): string {
  const text = JSON.stringify(body);
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[body.status] ?? 'Error';
  return (
    `HTTP/1.1 ${body.status} ${reason}\r\nconnection: close\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
    `cache-control: no-store\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`
  );
}

type CheckedOptions = Required<
  Pick<ReferenceServerOptions, 'host' | 'port' | 'allowedOrigins' | 'maxBodyBytes' | 'maxHeaderBytes' | 'requestTimeoutMs' | 'now' | 'newReference' | 'webhookIntervalMs' | 'fhirForwardIntervalMs' | 'purgeIntervalMs'>
> &
  Pick<ReferenceServerOptions, 'rateLimit'>;

function checkOptions(options: ReferenceServerOptions): CheckedOptions {
  const problems: ConfigProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, code: 'invalid-option', message });
  const {
    store,
    databaseUrl,
    dataDir,
    host = '127.0.0.1',
    port = 0,
    allowedHosts,
    allowedOrigins = [],
    maxBodyBytes = 1_000_000,
    maxHeaderBytes = 16_384,
    requestTimeoutMs = 30_000,
    now = Date.now,
    newReference = randomReference,
    rateLimit,
    retention = {},
    webhooks = {},
    webhookIntervalMs = 1000,
    fhirForward = {},
    fhirForwardIntervalMs = 1000,
    purgeIntervalMs = 3_600_000,
  } = options ?? ({} as ReferenceServerOptions);
  if (store === undefined && databaseUrl === undefined && (typeof dataDir !== 'string' || dataDir === '')) {
    add('dataDir', 'Set dataDir to the folder the embedded database goes in, or databaseUrl to a PostgreSQL server.');
  }
  if (databaseUrl !== undefined && !/^postgres(?:ql)?:\/\//.test(String(databaseUrl))) add('databaseUrl', 'Use a postgres:// URL.');
  if (typeof host !== 'string' || host === '') add('host', 'Set host to an interface address such as 127.0.0.1.');
  if (allowedHosts === undefined && typeof host === 'string' && !LOOPBACK.has(host)) {
    add('allowedHosts', `Listening on ${host}: list the host names clients use (allowedHosts: ['receiver.example.org']).`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) add('port', 'Set port to a whole number from 0 to 65535.');
  for (const [name, value] of Object.entries({ maxBodyBytes, maxHeaderBytes, requestTimeoutMs })) {
    if (!Number.isInteger(value) || value < 1) add(name, `Set ${name} to a positive whole number.`);
  }
  for (const [name, value] of Object.entries({ webhookIntervalMs, fhirForwardIntervalMs, purgeIntervalMs })) {
    if (!Number.isInteger(value) || value < 0) add(name, `Set ${name} to a whole number of milliseconds (0 turns the timer off).`);
  }
  if (typeof now !== 'function') add('now', 'now must be a function returning ms since the epoch.');
  if (typeof newReference !== 'function') add('newReference', 'newReference must be a function returning a string.');
  if (Array.isArray(allowedOrigins)) {
    allowedOrigins.forEach((origin, i) => {
      if (typeof origin !== 'string' || !isOrigin(origin)) {
        add(`allowedOrigins[${i}]`, `"${String(origin)}" is not an origin: use scheme://host[:port], no path (e.g. https://partner.example).`);
      }
    });
  } else if (typeof allowedOrigins !== 'function') {
    add('allowedOrigins', 'Use an array of origins or a function (origin) => boolean.');
  }
  if (rateLimit !== undefined) {
    if (!Number.isInteger(rateLimit.requests) || rateLimit.requests < 1) add('rateLimit.requests', 'Use a positive whole number.');
    if (!Number.isInteger(rateLimit.perMs) || rateLimit.perMs < 1) add('rateLimit.perMs', 'Use a positive whole number of milliseconds.');
  }
  for (const [serviceId, period] of Object.entries(retention)) {
    if (typeof period !== 'string' || !addIsoDuration(new Date(0), period)) add(`retention.${serviceId}`, 'Use an ISO 8601 duration such as P6Y or P18M.');
  }
  for (const [serviceId, target] of Object.entries(webhooks)) {
    if (!isHttpUrl(target?.url)) add(`webhooks.${serviceId}.url`, 'Use an http(s) URL.');
    if (typeof target?.secret !== 'string' || target.secret.length < 16) add(`webhooks.${serviceId}.secret`, 'Use a secret of at least 16 characters.');
  }
  for (const [serviceId, target] of Object.entries(fhirForward)) {
    if (!isHttpUrl(target?.baseUrl)) add(`fhirForward.${serviceId}.baseUrl`, 'Use the FHIR server\'s http(s) base URL, such as https://fhir.trust.example/R4.');
    if (!Array.isArray(target?.definitions) || target.definitions.length === 0) {
      add(`fhirForward.${serviceId}.definitions`, 'List the definitions submissions are made with (loadDefinition output): each Bundle\'s Questionnaire comes from one.');
    }
  }
  if (problems.length > 0) throw new ConfigError('The reference server options are invalid.', problems);
  return {
    host,
    port,
    allowedOrigins,
    maxBodyBytes,
    maxHeaderBytes,
    requestTimeoutMs,
    now,
    newReference,
    webhookIntervalMs,
    fhirForwardIntervalMs,
    purgeIntervalMs,
    ...(rateLimit ? { rateLimit } : {}),
  };
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function isHttpUrl(value: unknown): boolean {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
