import type { Submission } from '@onestory/core';

/** What {@link OneStorySubmitEvent} tells the host page. */
export interface SubmitDetail {
  /** The submission about to be sent: consent records and one disclosure envelope per recipient. */
  readonly submission: Submission;
}

/**
 * Fired on `<onestory-intake>` just before the submission is sent. Cancelable: calling
 * `preventDefault()` stops the intake from sending it (the host then sends it itself, say),
 * and the person stays on "check your answers".
 */
export class OneStorySubmitEvent extends Event {
  static readonly eventName = 'onestory-submit';
  readonly detail: SubmitDetail;
  constructor(detail: SubmitDetail) {
    super(OneStorySubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-submit': OneStorySubmitEvent;
  }
}
