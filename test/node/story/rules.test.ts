import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { translate } from '@onestory/core';
import {
  ageOn,
  checkDateOfBirth,
  datePartsOf,
  isEmail,
  isIsoDate,
  isNhsNumber,
  isRealDate,
  internationalPhoneDigits,
  isPhone,
  isUkPhone,
  isUkPostcode,
  nationalPhoneDigits,
  normaliseNhsNumber,
  normalisePostcode,
  parseDateParts,
  type DatePartsError,
} from '@onestory/core/story';

const SEED = 20250327;

// Independent oracle for the NHS number check digit (NHS Data Dictionary: weights 10..2).
function nhsCheckDigit(nine: string): number | null {
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}

describe('UK postcode', () => {
  it('accepts real canonical postcodes of every outward-code shape', () => {
    for (const postcode of ['SW1A 2AA', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'CF10 1EP', 'SA11 1NJ', 'GIR 0AA']) {
      assert.ok(isUkPostcode(postcode), postcode);
    }
  });

  it('rejects non-canonical forms, impossible letters and non-postcodes', () => {
    for (const postcode of ['SW1A2AA', 'sw1a 2aa', 'SW1A  2AA', 'Q1 1AA', 'SW1A 2CA', 'SW1A 2AI', 'V1 1AA', '12345', 'SW1A 2A', '', ' SW1A 2AA']) {
      assert.equal(isUkPostcode(postcode), false, postcode);
    }
  });

  it('normalises what people type into the canonical form', () => {
    assert.equal(normalisePostcode(' sw1a2aa '), 'SW1A 2AA');
    assert.equal(normalisePostcode('cf10   1ep'), 'CF10 1EP');
    assert.equal(normalisePostcode('m11ae'), 'M1 1AE');
    assert.ok(isUkPostcode(normalisePostcode('sa11 1nj')));
  });
});

