import type { MessageKey } from '../i18n/catalogue.js';
import { isIsoDate, type IsoDate } from '../story/rules.js';
import type { DeclaredField, DeclaredFieldType } from './declared-field.schema.js';

/** Why a present value is not valid for its declared field: a catalogue key and its parameters. */
export interface DeclaredValueProblem {
  readonly code: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The most characters each text type allows (the Story's own short and long text limits). */
export const TEXT_LIMITS: Readonly<Partial<Record<DeclaredFieldType, number>>> = { text: 100, 'long-text': 5000 };

/** The answers a `yes-no-not-known` field holds. */
export const YES_NO_NOT_KNOWN = ['yes', 'no', 'unknown'] as const;

const problem = (code: MessageKey, params: Readonly<Record<string, string | number>> = {}): DeclaredValueProblem => ({ code, params });

/** `£1,250.00` for 125000 pence (`-£5.00` for a negative amount). */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(pence));
  const pounds = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}

/** The ISO date a date bound names (`today` is the injected today). */
export function dateBound(bound: string | undefined, today: IsoDate): IsoDate | undefined {
  return bound === 'today' ? today : bound;
}

/** `3/3/2027` for `2027-03-03`: a date in a message, read the same in English and Welsh. */
function shortDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day}/${month}/${year}`;
}

function rangeProblem(field: DeclaredField, value: number): DeclaredValueProblem | null {
  const { min, max } = field;
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (!below && !above) return null;
  const money = field.type === 'money';
  const shown = (n: number) => (money ? formatPence(n) : n);
  if (min !== undefined && max !== undefined) return problem(money ? 'declared.money.range' : 'number.range', { min: shown(min), max: shown(max) });
  if (below) return problem(money ? 'declared.money.min' : 'fields.number.min', { min: shown(min!) });
  return problem(money ? 'declared.money.max' : 'fields.number.max', { max: shown(max!) });
}

function dateProblem(field: DeclaredField, value: unknown, today: IsoDate): DeclaredValueProblem | null {
  if (typeof value !== 'string' || !isIsoDate(value)) return problem('date.real');
  if (field.range === 'past' && value > today) return problem('declared.date.past');
  if (field.range === 'future' && value < today) return problem('declared.date.future');
  const earliest = dateBound(field.earliest, today);
  const latest = dateBound(field.latest, today);
  if (earliest !== undefined && value < earliest) return problem('declared.date.earliest', { date: shortDate(earliest) });
  if (latest !== undefined && value > latest) return problem('declared.date.latest', { date: shortDate(latest) });
  return null;
}

const optionValues = (field: DeclaredField): ReadonlySet<string> => new Set((field.options ?? []).map((o) => o.value));

/**
 * Checks a present answer (parsed stage) against its declaration, with `today` injected
 * for date ranges. Returns the first problem, or null when the field can hold the value.
 * Money is a whole number of pence.
 */
export function declaredValueProblem(field: DeclaredField, value: unknown, today: IsoDate): DeclaredValueProblem | null {
  switch (field.type) {
    case 'text':
    case 'long-text': {
      if (typeof value !== 'string') return problem('invalid');
      if (value.trim().length === 0) return problem('text.blank');
      const max = Math.min(field.maxLength ?? TEXT_LIMITS[field.type]!, TEXT_LIMITS[field.type]!);
      return value.length > max ? problem('text.tooLong', { max }) : null;
    }
    case 'whole-number':
      return typeof value === 'number' && Number.isSafeInteger(value) ? rangeProblem(field, value) : problem('number.invalid');
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value) ? rangeProblem(field, value) : problem('declared.money.invalid');
    case 'date':
      return dateProblem(field, value, today);
    case 'yes-no':
      return typeof value === 'boolean' ? null : problem('option.invalid');
    case 'yes-no-not-known':
      return (YES_NO_NOT_KNOWN as readonly unknown[]).includes(value) ? null : problem('option.invalid');
    case 'choice':
      return typeof value === 'string' && optionValues(field).has(value) ? null : problem('option.invalid');
    case 'multi-choice': {
      const allowed = optionValues(field);
      const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && allowed.has(v)) && new Set(value).size === value.length;
      return ok ? null : problem('option.invalid');
    }
  }
}

/** The message for a required declared field left unanswered. */
export function declaredRequiredMessage(field: DeclaredField): MessageKey {
  return field.type === 'choice' || field.type === 'multi-choice' || field.type === 'yes-no' || field.type === 'yes-no-not-known'
    ? 'required.choice'
    : 'required';
}

/**
 * The widgets a question asking a declared field of each type may use; the first is the
 * natural one, used when the question names none. A `yes-no` field shown as `checkboxes`
 * is a single "Yes" box: ticked is `true`, left clear is `false`.
 */
export const DECLARED_WIDGETS = {
  text: ['text'],
  'long-text': ['textarea', 'text'],
  'whole-number': ['number'],
  money: ['money'],
  date: ['date'],
  'yes-no': ['radios', 'checkboxes'],
  'yes-no-not-known': ['radios', 'select'],
  choice: ['radios', 'select'],
  'multi-choice': ['checkboxes'],
} as const satisfies Readonly<Record<DeclaredFieldType, readonly [string, ...string[]]>>;

/**
 * True when a condition could ever see `value` in the field: the right type, one of its
 * options, within its number range. Dates are checked for being real dates only, since a
 * date range moves with today.
 */
export function canHold(field: DeclaredField, value: unknown): boolean {
  if (field.type === 'date') return typeof value === 'string' && isIsoDate(value);
  return declaredValueProblem(field, value, '2000-01-01') === null;
}
