import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_EXIT_URL } from '@onestory/core/safety';
import '../../../packages/components/src/quick-exit/quick-exit.define.js';
import type { OneStoryQuickExitElement } from '../../../packages/components/src/quick-exit/quick-exit.component.js';
import type { QuickExitClock } from '../../../packages/components/src/quick-exit/index.js';
import { axeViolations } from '../helpers/a11y.js';

// <onestory-quick-exit> in Chromium. Tests that really exit do so inside a fresh
// *credentialless* iframe: an exit blanks its document for good (as it must), and it wipes
// every OneStory store of its storage partition and tells other tabs to forget. A
// credentialless frame has a partition of its own (IndexedDB, Web Storage, BroadcastChannel)
// yet stays scriptable, so these tests cannot wipe the stores of another test file running
// beside them. Navigation is recorded instead of performed. Full-page exits, Back and the
// CDN bundle under a strict CSP are covered by test/node/safety/quick-exit-page.test.ts.

const DEFINE_URL = new URL('../../../packages/components/src/quick-exit/quick-exit.define.ts', import.meta.url).href;

/** A clock whose sleeps end only when the test moves time on. */
function manualClock() {
  let now = 0;
  let sleepers: { until: number; wake: () => void }[] = [];
  const clock: QuickExitClock = {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => sleepers.push({ until: now + ms, wake })),
  };
  const advance = async (ms: number) => {
    now += ms;
    const due = sleepers.filter((sleeper) => sleeper.until <= now);
    sleepers = sleepers.filter((sleeper) => sleeper.until > now);
    due.forEach((sleeper) => sleeper.wake());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { clock, advance };
}

/** A fresh document, in a storage partition of its own, holding `markup` with the element registered. */
async function frameWith(markup: string): Promise<{ win: Window & typeof globalThis; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('credentialless', '');
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Domestic abuse support</title>
    <script type="module" src="${DEFINE_URL}"></script></head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('onestory-quick-exit');
  for (const element of win.document.querySelectorAll<OneStoryQuickExitElement>('onestory-quick-exit')) await element.updateComplete;
  return { win, doc: win.document, frame };
}

function parts(element: OneStoryQuickExitElement) {
  const root = element.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part=button]')!,
    skipLink: root.querySelector<HTMLAnchorElement>('[part=skip-link]')!,
    count: root.querySelector<HTMLElement>('[part=count]')!,
  };
}

