import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSubmission, parseWithdrawalNotice } from '@onestory/core/server';
import { fullStorySubmission, fullSubmission, submissionIdFor } from '../../support/submissions.js';

const id = submissionIdFor(0x9a, 1);

describe('parseSubmission', () => {
  it('returns the typed submission for a valid one, from a value or from JSON text', () => {
    const submission = fullSubmission(id);
    for (const input of [submission, JSON.stringify(submission)]) {
      const result = parseSubmission(input);
      assert.equal(result.ok, true);
      assert.deepEqual(result.ok && result.value, submission);
    }
  });

  it('lists every issue by path, with catalogue codes and English messages', () => {
    const broken = structuredClone(fullStorySubmission(id)) as unknown as Record<string, unknown> & {
      disclosures: { story: { person: { nhsNumber: string }; contact: { email: string } } }[];
    };
    broken['submissionId'] = 'not-a-uuid';
    delete broken['createdAt'];
    broken.disclosures[0]!.story.person.nhsNumber = '1234567890';
    broken.disclosures[0]!.story.contact.email = 'carys.example.com';
    const result = parseSubmission(broken);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const byPath = new Map(result.issues.map((issue) => [issue.path, issue]));
    assert.deepEqual(
      [...byPath.keys()].sort(),
      ['createdAt', 'disclosures[0].story.contact.email', 'disclosures[0].story.person.nhsNumber', 'submissionId'],
    );
    assert.equal(byPath.get('disclosures[0].story.person.nhsNumber')?.code, 'nhsNumber.invalid');
    assert.match(byPath.get('disclosures[0].story.person.nhsNumber')?.message ?? '', /NHS number/i);
    assert.ok(!JSON.stringify(result.issues).includes('carys.example.com'), 'values never appear in issues');
  });

  it('says what each path expected, in words a developer can act on, never quoting the value', () => {
    const secret = 'Zqx-personal';
    const broken = {
      ...structuredClone(fullStorySubmission(id)),
      schemaVersion: `2-${secret}`,
      submissionId: secret,
      createdAt: `yesterday ${secret}`,
      locale: `fr-${secret}`,
      unexpected: secret,
    } as unknown as Record<string, unknown> & { disclosures: { story: { person: Record<string, unknown> } }[] };
    broken.disclosures[0]!.story.person['givenName'] = 42;
    broken.disclosures[0]!.story.person['familyName'] = 'x'.repeat(5000);
    const result = parseSubmission(broken);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const messages = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
    assert.equal(messages['schemaVersion'], 'expected "1.0"');
    assert.equal(messages['submissionId'], 'expected a UUID');
    assert.match(messages['createdAt'] ?? '', /^expected an ISO 8601 date-time/);
    assert.equal(messages['locale'], 'Use a BCP 47 language tag in canonical case, such as "en", "cy", "pl" or "pa-Arab"');
    assert.equal(messages['disclosures[0].story.person.givenName'], 'expected a string');
    assert.match(messages['disclosures[0].story.person.familyName'] ?? '', /^expected at most \d+ characters$|must be/i);
    assert.equal(messages[''], 'unexpected key "unexpected": remove it');
    for (const issue of result.issues) assert.notEqual(issue.message, 'Invalid input', `${issue.path} says what it expected`);
    assert.ok(!JSON.stringify(result.issues).includes(secret), 'values never appear in issues');
  });

  it('reports JSON text that does not parse as one issue, without quoting it', () => {
    const result = parseSubmission('{"person": {"givenName": "Carys"');
    assert.deepEqual(result, { ok: false, issues: [{ path: '', code: 'invalid-json', message: 'The body is not valid JSON.' }] });
  });

  it('refuses a withdrawal notice, which parseWithdrawalNotice accepts', () => {
    const notice = {
      kind: 'withdrawal',
      schemaVersion: '1.0',
      recordId: id,
      serviceId: 'money-advice',
      purposeId: 'feedback',
      withdrawnAt: '2026-01-15T12:00:00.000Z',
    };
    assert.equal(parseSubmission(notice).ok, false);
    assert.equal(parseWithdrawalNotice(notice).ok, true);
  });
});
