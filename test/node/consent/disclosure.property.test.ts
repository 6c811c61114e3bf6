import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  answersFromStory,
  buildDisclosures,
  DisclosureEnvelopeSchema,
  expire,
  FIELD_PATHS,
  give,
  loadDefinition,
  markNoticeShown,
  refuse,
  requestConsents,
  storyFromAnswers,
  StorySchema,
  withdraw,
  type Answers,
  type ConsentRecord,
  type Definition,
  type DisclosureEnvelope,
  type FieldPath,
  type PractitionerOverride,
  type Story,
} from '@onestory/core';
import { ART6_BASES } from '@onestory/core/definition';
import { declaredFieldPath } from '@onestory/core/story';
import { dashItems } from '../../support/checklist-items.js';
import { DECLARED_POOL, declaredInPool, isSpecial } from '../engine/generated.js';
import { at, idSequence } from './fixtures.js';

// The disclosure guarantee, over generated definitions, Stories and consent choices:
// every envelope holds exactly what its service uses AND the person agreed to (or a
// practitioner decision in practitioner mode covers), minus the applicant's address for
// services that contact a household with a feared person in it. Nothing else. Every
// generated definition also declares fields of its own (money, dates, choices, special
// category health and belief…), which services list beside Story fields: the guarantee
// covers them exactly as it covers Story fields.

const SEED = 20250327;
const RUNS = 1000;

const text = (en: string) => ({ en, cy: `${en} (cy)` });
const member = (name: string, roles: ('child' | 'carer' | 'dependant' | 'feared')[]) => ({
  name,
  relationship: roles.includes('feared') ? ('ex-partner' as const) : ('child' as const),
  livesWith: true,
  roles,
});

/** Every field a generated definition can ask: the Story's, then the declared pool's. */
const ALL_FIELDS: FieldPath[] = [...FIELD_PATHS, ...DECLARED_POOL.map((entry) => declaredFieldPath(entry.field.id))];

