import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildDisclosures,
  buildSubmission,
  checkConsentRules,
  CONSENT_RULES,
  ConfigError,
  give,
  markNoticeShown,
  recordCapacityAssessment,
  recordCompetenceAssessment,
  recordParentalConsent,
  recordPractitionerOverride,
  refuse,
  requestConsents,
  withdraw,
  type ConsentRecord,
  type ConsentRuleNumber,
  type Definition,
  type PractitionerOverride,
  type Story,
} from '@onestory/core';
import { type ConsentRuleInput } from '@onestory/core/consent';
import { agreedRecords, ALL_SERVICES, at, changeRecord, fixtureDefinition, fixtureStory, idSequence, TODAY } from './fixtures.js';
import { safeWayDecisions } from '../../support/submissions.js';

function lawfulInput(overrides: Partial<ConsentRuleInput> = {}): ConsentRuleInput {
  const definition = overrides.definition ?? fixtureDefinition();
  return {
    definition,
    chosenServices: ALL_SERVICES,
    consents: agreedRecords(definition),
    story: fixtureStory(),
    channel: 'web',
    today: TODAY,
    ...overrides,
  };
}

/** The codes of rule `rule`'s violations, sorted. */
function codes(input: ConsentRuleInput, rule: ConsentRuleNumber): string[] {
  return checkConsentRules(input)
    .filter((v) => v.rule === rule)
    .map((v) => v.code)
    .sort();
}

// Tests edit a loaded definition freely, to build ones `loadDefinition` would refuse.
const editDefinition = (edit: (raw: any) => void): Definition => {
  const copy = structuredClone(fixtureDefinition()) as any;
  edit(copy);
  return copy as Definition;
};

const practitioner = { name: 'Sam Jones', role: 'Early help practitioner' };

describe('consent rules', () => {
  it('has eleven named, documented rules, numbered 1 to 11', () => {
    assert.deepEqual(CONSENT_RULES.map((r) => r.rule), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const rule of CONSENT_RULES) assert.equal(rule.check.name, rule.name);
  });

  it('finds nothing wrong with a lawful set of decisions', () => {
    assert.deepEqual(checkConsentRules(lawfulInput()), []);
  });
});

describe('rule 1: one Art 6 basis per purpose, an Art 9 condition for special data', () => {
  it('passes purposes with a basis and, for health data, an Art 9 condition with its Schedule 1 paragraph', () => {
    assert.deepEqual(codes(lawfulInput(), 1), []);
  });
  it('fails an Art 9(2)(h) condition without a Schedule 1 paragraph', () => {
    const definition = editDefinition((d) => delete d.services[2].purposes[0].specialCategory.schedule1Paragraph);
    assert.ok(codes(lawfulInput({ definition, consents: agreedRecords(fixtureDefinition()) }), 1).includes('missing-schedule1-paragraph'));
  });
  it('fails a purpose that uses health data with no Art 9 condition', () => {
    const definition = editDefinition((d) => delete d.services[1].purposes[1].specialCategory);
    assert.ok(codes(lawfulInput({ definition, consents: agreedRecords(definition) }), 1).includes('missing-art9-condition'));
  });
  it('fails a record whose basis differs from its purpose', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'recovery', 'treatment', (r) => ({ ...r, basis: 'legitimate-interests' }));
    assert.deepEqual(codes({ ...input, consents }, 1), ['basis-mismatch']);
  });
  it('fails an override of health data without an Art 9 condition', () => {
    const input = lawfulInput({ channel: 'practitioner' });
    const override = recordPractitionerOverride(
      input.definition,
      { decidedBy: practitioner, reason: 'vital-interests', basis: 'vital-interests', rationale: 'Overdose risk tonight.', disclosed: [{ serviceId: 'recovery', fields: ['needs.drugsAlcohol.description'] }], personTold: true },
      { now: at(5), newId: idSequence() },
    );
    assert.deepEqual(codes({ ...input, overrides: [override] }, 1), ['missing-art9-condition']);
    assert.deepEqual(codes({ ...input, overrides: [{ ...override, specialCategory: { condition: 'c' } }] }, 1), []);
  });
});

