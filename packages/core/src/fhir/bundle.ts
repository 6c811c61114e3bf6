import type { DisclosureEnvelope } from '../consent/disclosure.schema.js';
import type { Definition } from '../definition/definition.schema.js';
import { findService } from '../consent/purposes.js';
import type { Submission } from '../submission/submission.schema.js';
import { consentOf } from './consent.js';
import { FhirExportError } from './errors.js';
import { nameBasedUuid } from './ids.js';
import { patientOf, relatedPeopleOf, safetyFlagsToFhir } from './people.js';
import { definitionToQuestionnaire } from './questionnaire.js';
import { storyToQuestionnaireResponse } from './questionnaire-response.js';
import type { Bundle, BundleEntry, Identifier, Provenance, Reference, Resource } from './resources.js';
import { oneStoryUris } from './uris.js';

/** Options of {@link envelopeToBundle}. */
export interface BundleOptions {
  /** Base of OneStory's canonical URLs and code systems. Default `https://onestory.dev/fhir`. */
  readonly fhirBase?: string;
}

const search = (identifier: Identifier): string => `identifier=${encodeURIComponent(`${identifier.system}|${identifier.value}`)}`;

/**
 * One service's envelope as a FHIR R4 `transaction` Bundle a FHIR server can accept: the
 * QuestionnaireResponse holding exactly the envelope's fields, the Patient (UK Core NHS
 * number when disclosed), a RelatedPerson per disclosed household member (a feared person
 * marked do-not-contact), a safety Flag per safety flag, a Consent per purpose, and a
 * Provenance for all of them.
 *
 * Re-sending is safe: ids are derived from the submission and service, and every create
 * is conditional on its identifier (`ifNoneExist`), so a server that already has the
 * Bundle's resources makes no second copy. The Patient is matched on the NHS number
 * when there is one, so a trust's existing record is linked rather than duplicated.
 *
 * @throws {FhirExportError} when the envelope is not part of this submission, or the
 *   submission was made with another definition.
 */
export function envelopeToBundle(submission: Submission, envelope: DisclosureEnvelope, definition: Definition, options: BundleOptions = {}): Bundle {
  if (!submission.disclosures.includes(envelope) && !submission.disclosures.some((d) => d.serviceId === envelope.serviceId)) {
    throw new FhirExportError(`envelope: service "${envelope.serviceId}" has no envelope in submission ${submission.submissionId}`);
  }
  if (submission.definition.id !== definition.id) {
    throw new FhirExportError(`definition: the submission was made with "${submission.definition.id}", not "${definition.id}"`);
  }
  const uris = oneStoryUris(options.fhirBase);
  const service = findService(definition, envelope.serviceId);
  const key = `${submission.submissionId}/${envelope.serviceId}`;
  const uuid = (role: string) => nameBasedUuid(`onestory:${key}:${role}`);
  const entries: BundleEntry[] = [];
  const add = (resource: Resource, identifier: Identifier | undefined): Reference => {
    const fullUrl = `urn:uuid:${resource.id!}`;
    entries.push({
      fullUrl,
      resource,
      request: identifier
        ? { method: 'POST', url: resource.resourceType, ifNoneExist: search(identifier) }
        : { method: 'PUT', url: `${resource.resourceType}/${resource.id!}` },
    });
    return { reference: fullUrl };
  };

  const story = envelope.story;
  const subjectId = submission.consents.find((c) => c.serviceId === envelope.serviceId)?.subject ?? uuid('subject');
  const subject: Identifier = { system: `${uris.base}/Id/subject`, value: subjectId };
  const patientResource = patientOf(story, subject, uuid('patient'), envelope.addressDecision);
  const patient = add(patientResource, patientResource.identifier![0]);

  const questionnaire = definitionToQuestionnaire(definition, { locale: submission.locale, serviceId: envelope.serviceId, fhirBase: options.fhirBase }).questionnaire;
  const responseIdentifier = { system: uris.submissionIds, value: key };
  const referrer = story.referrer;
  const professional = referrer?.type === 'professional';
  const referrerDisplay = [referrer?.name, referrer?.role, referrer?.organisation].filter(Boolean).join(', ');
  const response = storyToQuestionnaireResponse(questionnaire, story, {
    id: uuid('questionnaire-response'),
    identifier: responseIdentifier,
    subject: patient,
    authored: submission.createdAt,
    ...(professional ? (referrerDisplay ? { author: { display: referrerDisplay } } : {}) : { author: patient }),
    source: patient,
  });
  const responseRef = add(response, responseIdentifier);

  for (const { resource, identifier } of relatedPeopleOf(story, patient, uris, (i) => uuid(`related-person/${i}`), (i) => ({ system: `${uris.base}/Id/related-person`, value: uuid(`related-person/${i}`) }))) {
    add(resource, identifier);
  }
  for (const { resource, identifier } of safetyFlagsToFhir(envelope.flags, patient, uris, submission.createdAt, (code) => uuid(`flag/${code}`), envelope.addressDecision)) {
    add(resource, identifier);
  }
  for (const purpose of envelope.purposes) {
    const consent = consentOf({
      envelope,
      service,
      purpose,
      record: submission.consents.find((c) => c.recordId === purpose.consentRecordId),
      override: submission.overrides.find((o) => o.overrideId === purpose.overrideId),
      definitionId: definition.id,
      noticeUri: definition.privacyNotice.uri,
      createdAt: submission.createdAt,
      locale: submission.locale,
      patient,
      data: responseRef,
      id: uuid(`consent/${purpose.purposeId}`),
    }, uris);
    add(consent, consent.identifier![0]);
  }

  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: uuid('provenance'),
    target: entries.map((entry) => ({ reference: entry.fullUrl })),
    recorded: submission.createdAt,
    activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'CREATE', display: 'create' }] },
    agent: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] },
        who: professional ? { display: referrerDisplay || 'A professional, on the person\'s behalf' } : patient,
        ...(professional && { onBehalfOf: patient }),
      },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'assembler', display: 'Assembler' }] },
        who: { display: `OneStory intake "${definition.id}" version ${submission.definition.version}, ${submission.channel} channel` },
      },
    ],
    entity: [{ role: 'source', what: { identifier: { system: uris.submissionIds, value: submission.submissionId }, display: 'OneStory submission' } }],
  };
  add(provenance, undefined);

  return {
    resourceType: 'Bundle',
    id: uuid('bundle'),
    identifier: { system: uris.submissionIds, value: key },
    type: 'transaction',
    timestamp: submission.createdAt,
    entry: entries,
  };
}
