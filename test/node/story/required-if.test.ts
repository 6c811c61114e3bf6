import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadDefinition, plan, validatePage, type Answers, type Definition } from '@onestory/core';
import { repoRoot } from '../../support/paths.js';
import { fieldIssueMessage } from '@onestory/core/engine';

// The walking skeleton, with the referrer's organisation required by housing support: it is
// asked (and required) only when a professional is filling in the form.
function definition(): Definition {
  const raw = JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json'), 'utf8'));
  const purpose = raw.services[0].purposes[0];
  purpose.requires.push('referrer.organisation');
  purpose.optional = [];
  return loadDefinition(raw);
}

describe('required-if: a required field behind a condition', () => {
  const def = definition();
  const run = (answers: Answers) => plan({ definition: def, answers, chosenServices: ['housing-support'], today: '2025-03-27' });

  it('is not asked, and so not required, when its condition is false', () => {
    const p = run({ 'referrer.type': 'self' });
    assert.equal(p.questions.some((q) => q.question.id === 'referrer-organisation'), false);
    assert.deepEqual(validatePage(p, 'referrer', {}, { today: '2025-03-27' }), []);
  });

  it('is asked and required, with its own message in English and Welsh, when the condition holds', () => {
    const answers: Answers = { 'referrer.type': 'professional' };
    const p = run(answers);
    const planned = p.questions.find((q) => q.question.id === 'referrer-organisation');
    assert.ok(planned);
    assert.equal(planned.required, true);
    const [en] = validatePage(p, 'referrer', answers, { today: '2025-03-27' });
    assert.equal(fieldIssueMessage(en!, 'en'), 'Enter the organisation you work for');
    const [cy] = validatePage(p, 'referrer', answers, { today: '2025-03-27' });
    assert.equal(fieldIssueMessage(cy!, 'cy'), 'Rhowch enw’r sefydliad rydych yn gweithio iddo');
    assert.deepEqual(validatePage(p, 'referrer', { ...answers, 'referrer.organisation': 'Morlan GP surgery' }, { today: '2025-03-27' }), []);
  });
});
