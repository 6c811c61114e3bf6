/** The addresses FHIR resources made by OneStory use: standard systems and OneStory's own. */

/** UK Core: the NHS number identifier system. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
/** UK Core Patient profile. */
export const UK_CORE_PATIENT = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient';
/** UK Core RelatedPerson profile. */
export const UK_CORE_RELATED_PERSON = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson';
/** SDC: how an item is shown (`page`, `radio-button`, `check-box`…). */
export const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
/** Core extension holding a translation of a string element. */
export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
/** The unit of a numeric item (pounds, for money). */
export const QUESTIONNAIRE_UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';
/** An RFC 3986 URI used as an identifier system (for `urn:uuid:` values). */
export const URI_SYSTEM = 'urn:ietf:rfc:3986';

/** Where OneStory's own FHIR names live, unless a caller gives another base. */
export const DEFAULT_FHIR_BASE = 'https://onestory.dev/fhir';

/** OneStory's own FHIR names under one base: code systems, extensions, identifier systems. */
export interface OneStoryUris {
  readonly base: string;
  /** The canonical URL of a definition's Questionnaire (optionally one service's). */
  questionnaire(definitionId: string, serviceId?: string): string;
  /** The code system of a Story field's coded answers, e.g. `…/CodeSystem/access.interpreter`. */
  fieldCodes(field: string): string;
  /** The element definition a Questionnaire item stands for: the Story field path. */
  fieldDefinition(field: string): string;
  /** Code system of a definition's services' purposes. */
  purposes(definitionId: string, serviceId: string): string;
  /** Code system of UK GDPR Art 6 bases (`public-task`…) and of Art 9 conditions (`9-2-h`). */
  readonly lawfulBasis: string;
  /** Extension: never contact this RelatedPerson, nor tell them anything about the patient. */
  readonly doNotContact: string;
  /** Code system of safety flags (`feared-person`, `marac`, `immediate-danger`). */
  readonly safetyFlags: string;
  /** Identifier system of submissions (value: the submission id). */
  readonly submissionIds: string;
  /** Identifier system of consent records (value: the record id). */
  readonly consentRecordIds: string;
  /** Extension on a Consent: who made the decision (`actor`), how (`method`), and who recorded it (`recordedBy`). */
  readonly consentDecision: string;
}

/** OneStory's FHIR names under `base` (no trailing slash). */
export function oneStoryUris(base: string = DEFAULT_FHIR_BASE): OneStoryUris {
  const root = base.replace(/\/+$/, '');
  return {
    base: root,
    questionnaire: (definitionId, serviceId) => `${root}/Questionnaire/${definitionId}${serviceId ? `.${serviceId}` : ''}`,
    fieldCodes: (field) => `${root}/CodeSystem/${field}`,
    fieldDefinition: (field) => `${root}/StructureDefinition/story#${field}`,
    purposes: (definitionId, serviceId) => `${root}/CodeSystem/purposes/${definitionId}/${serviceId}`,
    lawfulBasis: `${root}/CodeSystem/uk-gdpr-lawful-basis`,
    doNotContact: `${root}/StructureDefinition/do-not-contact`,
    safetyFlags: `${root}/CodeSystem/safety-flag`,
    submissionIds: `${root}/Id/submission`,
    consentRecordIds: `${root}/Id/consent-record`,
    consentDecision: `${root}/StructureDefinition/consent-decision`,
  };
}
