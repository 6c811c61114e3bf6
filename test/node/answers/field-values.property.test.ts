import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AddressSchema, SafeContactSchema, translate, type Address, type SafeContact } from '@onestory/core';
import {
  addressPartsOf,
  interpretAddress,
  interpretDate,
  interpretName,
  interpretSafeContact,
  interpretWholeNumber,
  safeContactAnswersOf,
} from '@onestory/core/answers';
import { datePartsOf, isUkPostcode, normalisePostcode } from '@onestory/core/story';

// The pure functions behind the field elements: raw input (what is in the boxes) to the
// parsed Story value, and back. Fixed seeds, so a failure is reproducible.
const RUNS = { seed: 8, numRuns: 300 } as const;

const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: max }).filter((value) => value.trim() === value && value.trim().length > 0);
const ukPhone = fc.stringMatching(/^07\d{3} \d{6}$/);
// Postcodes built from the shape isUkPostcode accepts, so every one is valid.
const postcode = fc
  .tuple(
    fc.constantFrom('SW', 'CF', 'M', 'B', 'LL', 'SA', 'EH'),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom('AA', 'BD', 'HX', 'ZZ', 'NP'),
  )
  .map(([area, district, sector, unit]) => `${area}${district} ${sector}${unit}`)
  .filter(isUkPostcode);

const channel = fc.record({ safe: fc.boolean(), times: fc.option(text(200), { nil: undefined }) }, { noNullPrototype: true }).map((each) =>
  // Times are only kept for a channel that is safe, as the field asks them only then.
  each.safe && each.times !== undefined ? { safe: true, times: each.times } : { safe: each.safe },
);
const safeContact: fc.Arbitrary<SafeContact> = fc
  .record({
    call: channel,
    text: channel,
    email: channel,
    post: channel,
    visit: channel,
    voicemail: fc.boolean(),
    alternative: fc.option(
      fc.record(
        { name: text(100), phone: ukPhone, relationship: text(100) },
        { requiredKeys: ['name', 'phone'], noNullPrototype: true },
      ),
      { nil: undefined },
    ),
  })
  .map(({ alternative, ...rest }) => ({
    ...rest,
    // Voicemail is only asked when calls are safe.
    voicemail: rest.call.safe && rest.voicemail,
    ...(alternative ? { alternative } : {}),
  }));

describe('field values: raw input ↔ Story value', () => {
  it('safe contact: every SafeContact shows as answers that read back as the same value', () => {
    fc.assert(
      fc.property(safeContact, (value) => {
        const read = interpretSafeContact(safeContactAnswersOf(value), true);
        assert.equal(read.problem, null);
        assert.deepEqual(read.value, value);
        assert.equal(SafeContactSchema.safeParse(read.value).success, true);
      }),
      RUNS,
    );
  });

  it('safe contact: answers missing any channel never produce a value, and name the first gap', () => {
    fc.assert(
      fc.property(safeContact, fc.constantFrom('call', 'text', 'email', 'post', 'visit'), (value, gap) => {
        const answers = { ...safeContactAnswersOf(value), [gap]: '' };
        const read = interpretSafeContact(answers, false);
        assert.equal(read.value, undefined);
        assert.equal(read.problem?.flag, 'valueMissing');
        assert.deepEqual(read.problem?.controls, [`${gap}-yes`, `${gap}-no`]);
      }),
      RUNS,
    );
  });

  it('address: any case and spacing of a valid postcode is stored in canonical form', () => {
    fc.assert(
      fc.property(
        postcode,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.constantFrom('', ' ', '  '),
        (code, lower, padding) => {
          const typed = `${padding}${[...code.replace(' ', padding)].map((char, i) => (lower[i % 8] ? char.toLowerCase() : char)).join('')}${padding}`;
          const read = interpretAddress({ line1: '1 High Street', line2: '', town: 'Cardiff', county: '', postcode: typed }, true);
          assert.equal(read.problem, null, typed);
          assert.equal(read.value?.postcode, code);
          assert.equal(normalisePostcode(typed), code);
          assert.equal(AddressSchema.safeParse(read.value).success, true);
        },
      ),
      RUNS,
    );
  });

  it('address: every valid Address shows as boxes that read back as the same Address', () => {
    const address: fc.Arbitrary<Address> = fc
      .record(
        { line1: text(200), line2: text(200), town: text(100), county: text(100), postcode },
        { requiredKeys: ['line1', 'town', 'postcode'], noNullPrototype: true },
      );
    fc.assert(
      fc.property(address, (value) => {
        const read = interpretAddress(addressPartsOf(value), true);
        assert.equal(read.problem, null);
        assert.deepEqual(read.value, value);
      }),
      RUNS,
    );
  });

  it('date: every real date shows as three boxes that read back as the same ISO date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const read = interpretDate(datePartsOf(iso), true);
        assert.deepEqual(read, { value: iso, problem: null });
      }),
      RUNS,
    );
  });

  it('date: a day that does not exist is never accepted, whatever the month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const read = interpretDate({ day: String(days + 1), month: String(month), year: String(year) }, false);
        assert.equal(read.value, undefined);
        assert.equal(read.problem?.code, 'date.real');
      }),
      RUNS,
    );
  });

  it('name: required names need both parts, each with its own message', () => {
    assert.equal(interpretName({ givenName: ' ', familyName: 'Jones' }, true).problem?.code, 'required.person.givenName');
    assert.equal(interpretName({ givenName: 'Sam', familyName: '' }, true).problem?.code, 'required.person.familyName');
    assert.deepEqual(interpretName({ givenName: ' Sam ', familyName: '' }, false).value, { givenName: 'Sam' });
    assert.deepEqual(interpretName({ givenName: '', familyName: '' }, false), { value: undefined, problem: null });
  });

  it('number: whole numbers only, in range, with messages in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        const read = interpretWholeNumber(n.toLocaleString('en-GB'), { required: true });
        assert.deepEqual(read, { value: n, problem: null });
      }),
      RUNS,
    );
    const outside = interpretWholeNumber('131', { required: false, min: 0, max: 130 });
    assert.equal(outside.problem?.flag, 'rangeOverflow');
    assert.equal(translate('cy', outside.problem!.code, outside.problem!.params), 'Rhowch rif o 0 i 130');
    assert.equal(interpretWholeNumber('1.5', { required: false }).problem?.code, 'number.invalid');
  });
});
