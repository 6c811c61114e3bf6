import type { ConsentEvent, ConsentRecord, Practitioner, PractitionerOverride } from '../consent/consent-record.schema.js';
import type { DisclosedPurpose, DisclosureEnvelope } from '../consent/disclosure.schema.js';
import { lastEvent } from '../consent/state.js';
import type { Art6Basis, Service } from '../definition/service.schema.js';
import type { Locale } from '../i18n/locale.js';
import type { Consent, Extension, Reference } from './resources.js';
import type { OneStoryUris } from './uris.js';

const ART6: Record<Art6Basis, { letter: string; display: string }> = {
  consent: { letter: 'a', display: 'consent' },
  contract: { letter: 'b', display: 'contract' },
  'legal-obligation': { letter: 'c', display: 'legal obligation' },
  'vital-interests': { letter: 'd', display: 'vital interests' },
  'public-task': { letter: 'e', display: 'public task' },
  'legitimate-interests': { letter: 'f', display: 'legitimate interests' },
};

/** What one Consent resource is built from. */
export interface ConsentInput {
  readonly envelope: DisclosureEnvelope;
  readonly service: Service | undefined;
  readonly purpose: DisclosedPurpose;
  readonly record: ConsentRecord | undefined;
  readonly override: PractitionerOverride | undefined;
  readonly definitionId: string;
  readonly noticeUri: string;
  readonly createdAt: string;
  readonly locale: Locale;
  readonly patient: Reference;
  /** The QuestionnaireResponse holding the data the provision covers. */
  readonly data: Reference;
  readonly id: string;
}

const named = (practitioner: Practitioner): string => `${practitioner.name}, ${practitioner.role}`;

/**
 * Who made the decision a Consent rests on, how it was expressed, and the professional who
 * recorded it when the person decided with them: R4's Consent has no element for these
 * (R5 adds `verification.verifiedBy`), so they travel in one OneStory extension.
 */
function decisionExtension(uris: OneStoryUris, event: Pick<ConsentEvent, 'actor' | 'method' | 'recordedBy'> | undefined): Extension | undefined {
  if (!event) return undefined;
  return {
    url: uris.consentDecision,
    extension: [
      { url: 'actor', valueCode: event.actor },
      { url: 'method', valueCode: event.method },
      ...(event.recordedBy ? [{ url: 'recordedBy', valueReference: { display: named(event.recordedBy) } }] : []),
    ],
  };
}

/** The lawful basis as words: "UK GDPR Art 6(1)(e) public task; Art 9(2)(h), DPA 2018 Sch 1 para 2". */
export function lawfulBasisText(purpose: DisclosedPurpose): string {
  const art6 = ART6[purpose.basis];
  const art9 = purpose.specialCategory
    ? `; Art 9(2)(${purpose.specialCategory.condition})${purpose.specialCategory.schedule1Paragraph ? `, DPA 2018 Sch 1 para ${purpose.specialCategory.schedule1Paragraph}` : ''}`
    : '';
  return `UK GDPR Art 6(1)(${art6.letter}) ${art6.display}${art9}`;
}

/**
 * One Consent per service and purpose (rule 6): its scope (privacy), the provision that
 * permits the recipient organisation to receive the data for the purpose, who agreed and
 * when, the lawful basis (rule 1; the Art 6 basis and the common-law agreement are the
 * same resource here because R4 has one `policyRule`: the agreement is the provision, the
 * basis the rule), and the privacy notice as policy.
 */
export function consentOf(input: ConsentInput, uris: OneStoryUris): Consent {
  const { envelope, purpose, record, override } = input;
  const given = record ? lastEvent(record, 'given') : undefined;
  const bestInterests = given ? undefined : record?.capacity?.bestInterests;
  const at = given?.at ?? override?.at ?? bestInterests?.at ?? input.createdAt;
  const performer: Reference = override
    ? { display: `${named(override.decidedBy)} (shared without consent: ${override.reason})` }
    : bestInterests
      ? { display: `${named(bestInterests.decidedBy)} (best-interests decision: the person lacks capacity to decide)` }
      : given?.actor === 'parent'
        ? { display: 'A parent or person with parental responsibility' }
        : given?.actor === 'practitioner'
          ? { display: 'A practitioner, on the person\'s behalf' }
          : input.patient;
  const decision = decisionExtension(uris, given ?? (override || bestInterests ? { actor: 'practitioner', method: 'system' } : undefined));
  const organisation = envelope.organisation.name[input.locale];
  const purposeText = input.service?.purposes.find((p) => p.id === purpose.purposeId)?.description[input.locale];
  return {
    resourceType: 'Consent',
    id: input.id,
    ...(decision && { extension: [decision] }),
    identifier: [{ system: uris.consentRecordIds, value: purpose.consentRecordId ?? purpose.overrideId ?? input.id }],
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: input.patient,
    dateTime: at,
    performer: [performer],
    // A professional recorded a decision the person made with them: it was checked with the person.
    ...(given?.recordedBy && { verification: [{ verified: true, verifiedWith: input.patient, verificationDate: given.at }] }),
    organization: [{ display: organisation }],
    policy: [{ uri: record?.notice.uri ?? input.noticeUri }],
    policyRule: {
      coding: [
        { system: uris.lawfulBasis, code: purpose.basis, display: ART6[purpose.basis].display },
        ...(purpose.specialCategory ? [{ system: uris.lawfulBasis, code: `art9-${purpose.specialCategory.condition}`, display: `Art 9(2)(${purpose.specialCategory.condition})` }] : []),
      ],
      text: lawfulBasisText(purpose),
    },
    provision: {
      type: 'permit',
      period: { start: at },
      actor: [{
        role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
        reference: { display: organisation },
      }],
      purpose: [{ system: uris.purposes(input.definitionId, envelope.serviceId), code: purpose.purposeId, ...(purposeText && { display: purposeText }) }],
      data: [{ meaning: 'related', reference: input.data }],
    },
  };
}