/** A few valid values per field (parsed stage). */
function valuesFor(path: FieldPath): readonly unknown[] {
  const declared = declaredInPool(path);
  if (declared) return declared.valid;
  if (path.endsWith('.description')) return ['What is happening, in my words.'];
  if (path.endsWith('.servicesInvolved')) return ['My GP'];
  const values: Partial<Record<FieldPath, readonly unknown[]>> = {
    'person.givenName': ['Carys', 'Jo'],
    'person.familyName': ['Evans', 'Ng'],
    'person.preferredName': ['CJ'],
    'person.dateOfBirth': ['1990-05-04', '2012-01-31'],
    'person.pronouns': ['she/her'],
    'person.nhsNumber': ['9434765919'],
    'contact.address': [{ line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' }],
    'contact.phone': ['07700 900982'],
    'contact.email': ['carys@example.com'],
    'contact.safeContact': [
      { call: { safe: true }, text: { safe: false }, email: { safe: true }, post: { safe: false }, visit: { safe: false }, voicemail: false },
    ],
    'access.language': ['Cymraeg'],
    'access.interpreter': ['none', 'bsl'],
    'access.communicationNeeds': ['Large print, please'],
    'access.adjustments': ['Morning appointments'],
    'household.members': [[], [member('Rhys', ['feared'])], [member('Gwen', ['child'])], [member('Rhys', ['feared']), member('Gwen', ['child'])]],
    'needs.domains': [['housing'], ['safety', 'health']],
    'needs.housing.localAuthority': ['Cardiff Council'],
    'risk.immediateDanger': ['yes', 'no', 'unknown'],
    'risk.dash': [[...Array(14).fill('yes'), ...Array(10).fill('no')], Array(24).fill('no')],
    'referrer.type': ['self', 'professional'],
    'referrer.name': ['Alex Smith'],
    'referrer.role': ['Support worker'],
    'referrer.organisation': ['Shelter Cymru'],
    'referrer.secureEmail': ['alex@example.gov.uk'],
  };
  const found = values[path];
  if (!found) throw new TypeError(`No generated values for ${path}`);
  return found;
}

const storyArb: fc.Arbitrary<Story> = fc
  .record(Object.fromEntries(ALL_FIELDS.map((path) => [path, fc.constantFrom(...valuesFor(path))])), { requiredKeys: [] })
  .map((answers) => storyFromAnswers(answers as Answers));

const fieldsArb = (max: number) => fc.subarray(ALL_FIELDS, { minLength: 0, maxLength: max });

const purposeArb = (core: boolean) =>
  fc.record({ basis: fc.constantFrom(...ART6_BASES), requires: fieldsArb(6), optional: fieldsArb(4), art9: fc.constantFrom('a', 'h') }).map((p) => ({ core, ...p }));

const serviceArb = fc.record({
  type: fc.constantFrom('public-body', 'nhs', 'charity', 'private'),
  contactsHousehold: fc.boolean(),
  purposes: fc.tuple(purposeArb(true), fc.array(purposeArb(false), { maxLength: 2 })).map(([core, rest]) => [core, ...rest]),
});

/** A small definition that passes `loadDefinition`: one question per field (Story and declared), one page. */
type GeneratedService = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never;

function makeDefinition(services: readonly GeneratedService[], practitionerMode: boolean): Definition {
  const questions = ALL_FIELDS.map((field) => ({
    id: `q-${field.replace(/\./g, '-').toLowerCase()}`,
    field,
    label: text(field),
    ...(field === 'risk.dash' && { options: dashItems() }),
  }));
  return loadDefinition({
    id: 'generated',
    version: '1.0.0',
    title: text('Generated'),
    privacyNotice: {
      uri: 'https://example.org/privacy',
      version: '1',
      controller: { name: text('Council'), contact: text('privacy@example.org') },
      dpoContact: text('dpo@example.org'),
      summary: text('Summary'),
      rights: text('Rights'),
      complaint: text('Complain to the ICO'),
    },
    services: services.map((service, si) => ({
      id: `s${si}`,
      orukId: `oruk-${si}`,
      name: text(`Service ${si}`),
      description: text('Helps'),
      organisation: { name: text(`Org ${si}`), type: service.type, contact: text('org@example.org'), dpoContact: text('dpo@example.org') },
      domains: ['housing'],
      purposes: service.purposes.map((purpose, pi) => {
        const publicBody = service.type === 'public-body' || service.type === 'nhs';
        const special = [...purpose.requires, ...purpose.optional].some(isSpecial);
        return {
          id: `p${pi}`,
          description: text(`Purpose ${pi}`),
          core: purpose.core,
          // loadDefinition refuses a public body's core purpose resting on consent (rule 2).
          basis: purpose.core && purpose.basis === 'consent' && publicBody ? 'public-task' : purpose.basis,
          requires: purpose.requires,
          optional: purpose.optional,
          ...(special && { specialCategory: purpose.art9 === 'a' ? { condition: 'a' } : { condition: 'h', schedule1Paragraph: '2' } }),
        };
      }),
      retention: { period: 'P1Y', description: text('One year') },
      contactsHousehold: service.contactsHousehold,
    })),
    fields: DECLARED_POOL.map((entry) => entry.field),
    questions,
    pages: [{ id: 'all', title: text('All'), questions: questions.map((q) => q.id) }],
    settings: { practitionerMode },
  });
}

const CHOICES = ['missing', 'requested', 'given', 'refused', 'withdrawn', 'expired'] as const;
type Choice = (typeof CHOICES)[number];

const scenarioArb = fc
  .record({
    services: fc.array(serviceArb, { minLength: 1, maxLength: 4 }),
    practitionerMode: fc.boolean(),
    story: storyArb,
  })
  .chain(({ services, practitionerMode, story }) => {
    const purposeCount = services.reduce((n, s) => n + s.purposes.length, 0);
    return fc.record({
      services: fc.constant(services),
      practitionerMode: fc.constant(practitionerMode),
      story: fc.constant(story),
      chosen: fc.subarray(services.map((_, i) => `s${i}`), { minLength: 1 }),
      choices: fc.array(fc.constantFrom(...CHOICES), { minLength: purposeCount, maxLength: purposeCount }),
      // Some records cover one field fewer than the purpose (e.g. made under an older definition).
      dropField: fc.array(fc.boolean(), { minLength: purposeCount, maxLength: purposeCount }),
      overrides: fc.array(
        fc.record({
          serviceIndex: fc.nat({ max: services.length }), // one past the end: an unknown service
          fields: fc.subarray(ALL_FIELDS, { minLength: 1, maxLength: 6 }),
        }),
        { maxLength: 2 },
      ),
      pick: fc.nat(),
    });
  });

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  readonly definition: Definition;
  readonly consents: ConsentRecord[];
  readonly overrides: PractitionerOverride[];
  /** The decision per `service/purpose`, as generated (the oracle's view). */
  readonly choiceOf: Map<string, Choice>;
}

const later = { now: at(5), actor: 'subject' } as const;

function applyChoice(record: ConsentRecord, choice: Choice): ConsentRecord {
  if (choice === 'requested' || choice === 'missing') return record;
  if (choice === 'refused') return refuse(record, later);
  const given = give(record, { now: at(3), actor: 'subject', explicitSpecialCategory: true });
  if (choice === 'withdrawn') return withdraw(given, later).record;
  if (choice === 'expired') return expire(given, { now: at(5) });
  return given;
}

function build(s: Scenario): Built {
  const definition = makeDefinition(s.services, s.practitionerMode);
  const newId = idSequence();
  const requested = requestConsents(definition, s.chosen, { now: at(0), newId, locale: 'en', ageBand: 'adult' });
  const choiceOf = new Map<string, Choice>();
  const consents: ConsentRecord[] = [];
  let i = 0;
  definition.services.forEach((service) =>
    service.purposes.forEach((purpose) => {
      const index = i++;
      const record = requested.find((r) => r.serviceId === service.id && r.purposeId === purpose.id);
      if (!record) return;
      const choice = s.choices[index]!;
      choiceOf.set(`${service.id}/${purpose.id}`, choice);
      if (choice === 'missing') return;
      const scoped = s.dropField[index] && record.fields.length > 0 ? { ...record, fields: record.fields.slice(1) } : record;
      consents.push(applyChoice(markNoticeShown(scoped, { now: at(1) }), choice));
    }),
  );
  const overrides: PractitionerOverride[] = s.overrides.map((o) => ({
    overrideId: newId(),
    decidedBy: { name: 'Sam Jones', role: 'Social worker' },
    reason: 'child-at-risk',
    basis: 'public-task',
    specialCategory: { condition: 'g', schedule1Paragraph: '18' },
    rationale: 'Child at risk of significant harm.',
    at: at(4).toISOString(),
    disclosed: [{ serviceId: `s${o.serviceIndex}`, fields: o.fields }],
    personTold: true,
  }));
  return { definition, consents, overrides, choiceOf };
}

const inOrder = (fields: Iterable<FieldPath>): FieldPath[] => {
  const set = new Set(fields);
  return ALL_FIELDS.filter((f) => set.has(f));
};

/** The oracle: what a service may receive, worked out from the generated choices alone. */
function expectedFields(b: Built, story: Story, serviceId: string): FieldPath[] | undefined {
  const service = b.definition.services.find((s) => s.id === serviceId)!;
  const needed = new Set(service.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]));
  const allowed = new Set<FieldPath>();
  let sends = false;
  for (const purpose of service.purposes) {
    if (b.choiceOf.get(`${serviceId}/${purpose.id}`) !== 'given') continue;
    const record = b.consents.find((r) => r.serviceId === serviceId && r.purposeId === purpose.id)!;
    sends = true;
    [...purpose.requires, ...(purpose.optional ?? [])].filter((f) => record.fields.includes(f)).forEach((f) => allowed.add(f));
  }
  if (b.definition.settings?.practitionerMode) {
    for (const o of b.overrides) {
      const covered = o.disclosed.filter((d) => d.serviceId === serviceId).flatMap((d) => d.fields).filter((f) => needed.has(f));
      if (covered.length > 0) sends = true;
      covered.forEach((f) => allowed.add(f));
    }
  }
  if (!sends) return undefined;
  const feared = story.household?.members.some((m) => m.roles.includes('feared')) ?? false;
  if (feared && service.contactsHousehold) allowed.delete('contact.address');
  const answered = answersFromStory(story);
  return inOrder([...allowed].filter((f) => answered[f] !== undefined));
}

