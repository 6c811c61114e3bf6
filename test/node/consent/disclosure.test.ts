import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answersFromStory,
  buildDisclosures,
  DisclosureEnvelopeSchema,
  refuse,
  withdraw,
  type Story,
} from '@onestory/core';
import { agreedRecords, ALL_SERVICES, at, changeRecord, fixtureDefinition, fixtureStory } from './fixtures.js';

const definition = fixtureDefinition();
const story = fixtureStory();

describe('buildDisclosures', () => {
  it('gives each service exactly the fields its purposes use and the person agreed to', () => {
    const envelopes = buildDisclosures(story, definition, ALL_SERVICES, agreedRecords(definition));
    assert.deepEqual(
      Object.fromEntries(envelopes.map((e) => [e.serviceId, e.fields])),
      {
        'housing-options': ['person.givenName', 'person.familyName', 'contact.address', 'contact.phone', 'contact.email', 'household.members', 'needs.housing.description', 'needs.housing.localAuthority'],
        // Contacts the household, and the applicant fears someone in it: no address.
        'safer-homes': ['person.givenName', 'contact.phone', 'contact.safeContact', 'household.members', 'needs.health.description', 'risk.dash'],
        recovery: ['person.givenName', 'person.dateOfBirth', 'person.nhsNumber', 'needs.drugsAlcohol.description'],
      },
    );
    for (const envelope of envelopes) {
      assert.ok(DisclosureEnvelopeSchema.safeParse(envelope).success);
      assert.deepEqual(Object.keys(answersFromStory(envelope.story as Story)), envelope.fields, 'the story holds only the listed fields');
    }
  });

  it('names the basis and the consent record behind each purpose', () => {
    const consents = agreedRecords(definition);
    const recovery = buildDisclosures(story, definition, ['recovery'], consents)[0]!;
    const record = consents.find((r) => r.serviceId === 'recovery')!;
    assert.deepEqual(recovery.purposes, [
      { purposeId: 'treatment', basis: 'public-task', specialCategory: { condition: 'h', schedule1Paragraph: '2' }, consentRecordId: record.recordId },
    ]);
    assert.equal(recovery.orukId, 'oruk-recovery-3');
    assert.equal(recovery.organisation.name['en'], 'Cardiff and Vale UHB');
    const dv = buildDisclosures(story, definition, ['safer-homes'], consents)[0]!;
    assert.equal(dv.endpoint, 'https://safer-homes.example.org/referrals');
  });

  it('protects the applicant from the person they are afraid of', () => {
    const [housing, dv] = buildDisclosures(story, definition, ALL_SERVICES, agreedRecords(definition));
    assert.equal(dv!.story.contact?.address, undefined);
    assert.deepEqual(dv!.withheld, [{ field: 'contact.address', reason: 'feared-person' }]);
    for (const envelope of [housing!, dv!]) {
      const [rhys, gwen] = envelope.story.household!.members;
      assert.equal(rhys!.doNotContact, true);
      assert.equal(gwen!.doNotContact, undefined);
      assert.equal(envelope.flags.fearedPersonPresent, true);
    }
    // The housing service does not contact the household, so it may have the address.
    assert.ok(housing!.fields.includes('contact.address'));
  });

  it('sends the address to a household-contacting service when nobody is feared', () => {
    const safe: Story = { ...story, household: { members: [story.household!.members[1]!] } };
    const dv = buildDisclosures(safe, definition, ['safer-homes'], agreedRecords(definition))[0]!;
    assert.ok(dv.fields.includes('contact.address'));
    assert.equal(dv.flags.fearedPersonPresent, false);
  });

  it('flags MARAC-level risk and immediate danger to every recipient', () => {
    const danger: Story = { ...story, risk: { ...story.risk, immediateDanger: 'yes' } };
    for (const envelope of buildDisclosures(danger, definition, ALL_SERVICES, agreedRecords(definition))) {
      assert.deepEqual(envelope.flags, { fearedPersonPresent: true, marac: true, immediateDanger: true });
    }
    const lowRisk: Story = { ...story, risk: { dash: Array(24).fill('no') } };
    const [first] = buildDisclosures(lowRisk, definition, ALL_SERVICES, agreedRecords(definition));
    assert.equal(first!.flags.marac, false);
  });

  it('sends nothing to a service with no agreement, or whose every purpose was refused', () => {
    const consents = agreedRecords(definition);
    assert.deepEqual(buildDisclosures(story, definition, ['recovery'], []), []);
    const refused = changeRecord(consents, 'recovery', 'treatment', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    assert.deepEqual(buildDisclosures(story, definition, ALL_SERVICES, refused).map((e) => e.serviceId), ['housing-options', 'safer-homes']);
    assert.deepEqual(buildDisclosures(story, definition, ['recovery'], consents.filter((r) => r.serviceId !== 'recovery')), []);
  });

  it('removes a withdrawn optional consent’s data and says why', () => {
    const consents = changeRecord(agreedRecords(definition), 'safer-homes', 'wellbeing', (r) => withdraw(r, { now: at(3), actor: 'subject' }).record);
    const dv = buildDisclosures(story, definition, ['safer-homes'], consents)[0]!;
    assert.ok(!dv.fields.includes('needs.health.description'));
    assert.deepEqual(dv.withheld, [
      { field: 'contact.address', reason: 'feared-person' },
      { field: 'needs.health.description', reason: 'withdrawn' },
    ]);
    assert.deepEqual(dv.purposes.map((p) => p.purposeId), ['referral']);
  });

  it('only discloses from the chosen services', () => {
    assert.deepEqual(buildDisclosures(story, definition, ['recovery'], agreedRecords(definition)).map((e) => e.serviceId), ['recovery']);
  });
});
