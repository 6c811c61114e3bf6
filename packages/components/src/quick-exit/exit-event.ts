/** What started a quick exit. */
export type ExitTrigger =
  /** The visible "Exit this page" button. */
  | 'button'
  /** Shift pressed three times. */
  | 'shortcut'
  /** The skip link for assistive technology. */
  | 'skip-link'
  /** The host page's own exit control (GOV.UK Frontend's, or one marked `data-onestory-exit`). */
  | 'host-control'
  /** A script called `exit()`. */
  | 'api';

/** What {@link OneStoryExitEvent} tells the page. Never contains answers. */
export interface ExitDetail {
  readonly trigger: ExitTrigger;
  /** Where the page is going; `undefined` when the host's own control does the navigating. */
  readonly url: string | undefined;
}

/**
 * Fired by `<onestory-quick-exit>` when a quick exit begins: after the page content is
 * hidden, before stores are wiped and the page is replaced. It bubbles and is composed,
 * so `window` hears it from any shadow root.
 *
 * Listeners must forget in-memory personal data **synchronously** (the page is about to
 * go). The event is deliberately **not cancelable**: a person in danger pressed it, and
 * no other script on the page may keep them there.
 */
export class OneStoryExitEvent extends Event {
  static readonly eventName = 'onestory-exit';
  readonly detail: ExitDetail;
  constructor(detail: ExitDetail) {
    super(OneStoryExitEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-exit': OneStoryExitEvent;
  }
}
