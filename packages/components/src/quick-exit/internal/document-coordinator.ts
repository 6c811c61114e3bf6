import {
  GOVUK_EXIT_SELECTOR,
  HOST_EXIT_ATTRIBUTE,
  type HostExitControl,
} from '@onestory/core';

/** What each connected quick-exit element lends the document's one set of listeners. */
export interface ExitMember {
  /** One `keyup` anywhere in the document (only the first member gets them). */
  keyRelease(event: KeyboardEvent): void;
  /** The host page's own exit control fired: wipe, but leave the navigating to it. */
  hostExit(): void;
}

/** Per-document state, shared by every copy of OneStory loaded in the page. */
interface Coordination {
  /** Connected members in connection order; the first holds the keyboard. */
  readonly members: Map<Element, ExitMember>;
  /** Set once an exit began: a second trigger (or a second element) does nothing. */
  exiting: boolean;
  /**
   * What to do if the page is shown again after the exit (back-forward cache): hide and
   * leave again. Kept here, not on an element, because the element may be gone by then.
   */
  leaveAgain: (() => void) | undefined;
  /** Removes the document listeners. */
  stop: (() => void) | undefined;
}

// Symbol.for, not a module variable: two bundles of OneStory on one page (CDN and npm)
// must still share one keyboard listener and one exit.
const COORDINATION = Symbol.for('onestory.quick-exit.coordination');
const GOVUK_HIDDEN_CLASS = 'govuk-exit-this-page-hide-content';
const HOST_CONTROL_SELECTOR = `[${HOST_EXIT_ATTRIBUTE}], ${GOVUK_EXIT_SELECTOR} a, ${GOVUK_EXIT_SELECTOR} button`;

function coordinationOf(doc: Document): Coordination {
  const holder = doc as unknown as { [COORDINATION]?: Coordination };
  holder[COORDINATION] ??= { members: new Map(), exiting: false, leaveAgain: undefined, stop: undefined };
  return holder[COORDINATION];
}

/** The host page's own exit control, if it has one. */
export function hostExitControl(doc: Document): { kind: HostExitControl; element: HTMLElement | undefined } {
  const govuk = doc.querySelector<HTMLElement>(GOVUK_EXIT_SELECTOR);
  if (govuk) return { kind: 'govuk-frontend', element: govuk };
  const marked = doc.querySelector<HTMLElement>(`[${HOST_EXIT_ATTRIBUTE}]`);
  return marked ? { kind: 'marked', element: marked } : { kind: 'none', element: undefined };
}

/** True when `element` is the member that holds the document's keyboard. */
export function holdsKeyboard(element: Element): boolean {
  return coordinationOf(element.ownerDocument).members.keys().next().value === element;
}

/**
 * Claims the document's single exit: true for the first caller, false once an exit began
 * (a second element, a second trigger, a double click). `leaveAgain` runs whenever the
 * page is restored from the back-forward cache afterwards.
 */
export function claimExit(doc: Document, leaveAgain: () => void): boolean {
  const coordination = coordinationOf(doc);
  if (coordination.exiting) return false;
  coordination.exiting = true;
  coordination.leaveAgain = leaveAgain;
  coordination.stop ??= listen(doc, coordination);
  return true;
}

/** True once an exit began in `doc`. */
export function exitBegan(doc: Document): boolean {
  return coordinationOf(doc).exiting;
}

/** Adds a connected element; the first one in a document installs the listeners. */
export function join(element: Element, member: ExitMember): void {
  const coordination = coordinationOf(element.ownerDocument);
  coordination.members.set(element, member);
  coordination.stop ??= listen(element.ownerDocument, coordination);
}

/**
 * Removes a disconnected element; the last one out removes the listeners, unless an exit
 * began (then the `pageshow` listener must outlive every element).
 */
export function leave(element: Element): void {
  const coordination = coordinationOf(element.ownerDocument);
  coordination.members.delete(element);
  if (coordination.members.size === 0 && !coordination.exiting) {
    coordination.stop?.();
    coordination.stop = undefined;
  }
}

function listen(doc: Document, coordination: Coordination): () => void {
  const first = () => coordination.members.values().next().value;
  const view = doc.defaultView;

  // Capture phase: a host script that stops propagation must not silence the shortcut.
  const onKeyUp = (event: KeyboardEvent) => first()?.keyRelease(event);
  // Capture phase, so the stores are wiped before the host's own handler navigates away.
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : undefined;
    if (target?.closest(HOST_CONTROL_SELECTOR)) first()?.hostExit();
  };
  // GOV.UK Frontend's keyboard shortcut exits without a click; it hides the page by
  // adding a class to <body>, which is the one signal it gives.
  const observer = view ? new view.MutationObserver(() => {
    if (doc.body?.classList.contains(GOVUK_HIDDEN_CLASS)) first()?.hostExit();
  }) : undefined;
  if (doc.body) observer?.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && coordination.exiting) coordination.leaveAgain?.();
  };

  doc.addEventListener('keyup', onKeyUp, true);
  doc.addEventListener('click', onClick, true);
  view?.addEventListener('pageshow', onPageShow);
  return () => {
    doc.removeEventListener('keyup', onKeyUp, true);
    doc.removeEventListener('click', onClick, true);
    view?.removeEventListener('pageshow', onPageShow);
    observer?.disconnect();
  };
}
