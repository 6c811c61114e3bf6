import { isIsoDate, parseDateParts, type DateParts, type DatePartsError, type IsoDate } from '../story/rules.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** The boxes of a GOV.UK date input, in order (they are also the ids of the controls). */
export const DATE_PARTS = ['day', 'month', 'year'] as const;

// Which boxes each problem is about: GOV.UK highlights only those (all, when absent).
const CONTROLS_IN_ERROR: Readonly<Record<DatePartsError, readonly string[] | undefined>> = {
  'date.missing': undefined,
  'date.missingDay': ['day'],
  'date.missingMonth': ['month'],
  'date.missingYear': ['year'],
  'date.yearDigits': ['year'],
  'date.real': undefined,
};

/**
 * Reads the three boxes (raw input, kept as typed while invalid) as an ISO date (parsed
 * stage) with core's `parseDateParts`: which part is missing, a 4-digit year, a real date.
 */
export function interpretDate(raw: DateParts, required: boolean): Interpretation<IsoDate> {
  if (!raw.day.trim() && !raw.month.trim() && !raw.year.trim()) {
    return required ? reject({ code: 'date.missing', flag: 'valueMissing' }) : noAnswer();
  }
  const parsed = parseDateParts(raw);
  if (parsed.ok) return accept(parsed.value);
  const controls = CONTROLS_IN_ERROR[parsed.error];
  return reject({ code: parsed.error, flag: 'badInput', ...(controls ? { controls } : {}) });
}

/** True when `state` has the shape of {@link DateParts}. */
export function isDateParts(state: unknown): state is DateParts {
  return (
    typeof state === 'object' &&
    state !== null &&
    DATE_PARTS.every((part) => typeof (state as Record<string, unknown>)[part] === 'string')
  );
}

/** A host-assigned ISO date, or null when it is not a real `YYYY-MM-DD` date. */
export function coerceIsoDate(input: unknown): IsoDate | null {
  return typeof input === 'string' && isIsoDate(input) ? input : null;
}