function checkEnvelopes(b: Built, s: Scenario, envelopes: DisclosureEnvelope[]): void {
  const answers = answersFromStory(s.story);
  const feared = s.story.household?.members.some((m) => m.roles.includes('feared')) ?? false;
  const chosen = b.definition.services.filter((service) => s.chosen.includes(service.id));

  assert.deepEqual(
    envelopes.map((e) => e.serviceId),
    chosen.map((service) => service.id).filter((id) => expectedFields(b, s.story, id) !== undefined),
    'an envelope exactly for each service with an agreed purpose or an applicable override',
  );

  for (const envelope of envelopes) {
    const service = b.definition.services.find((x) => x.id === envelope.serviceId)!;
    const needed = new Set(service.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]));
    assert.ok(DisclosureEnvelopeSchema.safeParse(envelope).success, 'the envelope is valid');

    // No envelope contains a field its service does not need.
    for (const field of envelope.fields) assert.ok(needed.has(field), `${service.id} does not use ${field}`);

    // No consent-based field the person did not agree to (unless a practitioner decision covers it).
    const overridden = new Set(
      b.definition.settings?.practitionerMode ? b.overrides.flatMap((o) => o.disclosed.filter((d) => d.serviceId === service.id).flatMap((d) => d.fields)) : [],
    );
    for (const field of envelope.fields) {
      const lawful = service.purposes.some((p) => {
        const record = b.consents.find((r) => r.serviceId === service.id && r.purposeId === p.id);
        return b.choiceOf.get(`${service.id}/${p.id}`) === 'given' && record!.fields.includes(field) && [...p.requires, ...(p.optional ?? [])].includes(field);
      });
      assert.ok(lawful || overridden.has(field), `${field} went to ${service.id} without agreement`);
    }

    // Every field the service requires and the person agreed to (and answered) is present.
    for (const p of service.purposes) {
      if (b.choiceOf.get(`${service.id}/${p.id}`) !== 'given') continue;
      const record = b.consents.find((r) => r.serviceId === service.id && r.purposeId === p.id)!;
      for (const field of p.requires) {
        if (!record.fields.includes(field) || answers[field] === undefined) continue;
        if (field === 'contact.address' && feared && service.contactsHousehold) continue;
        assert.ok(envelope.fields.includes(field), `${service.id} misses required ${field}`);
      }
    }

    // Exactly the oracle's fields, carrying exactly the person's answers.
    assert.deepEqual(envelope.fields, expectedFields(b, s.story, service.id));
    const disclosed = answersFromStory(envelope.story as Story);
    assert.deepEqual(Object.keys(disclosed), envelope.fields);
    for (const field of envelope.fields) {
      if (field === 'household.members') continue;
      assert.deepEqual(disclosed[field], answers[field]);
    }

    // Feared-person rules.
    assert.equal(envelope.flags.fearedPersonPresent, feared);
    if (feared && service.contactsHousehold) {
      assert.ok(!envelope.fields.includes('contact.address') && envelope.story.contact?.address === undefined, 'address never reaches a household-contacting service');
    }
    for (const m of envelope.story.household?.members ?? []) {
      assert.equal(m.doNotContact === true, m.roles.includes('feared'), 'feared members, and only they, are marked doNotContact');
    }
  }
}

