// Drives an <onestory-intake> to a state from a story's `play`, through what the person
// touches (field elements' values and `change` events, the Continue button), like the
// browser tests' helpers (test/browser/intake/drive.ts). Step kinds are read from the
// intake's `data-step`, never from wording, so the same play works in English and Welsh.
import type { OneStoryIntakeElement } from '@onestory/components';
import { waitFor } from 'storybook/test';
import type { StoryAnswers } from '../../test/browser/intake/answers.js';

/** The steps of an intake, as core's flow names them. */
export type StepKind = 'services' | 'page' | 'privacy-and-consent' | 'check-answers' | 'sending' | 'sent' | 'not-sent-yet' | 'unavailable';

type Valued = HTMLElement & { value: unknown };

const TIMEOUT = { timeout: 10_000 };

function root(intake: OneStoryIntakeElement): ShadowRoot {
  if (!intake.shadowRoot) throw new TypeError('<onestory-intake> has not rendered');
  return intake.shadowRoot;
}

/** The step on screen, as the intake's `data-step` names it, or undefined while loading. */
export function stepOf(intake: OneStoryIntakeElement): StepKind | undefined {
  const shadow = intake.shadowRoot;
  if (!shadow) return undefined;
  if (shadow.querySelector('[part=fallback]')) return 'unavailable';
  return shadow.querySelector<HTMLElement>('.step')?.dataset['step'] as StepKind | undefined;
}

/** The intake in the story, once its first step (or its fallback) is on screen. */
export async function intakeIn(canvas: HTMLElement, index = 0): Promise<OneStoryIntakeElement> {
  const intake = await waitFor(() => {
    const found = canvas.querySelectorAll('onestory-intake')[index];
    if (!found || !stepOf(found)) throw new TypeError('the intake has not rendered its first step yet');
    return found;
  }, TIMEOUT);
  await intake.updateComplete;
  return intake;
}

function change(element: HTMLElement): void {
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Answers every question on the page shown for which `answers` has a value. */
export async function answerPage(intake: OneStoryIntakeElement, answers: StoryAnswers): Promise<void> {
  // An answer can reveal another question on the same page: go round until none is new.
  const done = new Set<Element>();
  for (let round = 0; round < 4; round++) {
    const fresh = [...root(intake).querySelectorAll<Valued>('[data-field]')].filter((element) => !done.has(element));
    if (fresh.length === 0) return;
    for (const element of fresh) {
      done.add(element);
      const field = element.dataset['field']!;
      if (!(field in answers)) continue;
      element.value = answers[field];
      change(element);
      await intake.updateComplete;
    }
  }
}

/** Gives the same answer to every consent question on the privacy-and-consent step. */
export async function decideAll(intake: OneStoryIntakeElement, choice: 'given' | 'refused'): Promise<void> {
  for (const element of root(intake).querySelectorAll<Valued>('[part=consent] onestory-radios')) {
    element.value = choice;
    change(element);
    await intake.updateComplete;
  }
}

/** Presses the main button (Continue, or Accept and send) and lets the intake settle. */
export async function clickContinue(intake: OneStoryIntakeElement): Promise<void> {
  root(intake).querySelector<HTMLButtonElement>('[data-action=continue]')!.click();
  await intake.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await intake.updateComplete;
}

/**
 * Answers each page with `answers` (and every consent question with "agree") and
 * continues until the intake shows `target`. Fails if a step will not move on.
 */
export async function continueUntil(intake: OneStoryIntakeElement, target: StepKind, answers: StoryAnswers): Promise<void> {
  for (let step = 0; step < 30; step++) {
    const kind = stepOf(intake);
    if (kind === target) return;
    if (kind === 'sending') {
      await waitFor(() => {
        if (stepOf(intake) === 'sending') throw new TypeError('still sending');
      }, TIMEOUT);
      continue;
    }
    if (kind === 'page') await answerPage(intake, answers);
    if (kind === 'privacy-and-consent') await decideAll(intake, 'given');
    const before = root(intake).querySelector('h1')?.textContent;
    await clickContinue(intake);
    const stuck = stepOf(intake) === kind && root(intake).querySelector('h1')?.textContent === before;
    if (stuck && target !== kind) {
      const summary = root(intake).querySelector('.error-summary')?.textContent?.replace(/\s+/g, ' ').trim();
      throw new TypeError(`The intake will not move on from "${before}": ${summary ?? 'no error shown'}`);
    }
  }
  throw new TypeError(`The intake never reached ${target}`);
}
