import type { ConfigProblem } from '@onestory/core';

/**
 * What went wrong: `config` (an attribute), `definition` (the intake definition could not
 * be loaded or is invalid), `submission` (the answers and decisions break a lawful-basis
 * rule, so nothing was sent), `delivery` (the endpoint refused the submission for good),
 * `load` (a file of the CDN build, such as a language, could not be loaded or was refused
 * because its bytes do not match the hash the entry file carries).
 * Transient network failures are not errors: the intake shows "not sent yet" and retries.
 */
export type IntakeErrorKind = 'config' | 'definition' | 'submission' | 'delivery' | 'load';

/** What {@link OneStoryErrorEvent} tells the host page. Never contains answers. */
export interface IntakeErrorDetail {
  readonly kind: IntakeErrorKind;
  /** For the developer: what is wrong and how to fix it. */
  readonly message: string;
  /** Every problem found, each with where it is (attribute name or definition path). */
  readonly problems: readonly ConfigProblem[];
}

/** Fired on `<onestory-intake>` when configuration, the definition or delivery fails. */
export class OneStoryErrorEvent extends Event {
  static readonly eventName = 'onestory-error';
  readonly detail: IntakeErrorDetail;
  constructor(detail: IntakeErrorDetail) {
    super(OneStoryErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, problems: Object.freeze([...detail.problems]) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onestory-error': OneStoryErrorEvent;
  }
}