/** Withdrawing (or refusing) one agreed record removes exactly that record's data. */
function checkWithdrawal(b: Built, s: Scenario, before: DisclosureEnvelope[]): void {
  const agreed = b.consents.filter((r) => b.choiceOf.get(`${r.serviceId}/${r.purposeId}`) === 'given');
  if (agreed.length === 0) return;
  const target = agreed[s.pick % agreed.length]!;
  const swap = (replacement: ConsentRecord) => b.consents.map((r) => (r === target ? replacement : r));
  const withdrawn = buildDisclosures(s.story, b.definition, s.chosen, swap(withdraw(target, later).record), b.overrides);
  const requested = { ...target, events: target.events.filter((e) => e.type === 'requested'), agreementToShare: { status: 'pending' as const } };
  const refused = buildDisclosures(s.story, b.definition, s.chosen, swap(refuse(requested, later)), b.overrides);

  const others = (list: DisclosureEnvelope[]) => list.filter((e) => e.serviceId !== target.serviceId);
  assert.deepEqual(others(withdrawn), others(before), 'other services are untouched');
  assert.deepEqual(others(refused), others(before), 'other services are untouched by a refusal');

  const oracle = { ...b, choiceOf: new Map(b.choiceOf).set(`${target.serviceId}/${target.purposeId}`, 'withdrawn') };
  const expected = expectedFields(oracle, s.story, target.serviceId);
  const fieldsOf = (list: DisclosureEnvelope[]) => list.find((e) => e.serviceId === target.serviceId)?.fields;
  assert.deepEqual(fieldsOf(withdrawn), expected);
  assert.deepEqual(fieldsOf(refused), expected);
  // What disappeared is only data the withdrawn purpose covered.
  const service = b.definition.services.find((x) => x.id === target.serviceId)!;
  const purpose = service.purposes.find((p) => p.id === target.purposeId)!;
  const gone = (fieldsOf(before) ?? []).filter((f) => !(fieldsOf(withdrawn) ?? []).includes(f));
  for (const field of gone) assert.ok([...purpose.requires, ...(purpose.optional ?? [])].includes(field), `${field} was not the withdrawn purpose's`);
  assert.ok(!withdrawn.some((e) => e.purposes.some((p) => p.consentRecordId === target.recordId)), 'the withdrawn record justifies nothing');
}

describe('disclosure (property, fast-check)', () => {
  it('generated Stories are valid Stories', () => {
    fc.assert(fc.property(storyArb, (story) => StorySchema.safeParse(story).success), { seed: SEED, numRuns: 200 });
  });

  it(`holds the disclosure guarantee over ${RUNS} generated definitions, Stories and choices`, () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const b = build(s);
        const envelopes = buildDisclosures(s.story, b.definition, s.chosen, b.consents, b.overrides);
        checkEnvelopes(b, s, envelopes);
        checkWithdrawal(b, s, envelopes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
