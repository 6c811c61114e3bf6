import { DASH_QUESTION_COUNT } from '@onestory/core/story';

/**
 * Stand-in items for a `risk.dash` question in a made-up definition: the checklist's
 * wording belongs to the service (the early-help example has SafeLives' DASH questions),
 * and `checkDefinition` wants all of them, each with its own id.
 */
export function dashItems(): { value: string; label: { en: string; cy: string } }[] {
  return Array.from({ length: DASH_QUESTION_COUNT }, (_, i) => ({
    value: `item-${i + 1}`,
    label: { en: `Checklist question ${i + 1}`, cy: `Cwestiwn ${i + 1} y rhestr wirio` },
  }));
}