describe('NHS number (modulus 11)', () => {
  it('accepts numbers with the right check digit, however they are spaced', () => {
    for (const typed of ['943 476 5919', '9434765919', '401-023-2137']) {
      assert.ok(isNhsNumber(normaliseNhsNumber(typed)), typed);
    }
  });

  it('rejects every single-digit change of a valid number', () => {
    const valid = '9434765919';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        if (changed !== valid) assert.equal(isNhsNumber(changed), false, changed);
      }
    }
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const value of ['943476591', '94347659190', '943476591X', '', '943 476 5919']) assert.equal(isNhsNumber(value), false, value);
  });

  it('property: exactly the modulus-11 check digit is accepted, and never when it would be 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const expected = nhsCheckDigit(nine);
        const accepted = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => isNhsNumber(`${nine}${d}`));
        assert.deepEqual(accepted, expected === null ? [] : [expected]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('UK telephone number', () => {
  it('accepts landlines and mobiles in national and international form', () => {
    for (const phone of ['01632 960 001', '07700 900 982', '07700900982', '+44 7700 900982', '+44 (0)7700 900982', '0044 7700 900 982', '020 7946 0000', '(029) 2018 0000', '0808 80 10 800']) {
      assert.ok(isUkPhone(phone), phone);
    }
    assert.equal(nationalPhoneDigits('+44 (0)7700 900982'), '07700900982');
  });

  it('rejects numbers that are too short, too long, foreign or not numbers', () => {
    for (const phone of ['999', '12345', '7700 900982', '+1 212 555 0100', '077009009821', '0800 12', 'phone me', '07700 900 982 ext 2', '', '00485123456']) {
      assert.equal(isUkPhone(phone), false, phone);
    }
  });
});

describe('telephone number from outside the UK', () => {
  it('accepts international form: + or 00, a country code, 7 to 15 digits in all', () => {
    for (const [phone, digits] of [
      ['+48 512 345 678', '48512345678'],
      ['0048 512 345 678', '48512345678'],
      ['+1 (212) 555-0100', '12125550100'],
      ['+353 87 123 4567', '353871234567'],
      ['+683 4002', '6834002'],
    ] as const) {
      assert.equal(internationalPhoneDigits(phone), digits, phone);
      assert.ok(isPhone(phone), phone);
    }
  });

  it('leaves UK-shaped numbers to UK rules, and refuses what is not a number in international form', () => {
    // +44 is the UK: a +44 number too short or too long is not rescued as "international".
    for (const phone of ['+44 7700 9009', '+44 7700 900 982 12', '0044 12', '+0 123 456 789', '+48 512', '+1234567890123456', '48 512 345 678', '+48 512 345 678 ext 2', '+']) {
      assert.equal(internationalPhoneDigits(phone), null, phone);
      assert.equal(isPhone(phone), false, phone);
    }
    assert.ok(isPhone('07700 900 982'));
    assert.ok(isPhone('+44 7700 900982'));
  });

  it('reads a number as UK or as international, never both', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(?:\+|00|0)(?:44)?[0-9 ()-]{0,20}$/), (phone) => {
        if (isUkPhone(phone)) assert.equal(internationalPhoneDigits(phone), null, phone);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('email address', () => {
  it('accepts ordinary addresses', () => {
    for (const email of ['name@example.com', 'first.last+tag@sub.example.co.uk', 'o’brien@example.org']) assert.ok(isEmail(email), email);
  });

  it('rejects missing parts, spaces, double dots and over-long parts', () => {
    const local64 = 'a'.repeat(64);
    assert.ok(isEmail(`${local64}@example.com`));
    for (const email of ['name@example', 'name example@x.com', '@example.com', 'a@@b.com', 'a@b..com', 'name@', `${local64}a@example.com`, `a@${'b'.repeat(250)}.com`]) {
      assert.equal(isEmail(email), false, email);
    }
  });
});

describe('real calendar dates', () => {
  it('knows leap years and month lengths', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(isIsoDate('2000-02-29'));
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('1900-02-29'), false);
    assert.equal(isIsoDate('2025-04-31'), false);
    assert.equal(isIsoDate('2025-13-01'), false);
    assert.equal(isIsoDate('2025-00-10'), false);
    assert.equal(isIsoDate('0000-01-01'), false);
    assert.equal(isIsoDate('2025-1-01'), false);
  });

  it('property: agrees with the calendar of the JavaScript Date object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const date = new Date(Date.UTC(2000, m - 1, d));
        date.setUTCFullYear(y);
        const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        assert.equal(isRealDate(y, m, d), real);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('date of birth (today injected)', () => {
  const today = '2025-03-27';
  it('must be in the past: today or later is refused', () => {
    assert.equal(checkDateOfBirth('2025-03-27', today), 'dob.future');
    assert.equal(checkDateOfBirth('2031-01-01', today), 'dob.future');
    assert.equal(checkDateOfBirth('2025-03-26', today), null);
  });

  it('must be within the last 130 years', () => {
    assert.equal(ageOn('1894-03-28', today), 130);
    assert.equal(checkDateOfBirth('1894-03-28', today), null);
    assert.equal(checkDateOfBirth('1894-03-27', today), 'dob.tooOld');
  });

  it('must be a real date', () => {
    assert.equal(checkDateOfBirth('2001-02-29', today), 'dob.real');
    assert.equal(checkDateOfBirth('27/03/2001', today), 'dob.real');
  });
});

describe('GOV.UK date input (parseDateParts)', () => {
  const fails = (day: string, month: string, year: string): DatePartsError | undefined => {
    const result = parseDateParts({ day, month, year });
    return result.ok ? undefined : result.error;
  };

  it('says exactly which part is missing or wrong', () => {
    assert.equal(fails('', '', ''), 'date.missing');
    assert.equal(fails(' ', '\t', ''), 'date.missing');
    assert.equal(fails('', '3', '2007'), 'date.missingDay');
    assert.equal(fails('27', '', '2007'), 'date.missingMonth');
    assert.equal(fails('27', '3', ''), 'date.missingYear');
    assert.equal(fails('27', '3', '07'), 'date.yearDigits');
    assert.equal(fails('31', '4', '2007'), 'date.real');
    assert.equal(fails('x', '3', '2007'), 'date.real');
    assert.equal(fails('27', 'Smarch', '2007'), 'date.real');
  });

  it('accepts spaces, month names in English and Welsh, and round-trips to the boxes', () => {
    assert.deepEqual(parseDateParts({ day: ' 7 ', month: ' 3 ', year: ' 2007 ' }), { ok: true, value: '2007-03-07' });
    assert.deepEqual(parseDateParts({ day: '27', month: 'March', year: '2007' }), { ok: true, value: '2007-03-27' });
    assert.deepEqual(parseDateParts({ day: '27', month: 'Mawrth', year: '2007' }), { ok: true, value: '2007-03-27' });
    assert.deepEqual(parseDateParts({ day: '1', month: 'Rhag', year: '1999' }), { ok: true, value: '1999-12-01' });
    assert.deepEqual(datePartsOf('2007-03-07'), { day: '7', month: '3', year: '2007' });
  });

  it('has a GOV.UK-style message for every error, in English and in Welsh', () => {
    const errors: DatePartsError[] = ['date.missing', 'date.missingDay', 'date.missingMonth', 'date.missingYear', 'date.yearDigits', 'date.real'];
    for (const key of errors) {
      const en = translate('en', key);
      const cy = translate('cy', key);
      assert.ok(en.length > 0 && cy.length > 0 && en !== cy, key);
      assert.notEqual(en, key);
    }
    assert.equal(translate('en', 'dob.future'), 'Date of birth must be in the past');
    assert.equal(translate('en', 'required.person.dateOfBirth'), 'Enter your date of birth');
  });
});
