import type { DraftStorage, SealedDraft } from './drafts.js';
import { EndpointRequestError, postJson, siblingUrl, type EndpointRequestOptions } from './endpoint-request.js';

/** Options for {@link createEndpointDraftStorage}. */
export interface EndpointDraftStorageOptions extends EndpointRequestOptions {
  /** The submission endpoint; drafts go to its sibling routes `drafts`, `drafts/open` and `drafts/delete`. */
  readonly endpoint: string;
}

/**
 * Drafts kept at the endpoint, so the person can carry on from another device. Only the
 * lookup id and the ciphertext are sent, in request bodies (never in a URL); the endpoint
 * sets the times and deletes the draft when it expires.
 *
 * - `POST drafts` `{ lookupId, iv, ciphertext, lifetimeSeconds }` → `200 { savedAt, expiresAt }`
 * - `POST drafts/open` `{ lookupId }` → `200 { iv, ciphertext, savedAt, expiresAt }` or `404`
 * - `POST drafts/delete` `{ lookupId }` → `204`
 *
 * Failures reject with `EndpointRequestError` (429 when too many codes were tried).
 */
export function createEndpointDraftStorage(options: EndpointDraftStorageOptions): DraftStorage {
  const url = (route: string) => siblingUrl(options.endpoint, route);
  const request = { ...(options.fetch && { fetch: options.fetch }), ...(options.headers && { headers: options.headers }) };
  return {
    async put(lookupId, box, lifetimeMs) {
      const answer = await postJson(
        url('drafts'),
        { lookupId, iv: box.iv, ciphertext: box.ciphertext, lifetimeSeconds: Math.ceil(lifetimeMs / 1000) },
        request,
      );
      const times = answer.status === 200 ? readTimes(answer.body) : undefined;
      if (!times) throw new EndpointRequestError(`${url('drafts')} did not confirm the save.`, answer.status);
      return times;
    },
    async get(lookupId) {
      const answer = await postJson(url('drafts/open'), { lookupId }, request);
      if (answer.status === 404) return undefined;
      const body = answer.body as Partial<Record<keyof SealedDraft, unknown>> | undefined;
      const times = readTimes(body);
      if (!times || typeof body?.iv !== 'string' || typeof body.ciphertext !== 'string') {
        throw new EndpointRequestError(`${url('drafts/open')} answered without a draft.`, answer.status);
      }
      return { iv: body.iv, ciphertext: body.ciphertext, ...times };
    },
    async delete(lookupId) {
      // keepalive: a quick exit deletes on its way out of the page.
      await postJson(url('drafts/delete'), { lookupId }, { ...request, keepalive: true });
    },
  };
}

function readTimes(body: unknown): { savedAt: number; expiresAt: number } | undefined {
  const { savedAt, expiresAt } = (body ?? {}) as { savedAt?: unknown; expiresAt?: unknown };
  const saved = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
  const expires = typeof expiresAt === 'string' ? Date.parse(expiresAt) : NaN;
  return Number.isFinite(saved) && Number.isFinite(expires) ? { savedAt: saved, expiresAt: expires } : undefined;
}
