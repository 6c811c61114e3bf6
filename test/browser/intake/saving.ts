import { waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { headingText, shadow } from './intake-helpers.js';

// "Save and come back later" as a person uses it: the buttons, the code form, the code.

/** The button with `data-action="<action>"` on screen, if any. */
export const button = (intake: Element, action: string) => shadow(intake).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

/** Presses the button with `data-action="<action>"`; throws when there is none. */
export async function press(intake: OneStoryIntakeElement, action: string): Promise<void> {
  const target = button(intake, action);
  if (!target) throw new Error(`No ${action} button on "${headingText(intake)}"`);
  target.click();
  await intake.updateComplete;
}

/** Types `code` into the code form on screen and sends it; waits until the form is done checking. */
export async function enterCode(intake: OneStoryIntakeElement, id: 'resume-code' | 'receipt-code', code: string): Promise<void> {
  const field = shadow(intake).querySelector<HTMLElement & { value: unknown }>(`#${id}`)!;
  field.value = code;
  await press(intake, 'open-code');
  await waitUntil(() => !button(intake, 'open-code')?.disabled, 'the code was never checked', { timeout: 20_000 });
  await intake.updateComplete;
}

/** Saves from the step on screen; resolves to the resume code shown. */
export async function save(intake: OneStoryIntakeElement): Promise<string> {
  await press(intake, 'save');
  await waitUntil(() => shadow(intake).querySelector('.resume-code'), 'never saved', { timeout: 20_000 });
  return shadow(intake).querySelector('.resume-code')!.textContent!.trim();
}

/** Opens "continue where you left off" on a fresh intake and resumes from `code`. */
export async function resume(intake: OneStoryIntakeElement, code: string): Promise<void> {
  await press(intake, 'resume');
  await enterCode(intake, 'resume-code', code);
}