describe('rule 2: public bodies use statutory bases; refusing an optional consent costs nothing', () => {
  it('passes a public body whose core referral rests on public task', () => {
    assert.deepEqual(codes(lawfulInput(), 2), []);
  });
  it('fails a public body whose core referral rests on consent', () => {
    const definition = editDefinition((d) => (d.services[0].purposes[0].basis = 'consent'));
    assert.deepEqual(codes(lawfulInput({ definition, consents: agreedRecords(definition) }), 2), ['public-body-core-consent']);
  });
  it('still refers when the person refuses every optional consent', () => {
    const definition = fixtureDefinition();
    let consents = agreedRecords(definition);
    consents = changeRecord(consents, 'housing-options', 'updates', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    consents = changeRecord(consents, 'safer-homes', 'wellbeing', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    const submission = buildSubmission(
      { definition, story: fixtureStory(), chosenServices: ALL_SERVICES, consents, addressDecisions: safeWayDecisions(definition, fixtureStory(), ALL_SERVICES), locale: 'en', channel: 'web' },
      { now: at(4), newId: idSequence() },
    );
    const housing = submission.disclosures.find((e) => e.serviceId === 'housing-options')!;
    assert.deepEqual(housing.purposes.map((p) => p.purposeId), ['referral']);
    assert.ok(housing.fields.includes('needs.housing.description'));
    assert.ok(!housing.fields.includes('contact.email'));
    const dv = submission.disclosures.find((e) => e.serviceId === 'safer-homes')!;
    assert.deepEqual(dv.purposes.map((p) => p.purposeId), ['referral']);
    assert.ok(!dv.fields.includes('needs.health.description'));
  });
});

describe('rule 3: the GDPR basis and the agreement to share are separate', () => {
  it('passes records that keep the purpose basis and record the agreement apart', () => {
    const input = lawfulInput();
    const housing = input.consents.find((r) => r.serviceId === 'housing-options' && r.purposeId === 'referral')!;
    assert.equal(housing.basis, 'public-task');
    assert.equal(housing.agreementToShare.status, 'agreed');
    assert.deepEqual(codes(input, 3), []);
  });
  it('fails an agreement recorded as consent for a public-task purpose', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'housing-options', 'referral', (r) => ({ ...r, basis: 'consent' }));
    assert.deepEqual(codes({ ...input, consents }, 3), ['agreement-recorded-as-basis']);
  });
  it('fails a decision with no agreement to share recorded, and an agreement with no decision', () => {
    const input = lawfulInput();
    const unrecorded = changeRecord(input.consents, 'recovery', 'treatment', (r) => ({ ...r, agreementToShare: { status: 'pending' } }));
    assert.deepEqual(codes({ ...input, consents: unrecorded }, 3), ['agreement-not-recorded']);
    const undecided = changeRecord(input.consents, 'recovery', 'treatment', (r) => ({ ...r, events: r.events.slice(0, 1) }));
    assert.deepEqual(codes({ ...input, consents: undecided }, 3), ['agreement-without-decision']);
  });
});

describe('rule 4: consent records time, method and actor; withdrawing is as easy as agreeing', () => {
  it('passes a consent given online and withdrawn online with the same arguments', () => {
    const input = lawfulInput();
    const decision = { now: at(9), actor: 'subject', method: 'online' } as const;
    const consents = changeRecord(input.consents, 'housing-options', 'updates', (r) => withdraw(r, decision).record);
    assert.deepEqual(codes({ ...input, consents }, 4), []);
    const given = input.consents.find((r) => r.purposeId === 'updates')!.events.at(-1)!;
    assert.deepEqual({ type: given.type, actor: given.actor, method: given.method }, { type: 'given', actor: 'subject', method: 'online' });
    assert.equal(give.length, withdraw.length, 'give and withdraw take the same arguments');
  });
  it('fails a consent that cannot be withdrawn the way it was given', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'housing-options', 'updates', (r) => ({
      ...r,
      withdrawalMethod: { ...r.withdrawalMethod, methods: ['written'] },
    }));
    assert.deepEqual(codes({ ...input, consents }, 4), ['withdrawal-harder-than-giving']);
  });
  it('fails a consent "given" by the system, and events out of order', () => {
    const input = lawfulInput();
    const bySystem = changeRecord(input.consents, 'housing-options', 'updates', (r) =>
      give({ ...r, events: r.events.slice(0, 1) }, { now: at(2), actor: 'system' }),
    );
    assert.deepEqual(codes({ ...input, consents: bySystem }, 4), ['decision-by-system']);
    const shuffled = changeRecord(input.consents, 'housing-options', 'updates', (r) => ({ ...r, events: [...r.events].reverse() }));
    assert.ok(codes({ ...input, consents: shuffled }, 4).includes('events-out-of-order'));
  });
});

