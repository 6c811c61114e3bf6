import { createContext } from '@lit/context';
import type { Answers } from '@onestory/core';

/**
 * The Story shared by every intake under one `<onestory-provider>`: the person tells it
 * once, and a second intake for another service starts from what the first collected.
 * Immutable: each change provides a new value, so subscribed intakes re-plan.
 */
export interface SharedStory {
  /** Answers collected so far by any intake under the provider (parsed stage). */
  readonly answers: Answers;
  /**
   * Merges answers from one intake into the shared Story. A field given as `undefined`
   * is removed (the person cleared it).
   */
  share(answers: Answers): void;
}

/** The @lit/context key of the {@link SharedStory}. */
export const sharedStoryContext = createContext<SharedStory | undefined>(Symbol.for('onestory.shared-story'));
