import { expect, waitUntil } from '@open-wc/testing';
import type { Submission } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { ANSWERS, type StoryAnswers } from './answers.js';
import { headingText, shadow, untilHeading } from './intake-helpers.js';

// Moves an intake along quickly, by setting field values and clicking buttons as events
// would. Keyboard fidelity is what the e2e and keyboard tests check; these helpers only
// reach a state to look at.

type Valued = HTMLElement & { value: unknown };

function fire(element: Element): void {
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Sets the answer of the question bound to `field` on the page shown. */
export async function answer(intake: OneStoryIntakeElement, field: string, value: unknown): Promise<void> {
  const element = shadow(intake).querySelector<Valued>(`[data-field="${field}"]`);
  if (!element) throw new Error(`No question for ${field} on "${headingText(intake)}"`);
  element.value = value;
  fire(element);
  await intake.updateComplete;
}

/** Ticks exactly these services on the services step. */
export async function chooseServices(intake: OneStoryIntakeElement, ids: readonly string[]): Promise<void> {
  const element = shadow(intake).querySelector<Valued>('#services')!;
  element.value = ids;
  fire(element);
  await intake.updateComplete;
}

/** Answers one consent question. */
export async function decide(
  intake: OneStoryIntakeElement,
  serviceId: string,
  purposeId: string,
  choice: 'given' | 'refused',
): Promise<void> {
  const element = shadow(intake).querySelector<Valued>(`#consent-${serviceId}-${purposeId}`)!;
  element.value = choice;
  fire(element);
  await intake.updateComplete;
}

/** Clicks the main button (Continue, or Accept and send) and waits for the result. */
export async function clickContinue(intake: OneStoryIntakeElement): Promise<void> {
  const button = shadow(intake).querySelector<HTMLButtonElement>('[data-action="continue"]');
  if (!button) throw new Error(`No continue button on "${headingText(intake)}"`);
  button.click();
  await intake.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await intake.updateComplete;
}

/** The English answers the stories show too (valid for both example definitions), by field. */
export const SKELETON_ANSWERS: StoryAnswers = ANSWERS['en'];

/** What {@link fillPagesUntil} can do on each page besides answering it. */
export interface FillOptions {
  /** Runs on each page as it is shown, before it is answered (checks, or answers the fields cannot give). */
  readonly onPage?: (heading: string) => Promise<void>;
}

/** Answers every question on each page with `answers` and continues until `heading` shows. */
export async function fillPagesUntil(
  intake: OneStoryIntakeElement,
  heading: string,
  answers: StoryAnswers = SKELETON_ANSWERS,
  options: FillOptions = {},
): Promise<void> {
  for (let step = 0; step < 20 && headingText(intake) !== heading; step++) {
    await options.onPage?.(headingText(intake));
    for (const element of shadow(intake).querySelectorAll<Valued>('[data-field]')) {
      const field = element.dataset['field']!;
      if (field in answers) await answer(intake, field, answers[field]);
    }
    const before = headingText(intake);
    await clickContinue(intake);
    if (headingText(intake) === before)
      throw new Error(`Stuck on "${before}": ${shadow(intake).querySelector('.error-summary')?.textContent}`);
  }
  await waitUntil(() => headingText(intake) === heading, `never reached "${heading}"`, { timeout: 5000 });
}

/**
 * From check your answers (English): send, wait for the confirmation, and return what the
 * test endpoint stored, the one submission whose disclosures hold `marker`.
 */
export async function sendAndRead(intake: OneStoryIntakeElement, marker: string): Promise<Submission> {
  await untilHeading(intake, 'Check your answers before sending');
  await clickContinue(intake);
  await untilHeading(intake, 'Your information has been sent');
  const stored = await (await testEndpoint()).submissions();
  const ours = stored.filter((line) => JSON.stringify(line.submission.disclosures).includes(marker));
  expect(ours, 'stored exactly once').to.have.length(1);
  return ours[0]!.submission;
}

/** The early-help domestic-abuse path up to its DASH risk checklist, safe only to call. */
export async function fillUntilRiskChecklist(intake: OneStoryIntakeElement): Promise<void> {
  const channel = { safe: false };
  await fillPagesUntil(intake, 'Risk checklist', {
    ...SKELETON_ANSWERS,
    'needs.domains': ['safety'],
    'contact.safeContact': { call: { safe: true }, text: channel, email: channel, post: channel, visit: channel, voicemail: false },
    'needs.safety.description': 'My partner checks my phone and shouts at me.',
  });
}