describe('rule 5: explicit consent for special category data is a separate statement naming it', () => {
  it('passes when the separate statement names the health data and was agreed to', () => {
    const input = lawfulInput();
    const record = input.consents.find((r) => r.purposeId === 'wellbeing')!;
    assert.deepEqual(record.explicitSpecialCategoryStatement?.fields, ['needs.health.description']);
    assert.match(record.explicitSpecialCategoryStatement!.text, /Safer Homes.*Health and wellbeing: what is happening/);
    assert.equal(record.explicitSpecialCategoryStatement?.agreedAt, at(2).toISOString());
    assert.deepEqual(codes(input, 5), []);
  });
  it('fails consent given without agreeing to the statement', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'safer-homes', 'wellbeing', (r) => {
      const { agreedAt: _ignored, ...statement } = r.explicitSpecialCategoryStatement!;
      return { ...r, explicitSpecialCategoryStatement: statement };
    });
    assert.deepEqual(codes({ ...input, consents }, 5), ['explicit-statement-not-agreed']);
  });
  it('fails a consent to health data with no statement at all', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'safer-homes', 'wellbeing', (r) => {
      const { explicitSpecialCategoryStatement: _ignored, ...rest } = r;
      return rest;
    });
    assert.deepEqual(codes({ ...input, consents }, 5), ['explicit-statement-missing']);
  });
});

describe('rule 6: agreement per receiving service and purpose, never a blanket tick', () => {
  it('passes one record per purpose of each chosen service, each naming one recipient', () => {
    const input = lawfulInput();
    assert.deepEqual(
      input.consents.map((r) => `${r.serviceId}/${r.purposeId}`),
      ['housing-options/referral', 'housing-options/updates', 'safer-homes/referral', 'safer-homes/wellbeing', 'recovery/treatment'],
    );
    assert.ok(input.consents.every((r) => r.recipients.length === 1 && r.recipients[0]!.serviceId === r.serviceId));
    assert.deepEqual(codes(input, 6), []);
  });
  it('fails a missing purpose, a duplicate, a blanket recipient list and a record for an unchosen service', () => {
    const input = lawfulInput();
    const [first, ...rest] = input.consents as [ConsentRecord, ...ConsentRecord[]];
    assert.deepEqual(codes({ ...input, consents: rest }, 6), ['purpose-without-record']);
    assert.deepEqual(codes({ ...input, consents: [first, ...input.consents] }, 6), ['duplicate-record']);
    const blanket = { ...first, recipients: [...first.recipients, { serviceId: 'safer-homes', orukId: 'oruk-dv-7', organisation: first.recipients[0]!.organisation }] };
    assert.deepEqual(codes({ ...input, consents: [blanket, ...rest] }, 6), ['blanket-recipients']);
    assert.deepEqual(codes({ ...input, chosenServices: ['housing-options', 'safer-homes'] }, 6), ['unknown-purpose']);
  });
});

