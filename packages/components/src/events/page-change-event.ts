import type { FlowStep } from '@onestory/core/engine';

/** What {@link OneStoryPageChangeEvent} tells the host page. Carries no answers. */
export interface PageChangeDetail {
  /** The kind of step now shown: `services`, `page`, `privacy-and-consent`, `check-answers`, `sending`, `sent` or `not-sent-yet`. */
  readonly step: FlowStep['kind'];
  /** The definition's page id, on a question page. */
  readonly pageId?: string;
  /** 0-based position among the question pages, on a question page. */
  readonly index?: number;
  /** Number of question pages in the plan as it stands. */
  readonly total: number;
}

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
