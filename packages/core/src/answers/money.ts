import { formatPence } from '../definition/declared-value.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** What a money answer must satisfy, in pence. */
export interface MoneyConstraints {
  readonly required: boolean;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * Reads a text box (raw input) as an amount of money in pence (parsed stage): `1250`,
 * `1,250.50`, `£1250.5` and `1 250` all read as people mean them; more than two decimal
 * places, or anything but digits, is `badInput`. Pence, a whole number, so sums are exact.
 */
export function interpretMoney(raw: string, constraints: MoneyConstraints): Interpretation<number> {
  const compact = raw.replace(/[\s,£]+/g, '').replace(/^[\u2212\u2013]/, '-');
  if (!compact) return constraints.required ? reject({ code: 'required', flag: 'valueMissing' }) : noAnswer();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  const pence = m ? Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0')) : Number.NaN;
  if (!m || !Number.isSafeInteger(pence)) return reject({ code: 'declared.money.invalid', flag: 'badInput' });
  const value = m[1] ? -pence : pence;
  const { min, max } = constraints;
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (below || above) {
    const flag = below ? 'rangeUnderflow' : 'rangeOverflow';
    if (min !== undefined && max !== undefined) return reject({ code: 'declared.money.range', params: { min: formatPence(min), max: formatPence(max) }, flag });
    return below
      ? reject({ code: 'declared.money.min', params: { min: formatPence(min!) }, flag })
      : reject({ code: 'declared.money.max', params: { max: formatPence(max!) }, flag });
  }
  return accept(value);
}

/** Pence as the person would type them back: `1250.50` for 125050, `1250` for 125000. */
export function penceToInput(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const rest = abs % 100;
  return `${sign}${Math.floor(abs / 100)}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}
