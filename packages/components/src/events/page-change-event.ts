import type { PageChange } from '@onestory/core/session';

/** What {@link OneStoryPageChangeEvent} tells the host page (core's `PageChange`). Carries no answers. */
export type PageChangeDetail = PageChange;

/** Fired on `<onestory-intake>` each time a different step or page is shown. */
export class OneStoryPageChangeEvent extends Event {
  static readonly eventName = 'onestory-page-change';
  readonly detail: PageChangeDetail;
  constructor(detail: PageChangeDetail) {
    super(OneStoryPageChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-page-change': OneStoryPageChangeEvent;
  }
}