describe('<onestory-quick-exit>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is accessible, in English and in Welsh', async () => {
    for (const [locale, name] of [['en', 'Exit this page'], ['cy', 'Gadael y dudalen hon']] as const) {
      const element = await fixture<OneStoryQuickExitElement>(html`<onestory-quick-exit locale=${locale}></onestory-quick-exit>`);
      const { button, skipLink, count } = parts(element);
      expect(button.textContent?.trim()).to.equal(name);
      expect(skipLink.textContent?.trim()).to.equal(name);
      expect(count.getAttribute('role')).to.equal('status');
      expect(element.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')).to.equal(locale);
      expect(await axeViolations(element)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    }
  });

  it('links the skip link to the destination, refusing javascript: with a warning that names the attribute', async () => {
    const good = await fixture<OneStoryQuickExitElement>(html`<onestory-quick-exit url="https://news.example/"></onestory-quick-exit>`);
    expect(parts(good).skipLink.href).to.equal('https://news.example/');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const bad = await fixture<OneStoryQuickExitElement>(html`<onestory-quick-exit url="javascript:window.__pwned()"></onestory-quick-exit>`);
      expect(parts(bad).skipLink.href).to.equal(DEFAULT_EXIT_URL);
      expect(bad.destination).to.equal(DEFAULT_EXIT_URL);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<onestory-quick-exit url>').and.contain('https://');
    expect(warnings[0]).to.contain('[onestory:exit-url-refused] See docs/warnings.md#exit-url-refused');
  });

  it('shows and announces the Shift count, which lapses five seconds after the last press', async () => {
    const { clock, advance } = manualClock();
    const element = await fixture<OneStoryQuickExitElement>(html`<onestory-quick-exit .clock=${clock}></onestory-quick-exit>`);
    const { count } = parts(element);
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(count.textContent).to.equal('Shift pressed 1 of 3 times');
    await advance(4000);
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(count.textContent).to.equal('Shift pressed 2 of 3 times');
    await advance(5000); // the window restarted on the second press: still counting
    await element.updateComplete;
    expect(count.textContent).to.equal('Shift pressed 2 of 3 times');
    await advance(2);
    await element.updateComplete;
    expect(count.textContent).to.equal('Exit this page expired');
    await advance(5000);
    await element.updateComplete;
    expect(count.textContent).to.equal('');
  });

  it('any other key starts the count again', async () => {
    const element = await fixture<OneStoryQuickExitElement>(html`<onestory-quick-exit></onestory-quick-exit>`);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await element.updateComplete;
    expect(parts(element).count.textContent).to.equal('');
  });

  it('button: blanks the page before anyone hears of it, then wipes and replaces the page once', async () => {
    const { win, doc } = await frameWith(`<onestory-quick-exit url="https://weather.example/"></onestory-quick-exit>
      <main><p>My story</p><dialog id="modal"><p>Modal</p></dialog><div id="pop" popover>Popover</div></main>`);
    const element = doc.querySelector<OneStoryQuickExitElement>('onestory-quick-exit')!;
    const visited: string[] = [];
    element.navigate = (url) => visited.push(url);
    doc.querySelector<HTMLDialogElement>('#modal')!.showModal();
    doc.querySelector<HTMLElement>('#pop')!.showPopover();
    win.sessionStorage.setItem('onestory-test-draft', 'x');
    win.localStorage.setItem('onestory-test-outbox', 'x');
    win.localStorage.setItem('partner-key', 'kept');
    const heard: { trigger: string; cancelable: boolean; composed: boolean; bodyHidden: boolean; title: string }[] = [];
    win.addEventListener('onestory-exit', (event) =>
      heard.push({
        trigger: event.detail.trigger,
        cancelable: event.cancelable,
        composed: event.composed,
        bodyHidden: win.getComputedStyle(doc.body).display === 'none',
        title: doc.title,
      }),
    );

    const { button } = parts(element);
    button.click();
    // Synchronously, in the click's own task:
    expect(win.getComputedStyle(doc.body).display).to.equal('none');
    expect(doc.querySelector('[data-onestory-exit-cover]')?.textContent).to.equal('Loading');
    expect(heard).to.deep.equal([{ trigger: 'button', cancelable: false, composed: true, bodyHidden: true, title: 'Loading' }]);
    expect(win.sessionStorage.getItem('onestory-test-draft')).to.equal(null);
    expect(win.localStorage.getItem('onestory-test-outbox')).to.equal(null);
    expect(win.localStorage.getItem('partner-key')).to.equal('kept');
    // Top-layer content (a modal dialog, a popover) is not rendered either.
    expect(doc.querySelector<HTMLElement>('#modal')!.checkVisibility()).to.equal(false);
    expect(doc.querySelector<HTMLElement>('#pop')!.checkVisibility()).to.equal(false);

    button.click(); // a second press does not start a second exit
    await waitUntil(() => visited.length > 0, 'never navigated', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(visited).to.deep.equal(['https://weather.example/']);
    expect(heard).to.have.length(1);
    expect(doc.querySelector('meta[name=referrer]')?.getAttribute('content')).to.equal('no-referrer');
  });

  it('exit() resolves with the steps taken; a page restored from the back-forward cache leaves again', async () => {
    const { win, doc } = await frameWith('<onestory-quick-exit></onestory-quick-exit>');
    const element = doc.querySelector<OneStoryQuickExitElement>('onestory-quick-exit')!;
    const visited: string[] = [];
    element.navigate = (url) => visited.push(url);
    const report = await element.exit();
    expect(report?.steps.map((step) => `${step.effect}:${step.outcome}`)).to.deep.equal([
      'hideContent:done', 'announce:done', 'wipeWebStorage:done', 'wipeStores:done', 'dropReferrer:done', 'replaceLocation:done',
    ]);
    expect(visited).to.deep.equal([DEFAULT_EXIT_URL]);
    expect(await element.exit()).to.equal(undefined);

    // As if Back brought the page out of the cache: nothing shows, and it leaves again,
    // even though the page removed the element meanwhile.
    element.remove();
    doc.body.style.removeProperty('display');
    win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(win.getComputedStyle(doc.body).display).to.equal('none');
    expect(visited).to.deep.equal([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL]);
  });

  it('skip link: hidden until focused, then exits like the button', async () => {
    const { win, doc } = await frameWith('<onestory-quick-exit></onestory-quick-exit>');
    const element = doc.querySelector<OneStoryQuickExitElement>('onestory-quick-exit')!;
    const visited: string[] = [];
    element.navigate = (url) => visited.push(url);
    const { skipLink } = parts(element);
    expect(skipLink.getBoundingClientRect().width).to.be.at.most(1);
    skipLink.focus();
    expect(skipLink.getBoundingClientRect().width).to.be.greaterThan(1);
    const triggers: string[] = [];
    win.addEventListener('onestory-exit', (event) => triggers.push(event.detail.trigger));
    skipLink.click();
    await waitUntil(() => visited.length > 0, 'never navigated', { timeout: 3000 });
    expect(triggers).to.deep.equal(['skip-link']);
    expect(visited).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('wipes OneStory IndexedDB databases, leaving the partner’s', async () => {
    const { win, doc } = await frameWith('<onestory-quick-exit></onestory-quick-exit>');
    const element = doc.querySelector<OneStoryQuickExitElement>('onestory-quick-exit')!;
    element.navigate = () => {};
    const create = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const open = win.indexedDB.open(name);
        open.onsuccess = () => (open.result.close(), resolve());
        open.onerror = () => reject(open.error);
      });
    await create('onestory-test-drafts');
    await create('partner-db');
    await element.exit();
    const names = (await win.indexedDB.databases()).map((db) => db.name);
    expect(names).to.include('partner-db');
    expect(names).not.to.include('onestory-test-drafts');
  });

  it('one page, one exit: a second element neither counts nor exits again', async () => {
    const { win, doc } = await frameWith('<onestory-quick-exit id="a"></onestory-quick-exit><onestory-quick-exit id="b"></onestory-quick-exit>');
    const [a, b] = [...doc.querySelectorAll<OneStoryQuickExitElement>('onestory-quick-exit')];
    const visited: string[] = [];
    a!.navigate = (url) => visited.push(`a ${url}`);
    b!.navigate = (url) => visited.push(`b ${url}`);
    const triggers: string[] = [];
    win.addEventListener('onestory-exit', (event) => triggers.push(event.detail.trigger));
    const press = () => win.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    press();
    await a!.updateComplete;
    await b!.updateComplete;
    expect(parts(a!).count.textContent).to.equal('Shift pressed 1 of 3 times');
    expect(parts(b!).count.textContent).to.equal('');
    parts(b!).button.click();
    parts(a!).button.click();
    press();
    press();
    await waitUntil(() => visited.length > 0, 'never navigated', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(triggers).to.deep.equal(['button']);
    expect(visited).to.deep.equal([`b ${DEFAULT_EXIT_URL}`]);
  });
});
