import { isEmail } from '../story/rules.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** Reads a text box (raw input) as an email address (parsed stage: trimmed). */
export function interpretEmail(raw: string, required: boolean): Interpretation<string> {
  const email = raw.trim();
  if (!email) return required ? reject({ code: 'required.contact.email', flag: 'valueMissing' }) : noAnswer();
  if (!isEmail(email)) return reject({ code: 'email.invalid', flag: 'typeMismatch' });
  return accept(email);
}

// Free personal webmail: fine for the person, but not the secure work address a
// professional should give for replies about someone else.
const PERSONAL_WEBMAIL = /@(gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|proton|protonmail|mail)\.(com|net|me|co\.uk|uk|ie|fr|de|es|it|nl|pl)$/i;

/** True when `email` is a free personal webmail address (gmail, outlook, hotmail, yahoo, icloud…). */
export function isPersonalWebmail(email: unknown): boolean {
  return typeof email === 'string' && PERSONAL_WEBMAIL.test(email.trim());
}
