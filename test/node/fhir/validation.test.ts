import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSubmission, give, loadDefinition, markNoticeShown, recordCapacityAssessment, requestConsents, type ConsentRecord, type Definition, type Submission } from '@onestory/core';
import { definitionToQuestionnaire, envelopeToBundle, NHS_NUMBER_SYSTEM, type Bundle } from '@onestory/core/fhir';
import { withDeclaredFields } from '../../support/declared-early-help.js';
import { validateFhir } from '../../support/fhir-validator.js';
import { exampleDefinition, fullStory, fullSubmission, idSequence, safeWayDecisions } from '../../support/submissions.js';

// Every resource OneStory exports, for every service of the published example, passes
// the official R4 JSON Schema and FHIR.js's StructureDefinition validator with nothing
// to report.

const definition = exampleDefinition();
const submission = fullSubmission('5a1d0c9e-3b7f-4e2a-9c41-0d6e8f2b7a13');
const withDeclared = loadDefinition(withDeclaredFields(JSON.parse(JSON.stringify(definition))));

/** Every service chosen, every consent given, a full Story with an answer to every declared field. */
function declaredSubmission(definition: Definition): Submission {
  const services = definition.services.map((service) => service.id);
  const at = (minutes: number) => new Date(Date.UTC(2025, 2, 27, 10, minutes));
  const consents = requestConsents(definition, services, { now: at(0), newId: idSequence('d0000000'), locale: 'en', ageBand: 'adult' })
    .map((record) => markNoticeShown(record, { now: at(1) }))
    .map((record) => give(record, { now: at(2), actor: 'subject', explicitSpecialCategory: true }));
  const story = {
    ...fullStory(),
    declared: {
      rentArrears: 125050, noticeEnds: '2025-05-01', substances: ['alcohol', 'opioids'], treatedBefore: true, daysUsing: 5,
      childrenAtHome: 'yes', bestTime: 'morning', creditor: 'Morlan Homes', debtStory: 'My hours were cut and the rent went up.',
    },
  };
  const addressDecisions = safeWayDecisions(definition, story, services);
  return buildSubmission({ definition, story, chosenServices: services, consents, addressDecisions, locale: 'en', channel: 'web' }, { now: at(5), newId: () => '00000000-0000-4000-8000-0000000000d1' });
}

const byType = (bundle: Bundle, type: string) => bundle.entry.filter((e) => e.resource.resourceType === type).map((e) => e.resource);

const worker = { name: 'Dee Morgan', role: 'Social worker' };

/** Adult social care chosen, every record decided by `decide`: what a professional records. */
function professionalSubmission(decide: (record: ConsentRecord, at: Date) => ConsentRecord): Submission {
  const at = (minutes: number) => new Date(Date.UTC(2025, 2, 27, 10, minutes));
  const consents = requestConsents(definition, ['adult-social-care'], { now: at(0), newId: idSequence('e0000000'), locale: 'en', ageBand: 'adult' })
    .map((record) => markNoticeShown(record, { now: at(1) }))
    .map((record) => decide(record, at(2)));
  const story = { ...fullStory(), referrer: { type: 'professional' as const, name: worker.name, role: worker.role, organisation: 'Neath Port Talbot Council' } };
  return buildSubmission({ definition, story, chosenServices: ['adult-social-care'], consents, locale: 'en', channel: 'web' }, { now: at(5), newId: () => '00000000-0000-4000-8000-0000000000e1' });
}

/** The Consent resources of a submission's only envelope, after checking its Bundle validates. */
function consentsOf(submission: Submission): Record<string, unknown>[] {
  const bundle = envelopeToBundle(submission, submission.disclosures[0]!, definition);
  assert.deepEqual(validateFhir(bundle), []);
  return byType(bundle, 'Consent') as unknown as Record<string, unknown>[];
}

