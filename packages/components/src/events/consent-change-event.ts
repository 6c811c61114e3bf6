/** What {@link OneStoryConsentChangeEvent} tells the host page. */
export interface ConsentChangeDetail {
  /** The receiving service. */
  readonly serviceId: string;
  /** The purpose within that service. */
  readonly purposeId: string;
  /** The person's decision. */
  readonly state: 'given' | 'refused' | 'withdrawn';
}

/** Fired on `<onestory-intake>` each time the person agrees, refuses or withdraws. */
export class OneStoryConsentChangeEvent extends Event {
  static readonly eventName = 'onestory-consent-change';
  readonly detail: ConsentChangeDetail;
  constructor(detail: ConsentChangeDetail) {
    super(OneStoryConsentChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-consent-change': OneStoryConsentChangeEvent;
  }
}
