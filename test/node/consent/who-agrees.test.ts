import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  buildSubmission,
  checkConsentRules,
  loadDefinition,
  markNoticeShown,
  requestConsents,
  storyFromAnswers,
  type Answers,
  type ConsentRecord,
} from '@onestory/core';
import {
  consentPathOf,
  decisionKey,
  finishConsent,
  professionalAgreementIssues,
  purposeQuestionOf,
  withoutConsentIssues,
  type AgeBand,
  type ConsentPath,
  type Decisions,
} from '@onestory/core/consent';
import { repoRoot } from '../../support/paths.js';
import { at, idSequence } from './fixtures.js';

// Who agrees, and how (issue 20): every path through the consent step ends in records the
// lawful-basis rules accept, saying exactly who decided, how, and on whose behalf, or it
// says at the start of the step what is needed.

const definition = loadDefinition(JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/early-help.definition.json'), 'utf8')));
const TODAY = '2025-03-27';
const practitioner = { name: 'Dee Morgan', role: 'School nurse' };

function requested(services: readonly string[], ageBand: AgeBand): ConsentRecord[] {
  return requestConsents(definition, services, { now: at(0), newId: idSequence(), locale: 'en', ageBand }).map((r) => markNoticeShown(r, { now: at(1) }));
}

/** Every asked record agreed to, at minute 2. */
function agreeToAll(path: ConsentPath, records: readonly ConsentRecord[]): Decisions {
  return new Map(records.filter((r) => purposeQuestionOf(path, r).asked).map((r) => [decisionKey(r.serviceId, r.purposeId), { choice: 'given' as const, at: at(2) }]));
}

const person = (dateOfBirth: string, extra: Answers = {}): Answers =>
  ({
    'person.givenName': 'Rhys',
    'person.familyName': 'Price',
    'person.dateOfBirth': dateOfBirth,
    'contact.phone': '07700 900 982',
    'contact.email': 'rhys@example.com',
    'contact.address': { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' },
    'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: { safe: true }, post: { safe: true }, visit: { safe: true }, voicemail: true },
    'needs.educationYouth.description': 'I want help finding an apprenticeship.',
    'needs.family.description': 'Help with parenting.',
    'needs.care.description': 'Needs help at home after a stroke.',
    'household.members': [],
    ...extra,
  }) as Answers;

function submit(services: readonly string[], answers: Answers, consents: readonly ConsentRecord[], overrides: readonly never[] | ReturnType<typeof finishConsent>['overrides'] = [], channel: 'web' | 'practitioner' = 'web') {
  const story = storyFromAnswers(answers);
  const violations = checkConsentRules({ definition, chosenServices: services, consents, overrides, story, channel, today: TODAY });
  assert.deepEqual(violations, [], 'the rules accept the records');
  return buildSubmission({ definition, story, chosenServices: services, consents, overrides, locale: 'en', channel }, { now: at(5), newId: idSequence() });
}

const eventOf = (record: ConsentRecord | undefined) => record?.events.at(-1);

describe('who agrees: the path is decided at the start of the consent step', () => {
  it('routes by who fills in, age and what a professional recorded', () => {
    assert.deepEqual(consentPathOf({ filler: 'self', ageBand: 'adult', practitionerMode: false }), { kind: 'person' });
    assert.deepEqual(consentPathOf({ filler: 'self', ageBand: '13-15', practitionerMode: false }), { kind: 'young-person', band: '13-15' });
    assert.deepEqual(consentPathOf({ filler: 'parent', ageBand: 'under-13', practitionerMode: false }), { kind: 'parent' });
    assert.deepEqual(consentPathOf({ filler: 'parent', ageBand: 'adult', practitionerMode: false }), { kind: 'blocked', need: 'who.parent.tooOld' });
    assert.deepEqual(consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false }), { kind: 'undecided' });
    assert.deepEqual(consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false, professional: { route: 'phone' } }), { kind: 'relayed', method: 'phone' });
    assert.deepEqual(consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: true, professional: { route: 'not-asked' } }), { kind: 'without-consent' });
    assert.deepEqual(consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false, professional: { route: 'not-asked' } }), { kind: 'blocked', need: 'who.notAsked.askFirst' });
    assert.deepEqual(consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false, professional: { route: 'lacks-capacity' } }), { kind: 'best-interests' });
  });

  it('says what is missing on the professional\'s screens', () => {
    const undecided = consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: true });
    assert.deepEqual(professionalAgreementIssues(undecided, {}).map((i) => i.code), ['who.route.required']);
    const notAsked = consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: true, professional: { route: 'not-asked' } });
    assert.deepEqual(professionalAgreementIssues(notAsked, { route: 'not-asked', notAskedReason: ' ' }).map((i) => i.code), ['who.notAsked.reasonRequired']);
    assert.deepEqual(withoutConsentIssues({ personTold: false }, undefined).map((i) => i.code), ['who.practitioner.required', 'who.withoutConsent.reasonRequired', 'who.withoutConsent.notToldReasonRequired']);
  });
});

