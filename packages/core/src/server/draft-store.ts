import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

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
 * (`ReceiverStore.drafts`, on PostgreSQL or PGlite); {@link FileDraftStore} and
 * {@link createMemoryDraftStore} suit a receiver of your own without a database.
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

/**
 * Drafts as one file each under `dir` (`<idHash>.json`), written to a temporary file,
 * synced and renamed into place, so a crash leaves the old draft or the new one. Deleting
 * a draft deletes its file: nothing of it stays in a log.
 */
export class FileDraftStore implements EndpointDraftStore {
  readonly #dir: string;

  private constructor(dir: string) {
    this.#dir = dir;
  }

  /** Opens (creating) the drafts directory. */
  static async open(dir: string): Promise<FileDraftStore> {
    await mkdir(dir, { recursive: true });
    return new FileDraftStore(dir);
  }

  async put(draft: EndpointDraft): Promise<void> {
    const path = this.#path(draft.idHash);
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(JSON.stringify(draft));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  }

  async get(idHash: string): Promise<EndpointDraft | undefined> {
    try {
      return JSON.parse(await readFile(this.#path(idHash), 'utf8')) as EndpointDraft;
    } catch {
      return undefined;
    }
  }

  async delete(idHash: string): Promise<boolean> {
    try {
      await unlink(this.#path(idHash));
      return true;
    } catch {
      return false;
    }
  }

  async deleteExpired(now: number): Promise<number> {
    let deleted = 0;
    for (const name of await readdir(this.#dir)) {
      const idHash = /^([0-9a-f]{64})\.json$/.exec(name)?.[1];
      if (!idHash) continue;
      const draft = await this.get(idHash);
      if (draft && draft.expiresAt <= now && (await this.delete(idHash))) deleted += 1;
    }
    return deleted;
  }

  #path(idHash: string): string {
    if (!/^[0-9a-f]{64}$/.test(idHash)) throw new RangeError('A draft id hash is 64 hex digits.');
    return join(this.#dir, `${idHash}.json`);
  }
}

/** Drafts in memory, for tests and for receivers that keep nothing on disk. */
export function createMemoryDraftStore(): EndpointDraftStore {
  const drafts = new Map<string, EndpointDraft>();
  return {
    async put(draft) {
      drafts.set(draft.idHash, { ...draft });
    },
    async get(idHash) {
      const draft = drafts.get(idHash);
      return draft && { ...draft };
    },
    async delete(idHash) {
      return drafts.delete(idHash);
    },
    async deleteExpired(now) {
      let deleted = 0;
      for (const [idHash, draft] of drafts) if (draft.expiresAt <= now && drafts.delete(idHash)) deleted += 1;
      return deleted;
    },
  };
}
