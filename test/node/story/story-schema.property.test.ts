import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { answersFromStory, storyFromAnswers, StorySchema, type Answers } from '@onestory/core';
import { isMessageKey } from '@onestory/core/i18n';
import { SEED, story } from './arbitraries.js';

const RUNS = 1000;

describe('Story schema: parse → serialise → parse', () => {
  it('property: a valid Story parses to itself, and again after a JSON round trip', () => {
    fc.assert(
      fc.property(story, (value) => {
        const first = StorySchema.parse(value);
        assert.deepEqual(first, value);
        const second = StorySchema.parse(JSON.parse(JSON.stringify(first)));
        assert.deepEqual(second, first);
        assert.equal(JSON.stringify(second), JSON.stringify(first));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('property: flattening to answers and back gives the same Story', () => {
    fc.assert(
      fc.property(story, (value) => {
        // Empty containers carry no answer, so compare through the answers both ways.
        const answers = answersFromStory(value);
        assert.deepEqual(answersFromStory(storyFromAnswers(answers)), answers);
        assert.ok(StorySchema.safeParse(storyFromAnswers(answers)).success);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reports rule failures as catalogue keys, never as prose', () => {
    const result = StorySchema.safeParse({
      person: { givenName: '  ', dateOfBirth: '2023-02-29', nhsNumber: '9434765918' },
      contact: { phone: '12345', email: 'nope', address: { line1: 'x', town: 'y', postcode: 'SW1A2AA' } },
    });
    assert.equal(result.success, false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}=${i.message}`).sort();
    assert.deepEqual(messages, [
      'contact.address.postcode=postcode.invalid',
      'contact.email=email.invalid',
      'contact.phone=phone.invalid',
      'person.dateOfBirth=date.real',
      'person.givenName=text.blank',
      'person.nhsNumber=nhsNumber.invalid',
    ]);
    for (const issue of result.error!.issues) assert.ok(isMessageKey(issue.message), issue.message);
  });
});

// ---- Hostile keys ----

const HOSTILE = ['__proto__', 'constructor', 'prototype'] as const;
const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function assertNoPollution(before: string): void {
  assert.equal(prototypeSnapshot(), before, 'Object.prototype gained a property');
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal((Object.prototype as unknown as Record<string, unknown>)['polluted'], undefined);
}

/** JSON text for a nested object with the given [key, value] entries (JSON.parse makes `__proto__` an own key). */
type Tree = string | number | readonly (readonly [string, Tree])[];
const toJson = (tree: Tree): string =>
  typeof tree === 'string' || typeof tree === 'number'
    ? JSON.stringify(tree)
    : `{${tree.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;

const key = fc.constantFrom(...HOSTILE, 'person', 'givenName', 'contact', 'address', 'polluted', 'needs', 'housing', 'description');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Alex', 'polluted'),
    fc.integer(),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }),
  ),
})).tree;

describe('hostile keys never pollute prototypes', () => {
  it('parse rejects __proto__, constructor and prototype at any depth', () => {
    const before = prototypeSnapshot();
    for (const hostile of HOSTILE) {
      for (const text of [`{"${hostile}":{"polluted":1}}`, `{"person":{"${hostile}":{"polluted":1}}}`, `{"household":{"members":[{"${hostile}":{"polluted":1}}]}}`]) {
        const result = StorySchema.safeParse(JSON.parse(text));
        assert.equal(result.success, false, text);
      }
    }
    assertNoPollution(before);
  });

  it('property: parse, answersFromStory and storyFromAnswers on hostile input leave Object.prototype alone', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.constantFrom('__proto__', '__proto__.polluted', 'constructor.prototype.polluted', 'prototype', 'person.givenName', 'person.__proto__'), fc.constantFrom('Alex', 1)), { maxLength: 5 }), (value, entries) => {
        const input: unknown = JSON.parse(toJson(value));
        const parsed = StorySchema.safeParse(input);
        if (parsed.success) assert.ok(!JSON.stringify(parsed.data).includes('__proto__'));
        const answers = answersFromStory(input as never);
        for (const path of Object.keys(answers)) assert.ok(!HOSTILE.some((h) => path.includes(h)), path);
        const hostileAnswers = JSON.parse(toJson(entries)) as Answers;
        const built = storyFromAnswers(hostileAnswers);
        assert.ok(Object.keys(built).every((k) => k === 'person'), Object.keys(built).join());
        assert.equal(Object.getPrototypeOf(built), Object.prototype);
        assertNoPollution(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('storyFromAnswers reads only known field paths', () => {
    const before = prototypeSnapshot();
    const answers = JSON.parse('{"__proto__":{"polluted":1},"__proto__.polluted":1,"constructor.prototype.polluted":1,"person.givenName":"Alex"}') as Answers;
    assert.deepEqual(storyFromAnswers(answers), { person: { givenName: 'Alex' } });
    assertNoPollution(before);
  });
});
