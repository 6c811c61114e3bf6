/**
 * One call that removes everything OneStory stored, for quick exit and "delete my data".
 * Works in browsers (IndexedDB, Web Storage, Cache Storage, other tabs through a
 * BroadcastChannel) and in Node (memory only); every browser API is feature-checked.
 */

/** Prefix of every IndexedDB database, Web Storage key, cache and channel OneStory names. */
export const STORAGE_PREFIX = 'onestory';
/** The BroadcastChannel other tabs listen on to wipe their memory too. */
export const WIPE_CHANNEL_NAME = `${STORAGE_PREFIX}-wipe`;

/** Something holding stored or in-memory state that {@link wipeAll} must clear. */
export interface Wipeable {
  wipe(): Promise<void>;
}

// Held weakly: a store nobody references any more holds nothing worth wiping in memory,
// and its stored part is found by name (databases, storage keys) anyway.
const wipeables = new Set<WeakRef<Wipeable>>();
const listeners = new Set<() => void | Promise<void>>();
const knownDatabases = new Set<string>();
let channel: BroadcastChannel | undefined;

/** Registers a store so {@link wipeAll} clears it. Stores created by OneStory do this themselves. */
export function registerWipeable(wipeable: Wipeable): void {
  wipeables.add(new WeakRef(wipeable));
  listenToOtherTabs();
}

/** Records an IndexedDB database name, for browsers without `indexedDB.databases()`. */
export function registerDatabaseName(name: string): void {
  knownDatabases.add(name);
}

/**
 * Calls `listener` whenever OneStory data is wiped, here or in another tab of the same
 * site: components use it to forget in-memory answers. Returns a function that unsubscribes.
 */
export function onWipe(listener: () => void | Promise<void>): () => void {
  listeners.add(listener);
  listenToOtherTabs();
  return () => listeners.delete(listener);
}

/**
 * Wipes everything OneStory stored: every outbox (so a queued, unsent story is deleted
 * too — the person chose safety over delivery), every draft and the keys that decrypt
 * them, every `onestory*` IndexedDB database, Web Storage key and cache, and the memory
 * of other open tabs (told through a BroadcastChannel). Never throws: a quick exit must
 * not stop half way; it resolves when everything reachable is gone.
 */
export async function wipeAll(): Promise<void> {
  postToOtherTabs();
  await wipeThisTab();
  await Promise.all([deleteDatabases(), clearWebStorage(), deleteCaches()]);
}

async function wipeThisTab(): Promise<void> {
  const work: Promise<unknown>[] = [];
  for (const ref of wipeables) {
    const wipeable = ref.deref();
    if (wipeable) work.push(settle(() => wipeable.wipe()));
    else wipeables.delete(ref);
  }
  for (const listener of listeners) work.push(settle(listener));
  await Promise.all(work);
}

async function deleteDatabases(): Promise<void> {
  const idb = globalThis.indexedDB;
  if (!idb) return;
  const names = new Set(knownDatabases);
  try {
    for (const info of (await idb.databases?.()) ?? []) {
      if (info.name?.startsWith(STORAGE_PREFIX)) names.add(info.name);
    }
  } catch {
    // databases() is missing or refused (private mode): the known names still go.
  }
  await Promise.all([...names].map((name) => settle(() => deleteDatabase(idb, name))));
}

function deleteDatabase(idb: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = idb.deleteDatabase(name);
    // Open connections close themselves on `versionchange` (see idb.ts), so a blocked
    // delete completes once they have; either way the request is queued and will run.
    request.onsuccess = request.onerror = () => resolve();
  });
}

async function clearWebStorage(): Promise<void> {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = (globalThis as { [key: string]: unknown })[name] as Storage | undefined;
      if (!storage) continue;
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    } catch {
      // Access to storage can throw (sandboxed frames, blocked cookies): nothing is stored there then.
    }
  }
}

async function deleteCaches(): Promise<void> {
  try {
    const cacheStorage = globalThis.caches;
    if (!cacheStorage) return;
    const names = await cacheStorage.keys();
    await Promise.all(names.filter((name) => name.startsWith(STORAGE_PREFIX)).map((name) => cacheStorage.delete(name)));
  } catch {
    // Cache Storage is unavailable outside secure contexts.
  }
}

function listenToOtherTabs(): void {
  if (channel || typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel(WIPE_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'wipe') void wipeThisTab();
  };
  // In Node an open channel would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
}

function postToOtherTabs(): void {
  listenToOtherTabs();
  try {
    // A channel never receives its own messages: this tab is wiped directly instead.
    channel?.postMessage({ type: 'wipe' });
  } catch {
    // Posting can only fail on a closed channel; there is nobody else to tell.
  }
}

async function settle(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch {
    // Keep wiping the rest.
  }
}
