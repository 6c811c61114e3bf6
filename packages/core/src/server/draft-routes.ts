import { DEFAULT_DRAFT_LIFETIME_MS, MAX_DRAFT_LIFETIME_MS } from '../delivery/drafts.js';
import { draftIdHash, type EndpointDraftStore } from './draft-store.js';
import type { EndpointRoute } from './endpoint-route.js';
import type { GuessLimiter } from './guess-limiter.js';
import { problem, sendJson, sendProblem } from './http-problem.js';
import { readJsonRequest } from './json-request.js';

/** Options of {@link createDraftRoutes}. */
export interface DraftRoutesOptions {
  readonly store: EndpointDraftStore;
  /** Clock, ms since the epoch. */
  readonly now: () => number;
  /** Counts lookups of drafts that do not exist. */
  readonly guesses: GuessLimiter;
  /** Largest draft body, in bytes. Default 256,000. */
  readonly maxBodyBytes?: number;
}

const LOOKUP_ID = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SWEEP_EVERY_MS = 60_000;

/**
 * The draft routes of the reference endpoint. They hold only what the browser sealed:
 * a lookup id (stored as its hash), an IV and ciphertext. The endpoint cannot read a
 * draft, and deletes it when it expires.
 *
 * - `POST /drafts` `{ lookupId, iv, ciphertext, lifetimeSeconds }` saves (or replaces) a
 *   draft: `200 { savedAt, expiresAt }`. Lifetimes above 30 days are cut to 30.
 * - `POST /drafts/open` `{ lookupId }`: `200 { iv, ciphertext, savedAt, expiresAt }`, or
 *   `404` — which counts as a wrong guess: after too many from one address, `429` with
 *   `Retry-After`, even for a right one.
 * - `POST /drafts/delete` `{ lookupId }`: `204`, whether or not there was one.
 */
export function createDraftRoutes(options: DraftRoutesOptions): {
  readonly routes: Readonly<Record<string, EndpointRoute>>;
  /** Deletes every expired draft now. */
  sweep(): Promise<number>;
} {
  const { store, now, guesses } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 256_000;
  let lastSweep = -Infinity;
  const sweep = async (): Promise<number> => {
    lastSweep = now();
    return store.deleteExpired(lastSweep);
  };
  // Expired drafts go at the latest a minute (of the injected clock) after they expire,
  // whenever the endpoint is next used, and the moment anyone asks for one.
  const sweepIfDue = async () => {
    if (now() - lastSweep >= SWEEP_EVERY_MS) await sweep();
  };

  const lookupIdOf = async (request: Parameters<EndpointRoute>[0], response: Parameters<EndpointRoute>[1]) => {
    const body = await readJsonRequest(request, response, maxBodyBytes);
    if (!body) return undefined;
    const json = (body.json ?? {}) as Record<string, unknown>;
    if (typeof json['lookupId'] !== 'string' || !LOOKUP_ID.test(json['lookupId'])) {
      invalid(response, 'lookupId', 'Send the lookupId the browser derived: 64 lower-case hex digits.');
      return undefined;
    }
    return { lookupId: json['lookupId'], json };
  };

  const save: EndpointRoute = async (request, response) => {
    const read = await lookupIdOf(request, response);
    if (!read) return;
    const { iv, ciphertext, lifetimeSeconds } = read.json;
    if (typeof iv !== 'string' || iv.length !== 16 || !BASE64.test(iv)) {
      return invalid(response, 'iv', 'Send the 12-byte AES-GCM IV as base64 (16 characters).');
    }
    if (typeof ciphertext !== 'string' || ciphertext.length < 24 || !BASE64.test(ciphertext)) {
      return invalid(response, 'ciphertext', 'Send the AES-GCM ciphertext (with its tag) as base64.');
    }
    const lifetime = lifetimeSeconds === undefined ? DEFAULT_DRAFT_LIFETIME_MS / 1000 : lifetimeSeconds;
    if (typeof lifetime !== 'number' || !Number.isInteger(lifetime) || lifetime < 1) {
      return invalid(response, 'lifetimeSeconds', 'Send how long to keep the draft as a whole number of seconds.');
    }
    await sweepIfDue();
    const savedAt = now();
    const expiresAt = savedAt + Math.min(lifetime * 1000, MAX_DRAFT_LIFETIME_MS);
    await store.put({ idHash: draftIdHash(read.lookupId), iv, ciphertext, savedAt, expiresAt });
    sendJson(response, 200, { savedAt: new Date(savedAt).toISOString(), expiresAt: new Date(expiresAt).toISOString() });
  };

  const openDraft: EndpointRoute = async (request, response, client) => {
    const waitMs = guesses.waitFor(client);
    if (waitMs > 0) return tooManyGuesses(response, waitMs);
    const read = await lookupIdOf(request, response);
    if (!read) return;
    await sweepIfDue();
    const idHash = draftIdHash(read.lookupId);
    const draft = await store.get(idHash);
    if (draft && draft.expiresAt <= now()) await store.delete(idHash);
    if (!draft || draft.expiresAt <= now()) {
      guesses.failed(client);
      return sendProblem(response, problem(404, 'draft-not-found', 'No such draft', 'No draft is saved under this code, or it has expired.'));
    }
    sendJson(response, 200, {
      iv: draft.iv,
      ciphertext: draft.ciphertext,
      savedAt: new Date(draft.savedAt).toISOString(),
      expiresAt: new Date(draft.expiresAt).toISOString(),
    });
  };

  const deleteDraft: EndpointRoute = async (request, response) => {
    const read = await lookupIdOf(request, response);
    if (!read) return;
    await store.delete(draftIdHash(read.lookupId));
    response.writeHead(204, { 'cache-control': 'no-store' }).end();
  };

  return { routes: { '/drafts': save, '/drafts/open': openDraft, '/drafts/delete': deleteDraft }, sweep };
}

function invalid(response: Parameters<EndpointRoute>[1], path: string, message: string): void {
  sendProblem(response, problem(400, 'invalid-draft', 'Invalid draft request', message, [{ path, code: 'invalid', message }]));
}

/** 429 for an address that has tried too many wrong codes. */
export function tooManyGuesses(response: Parameters<EndpointRoute>[1], waitMs: number): void {
  sendProblem(
    response,
    problem(429, 'too-many-wrong-codes', 'Too many wrong codes', 'Too many codes that match nothing were tried from this address: wait and try again.'),
    { 'retry-after': String(Math.ceil(waitMs / 1000)) },
  );
}
