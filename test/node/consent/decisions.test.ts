import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ConfigError,
  ConsentRecordSchema,
  consentState,
  EndpointPayloadSchema,
  expire,
  give,
  markNoticeShown,
  privacyNoticeHash,
  refuse,
  requestConsents,
  ValidationError,
  withdraw,
  WithdrawalNoticeSchema,
} from '@onestory/core';
import { agreementOf } from '@onestory/core/consent';
import { ALL_SERVICES, at, fixtureDefinition, idSequence } from './fixtures.js';

const definition = fixtureDefinition();
const request = (locale: 'en' | 'cy' = 'en') =>
  requestConsents(definition, ALL_SERVICES, { now: at(0), newId: idSequence(), locale, ageBand: 'adult' });

describe('requestConsents', () => {
  it('makes one valid record per purpose of each chosen service, each waiting for a decision', () => {
    const records = request();
    assert.equal(records.length, 5);
    for (const record of records) {
      assert.ok(ConsentRecordSchema.safeParse(record).success, JSON.stringify(ConsentRecordSchema.safeParse(record).error?.issues));
      assert.equal(consentState(record), 'requested');
      assert.deepEqual(agreementOf(record), { agreed: false, reason: 'not-decided' });
      assert.equal(record.jurisdiction, 'UK');
    }
    // One pseudonymous subject for all of them, and every record id distinct.
    assert.equal(new Set(records.map((r) => r.subject)).size, 1);
    assert.equal(new Set(records.map((r) => r.recordId)).size, 5);
  });

  it('records the notice by address, version, content hash and language', () => {
    const [record] = request('cy');
    assert.deepEqual(record!.notice, {
      uri: 'https://example.org/privacy',
      version: '3',
      contentHash: privacyNoticeHash(definition.privacyNotice),
      language: 'cy',
    });
    assert.match(record!.notice.contentHash, /^[0-9a-f]{64}$/);
  });

  it('copies the controller, recipient, retention, fields, categories and bases from the purpose', () => {
    const treatment = request().find((r) => r.serviceId === 'recovery')!;
    assert.equal(treatment.controllers[0]!.name['en'], 'Cardiff and Vale UHB');
    assert.deepEqual(treatment.recipients, [{ serviceId: 'recovery', orukId: 'oruk-recovery-3', organisation: treatment.controllers[0]!.name }]);
    assert.equal(treatment.retention.period, 'P6Y');
    assert.deepEqual(treatment.fields, ['person.givenName', 'person.dateOfBirth', 'needs.drugsAlcohol.description', 'person.nhsNumber']);
    assert.deepEqual(treatment.dataCategories, ['identity', 'health']);
    assert.equal(treatment.basis, 'public-task');
    assert.deepEqual(treatment.specialCategory, { condition: 'h', schedule1Paragraph: '2' });
    assert.equal(treatment.explicitSpecialCategoryStatement, undefined, 'no explicit-consent statement when Art 9(2)(h) applies');
  });

  it('writes the withdrawal method in English and Welsh, naming the controller', () => {
    const record = request().find((r) => r.serviceId === 'safer-homes')!;
    assert.match(record.withdrawalMethod.description['en'], /Safer Homes Wales/);
    assert.match(record.withdrawalMethod.description['cy'], /Cartrefi Diogelach Cymru/);
    assert.ok(record.withdrawalMethod.methods.includes('online'));
  });

  it('refuses an unknown service with a ConfigError naming it', () => {
    assert.throws(
      () => requestConsents(definition, ['housing-options', 'nope'], { now: at(0), newId: idSequence(), locale: 'en' }),
      (error: unknown) => error instanceof ConfigError && error.problems[0]!.message.includes('"nope"'),
    );
  });

  it('never accepts a name as the subject', () => {
    const [record] = request();
    assert.equal(ConsentRecordSchema.safeParse({ ...record, subject: 'Carys Evans' }).success, false);
  });
});

