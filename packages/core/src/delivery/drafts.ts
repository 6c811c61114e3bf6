import { ConfigError, type ConfigProblem } from '../errors.js';
import type { Clock } from './client-options.js';
import { deriveDraftKeys, type DraftKeys } from './draft-keys.js';
import { openJson, sealJson, secureRandomBytes, subtleCrypto, type RandomBytes, type SealedBox } from './encryption.js';
import { createMemoryKeyValueStore, openIndexedDbStores, type KeyValueStore } from './key-value-store.js';
import { normaliseResumeCode } from './resume-code.js';
import { registerWipeable, STORAGE_PREFIX } from './wipe.js';

/**
 * PBKDF2-HMAC-SHA-256 rounds: OWASP's 2023 recommendation for SHA-256 (600,000). About
 * a third of a second in a browser, once per code per page; each guess at a stolen draft
 * costs an attacker the same.
 */
export const DEFAULT_DRAFT_ITERATIONS = 600_000;
/** How long a saved draft is kept by default: 7 days. */
export const DEFAULT_DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Longest a draft may be kept: 30 days. */
export const MAX_DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Default database of the IndexedDB draft storage. */
export const DRAFTS_DATABASE_NAME = `${STORAGE_PREFIX}-drafts`;

/** When a draft was saved and when it is deleted (ms since epoch). */
export interface DraftTimes {
  readonly savedAt: number;
  readonly expiresAt: number;
}

/** A sealed draft as a {@link DraftStorage} holds it: ciphertext and its times, nothing else. */
export interface SealedDraft extends SealedBox, DraftTimes {}

/**
 * Where sealed drafts rest, by lookup id: the endpoint (see `createEndpointDraftStorage`),
 * so a draft opens on any device, or the device itself ({@link createDeviceDraftStorage}).
 * It only ever sees ciphertext and lookup ids.
 */
export interface DraftStorage {
  /** Stores `box` under `lookupId`, to be deleted `lifetimeMs` from now. */
  put(lookupId: string, box: SealedBox, lifetimeMs: number): Promise<DraftTimes>;
  /** The draft under `lookupId`; `undefined` when there is none (or it expired and was deleted). */
  get(lookupId: string): Promise<SealedDraft | undefined>;
  /** Deletes the draft under `lookupId`, if any. */
  delete(lookupId: string): Promise<void>;
  /** Deletes everything it holds on this device (endpoint storage has nothing here to clear). */
  clear?(): Promise<void>;
}

/** A draft as it rests on the device: everything but the timing is ciphertext. */
export interface StoredDraft extends SealedDraft {
  readonly version: 2;
}

/** Options for {@link createDraftStore}. */
export interface DraftStoreOptions {
  /** Where sealed drafts rest. Default: device memory ({@link createDeviceDraftStorage}). */
  readonly storage?: DraftStorage;
  /** PBKDF2 iterations; default {@link DEFAULT_DRAFT_ITERATIONS}. Lower it only in tests. */
  readonly iterations?: number;
  /** How long a draft lives after its last save. Default {@link DEFAULT_DRAFT_LIFETIME_MS}. */
  readonly lifetimeMs?: number;
  /** Source of IVs. Default: the platform CSPRNG. */
  readonly randomBytes?: RandomBytes;
}

/** What {@link DraftStore.load} found. */
export type DraftLoadResult =
  | ({ readonly status: 'found'; readonly content: unknown } & DraftTimes)
  /** No draft for this code: never saved, mistyped, deleted, or expired and deleted. */
  | { readonly status: 'not-found' }
  /** There is one, but it does not decrypt: it was altered where it rests. */
  | { readonly status: 'unreadable' };

/**
 * Save-and-resume, off unless the host turns it on. Each draft is encrypted in the browser
 * with AES-GCM (a fresh random 96-bit IV on every save) under a key derived from a resume
 * code only the person holds (see `generateResumeCode` and `deriveDraftKeys`); storage
 * sees only ciphertext, under a lookup id that reveals nothing about the code or the key.
 * Drafts expire.
 */
export interface DraftStore {
  /** Encrypts and saves `content` (any JSON value) under `resumeCode`, restarting its lifetime. */
  save(resumeCode: string, content: unknown): Promise<DraftTimes>;
  /** Opens the draft saved under `resumeCode`. */
  load(resumeCode: string): Promise<DraftLoadResult>;
  /** Deletes the draft saved under `resumeCode` (after it is submitted, or on request). */
  delete(resumeCode: string): Promise<void>;
  /**
   * Deletes every draft this store saved or opened, wherever it rests (the endpoint
   * included), anything held on the device, and every derived key. Never rejects.
   */
  wipe(): Promise<void>;
}

