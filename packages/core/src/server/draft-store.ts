import { createHash } from 'node:crypto';

/**
 * A saved draft as the endpoint keeps it: ciphertext the browser made, under the SHA-256
 * of the lookup id the browser sent (so a copy of the store cannot even be replayed
 * against the API), and its times. Nothing here can be read without the person's code.
 */
export interface EndpointDraft {
  /** SHA-256 (hex) of the lookup id. */
  readonly idHash: string;
  /** AES-GCM IV, base64. */
  readonly iv: string;
  /** AES-GCM ciphertext and tag, base64. */
  readonly ciphertext: string;
  /** ms since the epoch. */
  readonly savedAt: number;
  /** ms since the epoch; the draft is deleted at or after this. */
  readonly expiresAt: number;
}

/**
 * Where the endpoint keeps drafts. The reference server uses its store's `drafts` table
 * (`ReceiverStore.drafts`, on PostgreSQL or PGlite); give `createReferenceServer` any
 * other implementation as its `drafts` option.
 */
export interface EndpointDraftStore {
  put(draft: EndpointDraft): Promise<void>;
  get(idHash: string): Promise<EndpointDraft | undefined>;
  /** Resolves to true when there was a draft to delete. */
  delete(idHash: string): Promise<boolean>;
  /** Deletes every draft with `expiresAt <= now`; resolves to how many went. */
  deleteExpired(now: number): Promise<number>;
}

/** The key a lookup id is filed under. */
export function draftIdHash(lookupId: string): string {
  return createHash('sha256').update(`onestory/draft-id/v1:${lookupId}`).digest('hex');
}
