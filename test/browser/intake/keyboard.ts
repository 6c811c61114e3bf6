import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './intake-helpers.js';

/** What a sighted keyboard user would call the focused control: its label or its text. */
export function focusedName(): string {
  const active = deepActiveElement();
  if (!active) return '';
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) {
    const label = active.labels?.[0]?.textContent ?? active.getAttribute('aria-label') ?? '';
    return label.replace(/\s+/g, ' ').trim();
  }
  return (active.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses one key (Playwright key names: `Tab`, `Enter`, `Space`, `ArrowDown`, `Shift+Tab`…). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Types text into whatever has focus, one key at a time. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * Presses Tab until the focused control's name matches, as a keyboard user would, and
 * fails after `max` presses (the control cannot be reached by keyboard).
 */
export async function tabTo(name: string | RegExp, max = 60): Promise<void> {
  const matches = () => (typeof name === 'string' ? focusedName() === name : name.test(focusedName()));
  for (let i = 0; i < max; i++) {
    if (matches()) return;
    await press('Tab');
  }
  if (!matches()) throw new Error(`Could not reach "${name}" by Tab within ${max} presses (focus is on "${focusedName()}")`);
}

/** Clears the focused text box and types `text` instead. */
export async function retype(text: string): Promise<void> {
  await press('ControlOrMeta+a');
  await press('Backspace');
  if (text) await type(text);
}