describe('FHIR export validates against the R4 StructureDefinitions', () => {
  it('the whole-definition Questionnaire, in English and Welsh', () => {
    for (const locale of ['en', 'cy'] as const) {
      const { questionnaire } = definitionToQuestionnaire(definition, { locale });
      assert.deepEqual(validateFhir(questionnaire), []);
    }
  });

  for (const service of definition.services) {
    it(`${service.id}: its Questionnaire and its transaction Bundle`, () => {
      const { questionnaire } = definitionToQuestionnaire(definition, { serviceId: service.id });
      assert.deepEqual(validateFhir(questionnaire), []);
      const envelope = submission.disclosures.find((d) => d.serviceId === service.id);
      assert.ok(envelope, `the full submission has an envelope for ${service.id}`);
      const bundle = envelopeToBundle(submission, envelope, definition);
      assert.deepEqual(validateFhir(bundle), []);
      assert.equal(bundle.type, 'transaction');
      assert.equal(byType(bundle, 'QuestionnaireResponse').length, 1);
      assert.equal(byType(bundle, 'Patient').length, 1);
      assert.equal(byType(bundle, 'Consent').length, envelope.purposes.length);
      assert.equal(byType(bundle, 'Provenance').length, 1);
      assert.equal(byType(bundle, 'RelatedPerson').length, envelope.story.household?.members.length ?? 0);
    });
  }

  it('with a declared field of every type: each service\'s Questionnaire and Bundle', () => {
    const declared = declaredSubmission(withDeclared);
    for (const service of withDeclared.services) {
      const { questionnaire, inexpressible } = definitionToQuestionnaire(withDeclared, { serviceId: service.id });
      assert.deepEqual(inexpressible, []);
      assert.deepEqual(validateFhir(questionnaire), [], service.id);
      const envelope = declared.disclosures.find((d) => d.serviceId === service.id)!;
      assert.deepEqual(validateFhir(envelopeToBundle(declared, envelope, withDeclared)), [], service.id);
    }
    const housing = declared.disclosures.find((d) => d.serviceId === 'housing-support')!;
    const response = envelopeToBundle(declared, housing, withDeclared).entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!.resource;
    assert.match(JSON.stringify(response), /"linkId":"declared.rentArrears","text":"How much rent do you owe, if any\?","answer":\[\{"valueDecimal":1250.5\}\]/);
  });

  it('the validator is not a rubber stamp: it reports a bad code, a bad date and an unknown element', () => {
    const envelope = submission.disclosures.find((d) => d.serviceId === 'health-visiting')!;
    const bundle = envelopeToBundle(submission, envelope, definition);
    const broken = structuredClone(bundle) as unknown as { entry: { resource: Record<string, unknown> }[] };
    const patient = broken.entry.find((e) => e.resource['resourceType'] === 'Patient')!.resource;
    patient['birthDate'] = '1990-13-45';
    patient['gender'] = 'lady';
    patient['nhsNumber'] = '9434765919';
    const findings = validateFhir(broken as unknown as Bundle);
    assert.ok(findings.some((f) => f.location.includes('birthDate')), JSON.stringify(findings));
    assert.ok(findings.some((f) => f.validator === 'fhir.js' && f.location.includes('gender')), JSON.stringify(findings));
    assert.ok(findings.some((f) => f.location.includes('nhsNumber')), JSON.stringify(findings));
  });

  it('a decision a professional relayed: the Consent says the person decided, how, and who recorded it (issue 20)', () => {
    const relayed = professionalSubmission((record, now) => give(record, { now, actor: 'subject', method: 'phone', recordedBy: worker, explicitSpecialCategory: true }));
    const consents = consentsOf(relayed);
    assert.ok(consents.length > 0);
    for (const consent of consents) {
      const text = JSON.stringify(consent);
      assert.match(text, /"performer":\[\{"reference":"urn:uuid:[^"]+"\}\]/, 'the person decided: the performer is the patient');
      assert.match(text, /"url":"method","valueCode":"phone"/, text);
      assert.match(text, /"url":"recordedBy","valueReference":\{"display":"Dee Morgan, Social worker"\}/, text);
      assert.deepEqual((consent['verification'] as { verified: boolean }[])[0]?.verified, true);
    }
  });

  it('a best-interests decision: the Consent names who decided, never the person (issue 20)', () => {
    const decided = professionalSubmission((record, now) =>
      recordCapacityAssessment(record, { now, hasCapacity: false, assessedBy: worker, bestInterests: { decidedBy: worker, rationale: 'Keeps them safe at home.', share: true, basis: 'public-task' } }),
    );
    const consents = consentsOf(decided);
    assert.ok(consents.length > 0);
    for (const consent of consents) {
      assert.deepEqual(consent['performer'], [{ display: 'Dee Morgan, Social worker (best-interests decision: the person lacks capacity to decide)' }]);
      assert.match(JSON.stringify(consent), /"url":"actor","valueCode":"practitioner"/);
    }
  });

  it('the person\'s decision about their address is a safety Flag, and a safe address is never their home (issue 20)', () => {
    const envelope = submission.disclosures.find((d) => d.serviceId === 'health-visiting')!;
    const codeOf = (flag: unknown) => (flag as { code: { coding: { code: string }[]; text: string } }).code;
    const flagsOf = (decided: typeof envelope) => byType(envelopeToBundle(submission, decided, definition), 'Flag').map(codeOf);
    // Reached only in the safe ways marked: the address is withheld, and the Flag says how to reach them.
    const withheld = flagsOf(envelope).find((code) => code.coding[0]!.code === 'address-withheld');
    assert.match(withheld!.text, /Contact them only by phone calls, text messages, through the person they named/);
    // A safe address instead: the Patient's address is `temp`, and a Flag says it is not where they live.
    const safeAddress = { line1: 'Flat 2, 9 Stryd y Castell', town: 'Port Talbot', postcode: 'SA13 1AA' };
    const safe = {
      ...envelope,
      fields: [...envelope.fields, 'contact.address' as const],
      story: { ...envelope.story, contact: { ...envelope.story.contact, address: safeAddress } },
      withheld: envelope.withheld.filter((w) => w.field !== 'contact.address'),
      addressDecision: { choice: 'safe-address' as const, address: safeAddress },
    };
    const bundle = envelopeToBundle(submission, safe, definition);
    assert.deepEqual(validateFhir(bundle), []);
    const [patient] = byType(bundle, 'Patient') as unknown as { address: { use: string; postalCode: string }[] }[];
    assert.deepEqual(patient!.address.map((a) => [a.use, a.postalCode]), [['temp', 'SA13 1AA']]);
    assert.match(flagsOf(safe).find((code) => code.coding[0]!.code === 'safe-address')!.text, /not where the patient lives/);
  });

  it('the Patient carries the NHS number under the UK Core system', () => {
    const envelope = submission.disclosures.find((d) => d.serviceId === 'health-visiting')!;
    const [patient] = byType(envelopeToBundle(submission, envelope, definition), 'Patient') as unknown as { identifier: { system: string; value: string }[] }[];
    assert.deepEqual(patient!.identifier[0], { system: NHS_NUMBER_SYSTEM, value: '9434765919' });
  });
});
