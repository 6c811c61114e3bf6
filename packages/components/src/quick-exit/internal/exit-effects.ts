import { wipeAll } from '@onestory/core';
import { STORAGE_PREFIX } from '@onestory/core/delivery';
import { type ExitEffects } from '@onestory/core/safety';
import { coverPage } from './page-cover.js';

/** What the browser effects of a quick exit need from the element. */
export interface ExitEffectsContext {
  readonly doc: Document;
  /** The neutral cover's text ("Loading") and its language. */
  readonly coverText: string;
  readonly lang: string;
  /** Dispatches `onestory-exit`. */
  announce(): void;
  /** Leaves for `url` without a history entry (`location.replace` unless a test swaps it). */
  navigate(url: string): void;
}

/** The browser implementation of core's {@link ExitEffects}. */
export function browserExitEffects(context: ExitEffectsContext): ExitEffects {
  const { doc } = context;
  return {
    hideContent: () => coverPage(doc, context.coverText, context.lang),
    announce: () => context.announce(),
    wipeWebStorage: () => removeOneStoryKeys(doc.defaultView),
    // Delivery's wipeAll: every outbox, draft and key, OneStory databases and caches, and
    // the memory of other tabs. Storage keys were already removed synchronously above.
    wipeStores: () => wipeAll(),
    dropReferrer: () => {
      const meta = doc.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      (doc.head ?? doc.documentElement).append(meta);
    },
    replaceLocation: (url) => context.navigate(url),
  };
}

/** Removes every `onestory*` key from session and local storage, synchronously. */
function removeOneStoryKeys(view: Window | null): void {
  if (!view) return;
  for (const area of ['sessionStorage', 'localStorage'] as const) {
    let storage: Storage;
    try {
      storage = view[area];
    } catch {
      continue; // Storage blocked (sandboxed frame, cookies off): nothing was stored there.
    }
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  }
}
