import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableTime } from '@onestory/core/i18n';

// In UK time (10:15 UTC in March is 10:15 GMT; in July, 11:15 BST), in the person's language.
describe('readableTime', () => {
  it('reads English and Welsh as in Britain, and any other language in its own words', () => {
    assert.equal(readableTime('2025-03-27T10:15:00Z', 'en'), '27 March 2025 at 10:15');
    assert.match(readableTime('2025-03-27T10:15:00Z', 'cy'), /^27 Mawrth 2025/);
    assert.match(readableTime('2025-07-27T10:15:00Z', 'pl'), /^27 lipca 2025.*11:15/);
    assert.match(readableTime(Date.parse('2025-03-27T10:15:00Z'), 'ar'), /مارس/);
  });
});