describe('who agrees: every path is sent with records that tell the truth', () => {
  it('a 14-year-old choosing the youth service: their agreement, with competence to be assessed by the service', () => {
    const services = ['youth-service'];
    const records = requested(services, '13-15');
    const path = consentPathOf({ filler: 'self', ageBand: '13-15', practitionerMode: false });
    const { consents } = finishConsent({ definition, chosenServices: services, records, path, decisions: agreeToAll(path, records), answers: {}, now: at(3), newId: idSequence() });
    const support = consents.find((r) => r.purposeId === 'youth-support')!;
    assert.deepEqual(eventOf(support), { type: 'given', at: at(2).toISOString(), actor: 'subject', method: 'online' });
    assert.equal(support.basis, 'public-task');
    assert.deepEqual(support.child, { competenceToBeAssessed: { by: 'receiving-service', at: at(2).toISOString() } });
    // The optional newsletter rests on consent: at 14 the person may give it online (DPA 2018 s 9).
    assert.equal(eventOf(consents.find((r) => r.purposeId === 'activities-news'))?.type, 'given');
    const submission = submit(services, person('2011-01-10'), consents);
    assert.deepEqual(submission.disclosures.map((d) => d.serviceId), ['youth-service']);
  });

  it('on main\'s rule 8 this was refused: without the competence record, the same agreement breaks the rule', () => {
    const services = ['youth-service'];
    const records = requested(services, '13-15');
    const path = consentPathOf({ filler: 'self', ageBand: '13-15', practitionerMode: false });
    const { consents } = finishConsent({ definition, chosenServices: services, records, path, decisions: agreeToAll(path, records), answers: {}, now: at(3), newId: idSequence() });
    const bare = consents.map(({ child: _child, ...rest }) => rest);
    const codes = checkConsentRules({ definition, chosenServices: services, consents: bare, story: storyFromAnswers(person('2011-01-10')), today: TODAY }).map((v) => v.code);
    assert.deepEqual(codes, ['under-16-needs-competence-or-parent']);
  });

  it('a child under 13 alone: consent-based purposes wait for a parent and are not shared', () => {
    const services = ['youth-service'];
    const records = requested(services, 'under-13');
    const path = consentPathOf({ filler: 'self', ageBand: 'under-13', practitionerMode: false });
    const news = records.find((r) => r.purposeId === 'activities-news')!;
    assert.deepEqual(purposeQuestionOf(path, news), { asked: false, why: 'who.child.needsParent' });
    const { consents } = finishConsent({ definition, chosenServices: services, records, path, decisions: agreeToAll(path, records), answers: {}, now: at(3), newId: idSequence() });
    assert.equal(eventOf(consents.find((r) => r.purposeId === 'activities-news'))?.type, 'requested');
    const submission = submit(services, person('2014-12-01'), consents);
    const envelope = submission.disclosures.find((d) => d.serviceId === 'youth-service')!;
    assert.deepEqual(envelope.purposes.map((p) => p.purposeId), ['youth-support']);
  });

  it('a parent for their 10-year-old: the parent decides, recorded as parental consent', () => {
    const services = ['childrens-centres'];
    const records = requested(services, 'under-13');
    const path = consentPathOf({ filler: 'parent', ageBand: 'under-13', practitionerMode: false });
    const { consents } = finishConsent({ definition, chosenServices: services, records, path, decisions: agreeToAll(path, records), answers: {}, now: at(3), newId: idSequence() });
    const [record] = consents;
    assert.deepEqual(eventOf(record), { type: 'given', at: at(2).toISOString(), actor: 'parent', method: 'online' });
    assert.deepEqual(record!.child?.parentalConsent, { relationship: 'parent', at: at(2).toISOString() });
    submit(services, person('2015-01-10', { 'referrer.type': 'parent' }), consents);
  });

  it('a professional with the person\'s agreement by phone: the person decided, by phone, recorded by the professional', () => {
    const services = ['adult-social-care'];
    const records = requested(services, 'adult');
    const path = consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false, professional: { route: 'phone' } });
    const { consents } = finishConsent({ definition, chosenServices: services, records, path, decisions: agreeToAll(path, records), answers: {}, practitioner, now: at(3), newId: idSequence() });
    assert.deepEqual(eventOf(consents[0]), { type: 'given', at: at(2).toISOString(), actor: 'subject', method: 'phone', recordedBy: practitioner });
    submit(services, person('1950-01-10', { 'referrer.type': 'professional' }), consents);
  });

  it('a professional sharing without consent in practitioner mode: a recorded decision, no agreement claimed', () => {
    const services = ['childrens-centres'];
    const records = requested(services, 'adult');
    const path = consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: true, professional: { route: 'not-asked' } });
    const answers = person('1990-01-10', { 'referrer.type': 'professional', 'referrer.name': practitioner.name, 'referrer.role': practitioner.role });
    const { consents, overrides } = finishConsent({
      definition, chosenServices: services, records, path, decisions: new Map(), answers, practitioner,
      professional: { route: 'not-asked', notAskedReason: 'Telling the parent now would put the child at risk.' },
      withoutConsent: { reason: 'child-at-risk', personTold: false, notToldReason: 'It would put the child at risk.' },
      now: at(3), newId: idSequence(),
    });
    assert.deepEqual(consents.map((r) => eventOf(r)?.type), ['requested']);
    assert.equal(overrides.length, 1);
    const [override] = overrides;
    assert.deepEqual(
      { decidedBy: override!.decidedBy, reason: override!.reason, basis: override!.basis, personTold: override!.personTold, rationale: override!.rationale },
      { decidedBy: practitioner, reason: 'child-at-risk', basis: 'public-task', personTold: false, rationale: 'Telling the parent now would put the child at risk.' },
    );
    const submission = submit(services, answers, consents, overrides, 'practitioner');
    assert.deepEqual(submission.disclosures.map((d) => d.serviceId), ['childrens-centres']);
  });

  it('an adult who lacks capacity: a best-interests decision on the purpose\'s own basis, never a consent', () => {
    const services = ['adult-social-care'];
    const records = requested(services, 'adult');
    const path = consentPathOf({ filler: 'professional', ageBand: 'adult', practitionerMode: false, professional: { route: 'lacks-capacity' } });
    const { consents } = finishConsent({
      definition, chosenServices: services, records, path, decisions: new Map(), answers: {}, practitioner,
      bestInterests: { rationale: 'Cannot manage at home alone; an assessment keeps them safe.' }, now: at(3), newId: idSequence(),
    });
    const [record] = consents;
    assert.equal(eventOf(record)?.type, 'requested');
    assert.equal(record!.capacity?.hasCapacity, false);
    assert.deepEqual(record!.capacity?.assessedBy, practitioner);
    assert.equal(record!.capacity?.bestInterests?.basis, 'public-task');
    const submission = submit(services, person('1940-01-10', { 'referrer.type': 'professional' }), consents);
    assert.deepEqual(submission.disclosures.map((d) => d.serviceId), ['adult-social-care']);
  });
});
