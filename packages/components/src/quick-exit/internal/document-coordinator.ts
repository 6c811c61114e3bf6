import { GOVUK_EXIT_BUTTON_SELECTOR, GOVUK_EXIT_SELECTOR, HOST_EXIT_ATTRIBUTE, type HostExitControl } from '@onestory/core/safety';

/** What each connected quick-exit element lends the document's one set of listeners. */
export interface ExitMember {
  /** One `keyup` anywhere in the page (only the first member gets them). */
  keyRelease(event: KeyboardEvent): void;
  /**
   * The host page's own exit control is leaving: wipe, then click `control` so the host's
   * exit runs, or (`undefined`: it is already leaving) wipe only.
   */
  hostExit(control: HTMLElement | undefined): void;
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

/** The host page's own exit control and the element that leaves when clicked. */
export interface HostControl {
  readonly kind: HostExitControl;
  readonly element: HTMLElement | undefined;
}

// Symbol.for, not a module variable: two bundles of OneStory on one page (CDN and npm)
// must still share one keyboard listener and one exit.
const COORDINATION = Symbol.for('onestory.quick-exit.coordination');
const GOVUK_HIDDEN_CLASS = 'govuk-exit-this-page-hide-content';
const MARKED_SELECTOR = `[${HOST_EXIT_ATTRIBUTE}]`;
const GOVUK_CONTROL_SELECTOR = `${GOVUK_EXIT_SELECTOR} ${GOVUK_EXIT_BUTTON_SELECTOR}, ${GOVUK_EXIT_SELECTOR} a`;

function coordinationOf(doc: Document): Coordination {
  const holder = doc as unknown as { [COORDINATION]?: Coordination };
  holder[COORDINATION] ??= { members: new Map(), exiting: false, leaveAgain: undefined, stop: undefined };
  return holder[COORDINATION];
}

/** The host page's own exit control, if it has one (GOV.UK Frontend's first). */
export function hostExitControl(doc: Document): HostControl {
  if (doc.querySelector(GOVUK_EXIT_SELECTOR)) {
    return { kind: 'govuk-frontend', element: doc.querySelector<HTMLElement>(GOVUK_CONTROL_SELECTOR) ?? undefined };
  }
  const marked = doc.querySelector<HTMLElement>(MARKED_SELECTOR);
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

  // Window, capture phase: runs before any listener the host (or GOV.UK Frontend) put on
  // the document, so the press that completes Shift×3 can be held back from them.
  const onKeyUp = (event: KeyboardEvent) => first()?.keyRelease(event);
  // A click on the host's exit control is held until OneStory has wiped, then replayed
  // (see ExitMember.hostExit): the host's own handler still does the leaving.
  const onClick = (event: MouseEvent) => {
    if (coordination.exiting || !(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>(`${MARKED_SELECTOR}, ${GOVUK_CONTROL_SELECTOR}`);
    const member = first();
    if (!control || !member) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    member.hostExit(control);
  };
  // Last resort: GOV.UK Frontend left on its own (its shortcut fired before ours could).
  // It blanks the page by adding a class to <body>, the one signal it gives.
  const observer = view
    ? new view.MutationObserver(() => {
        if (doc.body?.classList.contains(GOVUK_HIDDEN_CLASS)) first()?.hostExit(undefined);
      })
    : undefined;
  if (doc.body) observer?.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && coordination.exiting) coordination.leaveAgain?.();
  };

  view?.addEventListener('keyup', onKeyUp, true);
  view?.addEventListener('click', onClick, true);
  view?.addEventListener('pageshow', onPageShow);
  return () => {
    view?.removeEventListener('keyup', onKeyUp, true);
    view?.removeEventListener('click', onClick, true);
    view?.removeEventListener('pageshow', onPageShow);
    observer?.disconnect();
  };
}
