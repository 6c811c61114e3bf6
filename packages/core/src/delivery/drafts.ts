import { ConfigError, type ConfigProblem } from '../errors.js';
import type { Clock } from './client-options.js';
import {
  fromBase64,
  openJson,
  sealJson,
  secureRandomBytes,
  subtleCrypto,
  toBase64,
  toBuffer,
  type RandomBytes,
  type SealedBox,
} from './encryption.js';
import { createMemoryKeyValueStore, openIndexedDbStores, type KeyValueStore } from './key-value-store.js';
import { normaliseResumeCode } from './resume-code.js';
import { registerWipeable, STORAGE_PREFIX } from './wipe.js';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const DEFAULT_DRAFT_ITERATIONS = 210_000;
/** How long a saved draft is kept by default: 7 days. */
export const DEFAULT_DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Default database of the IndexedDB draft storage. */
export const DRAFTS_DATABASE_NAME = `${STORAGE_PREFIX}-drafts`;

/** A draft as it rests on the device: everything but the timing is ciphertext. */
export interface StoredDraft extends SealedBox {
  readonly version: 1;
  /** PBKDF2 salt, base64 (16 random bytes, fixed for the life of the draft). */
  readonly salt: string;
  /** PBKDF2 iterations it was saved with, so a later change of setting still opens it. */
  readonly iterations: number;
  /** When it was last saved (ms since epoch). */
  readonly savedAt: number;
  /** When it stops opening and is deleted (ms since epoch). */
  readonly expiresAt: number;
}

/** Options for {@link createDraftStore}. */
export interface DraftStoreOptions {
  /** Where drafts rest. Default: memory (use {@link createIndexedDbDraftStorage} to persist). */
  readonly storage?: KeyValueStore<StoredDraft>;
  /** PBKDF2 iterations; default {@link DEFAULT_DRAFT_ITERATIONS}. Lower it only in tests. */
  readonly iterations?: number;
  /** How long a draft lives after its last save. Default {@link DEFAULT_DRAFT_LIFETIME_MS}. */
  readonly lifetimeMs?: number;
  /** Clock. Default `Date.now`. */
  readonly now?: Clock;
  /** Source of salts and IVs. Default: the platform CSPRNG. */
  readonly randomBytes?: RandomBytes;
}

/** What {@link DraftStore.load} found. */
export type DraftLoadResult =
  | { readonly status: 'found'; readonly answers: unknown; readonly savedAt: number; readonly expiresAt: number }
  /** No draft for this code (or the code is mistyped). */
  | { readonly status: 'not-found' }
  /** There was one, but it expired; it has now been deleted. */
  | { readonly status: 'expired' }
  /** There is one, but it does not decrypt: it was altered on the device. */
  | { readonly status: 'unreadable' };

/**
 * Save-and-resume, off unless the host turns it on. Each draft is encrypted with AES-GCM
 * (a fresh random 96-bit IV on every save) under a key derived with PBKDF2-SHA-256 from a
 * resume code only the person holds (see `generateResumeCode`); without the code, the
 * device holds nothing readable. Drafts expire.
 */
export interface DraftStore {
  /** Encrypts and saves `answers` (any JSON value) under `resumeCode`, restarting its lifetime. */
  save(resumeCode: string, answers: unknown): Promise<{ readonly savedAt: number; readonly expiresAt: number }>;
  /** Opens the draft saved under `resumeCode`. */
  load(resumeCode: string): Promise<DraftLoadResult>;
  /** Deletes the draft saved under `resumeCode` (after it is submitted, or on request). */
  delete(resumeCode: string): Promise<void>;
  /** Deletes every expired draft; resolves to how many went. */
  purgeExpired(): Promise<number>;
  /** Deletes every draft and forgets every derived key. */
  wipe(): Promise<void>;
}