describe('rule 7: sharing without consent is practitioner-only and fully recorded', () => {
  const overrideInput = {
    decidedBy: practitioner,
    reason: 'child-at-risk',
    basis: 'public-task',
    rationale: 'Child disclosed abuse at school.',
    disclosed: [{ serviceId: 'housing-options', fields: ['household.members'] }],
    personTold: false,
    notToldReason: 'Telling the parent could put the child at greater risk.',
  } as const;

  it('passes a complete override in practitioner mode, and applies it to the disclosure', () => {
    const definition = fixtureDefinition(true);
    const override = recordPractitionerOverride(definition, overrideInput, { now: at(5), newId: idSequence() });
    const consents = changeRecord(agreedRecords(definition), 'housing-options', 'referral', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    const input = lawfulInput({ definition, consents, channel: 'practitioner', overrides: [override] });
    assert.deepEqual(codes(input, 7), []);
    const housing = buildDisclosures(input.story, definition, ALL_SERVICES, consents, [override]).find((e) => e.serviceId === 'housing-options')!;
    assert.ok(housing.fields.includes('household.members'));
    assert.ok(!housing.fields.includes('needs.housing.description'));
    assert.ok(housing.purposes.some((p) => p.overrideId === override.overrideId && p.basis === 'public-task'));
  });
  it('cannot be recorded, and is never applied, without practitioner mode', () => {
    const off = fixtureDefinition(false);
    assert.throws(() => recordPractitionerOverride(off, overrideInput, { now: at(5), newId: idSequence() }), ConfigError);
    const override = recordPractitionerOverride(fixtureDefinition(true), overrideInput, { now: at(5), newId: idSequence() });
    const input = lawfulInput({ definition: off, channel: 'practitioner', overrides: [override] });
    assert.deepEqual(codes(input, 7), ['practitioner-mode-off']);
    const housing = buildDisclosures(input.story, off, ['housing-options'], [], [override]);
    assert.deepEqual(housing, []);
  });
  it('fails an override that is unexplained, on the wrong channel, or sends what the service does not use', () => {
    const definition = fixtureDefinition(true);
    const base = recordPractitionerOverride(definition, overrideInput, { now: at(5), newId: idSequence() });
    const { notToldReason: _ignored, ...untold } = base;
    assert.deepEqual(codes(lawfulInput({ channel: 'practitioner', overrides: [untold] }), 7), ['not-told-without-reason']);
    assert.deepEqual(codes(lawfulInput({ channel: 'web', overrides: [base] }), 7), ['override-outside-practitioner-channel']);
    const extra: PractitionerOverride = { ...base, disclosed: [{ serviceId: 'housing-options', fields: ['risk.dash'] }] };
    assert.deepEqual(codes(lawfulInput({ channel: 'practitioner', overrides: [extra] }), 7), ['override-field-not-needed']);
    assert.deepEqual(codes(lawfulInput({ channel: 'practitioner', overrides: [{ ...base, basis: 'consent' }] }), 7), ['override-basis-unsuitable']);
  });
});

describe('rule 8: children need a parent, or a competence assessment', () => {
  const childStory = (dateOfBirth: string): Story => ({ ...fixtureStory(), person: { ...fixtureStory().person, dateOfBirth } });
  const childRecords = (ageBand: '13-15' | 'under-13', change: (r: ConsentRecord) => ConsentRecord = (r) => r) => {
    const definition = fixtureDefinition();
    return requestConsents(definition, ALL_SERVICES, { now: at(0), newId: idSequence(), locale: 'en', ageBand })
      .map((r) => change(markNoticeShown(r, { now: at(1) })))
      .map((r) => give(r, { now: at(2), actor: 'subject', explicitSpecialCategory: true }));
  };

  it('passes a child under 13 whose parent consented', () => {
    const consents = childRecords('under-13', (r) => recordParentalConsent(r, { now: at(1), relationship: 'parent' }));
    assert.deepEqual(codes(lawfulInput({ story: childStory('2015-01-01'), consents }), 8), []);
  });
  it('fails a child under 13 consenting online alone, even if judged competent', () => {
    const consents = childRecords('under-13', (r) => recordCompetenceAssessment(r, { now: at(1), competent: true, assessedBy: practitioner }));
    const found = codes(lawfulInput({ story: childStory('2015-01-01'), consents }), 8);
    // The three consent-based purposes need a parent; the public-task ones accept competence.
    assert.deepEqual(found, ['under-13-online-needs-parent', 'under-13-online-needs-parent', 'under-13-online-needs-parent']);
  });
  it('passes a 14-year-old judged competent, and fails one with neither assessment nor parent', () => {
    const competent = childRecords('13-15', (r) => recordCompetenceAssessment(r, { now: at(1), competent: true, assessedBy: practitioner }));
    assert.deepEqual(codes(lawfulInput({ story: childStory('2010-06-01'), consents: competent }), 8), []);
    const notCompetent = childRecords('13-15', (r) => recordCompetenceAssessment(r, { now: at(1), competent: false, assessedBy: practitioner }));
    assert.equal(codes(lawfulInput({ story: childStory('2010-06-01'), consents: notCompetent }), 8).filter((c) => c === 'under-16-needs-competence-or-parent').length, 5);
  });
  it('fails a record whose age band contradicts the date of birth', () => {
    const consents = agreedRecords(fixtureDefinition()); // recorded as adult
    assert.ok(codes(lawfulInput({ story: childStory('2010-06-01'), consents }), 8).includes('age-band-mismatch'));
  });
});

describe('rule 9: an adult who lacks capacity cannot consent; a best-interests decision is recorded', () => {
  const lacking = (bestInterests?: Parameters<typeof recordCapacityAssessment>[1]['bestInterests']) => {
    const definition = fixtureDefinition();
    const requested = requestConsents(definition, ALL_SERVICES, { now: at(0), newId: idSequence(), locale: 'en', ageBand: 'adult' })
      .map((r) => markNoticeShown(r, { now: at(1) }));
    return requested.map((r) =>
      r.serviceId === 'safer-homes' && r.purposeId === 'referral'
        ? recordCapacityAssessment(r, { now: at(2), hasCapacity: false, assessedBy: practitioner, ...(bestInterests && { bestInterests }) })
        : give(r, { now: at(2), actor: 'subject', explicitSpecialCategory: true }),
    );
  };

  it('passes a best-interests decision on another basis, and shares on that basis', () => {
    const consents = lacking({ decidedBy: practitioner, rationale: 'She needs a refuge place tonight.', share: true, basis: 'vital-interests' });
    const input = lawfulInput({ consents });
    assert.deepEqual(codes(input, 9), []);
    const dv = buildDisclosures(input.story, input.definition, ALL_SERVICES, consents).find((e) => e.serviceId === 'safer-homes')!;
    assert.deepEqual(dv.purposes.find((p) => p.purposeId === 'referral')?.basis, 'vital-interests');
  });
  it('fails consent from someone who lacks capacity, and a missing best-interests decision', () => {
    const consents = changeRecord(lacking(), 'safer-homes', 'referral', (r) => give(r, { now: at(3), actor: 'subject' }));
    assert.deepEqual(codes(lawfulInput({ consents }), 9), ['best-interests-missing', 'consent-without-capacity']);
    const dv = buildDisclosures(fixtureStory(), fixtureDefinition(), ALL_SERVICES, consents).find((e) => e.serviceId === 'safer-homes')!;
    assert.ok(!dv.purposes.some((p) => p.purposeId === 'referral'), 'no consent from someone lacking capacity is acted on');
  });
  it('fails a best-interests decision that rests on consent', () => {
    const consents = lacking({ decidedBy: practitioner, rationale: 'x', share: true, basis: 'consent' as never });
    assert.deepEqual(codes(lawfulInput({ consents }), 9), ['best-interests-on-consent']);
  });
});

describe('rule 10: the privacy notice is shown before any consent', () => {
  it('passes records that name the notice and show it first', () => {
    assert.deepEqual(codes(lawfulInput(), 10), []);
  });
  it('fails a decision with no notice shown, or the notice shown afterwards', () => {
    const definition = fixtureDefinition();
    const unseen = requestConsents(definition, ['recovery'], { now: at(0), newId: idSequence(), locale: 'en', ageBand: 'adult' })
      .map((r) => give(r, { now: at(2), actor: 'subject' }));
    assert.deepEqual(codes(lawfulInput({ chosenServices: ['recovery'], consents: unseen }), 10), ['notice-not-shown']);
    const late = unseen.map((r) => markNoticeShown(r, { now: at(3) }));
    assert.deepEqual(codes(lawfulInput({ chosenServices: ['recovery'], consents: late }), 10), ['notice-shown-after-decision']);
  });
  it('fails records made under a different notice text or version', () => {
    const changed = editDefinition((d) => (d.privacyNotice.summary.en = 'We share everything.'));
    const input = lawfulInput({ definition: changed, consents: agreedRecords(fixtureDefinition()) });
    assert.deepEqual(codes(input, 10).filter((c) => c === 'notice-hash-mismatch').length, 5);
    const newVersion = editDefinition((d) => (d.privacyNotice.version = '4'));
    assert.ok(codes(lawfulInput({ definition: newVersion, consents: agreedRecords(fixtureDefinition()) }), 10).includes('notice-version-mismatch'));
  });
});

describe('rule 11: a duty to refer needs consent to the referral and the chosen housing authority', () => {
  it('passes a referral with consent and a chosen authority', () => {
    assert.deepEqual(codes(lawfulInput(), 11), []);
  });
  it('fails a referral without the housing authority', () => {
    const story = fixtureStory();
    const withoutAuthority: Story = { ...story, needs: { ...story.needs, housing: { description: 'I need to leave my home.' } } };
    assert.deepEqual(codes(lawfulInput({ story: withoutAuthority }), 11), ['duty-to-refer-without-authority']);
  });
  it('fails sending anything to the housing service when the referral itself was refused', () => {
    const input = lawfulInput();
    const consents = changeRecord(input.consents, 'housing-options', 'referral', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    assert.deepEqual(codes({ ...input, consents }, 11), ['duty-to-refer-without-consent']);
    assert.throws(
      () => buildSubmission({ definition: input.definition, story: input.story, chosenServices: ALL_SERVICES, consents, locale: 'en', channel: 'web' }, { now: at(4), newId: idSequence() }),
      (error: unknown) => error instanceof Error && error.name === 'ValidationError' && /duty-to-refer-without-consent/.test(JSON.stringify((error as any).issues)),
    );
  });
  it('passes when the person says no to the housing service altogether: nothing is sent there', () => {
    const input = lawfulInput();
    let consents = changeRecord(input.consents, 'housing-options', 'referral', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    consents = changeRecord(consents, 'housing-options', 'updates', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    assert.deepEqual(codes({ ...input, consents }, 11), []);
    const envelopes = buildDisclosures(input.story, input.definition, ALL_SERVICES, consents);
    assert.ok(!envelopes.some((e) => e.serviceId === 'housing-options'));
  });
});
