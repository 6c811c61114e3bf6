import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { canonicalJson } from '../consent/canonical-json.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { problem, sendJson, sendProblem } from './http-problem.js';
import { parseSubmission, parseWithdrawalNotice, type ParseResult } from './parse-submission.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';
import { createDraftRoutes } from './draft-routes.js';
import { FileDraftStore, type EndpointDraftStore } from './draft-store.js';
import type { EndpointRoute } from './endpoint-route.js';
import { createGuessLimiter, DEFAULT_GUESS_LIMIT, type GuessLimit } from './guess-limiter.js';
import { readJsonRequest } from './json-request.js';
import { ReceiptIndex } from './receipt-index.js';
import { createReceiptRoutes } from './receipt-routes.js';
import { randomReference } from './reference-number.js';
import { SubmissionStore, type ReferenceStore, type StoredSubmission, type StoredWithdrawal } from './submission-store.js';

/** Options of {@link createReferenceServer}. */
export interface ReferenceServerOptions {
  /** Directory of the data files (`submissions.jsonl`, `withdrawals.jsonl`); created if missing. */
  readonly dataDir: string;
  /** Interface to listen on. Default `127.0.0.1`: put a TLS-terminating proxy in front for anything else. */
  readonly host?: string;
  /** Port; 0 (the default) picks a free one — read it from `url`. */
  readonly port?: number;
  /**
   * Partner origins allowed to call from a browser (`https://partner.example`), or a
   * test of an origin. Only these get CORS headers, preflights included. Default: none.
   */
  readonly allowedOrigins?: readonly string[] | ((origin: string) => boolean);
  /** Largest body accepted, in bytes; larger is refused with 413 without keeping it. Default 1,000,000. */
  readonly maxBodyBytes?: number;
  /** Clock, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /** Makes reference numbers. Default {@link randomReference} (`OS-7KQM-3XHD`). */
  readonly newReference?: () => string;
  /** Optional per-address rate limit, answered with 429 and `Retry-After`. Default: none. */
  readonly rateLimit?: RateLimit;
  /** Wrong resume or receipt codes allowed per address. Default {@link DEFAULT_GUESS_LIMIT}. */
  readonly guessLimit?: GuessLimit;
  /** Where saved drafts are kept. Default: one file each under `dataDir/drafts/`. */
  readonly drafts?: EndpointDraftStore;
}

