// Functions passed to page.evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './paths.js';

interface ChromiumConfig {
  CHROMIUM_ARGS: string[];
  chromiumPath(): string;
}

/** The system Chromium with the flags every browser run here uses (scripts/lib/chromium.mjs). */
export async function launchChromium(options: { backForwardCache?: boolean } = {}): Promise<Browser> {
  const { CHROMIUM_ARGS, chromiumPath } = (await import(
    pathToFileURL(`${repoRoot}scripts/lib/chromium.mjs`).href
  )) as ChromiumConfig;
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    // Playwright turns the back-forward cache off by default; quick exit must cope with it.
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

/** One request the page made, as the browser sent it. */
export interface SentRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** Everything a security test watches in one browser context. */
export interface Observations {
  /** `securitypolicyviolation` events, one line each (directive, blocked URI, sample). */
  readonly violations: string[];
  /** Calls of the canary `window.__pwned()`: each is a script an attacker got to run. */
  readonly canaryCalls: string[];
  /** Console messages of every type, and uncaught page errors. */
  readonly console: string[];
  /** Every top-level and frame URL the pages navigated to. */
  readonly visited: string[];
  /** Every request, with its final headers and body (call {@link Observations.flush} first). */
  readonly requests: SentRequest[];
  /** Waits until every request seen so far is in {@link requests}. */
  flush(): Promise<void>;
}

/**
 * Instruments `context` before any page script runs: CSP violations and canary calls are
 * reported through Playwright bindings (which a strict CSP cannot block and a navigation
 * does not reset), and console output, navigations and requests are recorded.
 */
export async function observe(context: BrowserContext): Promise<Observations> {
  const pending = new Set<Promise<void>>();
  const observations: Observations = {
    violations: [],
    canaryCalls: [],
    console: [],
    visited: [],
    requests: [],
    flush: async () => {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
  await context.exposeFunction('__pwned', (...args: unknown[]) => {
    observations.canaryCalls.push(args.map(String).join(' ') || '(no argument)');
  });
  await context.exposeFunction('__onestoryViolation', (line: string) => {
    observations.violations.push(line);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __onestoryViolation(line: string): void }).__onestoryViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
      },
      true,
    );
  });
  context.on('page', (page) => watchPage(page, observations));
  for (const page of context.pages()) watchPage(page, observations);
  context.on('request', (request) => {
    // allHeaders() includes what the network stack added (Referer, Cookie); it settles later.
    const record = (headers: Record<string, string>) =>
      void observations.requests.push({ url: request.url(), method: request.method(), headers, body: request.postData() ?? undefined });
    const done: Promise<void> = request.allHeaders().then(record, () => record(request.headers()));
    pending.add(done);
    void done.finally(() => pending.delete(done));
  });
  return observations;
}

function watchPage(page: Page, observations: Observations): void {
  page.on('console', (message) => observations.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => observations.console.push(`pageerror: ${error.message}`));
  page.on('framenavigated', (frame) => observations.visited.push(frame.url()));
}

/**
 * Names of every OneStory store left in the page's origin (empty after a quick exit):
 * web storage keys, IndexedDB databases (with how many records they hold) and caches.
 */
export async function oneStoryStores(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const prefix = 'onestory';
    const found: string[] = [];
    for (const [name, storage] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.push(`${name}:${key}`);
      }
    }
    const countRecords = (name: string) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) return void (db.close(), resolve(0));
          const tx = db.transaction(names, 'readonly');
          let total = 0;
          for (const store of names) tx.objectStore(store).count().onsuccess = (event) => (total += (event.target as IDBRequest<number>).result);
          tx.oncomplete = () => (db.close(), resolve(total));
          tx.onerror = () => (db.close(), resolve(-1));
        };
      });
    for (const db of await indexedDB.databases()) {
      if (db.name?.startsWith(prefix)) found.push(`indexedDB:${db.name} (${await countRecords(db.name)} records)`);
    }
    if ('caches' in globalThis) for (const name of await caches.keys()) if (name.startsWith(prefix)) found.push(`caches:${name}`);
    return found;
  });
}
