import { isPhone } from '../story/rules.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

// The Story's phone schema allows at most 30 characters.
const PHONE_MAX_LENGTH = 30;

/** Reads a text box (raw input) as a telephone number (UK, or international form; see `isPhone`) (parsed stage: as typed, trimmed). */
export function interpretPhone(raw: string, required: boolean): Interpretation<string> {
  const phone = raw.trim();
  if (!phone) return required ? reject({ code: 'required.contact.phone', flag: 'valueMissing' }) : noAnswer();
  if (phone.length > PHONE_MAX_LENGTH || !isPhone(phone)) return reject({ code: 'phone.invalid', flag: 'typeMismatch' });
  return accept(phone);
}