describe('give, refuse, withdraw', () => {
  const shown = () => request().map((r) => markNoticeShown(r, { now: at(1) }));
  const updates = () => shown().find((r) => r.purposeId === 'updates')!;

  it('give records the event and, separately, the agreement to share', () => {
    const given = give(updates(), { now: at(2), actor: 'subject', method: 'online' });
    assert.deepEqual(given.events.at(-1), { type: 'given', at: at(2).toISOString(), actor: 'subject', method: 'online' });
    assert.deepEqual(given.agreementToShare, { status: 'agreed', at: at(2).toISOString(), actor: 'subject' });
    assert.deepEqual(agreementOf(given), { agreed: true, basis: 'consent' });
    assert.equal(give(given, { now: at(3), actor: 'subject' }), given, 'giving twice changes nothing');
  });

  it('refuse records a refusal and shares nothing', () => {
    const refused = refuse(updates(), { now: at(2), actor: 'subject' });
    assert.equal(consentState(refused), 'refused');
    assert.equal(refused.agreementToShare.status, 'declined');
    assert.deepEqual(agreementOf(refused), { agreed: false, reason: 'refused' });
  });

  it('withdraw is one call and returns a withdrawal notice for the same endpoint', () => {
    const given = give(updates(), { now: at(2), actor: 'subject' });
    const { record, notice } = withdraw(given, { now: at(9), actor: 'subject', submissionId: '00000000-0000-4000-8000-0000000000ff' });
    assert.equal(consentState(record), 'withdrawn');
    assert.equal(record.agreementToShare.status, 'withdrawn');
    assert.deepEqual(agreementOf(record), { agreed: false, reason: 'withdrawn' });
    assert.deepEqual(notice, {
      kind: 'withdrawal',
      schemaVersion: '1.0',
      submissionId: '00000000-0000-4000-8000-0000000000ff',
      recordId: given.recordId,
      serviceId: 'housing-options',
      purposeId: 'updates',
      withdrawnAt: at(9).toISOString(),
    });
    assert.ok(WithdrawalNoticeSchema.safeParse(notice).success);
    assert.ok(EndpointPayloadSchema.safeParse(notice).success);
    assert.ok(ConsentRecordSchema.safeParse(record).success);
  });

  it('a withdrawal notice carries no personal data and nothing beyond its fields', () => {
    const { notice } = withdraw(give(updates(), { now: at(2), actor: 'subject' }), { now: at(9), actor: 'subject' });
    assert.deepEqual(Object.keys(notice).sort(), ['kind', 'purposeId', 'recordId', 'schemaVersion', 'serviceId', 'withdrawnAt']);
    assert.equal(WithdrawalNoticeSchema.safeParse({ ...notice, name: 'Carys' }).success, false);
  });

  it('cannot withdraw what was never given', () => {
    assert.throws(() => withdraw(updates(), { now: at(9), actor: 'subject' }), ValidationError);
  });

  it('agreeing again after withdrawing is allowed, and expiry ends a consent', () => {
    const given = give(updates(), { now: at(2), actor: 'subject' });
    const again = give(withdraw(given, { now: at(3), actor: 'subject' }).record, { now: at(4), actor: 'subject' });
    assert.deepEqual(again.events.map((e) => e.type), ['requested', 'given', 'withdrawn', 'given']);
    const expired = expire(again, { now: at(50) });
    assert.equal(consentState(expired), 'expired');
    assert.deepEqual(agreementOf(expired), { agreed: false, reason: 'expired' });
    assert.equal(expire(refuse(updates(), { now: at(2), actor: 'subject' }), { now: at(50) }).events.at(-1)!.type, 'refused');
  });

  it('markNoticeShown keeps the first time the notice was shown', () => {
    const once = markNoticeShown(request()[0]!, { now: at(1) });
    assert.equal(markNoticeShown(once, { now: at(7) }).notice.shownAt, at(1).toISOString());
  });
});
