// fast-check arbitraries for Story values, shared by the Story and JSON Schema property tests.
import fc from 'fast-check';
import { type Story } from '@onestory/core';
import { DASH_QUESTION_COUNT, HOUSEHOLD_ROLES, NEED_DOMAINS, UK_POSTCODE_PATTERN } from '@onestory/core/story';

/** The fixed seed every property test in these suites uses. */
export const SEED = 20250327;

const nhsCheckDigit = (nine: string): number => {
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  return (11 - (sum % 11)) % 11;
};

/** Free text of 1..max UTF-16 units with something other than spaces in it (ShortText, LongText). */
export const text = (max: number): fc.Arbitrary<string> => {
  const size = { minLength: 1, maxLength: Math.min(max, 60) };
  return fc
    .oneof(fc.string({ ...size, unit: 'grapheme-ascii' }), fc.string({ ...size, unit: 'grapheme' }))
    .filter((s) => s.length <= max && s.trim().length > 0);
};

export const postcode = fc.stringMatching(UK_POSTCODE_PATTERN);
export const isoDate = fc
  .date({ min: new Date('1895-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const nhsNumber = fc
  .stringMatching(/^\d{9}$/)
  .filter((nine) => nhsCheckDigit(nine) !== 10)
  .map((nine) => `${nine}${nhsCheckDigit(nine)}`);

const separators = fc.constantFrom('', ' ', '-', '.', '(', ')');
/** A valid UK phone number, typed with random separators and prefixes. */
export const phone = fc
  .tuple(fc.constantFrom('0', '+44', '+440', '0044', '+44 (0)'), fc.stringMatching(/^[1-9]\d{8,9}$/), fc.array(separators, { minLength: 12, maxLength: 12 }))
  .map(([prefix, digits, seps]) => prefix + [...digits].map((d, i) => d + seps[i]).join('').trim())
  .filter((p) => p.length <= 30);
/** A valid number from outside the UK in international form: + or 00, a country code not 44, 7–15 digits. */
export const internationalPhone = fc
  .tuple(fc.constantFrom('+', '00', '+ '), fc.stringMatching(/^[1-9]\d{6,14}$/).filter((d) => !d.startsWith('44')), fc.array(separators, { minLength: 15, maxLength: 15 }))
  .map(([prefix, digits, seps]) => prefix + [...digits].map((d, i) => d + seps[i]).join('').trim())
  .filter((p) => p.length <= 30);
export const email = fc.stringMatching(/^[a-z0-9._+-]{1,20}@[a-z0-9-]{1,12}(?:\.[a-z]{2,6}){1,2}$/);

const yesNoUnknown = fc.constantFrom('yes', 'no', 'unknown');
const channel = fc.record({ safe: fc.boolean(), times: text(200) }, { noNullPrototype: true, requiredKeys: ['safe'] });

const member = fc.record(
  {
    name: text(100),
    relationship: fc.constantFrom('partner', 'ex-partner', 'child', 'parent', 'sibling', 'other-family', 'friend', 'other'),
    dateOfBirth: isoDate,
    age: fc.integer({ min: 0, max: 130 }),
    livesWith: fc.boolean(),
    roles: fc.uniqueArray(fc.constantFrom(...HOUSEHOLD_ROLES), { maxLength: 4 }),
    school: text(200),
  },
  { noNullPrototype: true, requiredKeys: ['name', 'relationship', 'livesWith', 'roles'] },
);

const need = fc.record({ description: text(5000), servicesInvolved: text(1000) }, { noNullPrototype: true, requiredKeys: [] });

/** A valid Story: every part optional, every value within its rule. */
export const story: fc.Arbitrary<Story> = fc.record(
  {
    person: fc.record(
      { givenName: text(100), familyName: text(100), preferredName: text(100), dateOfBirth: isoDate, pronouns: text(40), nhsNumber },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    contact: fc.record(
      {
        address: fc.record(
          { line1: text(200), line2: text(200), town: text(100), county: text(100), postcode },
          { noNullPrototype: true, requiredKeys: ['line1', 'town', 'postcode'] },
        ),
        phone,
        email,
        safeContact: fc.record(
          {
            call: channel,
            text: channel,
            email: channel,
            post: channel,
            visit: channel,
            voicemail: fc.boolean(),
            alternative: fc.record({ name: text(100), phone, relationship: text(100) }, { noNullPrototype: true, requiredKeys: ['name', 'phone'] }),
          },
          { noNullPrototype: true, requiredKeys: ['call', 'text', 'email', 'post', 'visit', 'voicemail'] },
        ),
      },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    access: fc.record(
      { language: text(60), interpreter: fc.constantFrom('none', 'spoken', 'bsl'), communicationNeeds: text(5000), adjustments: text(5000) },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    household: fc.record({ members: fc.array(member, { maxLength: 4 }) }, { noNullPrototype: true }),
    needs: fc.record(
      {
        domains: fc.uniqueArray(fc.constantFrom(...NEED_DOMAINS), { maxLength: NEED_DOMAINS.length }),
        housing: fc.record({ description: text(5000), servicesInvolved: text(1000), localAuthority: text(100) }, { noNullPrototype: true, requiredKeys: [] }),
        money: need,
        drugsAlcohol: need,
        safety: need,
        health: need,
        family: need,
        educationYouth: need,
        care: need,
      },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    risk: fc.record(
      { immediateDanger: yesNoUnknown, dash: fc.array(yesNoUnknown, { minLength: DASH_QUESTION_COUNT, maxLength: DASH_QUESTION_COUNT }) },
      { noNullPrototype: true, requiredKeys: [] },
    ),
    referrer: fc.record(
      { type: fc.constantFrom('self', 'professional'), name: text(100), role: text(100), organisation: text(100), secureEmail: email },
      { noNullPrototype: true, requiredKeys: [] },
    ),
  },
  { noNullPrototype: true, requiredKeys: [] },
) as fc.Arbitrary<Story>;

// ---- Values near the edges of each rule: mostly valid, sometimes just outside. ----

const astral = (count: number) => '😀'.repeat(count);
const blanks = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', ' \u2028 ');

/** A valid value most of the time (so whole Stories are often valid), else one of the edges. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...edges: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 6 * edges.length }, ...edges.map((arbitrary) => ({ arbitrary, weight: 1 })));

/** Text around its limits: blank, exactly max, max + 1, astral characters that count twice in UTF-16. */
export const edgyText = (max: number): fc.Arbitrary<unknown> =>
  mostly(
    text(max),
    blanks,
    fc.constant('x'.repeat(max)),
    fc.constant('x'.repeat(max + 1)),
    fc.integer({ min: Math.floor(max / 2) - 1, max: max + 1 }).map(astral),
    fc.constant(42),
  );

const edgyPostcode = mostly(
  postcode,
  postcode.map((p) => p.toLowerCase()),
  postcode.map((p) => p.replace(' ', '')),
  fc.stringMatching(/^[A-Z0-9]{1,4} ?[0-9A-Z]{3}$/),
);
const edgyPhone = mostly(
  phone,
  internationalPhone,
  fc.string({ unit: fc.constantFrom(...'0123456789 +()-.4x'), maxLength: 32 }),
  fc.stringMatching(/^(?:\+44|0044|0)\d{8,12}$/),
);
const edgyEmail = mostly(
  email,
  fc.string({ unit: fc.constantFrom(...'ab@. -'), maxLength: 12 }),
  fc.integer({ min: 30, max: 66 }).map((n) => `${astral(n)}@example.com`),
  fc.integer({ min: 60, max: 68 }).map((n) => `${'a'.repeat(n)}@example.com`),
);
const edgyDate = mostly(
  isoDate,
  fc.stringMatching(/^\d{4}-(?:0\d|1[0-3])-(?:[0-2]\d|3[0-2])$/),
  fc.constantFrom('0000-02-29', '0000-01-01', '1900-02-29', '2000-02-29', '2024-02-29', '2023-02-29', '2025-04-31', '2025-4-1'),
);
const edgyNhs = mostly(nhsNumber, fc.stringMatching(/^\d{9,11}$/), fc.constant('943 476 5919'));
const edgyEnum = <T>(values: readonly T[]) => mostly(fc.constantFrom(...values), fc.constant('other'));
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[] = []) =>
  fc.record(model, { noNullPrototype: true, requiredKeys });

const edgyNeed = record({ description: edgyText(5000), servicesInvolved: edgyText(1000) });

/** Story-shaped values near every rule's edge, valid or not: for comparing validators. */
export const edgyStory: fc.Arbitrary<unknown> = fc
  .tuple(
    record({
      person: record({ givenName: edgyText(100), familyName: edgyText(100), dateOfBirth: edgyDate, pronouns: edgyText(40), nhsNumber: edgyNhs }),
      contact: record({
        address: record({ line1: edgyText(200), town: edgyText(100), postcode: edgyPostcode }, ['postcode']),
        phone: edgyPhone,
        email: edgyEmail,
      }),
      access: record({ interpreter: edgyEnum(['none', 'spoken', 'bsl']), communicationNeeds: edgyText(5000) }),
      household: record({
        members: fc.array(
          record(
            {
              name: edgyText(100),
              relationship: edgyEnum(['partner', 'child', 'friend']),
              age: mostly(fc.integer({ min: 0, max: 130 }), fc.constantFrom(-1, 131, 2.5)),
              livesWith: fc.boolean(),
              roles: fc.uniqueArray(edgyEnum(HOUSEHOLD_ROLES), { maxLength: 4 }),
            },
            ['name', 'relationship', 'livesWith', 'roles'],
          ),
          { maxLength: 3 },
        ),
      }, ['members']),
      needs: record({ domains: fc.uniqueArray(edgyEnum(NEED_DOMAINS), { maxLength: 8 }), housing: edgyNeed, safety: edgyNeed }),
      risk: record({ dash: mostly(fc.array(yesNoUnknown, { minLength: 24, maxLength: 24 }), fc.array(yesNoUnknown, { minLength: 23, maxLength: 25 })) }),
      referrer: record({ type: edgyEnum(['self', 'professional']), secureEmail: edgyEmail }),
    }),
    fc.integer({ min: 0, max: 29 }),
  )
  // Now and then a property the Story does not have.
  .map(([value, dice]) => (dice === 0 ? { ...value, unexpected: true } : value));
