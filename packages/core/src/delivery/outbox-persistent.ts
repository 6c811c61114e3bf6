import { DeliveryStorageError } from './delivery-errors.js';
import { openJson, sealJson, secureRandomBytes, subtleCrypto, type RandomBytes, type SealedBox } from './encryption.js';
import { openIndexedDbStores, type KeyValueStore } from './key-value-store.js';
import type { Outbox, OutboxEntry } from './outbox.js';
import { registerWipeable, STORAGE_PREFIX } from './wipe.js';

/** How an outbox entry rests on the device: only its id and queue time are readable. */
export interface StoredOutboxEntry {
  readonly submissionId: string;
  readonly queuedAt: number;
  readonly box: SealedBox;
}

/** Where an encrypted outbox keeps its entries and its device key. */
export interface EncryptedOutboxStores {
  readonly entries: KeyValueStore<StoredOutboxEntry>;
  readonly keys: KeyValueStore<CryptoKey>;
}

/** Options for {@link createIndexedDbOutbox}. */
export interface IndexedDbOutboxOptions {
  /** Database name; must start with `onestory`. Default `onestory-outbox`. */
  readonly databaseName?: string;
  /** Source of IVs. Default: the platform CSPRNG. */
  readonly randomBytes?: RandomBytes;
}

/** Default database of the persistent outbox. */
export const OUTBOX_DATABASE_NAME = `${STORAGE_PREFIX}-outbox`;

/**
 * An outbox in IndexedDB, for hosts that turn persistence on: a finished story survives a
 * closed tab, a crash or a lost signal and is sent when the page is next open and online.
 *
 * What rests on the device is the finished submission — it has to be, to be sent — so it
 * is encrypted with AES-GCM under a per-device key: a non-extractable `CryptoKey` created
 * on first use and kept in the same database. The trade-off, stated plainly: the key
 * lives beside the data, so this does not protect against someone who can run code in
 * this origin (they can ask the browser to decrypt). What it does give: page scripts can
 * never read or export the key bytes, so stolen ciphertext cannot be decrypted elsewhere;
 * and `wipe()` / `wipeAll()` destroy the key first — a crypto-erase — so copies the
 * storage engine has not yet compacted away are unreadable. A key the person holds (like
 * the drafts' resume code) would be stronger, but an outbox must send without asking.
 *
 * @throws ConfigError without IndexedDB or Web Crypto.
 */
export function createIndexedDbOutbox(options: IndexedDbOutboxOptions = {}): Outbox {
  subtleCrypto();
  const stores = openIndexedDbStores<unknown>(options.databaseName ?? OUTBOX_DATABASE_NAME, ['entries', 'keys']);
  return createEncryptedOutbox(stores as unknown as EncryptedOutboxStores, options.randomBytes);
}

/**
 * The encrypted outbox over any {@link KeyValueStore}s (IndexedDB in browsers; memory in
 * Node tests, which exercises the same encryption).
 */
export function createEncryptedOutbox(
  stores: EncryptedOutboxStores,
  randomBytes: RandomBytes = secureRandomBytes,
): Outbox {
  let key: Promise<CryptoKey> | undefined;
  const deviceKey = (): Promise<CryptoKey> =>
    (key ??= (async () => {
      const fresh = await subtleCrypto().generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      return stores.keys.setIfAbsent('device', fresh);
    })().catch((error: unknown) => {
      key = undefined;
      throw error;
    }));

  const unseal = async (stored: StoredOutboxEntry): Promise<OutboxEntry> => {
    try {
      return (await openJson(await deviceKey(), stored.box)) as OutboxEntry;
    } catch (cause) {
      throw new DeliveryStorageError(`Queued submission ${stored.submissionId} no longer decrypts.`, { cause });
    }
  };

  const outbox: Outbox = {
    async put(entry) {
      const box = await sealJson(await deviceKey(), entry, randomBytes);
      await stores.entries.set(entry.submissionId, { submissionId: entry.submissionId, queuedAt: entry.queuedAt, box });
    },
    async get(submissionId) {
      const stored = await stores.entries.get(submissionId);
      return stored && unseal(stored);
    },
    async list() {
      const stored = (await stores.entries.entries()).map(([, value]) => value).sort((a, b) => a.queuedAt - b.queuedAt);
      const entries: OutboxEntry[] = [];
      for (const item of stored) {
        // One unreadable record (its key was lost) must not stop the others being sent.
        try {
          entries.push(await unseal(item));
        } catch {
          continue;
        }
      }
      return entries;
    },
    async delete(submissionId) {
      await stores.entries.delete(submissionId);
    },
    async wipe() {
      key = undefined;
      // Key first: whatever is left of the entries afterwards is unreadable.
      await stores.keys.clear();
      await stores.entries.clear();
    },
  };
  registerWipeable(outbox);
  return outbox;
}
