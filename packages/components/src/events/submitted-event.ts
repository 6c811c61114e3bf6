/** What {@link OneStorySubmittedEvent} tells the host page. */
export interface SubmittedDetail {
  /** The reference number the endpoint gave, shown to the person. */
  readonly reference: string;
  /** The submission's id (also its idempotency key). */
  readonly submissionId: string;
}

/**
 * Fired on `<onestory-intake>` when the endpoint has stored the submission. Carries no
 * answers, only the reference number and the submission id.
 */
export class OneStorySubmittedEvent extends Event {
  static readonly eventName = 'onestory-submitted';
  readonly detail: SubmittedDetail;
  constructor(detail: SubmittedDetail) {
    super(OneStorySubmittedEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-submitted': OneStorySubmittedEvent;
  }
}
