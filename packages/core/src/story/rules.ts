/**
 * Field rules a caseworker would trust. Pure functions over plain values: the Story schema
 * uses them as checks, and the engine uses the normalisers to turn raw input into the
 * canonical value stored in a Story.
 */

/** Canonical form of a UK postcode: upper case, one space before the inward code. */
export function normalisePostcode(raw: string): string {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

// Outward code (area, district, optional sub-district) then inward code; the inward
// code never uses C, I, K, M, O or V. GIR 0AA is Girobank's historic non-geographic code.
/** The canonical UK postcode pattern (see {@link normalisePostcode}); the JSON Schemas publish it too. */
export const UK_POSTCODE_PATTERN = /^(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? [0-9][ABD-HJLNP-UW-Z]{2})$/;

/** True for a canonical UK postcode (see {@link normalisePostcode}). */
export function isUkPostcode(value: string): boolean {
  return UK_POSTCODE_PATTERN.test(value);
}

/** Canonical form of an NHS number: its ten digits, no spaces or dashes. */
export function normaliseNhsNumber(raw: string): string {
  return raw.replace(/[\s-]+/g, '');
}

/**
 * True when `value` is ten digits whose last is the modulus-11 check digit of the first
 * nine (weights 10 down to 2). A remainder giving a check digit of 10 is never issued.
 */
export function isNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(value[9]);
}

// Separators people type inside a telephone number.
const PHONE_SEPARATORS = /[\s().-]+/g;

/**
 * The digits of a UK phone number in national form (leading 0), or null if not a valid UK
 * number. A UK number starts `0` then a non-zero digit (`00` begins a call abroad), or
 * `+44`/`0044` with an optional `(0)`, and has 10 or 11 digits in national form.
 */
export function nationalPhoneDigits(value: string): string | null {
  const compact = value.replace(PHONE_SEPARATORS, '');
  const national = compact.replace(/^(?:\+44|0044)(?:0)?/, '0');
  return /^0[1-9]\d{8,9}$/.test(national) ? national : null;
}

/** True for a UK telephone number, landline or mobile, national or +44 form. */
export function isUkPhone(value: string): boolean {
  return nationalPhoneDigits(value) !== null;
}

/**
 * The digits (country code first, E.164 style, at most 15) of a number from outside the
 * UK written in international form (`+48 512 345 678` or `0048 512 345 678`), or null.
 * A `+44` number is UK-shaped and so is never international here: UK rules decide it.
 */
export function internationalPhoneDigits(value: string): string | null {
  const compact = value.replace(PHONE_SEPARATORS, '');
  const match = /^(?:\+|00)([1-9]\d{6,14})$/.exec(compact);
  return match && !match[1]!.startsWith('44') ? match[1]! : null;
}

/**
 * True for a telephone number someone can be called on: a UK number by UK rules (see
 * {@link isUkPhone}), or a number from elsewhere in international form (see
 * {@link internationalPhoneDigits}).
 */
export function isPhone(value: string): boolean {
  return isUkPhone(value) || internationalPhoneDigits(value) !== null;
}

// Deliberately permissive (the only real test of an address is sending to it), but it
// rejects spaces, a missing @, a missing dot in the domain, and over-long values.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** True for a plausible email address (RFC 5321 length limits, one @, a dotted domain). */
export function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  return value.length <= 254 && at > 0 && at <= 64 && EMAIL.test(value);
}

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** True when the year, month and day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** True for a `YYYY-MM-DD` string naming a real date. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The ISO date of `now` in UTC (the day boundary a server would also use). */
export function isoDateOf(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** Whole years between an ISO date of birth and an ISO date (`on`), as people count age. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The three boxes of a GOV.UK date input, exactly as typed (raw input stage). */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Why date parts could not become a date; each maps to a catalogue message. */
export type DatePartsError =
  | 'date.missing'
  | 'date.missingDay'
  | 'date.missingMonth'
  | 'date.missingYear'
  | 'date.yearDigits'
  | 'date.real';

const MONTH_NAMES = [
  ['jan', 'ion'], ['feb', 'chw'], ['mar', 'maw'], ['apr', 'ebr'], ['may', 'mai'], ['jun', 'meh'],
  ['jul', 'gor'], ['aug', 'aws'], ['sep', 'med'], ['oct', 'hyd'], ['nov', 'tach'], ['dec', 'rha'],
] as const;

/** A month typed as a number or an English or Welsh name or abbreviation, else NaN. */
function parseMonth(raw: string): number {
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const lower = raw.toLowerCase();
  const index = MONTH_NAMES.findIndex(([en, cy]) => lower.startsWith(en) || lower.startsWith(cy));
  return index === -1 ? Number.NaN : index + 1;
}

/**
 * Parses the three date boxes (raw input stage) into an ISO date (parsed stage), the
 * GOV.UK way: trims spaces, accepts month names, and says exactly which part is missing.
 */
export function parseDateParts(parts: DateParts): { ok: true; value: IsoDate } | { ok: false; error: DatePartsError } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: false, error: 'date.missing' };
  if (!day) return { ok: false, error: 'date.missingDay' };
  if (!month) return { ok: false, error: 'date.missingMonth' };
  if (!year) return { ok: false, error: 'date.missingYear' };
  if (!/^\d{4}$/.test(year)) return { ok: false, error: 'date.yearDigits' };
  const d = /^\d{1,2}$/.test(day) ? Number(day) : Number.NaN;
  const m = parseMonth(month);
  const y = Number(year);
  if (!isRealDate(y, m, d)) return { ok: false, error: 'date.real' };
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Splits an ISO date back into the three boxes, for editing a stored answer. */
export function datePartsOf(value: IsoDate | undefined): DateParts {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

/**
 * Checks a date of birth against today (injected, so tests are deterministic): it must be
 * a real date, in the past, and no more than 130 years ago.
 */
export function checkDateOfBirth(value: IsoDate, today: IsoDate): 'dob.real' | 'dob.future' | 'dob.tooOld' | null {
  if (!isIsoDate(value)) return 'dob.real';
  if (value >= today) return 'dob.future';
  if (ageOn(value, today) > 130) return 'dob.tooOld';
  return null;
}