/** A running reference endpoint. */
export interface ReferenceServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`; submissions go to `${url}/submissions`. */
  readonly url: string;
  /** What it has stored. */
  readonly store: ReferenceStore;
  /** Stops accepting, finishes requests in progress (and their writes), then closes. */
  close(): Promise<void>;
}

/** Response header set on an answer replayed from the idempotency record. */
export const REPLAY_HEADER = 'Idempotent-Replayed';

type PostKind = 'submission' | 'withdrawal';

/**
 * Starts the reference endpoint: a dependency-free `node:http` server that partners can
 * run as is or read as the specification of what a receiving endpoint must do.
 *
 * - `POST /submissions` validates the body with `parseSubmission` and stores each
 *   `submissionId` once, durably (written and fsynced before answering), answering
 *   `201 {reference, submissionId}`. Idempotency (`Idempotency-Key`, which must equal the
 *   `submissionId`; the id alone is used when the header is missing): the same key with
 *   the same body (the same bytes, or else the same canonical JSON) gets the stored
 *   answer again — the same `201` and body, plus the header `Idempotent-Replayed: true`;
 *   the same key with a different body gets `422`; a request while the first with that
 *   key is still being stored gets `409` with `Retry-After: 1`.
 * - `POST /withdrawals` does the same for consent-withdrawal notices (key: the header, or
 *   the notice's `recordId`), answering `201 {reference, recordId}`.
 * - Errors are RFC 9457 `application/problem+json` with `issues` by path: `400` bad JSON,
 *   schema failure or bad idempotency key, `413` body over `maxBodyBytes` (the rest is
 *   read and dropped up to 4× the limit, then the connection closed), `415` not `application/json`, `429` rate limited, `503` storage failed.
 * - `GET /submissions`, `GET /services/:id` and `GET /withdrawals` list what was received.
 *   They are for the demo's listing page and for tests only: they return people's stories
 *   without any authentication, so a production receiver must remove or protect them.
 *
 * @throws ConfigError for invalid options.
 */
export async function createReferenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const config = checkOptions(options);
  const store = await SubmissionStore.open(config.dataDir);
  const limiter = config.rateLimit && createRateLimiter(config.rateLimit, config.now);
  // Save-and-resume and receipts (draft-routes.ts, receipt-routes.ts) mount beside /submissions.
  const guesses = createGuessLimiter(options.guessLimit ?? DEFAULT_GUESS_LIMIT, config.now);
  const drafts = createDraftRoutes({ store: options.drafts ?? (await FileDraftStore.open(join(config.dataDir, 'drafts'))), now: config.now, guesses });
  const receiptIndex = new ReceiptIndex();
  for (const stored of store.submissions()) receiptIndex.add(stored.submission);
  const receipts = createReceiptRoutes({ index: receiptIndex, sources: store, guesses });
  const extraRoutes: Readonly<Record<string, EndpointRoute>> = { ...drafts.routes, ...receipts.routes };
  const sweeper = setInterval(() => void drafts.sweep().catch(() => undefined), 60_000);
  sweeper.unref();
  const inFlight = new Set<string>();
  const pendingReferences = new Set<string>();
  const running = new Set<Promise<void>>();

  const isAllowedOrigin =
    typeof config.allowedOrigins === 'function'
      ? config.allowedOrigins
      : (origin: string) => (config.allowedOrigins as readonly string[]).includes(origin);

  const newUniqueReference = (): string => {
    for (let tries = 0; tries < 20; tries++) {
      const reference = config.newReference();
      if (!store.hasReference(reference) && !pendingReferences.has(reference)) return reference;
    }
    throw new ConfigError('newReference() keeps returning references already in use.');
  };

  async function handlePost(kind: PostKind, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJsonRequest(request, response, config.maxBodyBytes);
    if (!body) return;
    const { json } = body;
    if (kind === 'withdrawal') {
      const authorisation = await receipts.authoriseWithdrawal(request, response, json, clientOf(request));
      if (authorisation.kind === 'answered') return;
      if (authorisation.kind === 'replay') return sendJson(response, 201, answerOf(authorisation.stored), { [REPLAY_HEADER]: 'true' });
    }

    const header = request.headers['idempotency-key'];
    if (header !== undefined && (Array.isArray(header) || !/^[\x21-\x7e]{1,255}$/.test(header))) {
      return sendProblem(
        response,
        problem(400, 'invalid-idempotency-key', 'Invalid Idempotency-Key', undefined, [
          { path: 'Idempotency-Key', code: 'invalid', message: 'Send one Idempotency-Key of 1 to 255 visible ASCII characters.' },
        ]),
      );
    }
    const bodyKey = (json as Record<string, unknown> | null)?.[kind === 'submission' ? 'submissionId' : 'recordId'];
    if (kind === 'submission' && header !== undefined && typeof bodyKey === 'string' && header !== bodyKey) {
      return sendProblem(
        response,
        problem(400, 'idempotency-key-mismatch', 'Idempotency-Key does not match', undefined, [
          { path: 'Idempotency-Key', code: 'mismatch', message: 'The Idempotency-Key must equal the submissionId.' },
        ]),
      );
    }
    const key = header ?? (typeof bodyKey === 'string' ? bodyKey : undefined);
    // Hash the bytes (fast, native); only a retry whose bytes differ pays for comparing canonical JSON.
    const bodyHash = createHash('sha256').update(body.bytes).digest('hex');

    if (key !== undefined) {
      if (inFlight.has(`${kind}:${key}`)) {
        return sendProblem(
          response,
          problem(409, 'request-in-progress', 'Request in progress', 'A request with this Idempotency-Key is still being stored: try again shortly.'),
          { 'retry-after': '1' },
        );
      }
      const stored = kind === 'submission' ? store.submission(key) : store.withdrawal(key);
      if (stored) {
        const storedBody = stored.type === 'submission' ? stored.submission : stored.notice;
        if (stored.bodyHash !== bodyHash && canonicalJson(storedBody) !== canonicalJson(json)) {
          return sendProblem(
            response,
            problem(422, 'idempotency-key-reused', 'Idempotency-Key reused', 'This Idempotency-Key was already used with a different body.'),
          );
        }
        return sendJson(response, 201, answerOf(stored), { [REPLAY_HEADER]: 'true' });
      }
    }

    const parsed: ParseResult<unknown> = kind === 'submission' ? parseSubmission(json) : parseWithdrawalNotice(json);
    if (!parsed.ok) {
      return sendProblem(
        response,
        problem(400, `invalid-${kind}`, `Invalid ${kind}`, `The ${kind} does not match schema version 1.0.`, parsed.issues),
      );
    }

    const flightKey = `${kind}:${key}`;
    inFlight.add(flightKey);
    let reference: string | undefined;
    try {
      reference = newUniqueReference();
      pendingReferences.add(reference);
      const receivedAt = new Date(config.now()).toISOString();
      const record: StoredSubmission | StoredWithdrawal =
        kind === 'submission'
          ? { type: 'submission', reference, submissionId: key!, receivedAt, bodyHash, submission: parsed.value as StoredSubmission['submission'] }
          : { type: 'withdrawal', reference, idempotencyKey: key!, receivedAt, bodyHash, notice: parsed.value as StoredWithdrawal['notice'] };
      if (record.type === 'submission') {
        await store.addSubmission(record);
        receiptIndex.add(record.submission);
      }
      else await store.addWithdrawal(record);
      sendJson(response, 201, answerOf(record));
    } catch {
      sendProblem(
        response,
        problem(503, 'storage-unavailable', 'Storage unavailable', 'Nothing was stored: try again later.'),
        { 'retry-after': '5' },
      );
    } finally {
      inFlight.delete(flightKey);
      if (reference) pendingReferences.delete(reference);
    }
  }

  function handleGet(path: string, response: ServerResponse): void {
    if (path === '/submissions') return sendJson(response, 200, { submissions: store.submissions().map(listed) });
    if (path === '/withdrawals') return sendJson(response, 200, { withdrawals: store.withdrawals() });
    let serviceId: string;
    try {
      serviceId = decodeURIComponent(path.slice('/services/'.length));
    } catch {
      return sendProblem(response, problem(404, 'not-found', 'Not found', 'No such service.'));
    }
    sendJson(response, 200, { serviceId, received: store.receivedBy(serviceId) });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = request.headers.origin;
    const allowed = origin !== undefined && isAllowedOrigin(origin);
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('access-control-expose-headers', `${REPLAY_HEADER}, Retry-After`);
    }
    response.setHeader('vary', 'Origin');

    const path = new URL(request.url ?? '/', 'http://endpoint').pathname;
    const route = routeOf(path);
    if (request.method === 'OPTIONS') {
      if (origin === undefined) return void response.writeHead(204, { allow: route?.methods ?? '' }).end();
      if (!allowed) {
        return sendProblem(response, problem(403, 'origin-not-allowed', 'Origin not allowed', 'This origin is not a configured partner.'));
      }
      const requested = request.headers['access-control-request-headers'];
      return void response
        .writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': typeof requested === 'string' && /^[\w\-, ]*$/.test(requested) ? requested : 'content-type, idempotency-key',
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
    const extra = request.method === 'POST' ? extraRoutes[path] : undefined;
    if (extra) return extra(request, response, clientOf(request));
    if (!route) return sendProblem(response, problem(404, 'not-found', 'Not found', 'Submissions go to POST /submissions.'));
    if (!route.methods.split(', ').includes(request.method ?? '')) {
      return sendProblem(response, problem(405, 'method-not-allowed', 'Method not allowed'), { allow: route.methods });
    }
    if (request.method === 'POST') return handlePost(route.kind!, request, response);
    handleGet(path, response);
  }

  const server = createServer((request, response) => {
    const work = handle(request, response)
      .catch(() => {
        // Whatever went wrong, answer (or drop the connection) and keep serving.
        if (!response.headersSent) sendProblem(response, problem(500, 'internal-error', 'Internal error'));
        else response.destroy();
      })
      .finally(() => running.delete(work));
    running.add(work);
  });
  // Malformed HTTP never reaches the handler: answer it here rather than let it crash anything.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
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

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostInUrl}:${port}`,
    store,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        while (running.size > 0) await Promise.allSettled([...running]);
        server.closeAllConnections();
        await stopped;
        clearInterval(sweeper);
        await store.close();
      })()),
  };
}

