import { isEmail } from '../story/rules.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** Reads a text box (raw input) as an email address (parsed stage: trimmed). */
export function interpretEmail(raw: string, required: boolean): Interpretation<string> {
  const email = raw.trim();
  if (!email) return required ? reject({ key: 'required.contact.email', flag: 'valueMissing' }) : noAnswer();
  if (!isEmail(email)) return reject({ key: 'email.invalid', flag: 'typeMismatch' });
  return accept(email);
}