/**
 * Creates a draft store.
 *
 * @throws ConfigError for an invalid option or a runtime without Web Crypto.
 */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const iterations = options.iterations ?? DEFAULT_DRAFT_ITERATIONS;
  const lifetimeMs = options.lifetimeMs ?? DEFAULT_DRAFT_LIFETIME_MS;
  const problems: ConfigProblem[] = [];
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000_000) {
    problems.push({ path: 'iterations', code: 'out-of-range', message: `Use a whole number of iterations; ${DEFAULT_DRAFT_ITERATIONS} or more outside tests.` });
  }
  if (!Number.isInteger(lifetimeMs) || lifetimeMs < 1 || lifetimeMs > MAX_DRAFT_LIFETIME_MS) {
    problems.push({ path: 'lifetimeMs', code: 'out-of-range', message: `Set lifetimeMs to a whole number of milliseconds from 1 to ${MAX_DRAFT_LIFETIME_MS} (30 days).` });
  }
  if (problems.length > 0) throw new ConfigError('The draft store options are invalid.', problems);
  subtleCrypto();

  const storage = options.storage ?? createDeviceDraftStorage();
  const randomBytes = options.randomBytes ?? secureRandomBytes;
  // PBKDF2 is slow on purpose: derive once per code per page. The lookup ids derived here
  // are also the drafts a wipe must delete at the endpoint.
  const derived = new Map<string, Promise<DraftKeys>>();
  const keysFor = (code: string): Promise<DraftKeys> => {
    let keys = derived.get(code);
    if (!keys) {
      keys = deriveDraftKeys(code, iterations);
      derived.set(code, keys);
    }
    return keys;
  };

  const store: DraftStore = {
    async save(resumeCode, content) {
      const code = normaliseResumeCode(resumeCode);
      if (!code) throw new ConfigError('That is not a resume code: use one made by generateResumeCode().');
      const { lookupId, key } = await keysFor(code);
      return storage.put(lookupId, await sealJson(key, content, randomBytes), lifetimeMs);
    },
    async load(resumeCode) {
      const code = normaliseResumeCode(resumeCode);
      if (!code) return { status: 'not-found' };
      const { lookupId, key } = await keysFor(code);
      const sealed = await storage.get(lookupId);
      if (!sealed) return { status: 'not-found' };
      try {
        const content = await openJson(key, sealed);
        return { status: 'found', content, savedAt: sealed.savedAt, expiresAt: sealed.expiresAt };
      } catch {
        return { status: 'unreadable' };
      }
    },
    async delete(resumeCode) {
      const code = normaliseResumeCode(resumeCode);
      if (!code) return;
      const { lookupId } = await keysFor(code);
      derived.delete(code);
      await storage.delete(lookupId);
    },
    async wipe() {
      const pending = [...derived.values()];
      derived.clear();
      await Promise.allSettled([
        ...pending.map(async (keys) => storage.delete((await keys).lookupId)),
        storage.clear?.(),
      ]);
    },
  };
  registerWipeable(store);
  return store;
}

/** Options for {@link createDeviceDraftStorage}. */
export interface DeviceDraftStorageOptions {
  /** Where drafts rest. Default: memory (see {@link createIndexedDbDraftStorage}). */
  readonly store?: KeyValueStore<StoredDraft>;
  /** Clock. Default `Date.now`. */
  readonly now?: Clock;
}

/** A {@link DraftStorage} on this device, which deletes a draft once it has expired. */
export interface DeviceDraftStorage extends DraftStorage {
  /** Deletes every expired draft; resolves to how many went. */
  purgeExpired(): Promise<number>;
}

/** Drafts kept on this device only (memory by default, or IndexedDB), expiring by the injected clock. */
export function createDeviceDraftStorage(options: DeviceDraftStorageOptions = {}): DeviceDraftStorage {
  const store = options.store ?? createMemoryKeyValueStore<StoredDraft>();
  const now = options.now ?? Date.now;
  return {
    async put(lookupId, box, lifetimeMs) {
      const savedAt = now();
      const times = { savedAt, expiresAt: savedAt + lifetimeMs };
      await store.set(lookupId, { version: 2, iv: box.iv, ciphertext: box.ciphertext, ...times });
      return times;
    },
    async get(lookupId) {
      const stored = await store.get(lookupId);
      if (!stored) return undefined;
      if (stored.expiresAt <= now()) {
        await store.delete(lookupId);
        return undefined;
      }
      return stored;
    },
    delete: (lookupId) => store.delete(lookupId),
    clear: () => store.clear(),
    async purgeExpired() {
      const at = now();
      const expired = (await store.entries()).filter(([, draft]) => draft.expiresAt <= at);
      for (const [lookupId] of expired) await store.delete(lookupId);
      return expired.length;
    },
  };
}

/** IndexedDB for {@link createDeviceDraftStorage}, for hosts that keep drafts on the device. */
export function createIndexedDbDraftStorage(databaseName = DRAFTS_DATABASE_NAME): KeyValueStore<StoredDraft> {
  return openIndexedDbStores<StoredDraft>(databaseName, ['drafts'])['drafts']!;
}
