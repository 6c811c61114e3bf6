import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { developerMessage, developerText, formatIssuePath, issueMessage, issueOf, type PersonIssue } from '@onestory/core';

// Issue 22: one issue shape, { path, code, params }, with no text in it; words are made
// where they are read, in the reader's language.
describe('Issue', () => {
  it('is plain data: no params when there are none, so equal issues compare equal', () => {
    assert.deepEqual(issueOf(['town'], 'address.town'), { path: ['town'], code: 'address.town' });
    assert.deepEqual(issueOf([], 'text.tooLong', {}), { path: [], code: 'text.tooLong' });
    assert.deepEqual(issueOf([], 'text.tooLong', { max: 100 }), { path: [], code: 'text.tooLong', params: { max: 100 } });
  });

  it('formats a path the way a developer writes it', () => {
    assert.equal(formatIssuePath(['services', 2, 'purposes', 0, 'requires', 1]), 'services[2].purposes[0].requires[1]');
    assert.equal(formatIssuePath([0, 'name']), '[0].name');
    assert.equal(formatIssuePath([]), '');
  });

  it('reads to a person in the language asked for, at the time it is shown', () => {
    const issue: PersonIssue = issueOf([], 'required.choice.named', { question: 'Is anyone in danger right now?' });
    assert.equal(issueMessage(issue, 'en'), 'Select an answer to “Is anyone in danger right now?”');
    assert.match(issueMessage(issue, 'cy'), /Is anyone in danger right now\?/);
    assert.notEqual(issueMessage(issue, 'cy'), issueMessage(issue, 'en'));
    // A parameter known only where it is shown (the label in that language) joins the issue's own.
    assert.equal(issueMessage(issueOf([], 'text.tooLong.named', { max: 5 }), 'en', { question: 'Name' }), 'Your answer to “Name” must be 5 characters or fewer');
  });

  it('reads to a developer naming the path and what was expected', () => {
    const texts = { 'unknown-service': 'No service has the id "{id}". Expected one of: {known}.' };
    const issue = issueOf(['services', 1, 'id'], 'unknown-service', { id: 'hosuing', known: 'housing, early-help' });
    assert.equal(developerText(issue, texts), 'No service has the id "hosuing". Expected one of: housing, early-help.');
    assert.equal(developerMessage(issue, texts), 'services[1].id: No service has the id "hosuing". Expected one of: housing, early-help.');
    assert.equal(developerMessage(issueOf([], 'empty'), texts), '(root): empty');
    // A code without a template still says everything the issue knows.
    assert.equal(developerText(issueOf(['a'], 'too-big', { max: 3, found: 5 })), 'too-big (max: 3, found: 5)');
  });
});
