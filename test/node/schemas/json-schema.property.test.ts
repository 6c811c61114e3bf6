import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { z } from 'zod/mini';
import { DefinitionSchema, EmailSchema, IsoDateSchema, PhoneSchema, PostcodeSchema, StorySchema } from '@onestory/core';
import { KNOWN_JSON_SCHEMA_DIFFERENCES } from '@onestory/schemas';
import { repoRoot } from '../../support/paths.js';
import { edgyStory, email, internationalPhone, isoDate, phone, postcode, SEED, story } from '../story/arbitraries.js';
import { compileJsonSchema } from './ajv.js';

const RUNS = 1000;
const schemaFile = (stem: string) => JSON.parse(readFileSync(join(repoRoot, `packages/schemas/json/${stem}.schema.json`), 'utf8')) as Record<string, unknown>;
const storySchema = schemaFile('story');
const validateStory = compileJsonSchema(storySchema);

/**
 * The published JSON Schema may accept more than zod, never less, and only in the ways
 * KNOWN_JSON_SCHEMA_DIFFERENCES lists:
 * - `nhs-number-check-digit`: JSON Schema checks for 10 digits; the modulus-11 check digit
 *   is arithmetic, which no pattern expresses.
 * - `utf16-length`: zod counts string length in UTF-16 code units, JSON Schema in code
 *   points, so a character outside the Basic Multilingual Plane (most emoji) counts twice
 *   for zod and once for JSON Schema, at every maxLength and in an email's local part.
 * Everything else (postcode, real calendar dates with leap years, UK phone numbers, email
 * shape, blank text) is a pattern in the published schema, proven equal below.
 */
function isKnownDifference(issue: z.core.$ZodIssue, input: unknown): boolean {
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input);
  if (issue.message === 'nhsNumber.invalid') return true;
  return typeof value === 'string' && [...value].length !== value.length;
}

describe('published Story JSON Schema agrees with the zod Story schema', () => {
  it('lists exactly the known differences the test explains', () => {
    assert.deepEqual(KNOWN_JSON_SCHEMA_DIFFERENCES.map((d) => d.id), ['nhs-number-check-digit', 'utf16-length']);
  });

  it('property: every valid Story is valid against the JSON Schema', () => {
    fc.assert(
      fc.property(story, (value) => {
        assert.ok(StorySchema.safeParse(value).success, 'the arbitrary makes valid stories');
        assert.ok(validateStory(value), JSON.stringify(validateStory.errors));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('property: near every edge, zod accepts ⇒ JSON Schema accepts, and JSON Schema accepts ⇒ zod accepts or the difference is a known one', () => {
    let bothAccept = 0;
    let bothRefuse = 0;
    let known = 0;
    fc.assert(
      fc.property(edgyStory, (value) => {
        const zod = StorySchema.safeParse(value);
        const json = validateStory(value);
        if (zod.success) {
          assert.ok(json, `zod accepted but JSON Schema refused: ${JSON.stringify(validateStory.errors)}`);
          bothAccept++;
        } else if (json) {
          const unexplained = zod.error.issues.filter((issue) => !isKnownDifference(issue, value));
          assert.deepEqual(unexplained, [], 'JSON Schema accepted what zod refused, for an unknown reason');
          known++;
        } else bothRefuse++;
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
    // The generator must exercise all three outcomes, or the property proves little.
    assert.ok(bothAccept > 20 && bothRefuse > 20 && known > 5, `accept ${bothAccept}, refuse ${bothRefuse}, known ${known}`);
  });

  // Each refined string rule alone: the published pattern must say exactly what the rule says.
  const exactly = [
    { name: 'postcode', schema: PostcodeSchema, def: 'Postcode', near: fc.oneof(postcode, fc.stringMatching(/^[A-Z0-9]{1,4} ?[0-9A-Z]{2,3}$/), fc.string({ unit: fc.constantFrom(...'AGIRSW019 '), maxLength: 9 })) },
    { name: 'real date', schema: IsoDateSchema, def: 'IsoDate', near: fc.oneof(isoDate, fc.stringMatching(/^\d{4}-(?:0\d|1[0-3])-(?:[0-2]\d|3[0-2])$/), fc.constantFrom('0000-02-29', '1600-02-29', '1700-02-29', '2400-02-29', '2100-02-29')) },
    { name: 'phone (UK or international)', schema: PhoneSchema, def: 'Phone', near: fc.oneof(phone, internationalPhone, fc.string({ unit: fc.constantFrom(...'0123456789 +()-.4'), maxLength: 30 }), fc.stringMatching(/^(?:\+44|0044|0|\+440|00440)[ -]?\d{7,12}$/), fc.stringMatching(/^(?:\+|00|\+ ?0)[ -]?(?:44|4|[0-9])?[ -]?\d{4,15}$/)) },
    { name: 'email', schema: EmailSchema, def: 'Email', near: fc.oneof(email, fc.string({ unit: fc.constantFrom(...'ab@.- \t'), maxLength: 14 }), fc.integer({ min: 60, max: 68 }).map((n) => `${'a'.repeat(n)}@x.uk`)) },
  ] as const;
  const defs = storySchema['$defs'] as Record<string, object>;
  for (const { name, schema, def, near } of exactly) {
    it(`property: ${name} — the JSON Schema pattern accepts exactly what the zod rule accepts`, () => {
      const validate = compileJsonSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...defs[def] });
      let accepted = 0;
      fc.assert(
        fc.property(near, (value) => {
          const zod = schema.safeParse(value).success;
          assert.equal(validate(value), zod, JSON.stringify(value));
          if (zod) accepted++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      assert.ok(accepted > 50 && accepted < RUNS - 50, `${accepted} of ${RUNS} accepted: the generator is one-sided`);
    });
  }
});

describe('published intake-definition JSON Schema', () => {
  const validate = compileJsonSchema(schemaFile('intake-definition'));
  const example = (name: string) => JSON.parse(readFileSync(join(repoRoot, `packages/schemas/examples/${name}.definition.json`), 'utf8')) as Record<string, any>; // eslint-disable-line

  it('accepts both example definitions, as zod does', () => {
    for (const name of ['early-help', 'walking-skeleton']) {
      const value = example(name);
      assert.ok(validate(value), JSON.stringify(validate.errors));
      assert.ok(DefinitionSchema.safeParse(value).success);
    }
  });

  it('refuses what zod refuses: an unknown field, a language that is no tag, a typo in a key, a wrong basis', () => {
    const mutations: ((d: Record<string, any>) => void)[] = [ // eslint-disable-line
      (d) => (d['questions'][0].field = 'person.shoeSize'),
      (d) => (d['title']['welsh'] = 'Croeso'),
      (d) => (d['title'].cy = '  '),
      (d) => (d['services'][0].purposes[0].basis = 'public task'),
      (d) => (d['pages'][0].titel = d['pages'][0].title),
      (d) => (d['conditions']['is-professional'] = { equals: { field: 'referrer.type', value: 'professional' }, not: { answered: 'person.givenName' } }),
    ];
    for (const mutate of mutations) {
      const value = example('walking-skeleton');
      mutate(value);
      assert.equal(validate(value), false, mutate.toString());
      assert.equal(DefinitionSchema.safeParse(value).success, false, mutate.toString());
    }
  });
});
