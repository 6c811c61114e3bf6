import { ConfigError } from '../errors.js';
import { DeliveryStorageError } from './delivery-errors.js';
import { registerDatabaseName, STORAGE_PREFIX } from './wipe.js';

/**
 * The storage seam behind drafts and the persistent outbox: a string-keyed map of
 * structured-cloneable values. IndexedDB in browsers, memory in Node and in tests.
 */
export interface KeyValueStore<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V): Promise<void>;
  /** Stores `value` unless `key` already has one, atomically; resolves to what is stored. */
  setIfAbsent(key: string, value: V): Promise<V>;
  delete(key: string): Promise<void>;
  /** Every key and value, in key order. */
  entries(): Promise<[string, V][]>;
  /** Removes everything, and the database itself where there is one. */
  clear(): Promise<void>;
}

/** A {@link KeyValueStore} in memory. Values are copied in and out, as IndexedDB does. */
export function createMemoryKeyValueStore<V>(): KeyValueStore<V> {
  const map = new Map<string, V>();
  return {
    async get(key) {
      const value = map.get(key);
      return value === undefined ? undefined : structuredClone(value);
    },
    async set(key, value) {
      map.set(key, structuredClone(value));
    },
    async setIfAbsent(key, value) {
      if (!map.has(key)) map.set(key, structuredClone(value));
      return structuredClone(map.get(key) as V);
    },
    async delete(key) {
      map.delete(key);
    },
    async entries() {
      return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, structuredClone(v)]);
    },
    async clear() {
      map.clear();
    },
  };
}

/**
 * An IndexedDB database holding named {@link KeyValueStore}s. The connection opens on
 * first use and closes itself when another tab (or `wipeAll`) deletes or upgrades the
 * database, so a wipe is never blocked; the next use reopens it.
 *
 * @param name - database name; must start with `onestory` so `wipeAll` finds it.
 * @throws ConfigError when the name lacks the prefix or the runtime has no IndexedDB.
 */
export function openIndexedDbStores<V>(name: string, storeNames: readonly string[]): Record<string, KeyValueStore<V>> {
  if (!name.startsWith(STORAGE_PREFIX)) {
    throw new ConfigError(`IndexedDB name "${name}" must start with "${STORAGE_PREFIX}" so wipeAll() can find it.`);
  }
  const idb = globalThis.indexedDB;
  if (!idb) {
    throw new ConfigError('This runtime has no IndexedDB: use the memory store (persistence off) here.');
  }
  registerDatabaseName(name);
  let connection: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> =>
    (connection ??= new Promise((resolve, reject) => {
      const request = idb.open(name, 1);
      request.onupgradeneeded = () => {
        for (const store of storeNames) {
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        db.onclose = () => {
          connection = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        connection = undefined;
        reject(new DeliveryStorageError(`Cannot open IndexedDB "${name}": ${request.error?.message ?? 'refused'}`, { cause: request.error }));
      };
    }));

  const run = async <T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(store, mode, { durability: 'strict' });
      const request = work(transaction.objectStore(store));
      // Resolve on commit, not on the request: a write is only safe once the transaction is.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(storageError(name, transaction.error ?? request.error));
    });
  };

  const stores: Record<string, KeyValueStore<V>> = {};
  for (const store of storeNames) {
    stores[store] = {
      get: (key) => run(store, 'readonly', (s) => s.get(key) as IDBRequest<V | undefined>),
      set: async (key, value) => {
        await run(store, 'readwrite', (s) => s.put(value, key));
      },
      setIfAbsent: async (key, value) => {
        const db = await open();
        return new Promise((resolve, reject) => {
          // Read and write in one transaction, so two tabs cannot both win.
          const transaction = db.transaction(store, 'readwrite', { durability: 'strict' });
          const objectStore = transaction.objectStore(store);
          let stored = value;
          const read = objectStore.get(key);
          read.onsuccess = () => {
            if (read.result === undefined) objectStore.put(value, key);
            else stored = read.result as V;
          };
          transaction.oncomplete = () => resolve(stored);
          transaction.onerror = transaction.onabort = () => reject(storageError(name, transaction.error));
        });
      },
      delete: async (key) => {
        await run(store, 'readwrite', (s) => s.delete(key));
      },
      entries: async () => {
        const db = await open();
        return new Promise((resolve, reject) => {
          const transaction = db.transaction(store, 'readonly');
          const keys = transaction.objectStore(store).getAllKeys();
          const values = transaction.objectStore(store).getAll();
          transaction.oncomplete = () => resolve(keys.result.map((key, i) => [String(key), values.result[i] as V]));
          transaction.onerror = transaction.onabort = () => reject(storageError(name, transaction.error));
        });
      },
      clear: async () => {
        await run(store, 'readwrite', (s) => s.clear());
      },
    };
  }
  return stores;
}

function storageError(name: string, cause: unknown): DeliveryStorageError {
  const reason = cause instanceof Error ? `: ${cause.message}` : '.';
  return new DeliveryStorageError(`IndexedDB "${name}" refused a read or write${reason}`, { cause });
}
