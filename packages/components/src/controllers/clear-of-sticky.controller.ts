import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that scrolls `element` (through shadow roots), or undefined for the page itself. */
function scrollerOf(element: Element): Element | undefined {
  for (let node: Element | null = element; node; ) {
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    if (!parent || parent === document.documentElement || parent === document.body) return undefined;
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
    node = parent;
  }
  return undefined;
}

// Space left between the sticky bar and what has focus.
const GAP = 8;

/**
 * Keeps whatever receives focus inside the host clear of a sticky bar (the quick exit),
 * WCAG 2.2 SC 2.4.11: when the browser scrolls a focused element into view under the bar
 * (tabbing backwards, a link in the error summary, the heading of a new step), it is
 * scrolled down just below it. Runs in the frame after focus, once the browser's own
 * scrolling is done, so nothing is drawn covered.
 */
export class ClearOfStickyController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #bar: () => Element | null | undefined;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, bar: () => Element | null | undefined) {
    this.#host = host;
    this.#bar = bar;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#onFocus);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFocus);
    cancelAnimationFrame(this.#frame);
  }

  readonly #onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#clear(target));
  };

  #clear(target: Element): void {
    const bar = this.#bar();
    if (!bar || !target.isConnected || bar.contains(target) || bar.shadowRoot?.contains(target)) return;
    const covering = bar.getBoundingClientRect();
    const focused = target.getBoundingClientRect();
    const overlaps = focused.top < covering.bottom && focused.bottom > covering.top && focused.left < covering.right && focused.right > covering.left;
    if (!overlaps || covering.height === 0) return;
    const by = focused.top - covering.bottom - GAP;
    const scroller = scrollerOf(this.#host);
    if (scroller) scroller.scrollTop += by;
    else window.scrollBy(0, by);
  }
}
