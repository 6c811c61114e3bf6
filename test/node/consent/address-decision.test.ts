import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDisclosures, DisclosureEnvelopeSchema, type AddressDecision, type Story } from '@onestory/core';
import { addressDecisionProblems, safeWaysOf, servicesNeedingAddressDecision } from '@onestory/core/consent';
import { agreedRecords, ALL_SERVICES, fixtureDefinition, fixtureStory } from './fixtures.js';

// Issue 20: withholding the address from a service that contacts the household, while
// someone the person fears lives there, is decided with the person, never silently.

const definition = fixtureDefinition();
const story = fixtureStory();
const consents = agreedRecords(definition);
const safeAddress = { line1: 'Flat 2, 9 Stryd y Castell', town: 'Caerdydd', postcode: 'CF10 2BB' };

describe('servicesNeedingAddressDecision', () => {
  it('lists the chosen services that contact the household and require the address, when someone feared lives there', () => {
    // safer-homes contacts the household and requires the address; housing does not contact it; recovery needs no address.
    assert.deepEqual(servicesNeedingAddressDecision(definition, story, ALL_SERVICES), ['safer-homes']);
    assert.deepEqual(servicesNeedingAddressDecision(definition, story, ['housing-options', 'recovery']), []);
  });

  it('lists none when nobody in the household is feared', () => {
    const safe: Story = { ...story, household: { members: [story.household!.members[1]!] } };
    assert.deepEqual(servicesNeedingAddressDecision(definition, safe, ALL_SERVICES), []);
  });
});

describe('safeWaysOf', () => {
  it('gives only the ways the person marked safe and can be reached by', () => {
    assert.deepEqual(safeWaysOf(story), ['call', 'text']);
    const noPhone: Story = { ...story, contact: { ...story.contact!, phone: undefined } };
    assert.deepEqual(safeWaysOf(noPhone), []);
  });
});

describe('addressDecisionProblems', () => {
  it('stops a referral that needs the address with neither an address nor an agreed safe way', () => {
    assert.deepEqual(addressDecisionProblems(definition, story, ALL_SERVICES, {}), { 'safer-homes': 'undecided' });
    assert.deepEqual(addressDecisionProblems(definition, story, ALL_SERVICES, { 'safer-homes': { choice: 'safe-way', ways: ['email'] } }), {
      'safer-homes': 'not-marked-safe',
    });
    for (const decision of [
      { choice: 'safe-way', ways: ['call', 'text'] },
      { choice: 'safe-address', address: safeAddress },
      { choice: 'share-address', riskExplained: true },
    ] satisfies AddressDecision[]) {
      assert.deepEqual(addressDecisionProblems(definition, story, ALL_SERVICES, { 'safer-homes': decision }), {});
    }
  });
});

describe('buildDisclosures with the person’s address decision', () => {
  const envelopeFor = (decision: AddressDecision) =>
    buildDisclosures(story, definition, ALL_SERVICES, consents, [], { 'safer-homes': decision }).find((e) => e.serviceId === 'safer-homes')!;

  it('sends a safe address in place of theirs, and says so', () => {
    const decision: AddressDecision = { choice: 'safe-address', address: safeAddress };
    const dv = envelopeFor(decision);
    assert.deepEqual(dv.story.contact?.address, safeAddress);
    assert.ok(dv.fields.includes('contact.address'));
    assert.deepEqual(dv.withheld, []);
    assert.deepEqual(dv.addressDecision, decision);
    assert.ok(DisclosureEnvelopeSchema.safeParse(dv).success);
    // The other services are untouched: housing still gets the home address, and no decision.
    const housing = buildDisclosures(story, definition, ALL_SERVICES, consents, [], { 'safer-homes': decision })[0]!;
    assert.deepEqual(housing.story.contact?.address, story.contact!.address);
    assert.equal(housing.addressDecision, undefined);
  });

  it('keeps the address back when the person chose safe ways, and says which', () => {
    const decision: AddressDecision = { choice: 'safe-way', ways: ['call'] };
    const dv = envelopeFor(decision);
    assert.equal(dv.story.contact?.address, undefined);
    assert.deepEqual(dv.withheld, [{ field: 'contact.address', reason: 'feared-person' }]);
    assert.deepEqual(dv.addressDecision, decision);
    assert.ok(DisclosureEnvelopeSchema.safeParse(dv).success);
  });

  it('sends their own address when they chose to, the risk explained', () => {
    const decision: AddressDecision = { choice: 'share-address', riskExplained: true };
    const dv = envelopeFor(decision);
    assert.deepEqual(dv.story.contact?.address, story.contact!.address);
    assert.deepEqual(dv.withheld, []);
    assert.deepEqual(dv.addressDecision, decision);
  });

  it('ignores a decision for a service where nobody feared is at risk of being reached', () => {
    const safe: Story = { ...story, household: { members: [story.household!.members[1]!] } };
    const dv = buildDisclosures(safe, definition, ['safer-homes'], consents, [], {
      'safer-homes': { choice: 'safe-address', address: safeAddress },
    })[0]!;
    assert.deepEqual(dv.story.contact?.address, story.contact!.address);
    assert.equal(dv.addressDecision, undefined);
  });

  it('rejects a decision of the wrong shape in an envelope, naming the path', () => {
    const dv = envelopeFor({ choice: 'safe-way', ways: ['call'] });
    const parsed = DisclosureEnvelopeSchema.safeParse({ ...dv, addressDecision: { choice: 'safe-way', ways: [] } });
    assert.equal(parsed.success, false);
    assert.deepEqual(parsed.error!.issues[0]!.path, ['addressDecision', 'ways']);
  });
});
