import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildSubmission,
  EndpointPayloadSchema,
  markNoticeShown,
  requestConsents,
  give,
  SUBMISSION_SCHEMA_VERSION,
  SubmissionSchema,
  ValidationError,
} from '@onestory/core';
import { agreedRecords, ALL_SERVICES, at, fixtureDefinition, fixtureStory, idSequence } from './fixtures.js';
import { safeWayDecisions } from '../../support/submissions.js';

const definition = fixtureDefinition();
const input = () => ({
  definition,
  story: fixtureStory(),
  chosenServices: ALL_SERVICES,
  consents: agreedRecords(definition),
  addressDecisions: safeWayDecisions(definition, fixtureStory(), ALL_SERVICES),
  locale: 'cy' as const,
  channel: 'web' as const,
});

describe('buildSubmission', () => {
  it('never withholds the address silently: a service that visits a household with someone feared in it needs the person\'s decision', () => {
    const { addressDecisions: _decided, ...undecided } = input();
    assert.throws(
      () => buildSubmission(undecided, { now: at(20), newId: idSequence() }),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.issues.length === 1 &&
        error.issues[0]!.path === 'addressDecisions.safer-homes' &&
        error.issues[0]!.code === 'address-undecided',
    );
    assert.throws(
      () => buildSubmission({ ...undecided, addressDecisions: { 'safer-homes': { choice: 'safe-way', ways: ['email'] } } }, { now: at(20), newId: idSequence() }),
      (error: unknown) => error instanceof ValidationError && error.issues[0]!.code === 'address-not-marked-safe',
    );
  });

  it('builds a submission that a receiving server accepts, after a JSON round trip', () => {
    const submission = buildSubmission(input(), { now: at(20), newId: () => '11111111-1111-4111-8111-111111111111' });
    assert.equal(submission.schemaVersion, SUBMISSION_SCHEMA_VERSION);
    assert.equal(submission.submissionId, '11111111-1111-4111-8111-111111111111');
    assert.equal(submission.createdAt, at(20).toISOString());
    assert.deepEqual(submission.definition, { id: 'cardiff-front-door', version: '1.2.0' });
    assert.equal(submission.locale, 'cy');
    assert.equal(submission.consents.length, 5);
    assert.deepEqual(submission.overrides, []);
    assert.equal(submission.disclosures.length, 3);
    const parsed = SubmissionSchema.safeParse(JSON.parse(JSON.stringify(submission)));
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.ok(EndpointPayloadSchema.safeParse(submission).success);
  });

  it('refuses to build an unlawful submission, listing every broken rule', () => {
    const unseen = requestConsents(definition, ['recovery'], { now: at(0), newId: idSequence(), locale: 'en', ageBand: 'adult' })
      .map((r) => give(r, { now: at(2), actor: 'subject' }));
    assert.throws(
      () => buildSubmission({ ...input(), chosenServices: ['recovery'], consents: unseen }, { now: at(20), newId: idSequence() }),
      (error: unknown) => error instanceof ValidationError && error.issues.some((i) => i.code === 'rule-10:notice-not-shown'),
    );
    const shownLate = unseen.map((r) => markNoticeShown(r, { now: at(3) }));
    assert.throws(
      () => buildSubmission({ ...input(), chosenServices: ['recovery'], consents: shownLate }, { now: at(20), newId: idSequence() }),
      (error: unknown) => error instanceof ValidationError && error.issues.some((i) => i.code === 'rule-10:notice-shown-after-decision'),
    );
  });

  it('the schema rejects a wrong version, an unknown key, a bad id and a smuggled field in an envelope', () => {
    const good = buildSubmission(input(), { now: at(20), newId: () => '11111111-1111-4111-8111-111111111111' });
    assert.equal(SubmissionSchema.safeParse({ ...good, schemaVersion: '2.0' }).success, false);
    assert.equal(SubmissionSchema.safeParse({ ...good, extra: true }).success, false);
    assert.equal(SubmissionSchema.safeParse({ ...good, submissionId: 'abc' }).success, false);
    const [first, ...rest] = good.disclosures;
    const smuggled = { ...first!, story: { ...first!.story, secret: 'x' } };
    assert.equal(SubmissionSchema.safeParse({ ...good, disclosures: [smuggled, ...rest] }).success, false);
  });
});
