import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** What a whole-number answer must satisfy. */
export interface NumberConstraints {
  readonly required: boolean;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * Reads a text box (raw input) as a whole number (parsed stage). Spaces and thousands
 * commas are ignored (`1,200` is 1200), as people type them; anything else is `badInput`.
 */
export function interpretWholeNumber(raw: string, constraints: NumberConstraints): Interpretation<number> {
  const compact = raw.replace(/[\s,]+/g, '').replace(/^[\u2212\u2013]/, '-');
  if (!compact) return constraints.required ? reject({ code: 'required', flag: 'valueMissing' }) : noAnswer();
  const value = /^-?\d+$/.test(compact) ? Number(compact) : Number.NaN;
  if (!Number.isSafeInteger(value)) return reject({ code: 'number.invalid', flag: 'badInput' });
  const { min, max } = constraints;
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (below || above) {
    const flag = below ? 'rangeUnderflow' : 'rangeOverflow';
    if (min !== undefined && max !== undefined) return reject({ code: 'number.range', params: { min, max }, flag });
    return below ? reject({ code: 'fields.number.min', params: { min: min! }, flag }) : reject({ code: 'fields.number.max', params: { max: max! }, flag });
  }
  return accept(value);
}

/** A host-assigned number (or digits as text), or null when it is not a whole number. */
export function coerceWholeNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isSafeInteger(input) ? input : null;
  if (typeof input === 'string' && /^-?\d+$/.test(input.trim())) return Number(input.trim());
  return null;
}