/** Draft storage in IndexedDB, for hosts that turn saving on in browsers. */
export function createIndexedDbDraftStorage(databaseName = DRAFTS_DATABASE_NAME): KeyValueStore<StoredDraft> {
  return openIndexedDbStores<StoredDraft>(databaseName, ['drafts'])['drafts']!;
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
  if (!Number.isInteger(lifetimeMs) || lifetimeMs < 1) {
    problems.push({ path: 'lifetimeMs', code: 'out-of-range', message: 'Set lifetimeMs to a positive whole number of milliseconds.' });
  }
  if (problems.length > 0) throw new ConfigError('The draft store options are invalid.', problems);
  subtleCrypto();

  const storage = options.storage ?? createMemoryKeyValueStore<StoredDraft>();
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? secureRandomBytes;
  // PBKDF2 is slow on purpose; derive once per draft per page and keep the (non-extractable) key.
  const derivedKeys = new Map<string, { salt: string; iterations: number; key: Promise<CryptoKey> }>();

  const keyFor = (draftId: string, code: string, salt: string, rounds: number): Promise<CryptoKey> => {
    const cached = derivedKeys.get(draftId);
    if (cached && cached.salt === salt && cached.iterations === rounds) return cached.key;
    const key = deriveKey(code, salt, rounds);
    derivedKeys.set(draftId, { salt, iterations: rounds, key });
    return key;
  };

  const store: DraftStore = {
    async save(resumeCode, answers) {
      const code = requireCode(resumeCode);
      const draftId = await draftIdOf(code);
      const existing = await storage.get(draftId);
      const salt = existing?.salt ?? toBase64(randomBytes(16));
      const rounds = existing?.iterations ?? iterations;
      const box = await sealJson(await keyFor(draftId, code, salt, rounds), answers, randomBytes);
      const savedAt = now();
      const expiresAt = savedAt + lifetimeMs;
      await storage.set(draftId, { version: 1, salt, iterations: rounds, ...box, savedAt, expiresAt });
      return { savedAt, expiresAt };
    },
    async load(resumeCode) {
      const code = normaliseResumeCode(resumeCode);
      if (!code) return { status: 'not-found' };
      const draftId = await draftIdOf(code);
      const stored = await storage.get(draftId);
      if (!stored) return { status: 'not-found' };
      if (stored.expiresAt <= now()) {
        await storage.delete(draftId);
        derivedKeys.delete(draftId);
        return { status: 'expired' };
      }
      try {
        const answers = await openJson(await keyFor(draftId, code, stored.salt, stored.iterations), stored);
        return { status: 'found', answers, savedAt: stored.savedAt, expiresAt: stored.expiresAt };
      } catch {
        return { status: 'unreadable' };
      }
    },
    async delete(resumeCode) {
      const code = normaliseResumeCode(resumeCode);
      if (!code) return;
      const draftId = await draftIdOf(code);
      derivedKeys.delete(draftId);
      await storage.delete(draftId);
    },
    async purgeExpired() {
      const at = now();
      const expired = (await storage.entries()).filter(([, draft]) => draft.expiresAt <= at);
      for (const [draftId] of expired) {
        derivedKeys.delete(draftId);
        await storage.delete(draftId);
      }
      return expired.length;
    },
    async wipe() {
      derivedKeys.clear();
      await storage.clear();
    },
  };
  registerWipeable(store);
  return store;
}

function requireCode(resumeCode: string): string {
  const code = normaliseResumeCode(resumeCode);
  if (!code) throw new ConfigError('That is not a resume code: use one made by generateResumeCode().');
  return code;
}

/**
 * Where a draft is filed: a hash of its code, so the person needs nothing but the code to
 * find it and the device does not hold the code itself. 80 bits of code keep the hash
 * unguessable.
 */
async function draftIdOf(code: string): Promise<string> {
  const digest = await subtleCrypto().digest('SHA-256', new TextEncoder().encode(`onestory-draft-id:${code}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function deriveKey(code: string, salt: string, iterations: number): Promise<CryptoKey> {
  const subtle = subtleCrypto();
  const material = await subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBuffer(fromBase64(salt)), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
