import type { MessageKey } from '../i18n/catalogue.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** What a text answer must satisfy. */
export interface TextConstraints {
  readonly required: boolean;
  /** Most characters allowed (the Story's limit for the field). */
  readonly maxLength: number;
  /** Message when a required answer is missing (default `required`). */
  readonly requiredKey?: MessageKey;
}

/**
 * Reads a text box (raw input) as a text answer (parsed stage): surrounding spaces are
 * trimmed and a blank answer is no answer. The person's words are otherwise kept as typed.
 */
export function interpretText(raw: string, constraints: TextConstraints): Interpretation<string> {
  const text = raw.trim();
  if (!text) {
    return constraints.required ? reject({ code: constraints.requiredKey ?? 'required', flag: 'valueMissing' }) : noAnswer();
  }
  if (text.length > constraints.maxLength) {
    return reject({ code: 'text.tooLong', params: { max: constraints.maxLength }, flag: 'tooLong' });
  }
  return accept(text);
}

/** A host-assigned text value, or null when it is not text. */
export function coerceText(input: unknown): string | null {
  return typeof input === 'string' ? input : null;
}
