import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import type { StoryAnswers } from './answers.js';
import { answer, chooseServices, clickContinue } from './drive.js';
import { headingText, shadow } from './intake-helpers.js';

// Walks a whole intake, step by step, as a person who knows their answers would: each
// question page, the services, the professional's "their agreement" screen, the consent
// decisions, the address screen, up to "check your answers". A test looks at every step on
// the way.

type Valued = HTMLElement & { value: unknown };

/** Who walks the journey: their answers, the services they choose, and how a professional says the person agreed. */
export interface Walker {
  readonly answers: StoryAnswers;
  readonly services: readonly string[];
  /** The professional's answer on "their agreement" (a route value); `phone` unless given. */
  readonly route?: string;
}

/** The step on screen, as `data-step` says, with the heading. */
export const stepName = (intake: OneStoryIntakeElement): string =>
  `${shadow(intake).querySelector<HTMLElement>('.step')?.dataset['step'] ?? '?'}: ${headingText(intake)}`;

function fire(element: Element): void {
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Answers what the step on screen asks, without continuing. */
export async function answerStep(intake: OneStoryIntakeElement, walker: Walker): Promise<void> {
  const root = shadow(intake);
  if (root.querySelector('#services')) await chooseServices(intake, walker.services);
  for (const element of root.querySelectorAll<Valued>('[data-field]')) {
    const field = element.dataset['field']!;
    if (field in walker.answers) await answer(intake, field, walker.answers[field]);
  }
  const route = root.querySelector<Valued>('#who-route');
  if (route) {
    route.value = walker.route ?? 'phone';
    fire(route);
  }
  for (const radios of root.querySelectorAll<Valued>('onestory-radios[id^="consent-"]')) {
    radios.value = 'given';
    fire(radios);
  }
  // Someone feared in the household: each service that visits it gets only the safe ways (or,
  // with none marked safe, the home address, the risk explained).
  for (const radios of root.querySelectorAll<Valued & { options: { value: string }[] }>('onestory-radios[id^="who-address-"]')) {
    radios.value = radios.options.some((o) => o.value === 'safe-way') ? 'safe-way' : 'share-address';
    fire(radios);
  }
  await intake.updateComplete;
}

/**
 * Calls `look` on every step from the one on screen to "check your answers" (both
 * included), answering and continuing in between. With `lookAtErrors`, each step is first
 * continued unanswered, and where that shows errors, they are looked at too. Throws when a
 * step does not move on once answered.
 */
export async function walkJourney(
  intake: OneStoryIntakeElement,
  walker: Walker,
  look: (step: string) => Promise<void> | void,
  lookAtErrors?: (step: string) => Promise<void> | void,
): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const step = stepName(intake);
    await look(step);
    if (step.startsWith('check-answers')) return;
    if (lookAtErrors) {
      await clickContinue(intake);
      if (stepName(intake) !== step) {
        // Nothing required here: back, to answer it as the person would (who is filling in
        // decides the rest of the journey).
        shadow(intake).querySelector<HTMLButtonElement>('button.back')?.click();
        await intake.updateComplete;
        if (stepName(intake) !== step) throw new Error(`Back from the step after "${step}" went to "${stepName(intake)}"`);
      } else if (shadow(intake).querySelector('.error-summary')) await lookAtErrors(step);
    }
    await answerStep(intake, walker);
    await clickContinue(intake);
    if (stepName(intake) === step) throw new Error(`Stuck on "${step}": ${shadow(intake).querySelector('.error-summary')?.textContent}`);
  }
  throw new Error('The journey never reached "check your answers"');
}