interface Route {
  readonly methods: string;
  readonly kind?: PostKind;
}

const clientOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

function routeOf(path: string): Route | undefined {
  if (path === '/submissions') return { methods: 'GET, POST', kind: 'submission' };
  if (path === '/withdrawals') return { methods: 'GET, POST', kind: 'withdrawal' };
  if (/^\/services\/[^/]+$/.test(path)) return { methods: 'GET' };
  return undefined;
}

function answerOf(record: StoredSubmission | StoredWithdrawal): Record<string, string> {
  return record.type === 'submission'
    ? { reference: record.reference, submissionId: record.submissionId }
    : { reference: record.reference, recordId: record.notice.recordId };
}

function listed({ reference, submissionId, receivedAt, submission }: StoredSubmission) {
  return { reference, submissionId, receivedAt, submission };
}

type CheckedOptions = Required<Omit<ReferenceServerOptions, 'rateLimit' | 'guessLimit' | 'drafts'>> & Pick<ReferenceServerOptions, 'rateLimit'>;

function checkOptions(options: ReferenceServerOptions): CheckedOptions {
  const problems: ConfigProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, code: 'invalid-option', message });
  const {
    dataDir,
    host = '127.0.0.1',
    port = 0,
    allowedOrigins = [],
    maxBodyBytes = 1_000_000,
    now = Date.now,
    newReference = randomReference,
    rateLimit,
  } = options ?? ({} as ReferenceServerOptions);
  if (typeof dataDir !== 'string' || dataDir === '') add('dataDir', 'Set dataDir to the directory the data files go in.');
  if (typeof host !== 'string' || host === '') add('host', 'Set host to an interface address such as 127.0.0.1.');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) add('port', 'Set port to a whole number from 0 to 65535.');
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) add('maxBodyBytes', 'Set maxBodyBytes to a positive whole number.');
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
  if (problems.length > 0) throw new ConfigError('The reference server options are invalid.', problems);
  return { dataDir, host, port, allowedOrigins, maxBodyBytes, now, newReference, ...(rateLimit ? { rateLimit } : {}) };
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}
